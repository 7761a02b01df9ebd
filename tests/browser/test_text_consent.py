"""The widget's SMS and WhatsApp consent boxes by the phone field, in Chromium, on a merchant's
page of another origin: shown only when the store has a message webhook, each its own box and
off by default, ticking one sends that consent (and the number in E.164), a number without its
country code is refused in words the shopper reads, in their language."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, http_json, shop_page

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "MUG", "name": "Blue mug", "price": 50000, "stock": 10,
             "category": "kitchen"}]
WEBHOOK = "https://sms-adapter.example.com/pushcart"


def _store(live_server: LiveServer, merchant: MerchantSite, texting: bool) -> dict[str, Any]:
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": PRODUCTS})
    if texting:
        live_server.store_api(store["secret_key"], "PUT", "/text-messages/settings",
                              {"webhook_url": WEBHOOK})
    for lang in ("en", "hi"):
        merchant.pages[f"/{store['public_key']}/{lang}"] = shop_page(
            live_server.url, store["public_key"], PRODUCTS, lang)
    return store


def _contact_step(browser: Any, merchant: MerchantSite, store: dict[str, Any],
                  lang: str = "en") -> Any:
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(f"{merchant.origin}/{store['public_key']}/{lang}")
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    page.locator(".step button.primary").click()
    page.wait_for_selector("#pc-email")
    return page


def _cart(live_server: LiveServer, merchant: MerchantSite, page: Any,
          store: dict[str, Any]) -> dict[str, Any]:
    token = page.evaluate(f"localStorage.getItem('pushcart:{store['public_key']}:cart')")
    status, cart = http_json("GET", f"{live_server.url}/api/v1/carts/{token}", headers={
        "X-Pushcart-Key": store["public_key"], "Origin": merchant.origin})
    assert status == 200
    return dict(cart)


def test_the_boxes_are_off_by_default_and_ticking_one_sends_its_consent(
        browser, live_server, merchant, screenshot) -> None:
    store = _store(live_server, merchant, texting=True)
    page = _contact_step(browser, merchant, store)
    sms, whatsapp = page.locator("#pc-sms"), page.locator("#pc-whatsapp")
    assert sms.is_visible() and whatsapp.is_visible()
    assert not sms.is_checked() and not whatsapp.is_checked()
    assert page.locator("label", has=sms).inner_text().strip() == \
        "Text me reminders and offers by SMS"
    assert page.locator("label", has=whatsapp).inner_text().strip() == \
        "Send me reminders and offers on WhatsApp"

    page.fill("#pc-email", "meera@example.com")
    page.fill("#pc-name", "Meera Shah")
    page.fill("#pc-phone", "+91 98765 43210")
    sms.check()
    screenshot(page, "text-consent-contact")
    page.click("text=Continue to delivery")
    page.wait_for_selector("#pc-line1")
    cart = _cart(live_server, merchant, page, store)
    assert (cart["phone"], cart["sms_consent"], cart["whatsapp_consent"]) == (
        "+919876543210", True, False)
    assert page.errors == []


def test_a_number_without_its_country_code_is_refused_in_the_shoppers_language(
        browser, live_server, merchant) -> None:
    store = _store(live_server, merchant, texting=True)
    page = _contact_step(browser, merchant, store, "hi")
    assert page.locator("label", has=page.locator("#pc-whatsapp")).inner_text().strip() == \
        "मुझे WhatsApp पर रिमाइंडर और ऑफ़र भेजें"
    page.fill("#pc-email", "meera@example.com")
    page.fill("#pc-phone", "98765 43210")
    page.locator("#pc-whatsapp").check()
    page.locator("form button.primary").click()
    page.get_by_text("फ़ोन नंबर देश कोड के साथ लिखें").wait_for()
    assert page.locator("#pc-line1").count() == 0  # still on the contact step
    cart = _cart(live_server, merchant, page, store)
    assert cart["whatsapp_consent"] is False and cart["phone"] == ""  # nothing saved


def test_no_boxes_when_the_store_sends_no_text_messages(browser, live_server,
                                                        merchant) -> None:
    store = _store(live_server, merchant, texting=False)
    page = _contact_step(browser, merchant, store)
    assert page.locator("#pc-phone").is_visible()
    assert page.locator("#pc-sms").count() == 0 and page.locator("#pc-whatsapp").count() == 0


def test_the_admin_counts_a_text_in_segments_as_it_is_typed(browser, live_server, merchant,
                                                            screenshot) -> None:
    from tests.browser.test_admin import LAPTOP, _admin

    store = _store(live_server, merchant, texting=True)
    email = f"owner-{secrets.token_hex(3)}@shop.test"
    password = _admin(live_server, store, email)
    page = browser.new_context(viewport=LAPTOP, reduced_motion="reduce").new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/admin/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    store_id = page.url.rstrip("/").split("/stores/")[1].split("/")[0]
    page.goto(f"{live_server.url}/admin/stores/{store_id}/automations/price_drop")

    english, count = page.locator("#sms_en"), page.locator("#sms_en-count")
    assert count.inner_text().startswith("1 segment · GSM-7")  # Pushcart's own, with the link
    english.fill("Price drop! " * 12)  # 144 characters and the link: two GSM-7 parts
    assert count.inner_text().startswith("2 segments · GSM-7")
    english.fill("Price drop! " * 12 + "€" * 80)  # 144 + 160 + the link > 306 septets
    assert count.inner_text().startswith("3 segments · GSM-7")  # € counts two
    assert "error" in (count.get_attribute("class") or "")  # over the store's 2
    assert english.get_attribute("aria-invalid") == "true"
    hindi, hindi_count = page.locator("#sms_hi"), page.locator("#sms_hi-count")
    hindi.fill("कीमत घटी")
    # 8 letters and a 60-odd-character link: more than UCS-2's 70 in one segment
    assert hindi_count.inner_text().startswith("2 segments · UCS-2")
    screenshot(page, "text-admin-count")
    assert errors == []
