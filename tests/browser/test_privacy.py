"""Shoppers' privacy in Chromium: the consent a shopper gives in the widget is recorded with the
very text their screen showed, in their language; an owner finds the shopper on the admin's
Shoppers page, sees that consent, and erases them after confirming."""

from __future__ import annotations

import secrets
import subprocess
import sys
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LiveServer, MerchantSite, shop_page
from tests.browser.test_accessibility import violations
from tests.conftest import found

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "MUG", "name": "Blue mug", "price": 50000, "stock": 10}]


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Privacy {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN")
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": PRODUCTS})
    merchant.pages[f"/{store['public_key']}/hi"] = shop_page(
        live_server.url, store["public_key"], PRODUCTS, "hi")
    return store


def _give_email_with_consent(browser: Any, merchant: MerchantSite, shop: dict[str, Any],
                             email: str) -> str:
    """On the Hindi page: add a mug, go to Contact, tick the offers box, type the email; returns
    the consent label's text as the page shows it."""
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.goto(f"{merchant.origin}/{shop['public_key']}/hi")
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    page.locator(".step button.primary").click()
    page.wait_for_selector("#pc-email")
    page.check("#pc-consent")
    label = page.locator("label.check", has=page.locator("#pc-consent")).inner_text().strip()
    page.fill("#pc-email", email)
    expect(page.locator(".saved")).not_to_be_empty()  # "saved", in Hindi
    page.context.close()
    return label


def test_the_consent_recorded_is_the_text_the_shopper_saw_in_their_language(browser, live_server: LiveServer, merchant: MerchantSite, shop) -> None:
    email = f"meera-{secrets.token_hex(2)}@example.com"
    shown = _give_email_with_consent(browser, merchant, shop, email)
    export = live_server.store_api(shop["secret_key"], "GET",
                                   f"/shoppers?email={quote(email)}")
    [consent] = export["consents"]
    assert (consent["channel"], consent["granted"], consent["language"]) == ("email", True, "hi")
    assert consent["text"] == shown and consent["source"] == "widget"


def test_an_owner_finds_and_erases_a_shopper_in_the_console(browser, live_server: LiveServer, merchant: MerchantSite, shop, screenshot) -> None:
    email = f"ravi-{secrets.token_hex(2)}@example.com"
    _give_email_with_consent(browser, merchant, shop, email)
    owner = f"owner-{secrets.token_hex(3)}@privacy.test"
    out = subprocess.run([sys.executable, "-m", "server.cli", "admin", "add", owner,
                          "--store", shop["public_key"]], env=live_server.env, check=True,
                         capture_output=True, text=True).stdout
    password = found(r"with password (\S+) ", out)

    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/admin/login")
    page.fill("#email", owner)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    page.click("nav >> text=Shoppers")
    page.fill("#email", email)
    page.click("button:text('Find')")
    page.wait_for_selector(f"[data-shopper='{email}']")
    assert page.locator("[data-section=carts] td.num").inner_text() == "1"
    assert "hi" in page.locator("[data-table=consents]").inner_text()
    screenshot(page, "admin-shopper")
    assert violations(page) == []

    page.click("text=Erase this shopper…")
    page.fill("#confirm", "someone.else@example.com")
    page.click("button:text('Erase this shopper')")
    assert "Type the shopper's address exactly" in page.locator("[role=alert]").inner_text()
    assert violations(page) == []
    page.fill("#confirm", email)
    page.click("button:text('Erase this shopper')")
    page.wait_for_selector("h1:text('Shopper erased')")
    assert email in page.locator("[role=status]").inner_text()
    screenshot(page, "admin-shopper-erased")
    assert violations(page) == []

    export = live_server.store_api(shop["secret_key"], "GET", f"/shoppers?email={quote(email)}")
    assert export["found"] is False and export["consents"] == [] and export["carts"] == []
