"""Loyalty in the admin console: the program saved through the form (CSRF, owners only, errors
beside the fields with nothing saved), its figures, a shopper's ledger by email and a manual
adjustment, and another store's owner kept out."""

from __future__ import annotations

from server.loyalty.settings import LoyaltySettings
from server.models import LoyaltyEntry, Store
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found
from tests.loyalty.conftest import SHOPPER, cart_of, enable, order

FORM = {"enabled": "1", "spend_per_point": "10.00", "point_value": "0.25", "min_redeem": "50",
        "expiry_months": "6", "bonus_first_order": "100", "bonus_push": "0",
        "bonus_feedback": "20"}


async def _program(shop: ShopFixture) -> LoyaltySettings:
    return LoyaltySettings.of(await Store.get(id=shop.store.id))


async def test_the_owner_saves_the_program(browser: Browser, shop: ShopFixture,
                                           team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/loyalty"
    response = await browser.post(path, FORM, token_from=path)
    assert response.status_code == 302
    program = await _program(shop)
    assert (program.enabled, program.spend_per_point, program.point_value) == (True, 1000, 25)
    assert (program.min_redeem, program.expiry_months, program.bonus_feedback) == (50, 6, 20)
    page = await browser.page(path)
    assert 'value="0.25"' in page and f'href="/admin/stores/{shop.store.id}/loyalty"' in page


async def test_a_bad_field_saves_nothing(browser: Browser, shop: ShopFixture,
                                         team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/loyalty"
    response = await browser.post(path, {**FORM, "point_value": "0.001", "min_redeem": "-3"},
                                  token_from=path)
    assert response.status_code == 400
    page = await response.get_data(as_text=True)
    assert "more than 2 decimals" in page and 'id="min_redeem-error"' in page
    assert (await _program(shop)).enabled is False


async def test_no_csrf_token_no_change(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    response = await browser.post(f"/admin/stores/{shop.store.id}/loyalty", FORM)
    assert response.status_code in (400, 403)
    assert (await _program(shop)).enabled is False


async def test_staff_see_the_figures_but_cannot_change_the_program(
        browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    path = f"/admin/stores/{shop.store.id}/loyalty"
    assert "Points issued" in await browser.page(path)
    response = await browser.post(path, FORM, token_from=path)
    assert response.status_code == 403 and (await _program(shop)).enabled is False


async def test_a_shoppers_ledger_and_a_manual_credit(browser: Browser, shop: ShopFixture,
                                                     team: Team) -> None:
    await enable(shop)
    await order(shop, (await cart_of(shop, "MUG", 2))["token"])
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/loyalty"
    page = await browser.page(f"{path}?email={SHOPPER}")
    assert found(r"<strong data-balance>([^<]+)<", page) == "100"
    assert 'data-entry="earn"' in page
    assert found(r'data-figure="issued">([^<]+)<', page) == "100"
    response = await browser.post(f"{path}/adjust", {"email": SHOPPER, "points": "-150",
                                                     "reason": "too much"},
                                  token_from=f"{path}?email={SHOPPER}")
    assert response.status_code == 400
    assert "below zero" in await response.get_data(as_text=True)
    response = await browser.post(f"{path}/adjust", {"email": SHOPPER, "points": "25",
                                                     "reason": "sorry for the delay"},
                                  token_from=f"{path}?email={SHOPPER}")
    assert response.status_code == 302
    page = await browser.page(f"{path}?email={SHOPPER}")
    assert found(r"<strong data-balance>([^<]+)<", page) == "125"
    assert "sorry for the delay" in page


async def test_another_stores_owner_is_kept_out(browser: Browser, shop: ShopFixture,
                                                team: Team) -> None:
    await enable(shop)
    await order(shop, (await cart_of(shop, "MUG", 2))["token"])
    await browser.sign_in(team.other_owner)
    path = f"/admin/stores/{shop.store.id}/loyalty"
    assert (await browser.get(f"{path}?email={SHOPPER}")).status_code == 404
    response = await browser.post(f"{path}/adjust", {"email": SHOPPER, "points": "-100",
                                                     "reason": "x"},
                                  token_from=f"/admin/stores/{team.other_store_id}/loyalty")
    assert response.status_code == 404
    own = await browser.page(f"/admin/stores/{team.other_store_id}/loyalty?email={SHOPPER}")
    assert "no shopper with the email" in own
    assert await LoyaltyEntry.filter(kind="adjust").count() == 0
