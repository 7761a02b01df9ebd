"""The widget embedded on a merchant's page of another origin, driven in Chromium."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, http_json, shop_page

pytestmark = pytest.mark.browser

PRODUCTS = [
    {"sku": "MUG", "name": "Blue mug", "price": 50000, "stock": 10, "category": "kitchen",
     "image_url": "", "url": ""},
    {"sku": "RUG", "name": "Hand-knotted rug", "price": 10000000, "stock": 3, "category": "home"},
]


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    """A fresh INR store (GST included) whose page lives on the merchant's origin."""
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    secret = store["secret_key"]
    live_server.store_api(secret, "PATCH", "/store", {
        "country": "IN", "prices_include_tax": True,
        "payment_methods": ["upi", "card", "cash_on_delivery"],
        "trust": {"returns": "Free returns within 7 days", "contact": "help@shop.test"},
    })
    live_server.store_api(secret, "POST", "/products/bulk", {"products": PRODUCTS})
    live_server.store_api(secret, "PUT", "/shipping-rules", {"rules": [
        {"country": "IN", "rate": 4900, "free_above": 99900}]})
    live_server.store_api(secret, "PUT", "/tax-rates", {"rates": [
        {"country": "IN", "rate_bp": 1800, "name": "GST"}]})
    for lang in ("en", "ur", "hi"):
        merchant.pages[f"/{store['public_key']}/{lang}"] = shop_page(
            live_server.url, store["public_key"], PRODUCTS, lang)
    return store


def _open_shop(browser: Any, merchant: MerchantSite, shop: dict[str, Any], lang: str = "en",
               query: str = "", **context_options: Any) -> Any:
    context = browser.new_context(reduced_motion="reduce", **context_options)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(f"{merchant.origin}/{shop['public_key']}/{lang}{query}")
    page.wait_for_selector("#pushcart-root .fab")
    return page


def _cart_on_server(live_server: LiveServer, merchant: MerchantSite, page: Any,
                    shop: dict[str, Any]) -> dict[str, Any]:
    token = page.evaluate(f"localStorage.getItem('pushcart:{shop['public_key']}:cart')")
    status, cart = http_json("GET", f"{live_server.url}/api/v1/carts/{token}", headers={
        "X-Pushcart-Key": shop["public_key"], "Origin": merchant.origin})
    assert status == 200
    return cart


def _current_step(page: Any) -> str:
    return page.locator(".progress li[aria-current=step]").inner_text().strip()


def _reach_step(page: Any, name: str, done: int, first_field: str) -> None:
    """The progress indicator shows step *name* as current, after *done* steps marked done."""
    page.wait_for_selector(first_field)
    assert _current_step(page).endswith(name)
    assert page.locator(".progress li.done").count() == done


def test_guest_checkout_from_add_to_cart_to_order(browser, live_server, merchant, shop,
                                                  screenshot) -> None:
    page = _open_shop(browser, merchant, shop)
    page.evaluate("window.__orders = []; document.addEventListener('pushcart:order', "
                  "e => window.__orders.push(e.detail))")
    page.click("button[data-sku=MUG]")
    drawer = page.locator(".drawer[role=dialog]")
    drawer.wait_for(state="visible")
    page.wait_for_selector(".item[data-sku=MUG]")

    # Every cost is on screen before checkout starts.
    rows = {r: page.locator(f".breakdown [data-row={r}] dd").inner_text() for r in
            ("subtotal", "shipping", "tax", "total")}
    assert rows == {"subtotal": "₹500.00", "shipping": "₹49.00", "tax": "₹76.27",
                    "total": "₹549.00"}
    assert "Shipping (estimate)" in page.locator(".breakdown").inner_text()
    assert page.locator(".progress").is_hidden()
    screenshot(page, "checkout-1-cart")

    # Inline editing recomputes on the server.
    page.click("button[aria-label='Increase quantity of Blue mug']")
    page.wait_for_function("() => document.querySelector('#pushcart-root').shadowRoot"
                           ".querySelector('[data-row=total] dd').textContent === '₹1,000.00'")
    assert page.locator("[data-row=shipping] dd").inner_text() == "Free"

    page.locator(".step button.primary").click()
    assert _current_step(page).endswith("Contact")
    email = page.locator("#pc-email")
    assert email.evaluate("el => el === el.form.querySelector('input')")  # email comes first
    email.fill("meera@example.com")
    page.locator(".saved", has_text="Saved").wait_for()
    # The email is on the server while the shopper is still on the Contact step.
    assert _cart_on_server(live_server, merchant, page, shop)["email"] == "meera@example.com"
    assert _current_step(page).endswith("Contact")
    page.fill("#pc-name", "Meera Shah")
    screenshot(page, "checkout-2-contact")
    page.click("text=Continue to delivery")

    _reach_step(page, "Delivery", 1, "#pc-line1")
    page.fill("#pc-line1", "4 Park Street")
    page.fill("#pc-city", "Kolkata")
    page.fill("#pc-region", "WB")
    page.fill("#pc-postal", "700016")
    page.select_option("#pc-country", "IN")
    screenshot(page, "checkout-3-delivery")
    page.click("text=Continue to payment")

    _reach_step(page, "Payment & review", 2, "input[name=method]")
    labels = page.locator(".method").all_inner_texts()
    assert [label.strip() for label in labels] == ["UPI", "Credit or debit card", "Cash on delivery"]
    assert "Free returns within 7 days" in page.locator(".trust").inner_text()
    page.check("input[value=cash_on_delivery]")
    screenshot(page, "checkout-4-payment")
    page.locator("[data-place]").click()

    page.locator(".confirm").wait_for()
    screenshot(page, "checkout-5-confirmation")
    orders = page.evaluate("window.__orders")
    assert len(orders) == 1 and orders[0]["total"] == 100000
    assert f"Order #{orders[0]['number']} is placed." in page.locator(".confirm").inner_text()
    assert page.locator(".progress li.done").count() == 3
    listing = live_server.store_api(shop["secret_key"], "GET", "/orders")
    assert listing["orders"][0]["number"] == orders[0]["number"]
    assert listing["orders"][0]["email"] == "meera@example.com"
    assert page.errors == []

    # the confirmation links to the order's own page, on Pushcart, in a new tab
    with page.context.expect_page() as opened:
        page.click("text=Track your order")
    status = opened.value
    status.wait_for_load_state()
    assert status.url.startswith(f"{live_server.url}/orders/")
    assert status.locator("h1").inner_text() == f"Order #{orders[0]['number']}"
    assert "Received: the shop is preparing it" in status.locator(".status").inner_text()
    assert "Kolkata" in status.inner_text("body")
    screenshot(status, "order-status")


def test_urdu_widget_is_right_to_left(browser, merchant, shop, screenshot) -> None:
    page = _open_shop(browser, merchant, shop, "ur")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    shell = page.locator(".shell")
    assert shell.get_attribute("dir") == "rtl"
    assert page.locator(".drawer").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("#pc-title").inner_text() == "آپ کی ٹوکری"
    box = page.locator(".drawer").bounding_box()
    assert box["x"] == 0  # the drawer opens from the left in a right-to-left language
    assert "کل" in page.locator("[data-row=total] dt").inner_text()
    screenshot(page, "urdu-cart")


def test_a_returning_shopper_keeps_the_urdu_texts_and_is_not_sent_them_again(
        browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop, "ur")
    assert page.locator(".shell").get_attribute("dir") == "rtl"
    with page.expect_response(lambda r: "/widget/config" in r.url) as answer:
        page.reload()
    assert "have=ur." in answer.value.url
    assert "texts" not in answer.value.json()  # the widget kept them from the first page
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    assert page.locator("#pc-title").inner_text() == "آپ کی ٹوکری"
    assert page.locator(".shell").get_attribute("dir") == "rtl"


def test_indian_grouping_for_large_amounts(browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop)
    page.click("button[data-sku=RUG]")
    page.wait_for_selector(".item[data-sku=RUG]")
    assert page.locator("[data-row=subtotal] dd").inner_text() == "₹1,00,000.00"


def test_hindi_page_gets_the_hindi_widget(browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop, "hi")
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    assert page.locator("#pc-title").inner_text() == "आपका कार्ट"
    assert page.locator(".shell").get_attribute("dir") == "ltr"


def test_cart_survives_a_reload(browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop)
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    page.reload()
    page.wait_for_selector("#pushcart-root .fab")
    assert page.locator(".fab .count").inner_text() == "1"


def test_signed_link_restores_the_cart_on_another_device(browser, live_server, merchant, shop) -> None:
    phone = _open_shop(browser, merchant, shop)
    phone.click("button[data-sku=MUG]")
    phone.wait_for_selector(".item[data-sku=MUG]")
    cart = _cart_on_server(live_server, merchant, phone, shop)
    status, link = http_json("POST", f"{live_server.url}/api/v1/carts/{cart['token']}/link",
                             headers={"X-Pushcart-Key": shop["public_key"],
                                      "Origin": merchant.origin})
    assert status == 200
    laptop = _open_shop(browser, merchant, shop, query=f"?pushcart_cart={link['link']}")
    laptop.locator(".drawer").wait_for(state="visible")
    assert laptop.locator(".item[data-sku=MUG]").count() == 1
    assert "pushcart_cart" not in laptop.url


def test_keyboard_opens_and_escape_closes(browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop)
    page.locator(".fab").focus()
    page.keyboard.press("Enter")
    page.locator(".drawer").wait_for(state="visible")
    assert page.locator(".fab").get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    page.locator(".drawer").wait_for(state="hidden")
    assert page.evaluate("document.querySelector('#pushcart-root').shadowRoot"
                         ".activeElement.classList.contains('fab')")


def test_phone_layout_uses_the_whole_width(browser, merchant, shop, screenshot) -> None:
    page = _open_shop(browser, merchant, shop, viewport={"width": 390, "height": 844},
                      is_mobile=True, has_touch=True)
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    box = page.locator(".drawer").bounding_box()
    assert box["width"] == 390
    page.locator(".step button.primary").click()
    page.wait_for_selector("#pc-email")
    screenshot(page, "phone-contact")
    assert page.locator("#pc-email").is_visible()
    assert page.locator(".totalbar").is_visible()  # the total stays on screen during checkout


def test_discount_code_field_applies_a_code(browser, live_server, merchant, shop) -> None:
    live_server.store_api(shop["secret_key"], "POST", "/discount-codes",
                          {"code": "DIWALI20", "kind": "percent", "value": 20})
    page = _open_shop(browser, merchant, shop)
    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    page.fill("#pc-code", "diwali20")
    page.click("text=Apply")
    page.locator(".applied", has_text="Code DIWALI20 applied").wait_for()
    assert page.locator("[data-row=discount] dd").inner_text() == "−₹100.00"
    assert page.locator("[data-row=total] dd").inner_text() == "₹449.00"  # 500 − 100 + 49


def test_too_many_of_a_scarce_item_shows_why(browser, merchant, shop) -> None:
    page = _open_shop(browser, merchant, shop, "hi")
    page.click("button[data-sku=RUG]")
    page.wait_for_selector(".item[data-sku=RUG]")
    qty = page.locator(".item[data-sku=RUG] input.qty")
    qty.fill("5")
    qty.dispatch_event("change")
    page.locator(".error[role=alert]", has_text="स्टॉक").wait_for()
    assert page.locator(".item[data-sku=RUG] input.qty").input_value() == "1"
    assert page.locator(".fab .count").inner_text() == "1"
