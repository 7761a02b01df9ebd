"""The widget's push opt-in in Chromium: a soft prompt first, the browser's permission and
pushManager.subscribe only after "Allow", then a campaign that really arrives.

Headless Chromium cannot reach a real push service, so PushManager.prototype.subscribe is
replaced in the page by one returning a subscription of the test push service (whose keys the
test holds); everything after that — the widget's POST, the server's worker, VAPID, encryption —
is real."""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, shop_page
from tests.conftest import until
from tests.declarative import landing, shown
from tests.push.service import ThreadedPushService

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "TEA", "name": "Assam tea", "price": 34900}]


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN")
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": PRODUCTS})
    merchant.pages[f"/{store['public_key']}/en"] = shop_page(
        live_server.url, store["public_key"], PRODUCTS)
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    return store


@pytest.fixture
def push_service(live_server: LiveServer, shop: dict[str, Any]):
    service = ThreadedPushService(live_server.push_port, {shop["vapid_public_key"]})
    yield service.service
    service.stop()


def _page(browser: Any, merchant: MerchantSite, shop: dict[str, Any],
          subscription: dict[str, Any] | None = None) -> Any:
    context = browser.new_context(reduced_motion="reduce")
    context.grant_permissions(["notifications"], origin=merchant.origin)
    fake = json.dumps(subscription or {})
    context.add_init_script(f"""
      window.__subscribeCalls = [];
      PushManager.prototype.subscribe = async function (options) {{
        window.__subscribeCalls.push(Array.from(new Uint8Array(options.applicationServerKey)).length);
        const json = {fake};
        return {{ endpoint: json.endpoint, toJSON: () => json }};
      }};
    """)
    page = context.new_page()
    page.goto(f"{merchant.origin}/{shop['public_key']}/en")
    page.wait_for_selector("#pushcart-root .fab")
    return page


def test_soft_prompt_comes_after_add_to_cart_never_on_load(browser, merchant, shop) -> None:
    page = _page(browser, merchant, shop)
    page.locator(".fab").click()
    assert page.locator(".optin").is_hidden()  # opening the cart is not the moment
    page.keyboard.press("Escape")
    page.click("button[data-sku=TEA]")
    page.locator(".optin", has_text="Get price drops and order updates?").wait_for()
    assert page.evaluate("window.__subscribeCalls.length") == 0  # nothing asked of the browser


def test_not_now_is_remembered_across_visits(browser, merchant, shop) -> None:
    page = _page(browser, merchant, shop)
    page.click("button[data-sku=TEA]")
    page.click("text=Not now")
    page.locator(".optin").wait_for(state="hidden")
    page.reload()
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=TEA]")
    page.wait_for_selector(".item[data-sku=TEA]")
    assert page.locator(".optin").is_hidden()
    assert page.evaluate("window.__subscribeCalls.length") == 0


def test_allow_subscribes_and_a_campaign_arrives(browser, live_server, merchant, shop, push_service) -> None:
    endpoint, keys = push_service.subscribe()
    page = _page(browser, merchant, shop, keys.subscription(endpoint))
    page.click("button[data-sku=TEA]")
    page.click("text=Allow")
    page.locator(".optin", has_text="Notifications are on").wait_for()
    assert page.evaluate("window.__subscribeCalls") == [65]  # the store's VAPID key, decoded
    campaign = live_server.store_api(shop["secret_key"], "POST", "/campaigns", {
        "title": "Chai flash sale", "body": "20% off for two hours",
        "url": f"{merchant.origin}/sale", "segment": "all", "send_at": None})
    [message] = until(lambda: push_service.messages_for(endpoint), "the campaign", seconds=20)
    assert shown(message)["title"] == "Chai flash sale"
    assert landing(shown(message)["navigate"]) == f"{merchant.origin}/sale"
    assert push_service.received[0].vapid_key == shop["vapid_public_key"]
    def counts_of_campaign() -> dict[str, Any]:
        return dict(live_server.store_api(shop["secret_key"], "GET",
                                          f"/campaigns/{campaign['id']}"))
    counts = until(lambda: (c := counts_of_campaign())["delivered"] == 1 and c,
                   "its delivery counted")
    assert (counts["status"], counts["targeted"], counts["delivered"]) == ("sent", 1, 1)


def test_prompt_on_the_confirmation_when_the_store_says_so(browser, live_server, merchant, shop) -> None:
    live_server.store_api(shop["secret_key"], "PATCH", "/store", {
        "payment_methods": ["cash_on_delivery"],
        "push_prompt": {"moment": "confirmation", "title": "Track your order?"}})
    page = _page(browser, merchant, shop)
    page.click("button[data-sku=TEA]")
    page.wait_for_selector(".item[data-sku=TEA]")
    assert page.locator(".optin").is_hidden()
    page.locator(".step button.primary").click()
    page.fill("#pc-email", "ravi@example.com")
    page.click("text=Continue to delivery")
    page.fill("#pc-line1", "1 Residency Rd")
    page.fill("#pc-city", "Bengaluru")
    page.fill("#pc-postal", "560025")
    page.click("text=Continue to payment")
    page.locator("[data-place]").click()
    page.locator(".confirm .optin", has_text="Track your order?").wait_for()
