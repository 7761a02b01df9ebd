"""The admin console's automations in Chromium, against a real `pushcart run`: the list of flows
with their switches, and the editor's live preview following what the merchant types, in the
language being edited, with example values in place of the placeholders."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LiveServer, MerchantSite
from tests.browser.test_admin import LAPTOP, PHONE
from tests.browser.test_admin_console import PRODUCTS, _nav, _signed_in

pytestmark = pytest.mark.browser


@pytest.fixture
def store(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    created = live_server.create_store(f"Chai {secrets.token_hex(2)}", merchant.origin,
                                       currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    live_server.store_api(created["secret_key"], "POST", "/products/bulk",
                          {"products": PRODUCTS})
    return created


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_automation_editor_previews_what_is_typed(browser, live_server: LiveServer, store, screenshot, viewport) -> None:
    context, page, errors = _signed_in(browser, live_server, store, viewport)
    name = "phone" if viewport == PHONE else "laptop"

    _nav(page, "Automations")
    expect(page.locator(".flow-card")).to_have_count(8)  # points expiry among them
    price_drop = page.locator(".flow-card[data-flow=price_drop]")
    expect(price_drop.get_by_role("switch")).to_have_attribute("aria-checked", "true")
    screenshot(page, f"admin-automations-{name}", full_page=True)

    price_drop.locator("h2 a").click()
    page.wait_for_selector("h1:text('Price drop')")
    title = page.locator(".notif.android [data-preview=title]")
    expect(title).to_have_text("Price drop: Assam tea")  # Pushcart's own text, filled in
    page.fill("#title_en", "Only today: {product} for {new_price}")
    expect(title).to_have_text("Only today: Assam tea for ₹314.10")
    expect(page.locator(".notif.desktop [data-preview=title]")).to_have_text(
        "Only today: Assam tea for ₹314.10")
    page.fill("#body_en", "Was {old_price} at {store}.")
    expect(page.locator(".notif.android [data-preview=body]")).to_have_text(
        f"Was ₹349.00 at {store['name']}.")

    page.fill("#title_ur", "{product} اب سستا")  # the preview follows the language edited
    expect(page.locator("[data-preview=language]").first).to_have_text("Urdu")
    expect(title).to_have_text("Assam tea اب سستا")
    expect(page.locator(".notif.android")).to_have_attribute("dir", "rtl")
    page.fill("#body_ur", "اب {new_price}")
    screenshot(page, f"admin-automation-editor-{name}", full_page=True)

    page.click("button:text('Save price drop')")
    page.wait_for_selector("text=Saved.")
    expect(page.locator("#title_en")).to_have_value("Only today: {product} for {new_price}")
    _nav(page, "Automations")
    page.locator(".flow-card[data-flow=price_drop]").get_by_role("switch").click()
    expect(page.locator(".flow-card[data-flow=price_drop]").get_by_role("switch")
           ).to_have_attribute("aria-checked", "false")
    assert errors == []
    context.close()
