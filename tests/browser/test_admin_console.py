"""The admin console's working pages in Chromium, against a real `pushcart run` (its own worker,
the real clock) and the test push service: build a segment and watch its live count, send a
campaign to it and watch its numbers move, an A/B test's report with its chart, a catalog CSV
import with a bad row, the dashboard's charts and the settings, on a laptop and on a phone."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LiveServer, MerchantSite, http_json
from tests.browser.test_admin import LAPTOP, PHONE, _admin
from tests.conftest import until
from tests.declarative import landing, shown
from tests.push.service import PushService, ThreadedPushService

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "TEA", "name": "Assam tea", "price": 34900, "category": "tea"},
            {"sku": "MUG", "name": "Blue mug", "price": 50000, "category": "kitchen"}]


@pytest.fixture
def store(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    created = live_server.create_store(f"Chai {secrets.token_hex(2)}", merchant.origin,
                                       currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    live_server.store_api(created["secret_key"], "POST", "/products/bulk",
                          {"products": PRODUCTS})
    return created


@pytest.fixture
def push_service(live_server: LiveServer, store: dict[str, Any]) -> Iterator[PushService]:
    service = ThreadedPushService(live_server.push_port, {store["vapid_public_key"]})
    yield service.service
    service.stop()


def _subscribe(live_server: LiveServer, merchant: MerchantSite, store: dict[str, Any],
               service: PushService, visitor: str, locale: str) -> str:
    endpoint, keys = service.subscribe()
    status, body = http_json("POST", f"{live_server.url}/api/v1/push/subscriptions", {
        "visitor_id": visitor, "subscription": keys.subscription(endpoint), "locale": locale},
        {"X-Pushcart-Key": store["public_key"], "Origin": merchant.origin})
    assert status == 201, body
    status, body = http_json("POST", f"{live_server.url}/api/v1/carts", {
        "visitor_id": visitor, "locale": locale},
        {"X-Pushcart-Key": store["public_key"], "Origin": merchant.origin})
    assert status == 201, body
    return endpoint


def _sign_in(browser: Any, live_server: LiveServer, email: str, password: str,
             viewport: dict[str, int]) -> tuple[Any, Any, list[str]]:
    """A new browser context signed in through the form: (context, page, console errors)."""
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/admin/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    return context, page, errors


def _signed_in(browser: Any, live_server: LiveServer, store: dict[str, Any],
               viewport: dict[str, int]) -> tuple[Any, Any, list[str]]:
    email = f"owner-{secrets.token_hex(3)}@chai.test"
    return _sign_in(browser, live_server, email, _admin(live_server, store, email), viewport)



def _nav(page: Any, label: str) -> None:
    page.locator("nav.sidenav a", has_text=label).click()


def test_build_a_segment_see_its_count_and_send_it_a_campaign(browser, live_server: LiveServer, merchant: MerchantSite, store, push_service, screenshot) -> None:
    hindi = _subscribe(live_server, merchant, store, push_service, "asha-000001", "hi-IN")
    english = _subscribe(live_server, merchant, store, push_service, "ravi-000002", "en-IN")
    context, page, errors = _signed_in(browser, live_server, store, LAPTOP)

    _nav(page, "Segments")
    page.click("text=New segment")
    expect(page.locator("#count-subscribers")).to_have_text("0")
    rule = page.locator(".rule").first
    rule.locator("[data-field=type]").select_option("locale")  # Hindi is ticked by default
    expect(page.locator("#count-subscribers")).to_have_text("1")
    assert page.inner_text("#count-push") == "1" and page.inner_text("#count-shoppers") == "1"
    rule.locator("[data-field=negate]").check()  # not Hindi
    expect(page.locator("#count-shoppers")).to_have_text("1")
    rule.locator("[data-field=negate]").uncheck()
    page.click("#add-rule")
    page.locator(".rule").nth(1).locator("[data-field=type]").select_option("last_seen")
    page.fill("#name", "Hindi speakers")
    expect(page.locator("#count-subscribers")).to_have_text("1")
    screenshot(page, "admin-segment-laptop", full_page=True)
    page.click("text=Save segment")
    page.wait_for_selector("text=Saved.")

    page.click("text=Send a campaign to this segment")
    assert page.locator("#segment option:checked").inner_text() == "Segment: Hindi speakers"
    page.fill("#title", "चाय पर 20% छूट")
    page.fill("#url", f"{merchant.origin}/chai")
    page.click("text=Create campaign")
    page.wait_for_selector("[data-status]")
    assert "Hindi speakers" in page.inner_text("[data-audience]")

    def delivered() -> bool:
        page.reload()
        return page.inner_text("[data-count=delivered]") == "1"
    until(delivered, "the campaign delivered", seconds=15)
    assert page.inner_text("[data-count=targeted]") == "1"
    assert [shown(m)["title"] for m in push_service.messages_for(hindi)] == ["चाय पर 20% छूट"]
    assert push_service.messages_for(english) == []
    screenshot(page, "admin-campaign-sent-laptop", full_page=True)
    assert errors == []
    context.close()


def test_an_ab_test_is_reported_per_variant_with_a_chart(browser, live_server: LiveServer, merchant: MerchantSite, store, push_service, screenshot) -> None:
    endpoints = [_subscribe(live_server, merchant, store, push_service, f"visitor-{i:04d}", "en")
                 for i in range(4)]
    for viewport, name in ((LAPTOP, "laptop"), (PHONE, "phone")):
        context, page, errors = _signed_in(browser, live_server, store, viewport)
        if name == "laptop":
            _nav(page, "Campaigns")
            page.click("text=New campaign")
            page.fill("#title", "10% off teas")
            page.fill("#url", f"{merchant.origin}/teas")
            assert page.locator("#variants").is_hidden()
            page.check("#ab")
            page.fill("#variantB_title", "Free shipping on teas")
            screenshot(page, "admin-campaign-ab-new-laptop", full_page=True)
            page.click("text=Create campaign")
            page.wait_for_selector("[data-status]")
            campaign_url = page.url
            until(lambda: sum(len(push_service.messages_for(e)) for e in endpoints) == 4,
                  "the four pushes", seconds=15)
            clicked = next(e for e in endpoints
                           if shown(push_service.messages_for(e)[0])["title"]
                           == "Free shipping on teas")
            assert landing(shown(push_service.messages_for(clicked)[0])["navigate"]) \
                == f"{merchant.origin}/teas"
        page.goto(campaign_url)
        rows = page.locator("[data-table=variants] tbody tr")
        assert rows.count() == 2
        b = page.locator("[data-variant=B]")
        assert "Free shipping on teas" in b.inner_text() and "leading" in b.inner_text()
        assert b.locator("[data-ctr]").inner_text() == "50.0 %"
        page.wait_for_selector("canvas[data-drawn=true]")
        screenshot(page, f"admin-campaign-ab-{name}", full_page=True)
        assert errors == []
        context.close()


def test_a_catalog_csv_with_a_bad_row(browser, live_server: LiveServer, store, tmp_path: Path, screenshot) -> None:
    csv_file = tmp_path / "products.csv"
    csv_file.write_text("sku,name,price,category,stock\n"
                        "CHAI,Masala chai,249.00,tea,40\n"
                        "POT,Tea pot,twelve,kitchen,3\n"
                        "TEA,Assam tea (500 g),399,tea,\n", encoding="utf-8")
    for viewport, name in ((LAPTOP, "laptop"), (PHONE, "phone")):
        context, page, errors = _signed_in(browser, live_server, store, viewport)
        _nav(page, "Catalog")
        page.set_input_files("#file", str(csv_file))
        page.click("button:text-is('Import')")
        report = page.locator("#import-report")
        report.wait_for()
        assert "Nothing was imported: 1 of 3 rows has a problem" in report.inner_text()
        assert re.search(r"3\s+POT\s+Price “twelve” is not a number",
                         page.inner_text("[data-table=import-errors]"))
        errors.clear()  # the 400 of the refused import was meant
        screenshot(page, f"admin-catalog-import-{name}", full_page=True)
        if name == "phone":
            page.set_input_files("#file", str(csv_file))
            page.check("input[name=skip_bad_rows]")
            page.click("button:text-is('Import')")
            page.locator("[data-imported]").wait_for()
            assert "Imported: 1 new, 1 updated. 1 bad row was skipped." in page.inner_text(
                "[data-imported]")
            assert page.locator("[data-sku=CHAI]").count() == 1
            page.fill("#q", "chai")
            page.click("button:text-is('Search')")
            assert page.locator("[data-table=products] tbody tr").count() == 1
            page.click("[data-sku=CHAI] a")
            page.fill("#price", "259")
            page.click("text=Save product")
            page.wait_for_selector("text=Saved.")
            assert "₹259.00" in page.inner_text("[data-sku=CHAI]")
            screenshot(page, "admin-catalog-phone", full_page=True)
        assert errors == []
        context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_dashboard_charts_and_settings_pages(browser, live_server: LiveServer, merchant: MerchantSite, store, screenshot, viewport) -> None:
    name = "phone" if viewport == PHONE else "laptop"
    headers = {"X-Pushcart-Key": store["public_key"], "Origin": merchant.origin}
    for i in range(3):  # three shoppers: one orders
        _, cart = http_json("POST", f"{live_server.url}/api/v1/carts",
                            {"visitor_id": f"shopper-{i:04d}"}, headers)
        http_json("POST", f"{live_server.url}/api/v1/carts/{cart['token']}/items",
                  {"sku": "TEA", "quantity": 2}, headers)
    http_json("PATCH", f"{live_server.url}/api/v1/carts/{cart['token']}", {
        "email": "meera@example.com", "name": "Meera", "address": {
            "line1": "4 Park St", "city": "Kolkata", "region": "WB", "postal_code": "700016",
            "country": "IN"}}, headers)
    live_server.store_api(store["secret_key"], "PATCH", "/store",
                          {"payment_methods": ["upi", "cash_on_delivery"]})
    status, _ = http_json("POST", f"{live_server.url}/api/v1/carts/{cart['token']}/order",
                          {"payment_method": "cash_on_delivery"}, headers)
    assert status == 201
    context, page, errors = _signed_in(browser, live_server, store, viewport)
    assert page.locator("[data-funnel]").all_inner_texts()[0] == "3"
    page.wait_for_selector("canvas[data-drawn=true]")
    assert page.locator("canvas[data-drawn=true]").count() == 2
    screenshot(page, f"admin-dashboard-charts-{name}", full_page=True)

    _nav(page, "Settings")
    page.fill("#trust_returns", "Free returns within 30 days")
    page.fill("#logo_url", "https://cdn.chai.test/logo.png")
    page.click("text=Save settings")
    page.wait_for_selector("text=Saved.")
    screenshot(page, f"admin-settings-{name}", full_page=True)
    page.click(".tabs >> text=Shipping & taxes")
    screenshot(page, f"admin-settings-checkout-{name}", full_page=True)
    page.click(".tabs >> text=Recovery & messages")
    page.locator("details.texts").first.click()
    screenshot(page, f"admin-settings-recovery-{name}", full_page=True)
    page.click("text=Save recovery settings")
    page.wait_for_selector("text=Saved.")
    _nav(page, "Segments")
    screenshot(page, f"admin-segments-{name}", full_page=True)
    assert errors == []
    context.close()
    config = http_json("GET", f"{live_server.url}/api/v1/widget/config", None, headers)[1]
    assert config["trust"]["returns"] == "Free returns within 30 days"


def test_a_product_page_tells_pushcart_what_the_shopper_viewed(browser, live_server: LiveServer, merchant: MerchantSite, store) -> None:
    from tests.browser.conftest import shop_page

    page_html = shop_page(live_server.url, store["public_key"], PRODUCTS).replace(
        "<title>", '<meta name="pushcart:product" content="MUG"><title>')
    merchant.pages[f"/{store['public_key']}/mug"] = page_html
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{merchant.origin}/{store['public_key']}/mug")
    page.wait_for_selector("#pushcart-root .fab")
    page.evaluate("Pushcart.view('TEA')")

    def viewed(sku: str) -> int:
        body = live_server.store_api(store["secret_key"], "POST", "/segments", {
            "name": f"viewed {sku}", "rules": [{"type": "viewed", "sku": sku, "days": 1}]})
        return body["counts"]["shoppers"]
    until(lambda: viewed("MUG") == 1 and viewed("TEA") == 1, "both views recorded", seconds=15)
    assert viewed("KETTLE") == 0
    context.close()


def test_an_admin_changes_their_password_and_the_other_browser_is_signed_out(browser, live_server, store, screenshot) -> None:
    email = f"owner-{secrets.token_hex(3)}@chai.test"
    password = _admin(live_server, store, email)
    signed_in = [_sign_in(browser, live_server, email, password, LAPTOP)
                 for _ in range(2)]  # the same person in two browsers
    contexts = [context for context, _, _ in signed_in]
    mine, other = (page for _, page, _ in signed_in)
    try:
        mine.click("a.who")  # the email in the top bar leads to the account
        mine.wait_for_selector("h1:text('Your account')")
        assert mine.locator("[data-table=sessions] tbody tr").count() == 2
        mine.fill("#current", "not my password")
        mine.fill("#password", "a brand new password")
        mine.fill("#confirm", "a brand new password")
        mine.click("text=Change password")
        assert "current password is not right" in mine.locator("#password-error").inner_text()
        mine.fill("#current", password)
        mine.fill("#password", "a brand new password")
        mine.fill("#confirm", "a brand new password")
        mine.click("text=Change password")
        mine.wait_for_selector("text=Password changed")
        assert mine.locator("[data-table=sessions] tbody tr").count() == 1  # this one only
        screenshot(mine, "admin-account-laptop", full_page=True)
        other.reload()
        other.wait_for_selector("h1:text('Sign in')")  # its session ended with the old password
        assert "/admin/login" in other.url
    finally:
        for context in contexts:
            context.close()
