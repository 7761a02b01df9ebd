"""'Goes well with' in the widget's cart drawer, on a merchant's page of another origin, in
Chromium: recommendations from the store's own orders, one tap adds one at the server's price."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, http_json, shop_page

pytestmark = pytest.mark.browser

PRODUCTS = [
    {"sku": "MUG", "name": "Blue mug", "price": 50000, "stock": 10, "category": "kitchen"},
    {"sku": "TEA", "name": "Assam tea", "price": 34900, "stock": 50, "category": "tea"},
    {"sku": "RUG", "name": "Hand-knotted rug", "price": 900000, "stock": 0, "category": "home"},
]
ADDRESS = {"line1": "4 Park Street", "city": "Kolkata", "region": "WB", "postal_code": "700016",
           "country": "IN"}


def _order(live_server: LiveServer, merchant: MerchantSite, key: str, *skus: str) -> None:
    """A shopper of the past orders *skus*, cash on delivery, through the widget API."""
    headers = {"X-Pushcart-Key": key, "Origin": merchant.origin}
    api = f"{live_server.url}/api/v1"
    status, cart = http_json("POST", f"{api}/carts", {"visitor_id": secrets.token_hex(8)}, headers)
    assert status == 201, cart
    for sku in skus:
        status, body = http_json("POST", f"{api}/carts/{cart['token']}/items", {"sku": sku},
                                 headers)
        assert status == 200, body
    status, body = http_json("PATCH", f"{api}/carts/{cart['token']}", {
        "email": "past@example.com", "name": "Past Shopper", "address": ADDRESS}, headers)
    assert status == 200, body
    status, body = http_json("POST", f"{api}/carts/{cart['token']}/order",
                             {"payment_method": "cash_on_delivery"}, headers)
    assert status == 201, body


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Recs {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    secret = store["secret_key"]
    live_server.store_api(secret, "PATCH", "/store", {
        "country": "IN", "payment_methods": ["upi", "cash_on_delivery"]})
    live_server.store_api(secret, "POST", "/products/bulk", {"products": PRODUCTS})
    live_server.store_api(secret, "PUT", "/shipping-rules", {"rules": [
        {"country": "IN", "rate": 4900, "free_above": 99900}]})
    for _ in range(2):  # tea went with the mug in two orders: the minimum support
        _order(live_server, merchant, store["public_key"], "MUG", "TEA")
    merchant.pages[f"/{store['public_key']}/en"] = shop_page(
        live_server.url, store["public_key"], PRODUCTS, "en")
    return store


def test_the_cart_drawer_shows_what_goes_well_with_it_and_one_tap_adds_it(
        browser, live_server, merchant, shop, screenshot) -> None:
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{merchant.origin}/{shop['public_key']}/en")
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")

    recs = page.locator(".recs")
    recs.wait_for(state="visible")
    assert recs.locator("h3").inner_text() == "Goes well with"
    assert recs.locator(".rec").count() == 1  # the rug is out of stock, the mug is in the cart
    assert "Assam tea" in recs.inner_text() and "₹349.00" in recs.inner_text()
    screenshot(page, "recommendations-1-cart")

    # the merchant changes the price meanwhile: the tap adds the tea at the catalog's price
    live_server.store_api(shop["secret_key"], "PUT", "/products/TEA", {
        "name": "Assam tea", "price": 39900, "category": "tea", "stock": 50})
    page.click("button[aria-label='Add Assam tea to the cart']")
    page.wait_for_selector(".item[data-sku=TEA]")
    tea = page.locator(".item[data-sku=TEA]")
    assert "₹399.00" in tea.inner_text()
    assert page.locator("[data-row=subtotal] dd").inner_text() == "₹899.00"
    assert page.locator(".recs").is_hidden()  # nothing else goes with both
    token = page.evaluate(f"localStorage.getItem('pushcart:{shop['public_key']}:cart')")
    status, cart = http_json("GET", f"{live_server.url}/api/v1/carts/{token}", headers={
        "X-Pushcart-Key": shop["public_key"], "Origin": merchant.origin})
    assert status == 200
    assert [(i["sku"], i["unit_price"], i["quantity"]) for i in cart["items"]] == [
        ("MUG", 50000, 1), ("TEA", 39900, 1)]
    screenshot(page, "recommendations-2-added")

    # in checkout the steps lead: no recommendations there
    page.locator(".step button.primary").click()
    page.wait_for_selector("#pc-email")
    assert page.locator(".recs").count() == 0 or page.locator(".recs").is_hidden()
    assert errors == []
    context.close()
