"""Orders in the admin console: the list, an order's page, and its form that records the next
step (the buyer is told), with errors shown on the page and CSRF required."""

from __future__ import annotations

import re

from server.models import AutomationEvent, Flow, OrderEvent
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found

TRACKING = "https://track.example.in/AWB123456"


async def _order(shop: ShopFixture, payment: str = "cash_on_delivery") -> str:
    cart = await shop.ready_to_order()
    response = await shop.widget("POST", f"/carts/{cart['token']}/order",
                                 {"payment_method": payment})
    assert response.status_code == 201, await response.get_json()
    return str((await response.get_json())["number"])


def _base(shop: ShopFixture) -> str:
    return f"/admin/stores/{shop.store.id}/orders"


async def test_orders_are_listed_and_each_opens_its_page(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop)
    await browser.sign_in(team.staff)
    listing = await browser.page(_base(shop))
    assert ">Orders</a>" in listing and "1 order" in listing
    row = found(rf'<tr data-order="{number}">(.*?)</tr>', listing, flags=re.S)
    assert "asha@example.com" in row and "placed" in row
    assert f'href="{_base(shop)}/{number}"' in row

    page = await browser.page(f"{_base(shop)}/{number}")
    assert f"Order #{number}" in page and "Blue mug" in page and "Bengaluru" in page
    assert "Nothing recorded yet" in page and 'name="tracking_url"' in page


async def test_recording_a_step_shows_it_on_the_timeline(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop)
    await browser.sign_in(team.staff)
    page = f"{_base(shop)}/{number}"
    response = await browser.post(f"{page}/fulfilment", {
        "status": "shipped", "carrier": "Delhivery", "tracking_url": TRACKING}, token_from=page)
    assert response.status_code == 302 and response.headers["Location"] == f"{page}?saved=1"

    shown = await browser.page(f"{page}?saved=1")
    assert "The buyer is being told" in shown
    row = found(r'<tr data-status="shipped">(.*?)</tr>', shown, flags=re.S)
    assert "Shipped" in row and "Delhivery" in row and f'href="{TRACKING}"' in row
    assert "15 Jan 2026, 15:30" in row  # the store's clock (Asia/Kolkata)
    [event] = await AutomationEvent.filter(flow=Flow.ORDER_UPDATES)
    assert event.data["tracking_url"] == TRACKING

    await browser.post(f"{page}/fulfilment", {"status": "delivered"}, token_from=page)
    shown = await browser.page(page)
    assert "nothing can follow" in shown and 'name="tracking_url"' not in shown
    assert "data-fulfilment-status>Delivered<" in shown


async def test_the_form_is_refused_without_its_csrf_token(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop)
    await browser.sign_in(team.owner)
    response = await browser.post(f"{_base(shop)}/{number}/fulfilment", {"status": "shipped"})
    assert response.status_code == 403
    assert "This form has expired" in await response.get_data(as_text=True)
    response = await browser.post(f"{_base(shop)}/{number}/fulfilment", {"status": "shipped"},
                                  token="0" * 64)
    assert response.status_code == 403
    assert not await OrderEvent.exists() and not await AutomationEvent.exists()


async def test_bad_values_are_shown_on_the_form_and_nothing_is_recorded(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop)
    await browser.sign_in(team.staff)
    page = f"{_base(shop)}/{number}"
    response = await browser.post(f"{page}/fulfilment", {
        "status": "shipped", "carrier": "Delhivery", "tracking_url": "track.example/AWB"},
        token_from=page)
    assert response.status_code == 400
    shown = await response.get_data(as_text=True)
    error = found(r'<p class="error" id="tracking_url-error">([^<]+)</p>', shown)
    assert error == "The tracking URL must be an http:// or https:// address."
    assert 'value="Delhivery"' in shown  # what was typed stays

    response = await browser.post(f"{page}/fulfilment", {"status": ""}, token_from=page)
    assert response.status_code == 400
    assert "Choose the order&#39;s new status." in await response.get_data(as_text=True)
    assert not await OrderEvent.exists()


async def test_a_step_that_cannot_follow_is_explained_on_the_form(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop, payment="upi")
    await browser.sign_in(team.staff)
    page = f"{_base(shop)}/{number}"
    response = await browser.post(f"{page}/fulfilment", {"status": "shipped"}, token_from=page)
    assert response.status_code == 409
    error = found(r'<p class="error" id="status-error">([^<]+)</p>',
                  await response.get_data(as_text=True))
    assert error == f"Order {number} cannot be shipped: it is still waiting for its payment."
    assert not await OrderEvent.exists()


async def test_another_stores_owner_cannot_see_or_move_the_order(browser: Browser, shop: ShopFixture, team: Team) -> None:
    number = await _order(shop)
    await browser.sign_in(team.other_owner)
    assert (await browser.get(f"{_base(shop)}/{number}")).status_code == 404
    own = f"/admin/stores/{team.other_store_id}/orders"
    assert (await browser.get(f"{own}/{number}")).status_code == 404
    response = await browser.post(f"{own}/{number}/fulfilment", {"status": "shipped"},
                                  token_from=own)
    assert response.status_code == 404
    assert not await OrderEvent.exists()
