"""The admin's Shoppers page: find a shopper by email, see and download their export, erase them
after typing the address again (owners only, CSRF required); another store's admins see none of
it."""

from __future__ import annotations

import json
import re

from server.models import Cart, Order, ShopperErasure
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found

EMAIL = "asha@example.com"


async def _ordered(shop: ShopFixture) -> str:
    cart = await shop.ready_to_order()  # asha@example.com, Asha Rao, 12 MG Road
    await shop.widget("PATCH", f"/carts/{cart['token']}", {"marketing_consent": True,
                                                           "locale": "hi"})
    response = await shop.widget("POST", f"/carts/{cart['token']}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201
    return str((await response.get_json())["number"])


def _base(shop: ShopFixture) -> str:
    return f"/admin/stores/{shop.store.id}/shoppers"


async def test_a_shopper_is_found_by_email_with_their_consents_and_export(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await _ordered(shop)
    await browser.sign_in(team.staff)
    page = await browser.page(_base(shop))
    assert 'aria-current="page">Shoppers</a>' in page and 'name="email"' in page
    page = await browser.page(f"{_base(shop)}?email=Asha%40Example.com")
    assert found(r'<tr data-section="orders"><td>Orders</td><td class="num">(\d+)<', page) == "1"
    consents = found(r'<table data-table="consents">(.*?)</table>', page, flags=re.S)
    assert "email" in consents and "given" in consents and "hi" in consents
    assert "ऑफ़र" in consents or "ईमेल" in consents  # the Hindi text the shopper saw
    assert "Erase this shopper" not in page  # staff may look, not erase

    response = await browser.get(f"{_base(shop)}/export.json?email={EMAIL}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    export = json.loads(await response.get_data(as_text=True))
    assert export["orders"][0]["name"] == "Asha Rao" and export["email"] == EMAIL


async def test_an_invalid_address_is_refused_with_a_reason(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    response = await browser.get(f"{_base(shop)}?email=nobody")
    assert response.status_code == 400
    assert "Enter the shopper" in await response.get_data(as_text=True)
    assert (await browser.get(f"{_base(shop)}/export.json?email=x")).status_code == 400


async def test_an_owner_erases_a_shopper_after_typing_the_address_again(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _ordered(shop)
    await browser.sign_in(team.owner)
    confirm = f"{_base(shop)}/erase?email={EMAIL}"
    page = await browser.page(confirm)
    assert f"Erase {EMAIL}?" in page and "1 order stay" in page

    response = await browser.post(f"{_base(shop)}/erase", {"email": EMAIL, "confirm": "asha@"},
                                  token_from=confirm)
    assert response.status_code == 400
    assert "Type the shopper" in await response.get_data(as_text=True)
    assert not await ShopperErasure.exists()

    response = await browser.post(f"{_base(shop)}/erase", {"email": EMAIL, "confirm": EMAIL})
    assert response.status_code == 403  # no CSRF token: refused
    assert not await ShopperErasure.exists()

    response = await browser.post(f"{_base(shop)}/erase", {"email": EMAIL, "confirm": EMAIL},
                                  token_from=confirm)
    assert response.status_code == 200
    page = await response.get_data(as_text=True)
    anonymous = found(r'data-erased="(anon_[0-9a-f]+)"', page)
    assert "by admin:" in page and team.owner in page
    [record] = await ShopperErasure.all()
    assert record.requested_by.startswith("admin:") and record.requested_by.endswith(team.owner)
    order = await Order.get(number=number)
    assert order.email == f"{anonymous}@erased.invalid" and order.name == ""
    assert not await Cart.filter(email=EMAIL).exists()
    page = await browser.page(f"{_base(shop)}?email={EMAIL}")
    assert 'data-found="no"' in page
    assert anonymous in found(r"<ul data-erasures>(.*?)</ul>", page, flags=re.S)


async def test_staff_cannot_erase(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await _ordered(shop)
    await browser.sign_in(team.staff)
    assert (await browser.get(f"{_base(shop)}/erase?email={EMAIL}")).status_code == 403
    response = await browser.post(f"{_base(shop)}/erase", {"email": EMAIL, "confirm": EMAIL},
                                  token_from=f"{_base(shop)}?email={EMAIL}")
    assert response.status_code == 403
    assert not await ShopperErasure.exists()


async def test_another_stores_owner_sees_nothing_of_this_stores_shoppers(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await _ordered(shop)
    await browser.sign_in(team.other_owner)
    for path in (f"{_base(shop)}?email={EMAIL}", f"{_base(shop)}/export.json?email={EMAIL}",
                 f"{_base(shop)}/erase?email={EMAIL}"):
        assert (await browser.get(path)).status_code == 404
    own = await browser.page(f"/admin/stores/{team.other_store_id}/shoppers?email={EMAIL}")
    assert 'data-found="no"' in own
