"""The loyalty routes refuse bad input with a JSON reason and change nothing: debits beyond the
balance, unknown emails, redemptions above the cart, malformed bodies; and one store never sees
or changes another's shoppers."""

from __future__ import annotations

from typing import Any

from server.models import Cart, LoyaltyEntry
from server.stores import create_store
from tests.conftest import SHOP_ORIGIN, TEST_SECRET, ShopFixture
from tests.loyalty.conftest import SHOPPER, balance, cart_of, credit, enable, proven


async def _error(response: Any) -> str:
    body = await response.get_json()
    return str(body["error"]["code"])


async def test_a_debit_beyond_the_balance_is_refused_and_changes_nothing(
        shop: ShopFixture) -> None:
    await enable(shop)
    await cart_of(shop)
    await credit(shop, 100)
    response = await shop.admin("POST", "/loyalty/adjust",
                                {"email": SHOPPER, "points": -101, "reason": "oops"})
    assert response.status_code == 400 and await _error(response) == "insufficient_points"
    assert (await response.get_json())["error"]["details"] == {"balance": 100}
    assert await balance(shop) == 100 and await LoyaltyEntry.all().count() == 1


async def test_unknown_emails_are_refused(shop: ShopFixture) -> None:
    await enable(shop)
    read = await shop.admin("GET", "/loyalty?email=nobody@example.com")
    assert read.status_code == 404 and await _error(read) == "unknown_shopper"
    adjusted = await shop.admin("POST", "/loyalty/adjust", {
        "email": "nobody@example.com", "points": 50, "reason": "gift"})
    assert adjusted.status_code == 404 and await _error(adjusted) == "unknown_shopper"
    assert await LoyaltyEntry.all().count() == 0


async def test_malformed_requests_get_a_reason(shop: ShopFixture) -> None:
    for body in ({"email": "not-an-email", "points": 5, "reason": "x"},
                 {"email": SHOPPER, "points": "5", "reason": "x"},
                 {"email": SHOPPER, "points": 5},
                 {"email": SHOPPER, "points": 5, "reason": "x", "extra": 1}):
        response = await shop.admin("POST", "/loyalty/adjust", body)
        assert response.status_code == 400, body
        assert (await response.get_json())["error"]["message"]
    bad = await shop.admin("PUT", "/loyalty/settings", {"enabled": True, "min_redeem": -1})
    assert bad.status_code == 400
    assert (await (await shop.admin("GET", "/loyalty/settings")).get_json())["enabled"] is False
    assert (await shop.admin("GET", "/loyalty")).status_code == 400


async def test_a_redemption_above_the_cart_total_is_refused(shop: ShopFixture) -> None:
    await enable(shop)
    cart = await cart_of(shop, "TEA")  # ₹349 of tea: at most 3,490 points
    await credit(shop, 5000)
    await proven(cart["token"])
    response = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 4000})
    assert await _error(response) == "above_cart_total"
    assert (await response.get_json())["error"]["details"] == {"max_points": 3490}
    assert (await Cart.get(token=cart["token"])).loyalty_points == 0
    more = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 6000})
    assert await _error(more) == "insufficient_points"
    few = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 10})
    assert await _error(few) == "below_minimum_redemption"
    typed = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": -5})
    assert typed.status_code == 400


async def test_max_spends_what_the_cart_allows_and_shipping_is_still_paid(
        shop: ShopFixture) -> None:
    await enable(shop)
    cart = await cart_of(shop, "TEA")
    await credit(shop, 5000)
    await proven(cart["token"])
    response = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": "max"})
    breakdown = (await response.get_json())["breakdown"]
    assert breakdown["points_redeemed"] == 3490 and breakdown["points_discount"] == 34900
    assert breakdown["total"] == 4900 and breakdown["tax"] == 0  # the shipping


async def test_a_browser_sent_amount_is_ignored(shop: ShopFixture) -> None:
    await enable(shop)
    cart = await cart_of(shop, "TEA")
    await credit(shop, 500)
    await proven(cart["token"])
    response = await shop.widget("POST", f"/carts/{cart['token']}/loyalty",
                                 {"points": 100, "points_discount": 34900})
    assert (await response.get_json())["breakdown"]["points_discount"] == 1000


async def test_another_store_cannot_see_or_change_a_shopper(shop: ShopFixture) -> None:
    await enable(shop)
    await cart_of(shop)
    await credit(shop, 100)
    other = await create_store(TEST_SECRET, "Other", [SHOP_ORIGIN], currency="INR")
    theirs = {"Authorization": f"Bearer {other.secret_key}"}
    read = await shop.client.get(f"/api/v1/loyalty?email={SHOPPER}", headers=theirs)
    assert read.status_code == 404
    debit = await shop.client.post("/api/v1/loyalty/adjust", headers=theirs, json={
        "email": SHOPPER, "points": -100, "reason": "theft"})
    assert debit.status_code == 404
    assert await balance(shop) == 100
    figures = await (await shop.client.get("/api/v1/loyalty/figures", headers=theirs)).get_json()
    assert figures["issued"] == 0 and figures["accounts"] == 0


async def test_the_ledger_needs_the_secret_key(shop: ShopFixture) -> None:
    response = await shop.client.get(f"/api/v1/loyalty?email={SHOPPER}",
                                     headers=shop.public_headers)
    assert response.status_code == 401


async def test_the_routes_are_in_the_openapi_document(shop: ShopFixture) -> None:
    document = await (await shop.client.get("/openapi.json")).get_json()
    paths = document["paths"]
    assert {"/api/v1/loyalty", "/api/v1/loyalty/adjust", "/api/v1/loyalty/settings",
            "/api/v1/loyalty/figures", "/api/v1/carts/{token}/loyalty",
            "/api/v1/carts/{token}/loyalty/code"} <= set(paths)
    adjust = paths["/api/v1/loyalty/adjust"]["post"]
    assert "requestBody" in adjust and adjust["tags"] == ["loyalty"]
