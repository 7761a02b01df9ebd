"""The widget's three ways to push, in Chromium: Safari 18.4+'s own `window.pushManager`
(Declarative Web Push, no service worker), iOS Safari in a tab (no Push API: the card explains
the Home Screen instead), and the service worker everywhere else.

Chromium has neither `window.pushManager` nor `navigator.standalone`, and cannot reach a real
push service: the tests put in a `window.pushManager` that hands out subscriptions of the test
push service, give the page an iPhone's user agent and remove `PushManager` and `Notification`
from it as iOS Safari does in a tab, or set `navigator.standalone` as a Home Screen launch does.
Everything after the browser's subscription (the widget's POST, the server, VAPID, encryption,
the test push service decrypting) is real."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, answers_preflights_from, shop_page
from tests.conftest import until
from tests.push.service import PushService, ThreadedPushService

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "TEA", "name": "Assam tea", "price": 34900}]
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 "
          "(KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1")
IN_A_TAB = "delete window.PushManager; delete window.Notification;"  # iOS Safari, not installed
FROM_HOME_SCREEN = "Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });"


def _store(live_server: LiveServer, site: MerchantSite) -> dict[str, Any]:
    """A new store on *site*, whose pages /en and /ur (in Urdu) embed the widget."""
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", site.origin,
                                     currency="INR", locale="en-IN")
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": PRODUCTS})
    for lang in ("en", "ur"):
        site.pages[f"/{lang}"] = shop_page(live_server.url, store["public_key"], PRODUCTS, lang)
    until(lambda: answers_preflights_from(live_server, site.origin), "preflights answered",
          seconds=15)
    return store


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    """A store whose merchant never hosts /pushcart-sw.js (each browser context has its own
    storage, permissions and service workers, so the tests share the origin)."""
    return _store(live_server, merchant)


@pytest.fixture
def push_service(live_server: LiveServer, shop: dict[str, Any]) -> Iterator[PushService]:
    service = ThreadedPushService(live_server.push_port, {shop["vapid_public_key"]})
    yield service.service
    service.stop()


def safari_push_manager(subscribes_to: dict[str, Any], holds: dict[str, Any] | None = None) -> str:
    """An init script giving the page Safari 18.4's `window.pushManager`: `subscribe()` answers
    *subscribes_to*, `getSubscription()` what the browser holds (*holds*, then what it made)."""
    return f"""{{
      window.__subscribeCalls = [];
      const made = (json) => json && {{ endpoint: json.endpoint, toJSON: () => json }};
      let held = made({json.dumps(holds)});
      window.pushManager = {{
        subscribe: async (options) => {{
          window.__subscribeCalls.push(new Uint8Array(options.applicationServerKey).length);
          return held = made({json.dumps(subscribes_to)});
        }},
        getSubscription: async () => held,
      }};
    }}"""


def _context(browser: Any, merchant: MerchantSite, *scripts: str, **options: Any) -> Any:
    context = browser.new_context(reduced_motion="reduce", **options)
    context.grant_permissions(["notifications"], origin=merchant.origin)
    for script in scripts:
        context.add_init_script(script)
    return context


def _open(context: Any, merchant: MerchantSite, lang: str = "en") -> Any:
    page = context.new_page()
    page.goto(f"{merchant.origin}/{lang}")
    page.wait_for_selector("#pushcart-root .fab")
    return page


def _campaign_reaches(live_server: LiveServer, shop: dict[str, Any], push_service: PushService,
                      endpoint: str) -> dict[str, Any]:
    """Send a campaign to everyone; the counts once it is out, after it reached *endpoint*."""
    campaign = live_server.store_api(shop["secret_key"], "POST", "/campaigns", {
        "title": "Chai flash sale", "body": "20% off for two hours", "url": "https://shop.test/sale",
        "segment": "all", "send_at": None})
    until(lambda: push_service.messages_for(endpoint), "the campaign at the endpoint", seconds=20)
    return until(lambda: (c := live_server.store_api(
        shop["secret_key"], "GET", f"/campaigns/{campaign['id']}"))["status"] == "sent" and c,
        "the campaign sent")


def _registrations(page: Any) -> int:
    return page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)")


def test_safari_subscribes_without_a_service_worker(browser, live_server, merchant, shop, push_service) -> None:
    endpoint, keys = push_service.subscribe()
    context = _context(browser, merchant, safari_push_manager(keys.subscription(endpoint)))
    page = _open(context, merchant)
    page.click("button[data-sku=TEA]")
    page.click("text=Allow")
    page.locator(".optin", has_text="Notifications are on").wait_for()
    assert page.evaluate("window.__subscribeCalls") == [65]  # the store's VAPID key, decoded
    assert _registrations(page) == 0  # /pushcart-sw.js is not hosted, and was not needed
    counts = _campaign_reaches(live_server, shop, push_service, endpoint)
    assert (counts["targeted"], counts["delivered"]) == (1, 1)
    context.close()


def test_a_changed_safari_subscription_replaces_the_old_one_on_the_next_visit(browser, live_server, merchant, shop, push_service) -> None:
    old, old_keys = push_service.subscribe()
    new, new_keys = push_service.subscribe()
    context = _context(browser, merchant, safari_push_manager(old_keys.subscription(old)))
    page = _open(context, merchant)
    page.click("button[data-sku=TEA]")
    page.click("text=Allow")
    page.locator(".optin", has_text="Notifications are on").wait_for()
    # Safari rotated the subscription while the shop was closed; no worker heard of it
    context.add_init_script(safari_push_manager(new_keys.subscription(new),
                                                holds=new_keys.subscription(new)))
    with page.expect_response(lambda r: r.url.endswith("/push/unsubscribe")) as gone:
        page.reload()
    assert gone.value.json() == {"status": "unsubscribed"}
    counts = _campaign_reaches(live_server, shop, push_service, new)
    assert counts["targeted"] == 1 and push_service.messages_for(old) == []
    assert page.evaluate("window.__subscribeCalls") == []  # it was the browser's, not asked anew
    context.close()


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_iphone_in_a_tab_is_told_to_add_the_shop_to_the_home_screen(browser, merchant, shop, screenshot, lang) -> None:
    context = _context(browser, merchant, IN_A_TAB, user_agent=IPHONE, has_touch=True,
                       is_mobile=True, viewport={"width": 390, "height": 844})
    page = _open(context, merchant, lang)
    page.click("button[data-sku=TEA]")
    card = page.locator(".optin")
    card.wait_for()
    expected = {"en": ("Add to Home Screen", "Share", "Not now", "ltr"),
                "ur": ("ہوم اسکرین میں شامل کریں", "شیئر کریں", "ابھی نہیں", "rtl")}[lang]
    step, share, not_now, direction = expected
    assert step in card.inner_text()
    icon = card.locator("svg[role=img]")
    assert icon.get_attribute("aria-label") == share  # the share icon, named for screen readers
    assert card.locator("button").all_inner_texts() == [not_now]  # no "Allow" that cannot work
    assert card.evaluate("(el) => getComputedStyle(el).direction") == direction
    screenshot(page, f"optin-home-screen-{lang}")
    card.locator("button").click()
    card.wait_for(state="hidden")
    page.reload()
    page.wait_for_selector("#pushcart-root .fab")
    page.click("button[data-sku=TEA]")
    page.wait_for_selector(".item[data-sku=TEA]")
    assert card.is_hidden()  # "Not now" is remembered, as for the usual prompt
    context.close()


def test_iphone_from_the_home_screen_is_offered_push(browser, live_server, merchant, shop, push_service) -> None:
    endpoint, keys = push_service.subscribe()
    context = _context(browser, merchant, FROM_HOME_SCREEN,
                       safari_push_manager(keys.subscription(endpoint)),
                       user_agent=IPHONE, has_touch=True, is_mobile=True)
    page = _open(context, merchant)
    page.click("button[data-sku=TEA]")
    page.locator(".optin", has_text="Get price drops and order updates?").wait_for()
    assert "Home Screen" not in page.locator(".optin").inner_text()
    page.click("text=Allow")
    page.locator(".optin", has_text="Notifications are on").wait_for()
    assert _campaign_reaches(live_server, shop, push_service, endpoint)["delivered"] == 1
    context.close()


def test_home_screen_app_without_push_is_not_told_to_add_itself_again(browser, merchant, shop) -> None:
    """iOS before 16.4 has no web push even on the Home Screen: nothing to offer there."""
    context = _context(browser, merchant, IN_A_TAB, FROM_HOME_SCREEN, user_agent=IPHONE,
                       has_touch=True, is_mobile=True)
    page = _open(context, merchant)
    page.click("button[data-sku=TEA]")
    page.wait_for_selector(".item[data-sku=TEA]")
    assert page.locator(".optin").is_hidden()
    context.close()


def test_other_browsers_subscribe_through_the_service_worker(browser, live_server, own_merchant) -> None:
    merchant = own_merchant  # this one hosts the service worker
    shop = _store(live_server, merchant)
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    threaded = ThreadedPushService(live_server.push_port, {shop["vapid_public_key"]})
    try:
        endpoint, keys = threaded.service.subscribe()
        fake = json.dumps(keys.subscription(endpoint))
        context = _context(browser, merchant, f"""
          PushManager.prototype.subscribe = async function () {{
            const json = {fake};
            return {{ endpoint: json.endpoint, toJSON: () => json }};
          }};""")
        page = _open(context, merchant)
        page.click("button[data-sku=TEA]")
        page.click("text=Allow")
        page.locator(".optin", has_text="Notifications are on").wait_for()
        scripts = page.evaluate("navigator.serviceWorker.getRegistrations()"
                                ".then((r) => r.map((x) => x.active.scriptURL))")
        assert scripts == [f"{merchant.origin}/pushcart-sw.js"]
        counts = _campaign_reaches(live_server, shop, threaded.service, endpoint)
        assert counts["delivered"] == 1
        context.close()
    finally:
        threaded.stop()
