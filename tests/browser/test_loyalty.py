"""Loyalty points in the widget, in Chromium: a returning shopper types their email and sees their
balance, spends it with the code the server emails them (received over SMTP), sees the discount
as its own line of the breakdown, and the confirmation says what the order earned."""

from __future__ import annotations

import re
import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, http_json, shop_page
from tests.browser.test_accessibility import violations
from tests.conftest import until

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "MUG", "name": "Blue mug", "price": 50000, "stock": 10, "category": "kitchen",
             "image_url": "", "url": ""}]
ADDRESS = {"line1": "4 Park Street", "city": "Kolkata", "region": "WB", "postal_code": "700016",
           "country": "IN"}


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Points {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    secret = store["secret_key"]
    live_server.store_api(secret, "PATCH", "/store", {
        "country": "IN", "prices_include_tax": True, "payment_methods": ["cash_on_delivery"]})
    live_server.store_api(secret, "POST", "/products/bulk", {"products": PRODUCTS})
    live_server.store_api(secret, "PUT", "/shipping-rules", {"rules": [
        {"country": "IN", "rate": 4900, "free_above": 99900}]})
    live_server.store_api(secret, "PUT", "/loyalty/settings", {"enabled": True})
    merchant.pages[f"/{store['public_key']}/en"] = shop_page(live_server.url,
                                                             store["public_key"], PRODUCTS)
    return store


def _earlier_order(live_server: LiveServer, merchant: MerchantSite, shop: dict[str, Any],
                   email: str) -> None:
    """The shopper ordered two mugs before (100 points), and the shop gave them 1,140 more."""
    headers = {"X-Pushcart-Key": shop["public_key"], "Origin": merchant.origin}
    api = f"{live_server.url}/api/v1"
    _, cart = http_json("POST", f"{api}/carts", {"visitor_id": "earlier-visit-01"}, headers)
    http_json("POST", f"{api}/carts/{cart['token']}/items", {"sku": "MUG", "quantity": 2},
              headers)
    http_json("PATCH", f"{api}/carts/{cart['token']}", {"email": email, "name": "Meera Shah",
                                                        "address": ADDRESS}, headers)
    status, _ = http_json("POST", f"{api}/carts/{cart['token']}/order",
                          {"payment_method": "cash_on_delivery"}, headers)
    assert status == 201
    live_server.store_api(shop["secret_key"], "POST", "/loyalty/adjust",
                          {"email": email, "points": 1140, "reason": "birthday gift"})


def _code_in_inbox(live_server: LiveServer, email: str) -> str:
    def code() -> str | None:
        for message in reversed(live_server.inbox.to(email)):
            if "points" in message["Subject"]:
                text = message.get_body(("plain",)).get_content()
                return re.findall(r"\b(\d{6})\b", text)[0]
        return None
    return str(until(code, "the one-time code email"))


def _widget_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's findings in the widget (the test shop's own page is no merchant's)."""
    return [v for v in violations(page) if "pushcart-root" in str(v["targets"])]


def test_returning_shopper_spends_points_with_the_emailed_code(browser, live_server, merchant,
                                                               shop, screenshot) -> None:
    email = f"meera-{secrets.token_hex(3)}@example.com"
    _earlier_order(live_server, merchant, shop, email)
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{merchant.origin}/{shop['public_key']}/en")
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    page.locator(".step button.primary").click()
    page.locator("#pc-email").fill(email)
    points = page.locator(".points")
    points.wait_for()
    assert points.inner_text().startswith("You have 1,240 points (₹124.00)")

    points.get_by_role("button", name="Use points").click()
    page.get_by_label(f"Enter the 6-digit code we emailed to {email}").fill(
        _code_in_inbox(live_server, email))
    screenshot(page, "loyalty-1-code")
    assert _widget_violations(page) == []  # axe-core: the code form is labelled and readable
    points.get_by_role("button", name="Apply").click()
    page.locator("[data-row=points]").wait_for()
    assert page.locator("[data-row=points] dt").inner_text() == "Points (1,240)"
    assert page.locator("[data-row=points] dd").inner_text() == "−₹124.00"
    assert page.locator("[data-row=total] dd").inner_text() == "₹425.00"  # ₹376 + ₹49 shipping
    screenshot(page, "loyalty-2-discount")
    assert _widget_violations(page) == []

    page.fill("#pc-name", "Meera Shah")
    page.click("text=Continue to delivery")
    page.wait_for_selector("#pc-line1")
    page.fill("#pc-line1", ADDRESS["line1"])
    page.fill("#pc-city", ADDRESS["city"])
    page.fill("#pc-region", ADDRESS["region"])
    page.fill("#pc-postal", ADDRESS["postal_code"])
    page.select_option("#pc-country", "IN")
    page.click("text=Continue to payment")
    page.check("input[value=cash_on_delivery]")
    page.locator("[data-place]").click()
    page.locator(".confirm").wait_for()
    assert "You earned 37 points with this order." in page.locator(".confirm").inner_text()
    screenshot(page, "loyalty-3-confirmation")
    status, ledger = http_json("GET", f"{live_server.url}/api/v1/loyalty?email={email}",
                               headers={"Authorization": f"Bearer {shop['secret_key']}"})
    assert status == 200 and ledger["points"] == 37
    assert errors == []
    context.close()
