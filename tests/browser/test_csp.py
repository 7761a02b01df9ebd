"""The widget on a shop that sends a strict Content-Security-Policy (no inline script or style,
scripts and fetches only from itself and Pushcart): styled, usable end to end, and reported by
nothing as a violation. The shop is on another origin than Pushcart, as in real life, and the
policy names Pushcart's origin (tests/browser/conftest.py: strict_csp)."""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, shop_page
from tests.browser.test_accessibility import IPHONE_SAFARI
from tests.push.service import ThreadedPushService

pytestmark = pytest.mark.browser

BRAND = "#7c3aed"
BRAND_RGB = "rgb(124, 58, 237)"

# Every Content-Security-Policy violation the page reports, whatever its source (the shadow
# root's included: the event is composed), and every CSP complaint Chromium logs.
WATCH = """
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sample);
  }, true);
"""


@pytest.fixture
def shop(live_server: LiveServer, csp_merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", csp_merchant.origin,
                                     currency="INR", locale="en-IN")
    image = f"{live_server.url}/static/demo/mug-blue.svg"  # another origin: img-src *
    products = [{"sku": "MUG", "name": "Blue mug", "price": 50000, "compare_at_price": 60000,
                 "stock": 10, "image_url": image}]
    live_server.store_api(store["secret_key"], "PATCH", "/store", {
        "payment_methods": ["cash_on_delivery"],
        "branding": {"color": BRAND, "logo_url": image}})
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": products})
    csp_merchant.pages["/shop"] = shop_page(live_server.url, store["public_key"], products)
    csp_merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    csp_merchant.pages["/favicon.ico"] = b""  # else Chromium logs its 404 as a console error
    return store


def _open(browser: Any, merchant: MerchantSite, subscription: dict[str, Any] | None = None,
          ios_tab: bool = False) -> tuple[Any, list[str]]:
    """The shop's page with the widget up, and the console's errors as they come; with
    *ios_tab*, as Safari on an iPhone shows it in a tab (no Push API there)."""
    iphone = {"user_agent": IPHONE_SAFARI, "has_touch": True} if ios_tab else {}
    context = browser.new_context(reduced_motion="reduce", **iphone)
    context.grant_permissions(["notifications"], origin=merchant.origin)
    context.add_init_script(WATCH + ("delete window.PushManager;" if ios_tab else ""))
    if subscription is not None:  # headless Chromium reaches no push service
        context.add_init_script(f"""PushManager.prototype.subscribe = async function () {{
            const json = {json.dumps(subscription)};
            return {{ endpoint: json.endpoint, toJSON: () => json }};
        }};""")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(f"{merchant.origin}/shop")
    assert "script-src 'self' http://127.0.0.1:" in response.headers["content-security-policy"]
    page.wait_for_selector("#pushcart-root .fab")
    return page, errors


def _style(page: Any, selector: str, prop: str) -> str:
    return page.locator(selector).first.evaluate(
        "(el, prop) => getComputedStyle(el).getPropertyValue(prop)", prop)


def _no_violations(page: Any, errors: list[str]) -> None:
    assert page.evaluate("window.__violations") == []
    assert errors == []


def test_widget_is_styled_through_checkout_under_a_strict_policy(browser, csp_merchant, shop) -> None:
    page, errors = _open(browser, csp_merchant)
    assert _style(page, ".fab", "position") == "fixed"
    assert _style(page, ".fab", "background-color") == BRAND_RGB  # the store's colour, by CSSOM

    page.click("button[data-sku=MUG]")
    page.wait_for_selector(".item[data-sku=MUG]")
    assert _style(page, ".drawer", "position") == "fixed"
    assert float(_style(page, ".drawer", "width").removesuffix("px")) <= 440
    assert _style(page, ".backdrop", "position") == "fixed"
    assert _style(page, ".breakdown .row", "display") == "flex"  # costs in rows, not a heap
    assert _style(page, ".item img", "width") == "56px"
    assert page.locator(".item img").evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.locator(".logo").evaluate("img => img.complete && img.naturalWidth > 0")
    assert _style(page, ".unit s", "text-decoration-line") == "line-through"
    assert _style(page, ".step .primary", "background-color") == BRAND_RGB
    assert _style(page, ".step .primary", "color") == "rgb(255, 255, 255)"

    page.locator(".step .primary").click()
    page.fill("#pc-email", "asha@example.com")
    page.locator(".saved", has_text="Saved").wait_for()  # a fetch to Pushcart: connect-src
    assert _style(page, ".progress .current .dot", "border-top-color") == BRAND_RGB
    assert _style(page, "#pc-email", "border-top-left-radius") == "8px"
    page.click("text=Continue to delivery")
    page.fill("#pc-line1", "12 MG Road")
    page.fill("#pc-city", "Pune")
    page.fill("#pc-postal", "411001")
    assert _style(page, ".pair", "display") == "grid"
    page.click("text=Continue to payment")
    page.locator("[data-place]").wait_for()
    assert _style(page, ".totalbar", "display") == "flex"
    page.locator("[data-place]").click()
    page.locator(".confirm").wait_for()
    assert _style(page, ".confirm .big", "color") == BRAND_RGB
    assert _style(page, ".confirm .primary", "background-color") == BRAND_RGB
    _no_violations(page, errors)
    page.context.close()


def test_push_opt_in_and_service_worker_work_under_a_strict_policy(
        browser, live_server, csp_merchant, shop) -> None:
    service = ThreadedPushService(live_server.push_port, {shop["vapid_public_key"]})
    try:
        endpoint, keys = service.service.subscribe()
        page, errors = _open(browser, csp_merchant, keys.subscription(endpoint))
        page.click("button[data-sku=MUG]")
        page.locator(".optin").wait_for()
        assert _style(page, ".optin", "background-color") == "rgb(240, 253, 250)"
        assert _style(page, ".optin .primary", "background-color") == BRAND_RGB
        page.click("text=Allow")
        page.locator(".optin", has_text="Notifications are on").wait_for()
        # the worker file (under the same policy) imported Pushcart's script and runs
        assert page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)") \
            == f"{csp_merchant.origin}/pushcart-sw.js"
        _no_violations(page, errors)
        page.context.close()
    finally:
        service.stop()


def test_iphone_home_screen_card_is_styled_under_a_strict_policy(browser, csp_merchant, shop) -> None:
    page, errors = _open(browser, csp_merchant, ios_tab=True)
    page.click("button[data-sku=MUG]")
    page.locator(".optin svg").wait_for()  # the share icon: SVG attributes, no style
    assert _style(page, ".optin", "background-color") == "rgb(240, 253, 250)"
    assert page.locator(".optin svg").evaluate("svg => svg.getBoundingClientRect().width") == 16
    _no_violations(page, errors)
    page.context.close()
