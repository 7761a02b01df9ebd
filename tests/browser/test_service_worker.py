"""static/sw.js on a merchant's origin, driven in Chromium: a push delivered through the DevTools
protocol (ServiceWorker.deliverPushMessage) must become the notification the shopper sees."""

from __future__ import annotations

import json
import struct
import time
import zlib
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, http_json
from tests.conftest import until

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1><script>
window.swReady = navigator.serviceWorker.register('/pushcart-sw.js')
  .then(() => navigator.serviceWorker.ready).then(() => true);
</script></body></html>"""


def _png(width: int, height: int) -> bytes:
    """A real (one-colour) PNG, so Chromium loads the notification's images from the shop."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x0f\x76\x6e" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _registration_id(events: list[dict[str, Any]], scope: str) -> str:
    def registered() -> str | None:
        return next((r["registrationId"] for event in events
                     for r in event.get("registrations", [])
                     if r["scopeURL"].startswith(scope) and not r["isDeleted"]), None)
    registration: str = until(registered, f"a service worker registration for {scope}")
    return registration


@pytest.fixture
def worker_page(browser, live_server: LiveServer, own_merchant: MerchantSite):
    merchant = own_merchant
    merchant.pages["/sw-shop"] = PAGE
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    for name, size in (("icon", 192), ("image", 360), ("badge", 72)):
        merchant.pages[f"/{name}.png"] = _png(size, size if name != "image" else 180)
    context = browser.new_context()
    context.grant_permissions(["notifications"], origin=merchant.origin)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    events: list[dict[str, Any]] = []
    cdp.on("ServiceWorker.workerRegistrationUpdated", lambda event: events.append(event))
    cdp.send("ServiceWorker.enable")
    page.goto(f"{merchant.origin}/sw-shop")
    page.wait_for_function("window.swReady")
    # a push sent while the worker is still activating is lost
    until(lambda: page.evaluate("navigator.serviceWorker.ready.then(r => r.active.state)")
          == "activated", "the service worker to activate")
    registration_id = _registration_id(events, merchant.origin)

    def push(message: dict[str, Any] | str) -> None:
        """Deliver through DevTools. Headless Chromium now and then drops a DevTools-delivered
        push when an earlier test's browser context is still closing (never when a test runs
        alone), so, like a push service, deliver again if nothing changed within 3 s."""
        data = message if isinstance(message, str) else json.dumps(message)
        before = _notifications(page, 0)
        for _ in range(3):
            cdp.send("ServiceWorker.deliverPushMessage", {
                "origin": merchant.origin, "registrationId": registration_id, "data": data})
            if _notifications(page, 0, settled=lambda now: now != before, seconds=3) != before:
                return

    yield page, push
    context.close()


def _notifications(page: Any, count: int = 1, settled: Any = None,
                   seconds: float = 10) -> list[dict[str, Any]]:
    """What the worker has shown, once at least *count* notifications are up and *settled*
    (a predicate over them) holds; after *seconds* at most, what is shown by then."""
    deadline = time.monotonic() + seconds
    while True:
        shown = page.evaluate("""navigator.serviceWorker.ready.then(r => r.getNotifications())
            .then(list => list.map(n => ({title: n.title, body: n.body, tag: n.tag, icon: n.icon,
                image: n.image, badge: n.badge, data: n.data,
                actions: n.actions.map(a => ({action: a.action, title: a.title}))})))""")
        ready = len(shown) >= count and (settled is None or settled(shown))
        if ready or time.monotonic() > deadline:
            return shown
        time.sleep(0.1)


def test_push_becomes_a_notification_with_everything_it_carries(worker_page) -> None:
    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    push({
        "title": "Flash sale: 30% off teas", "body": "Today only, until midnight.",
        "icon": f"{origin}/icon.png", "image": f"{origin}/image.png",
        "badge": f"{origin}/badge.png", "url": "https://shop.test/sale",
        "topic": "flash-sale", "delivery_id": 42, "click_url": "https://pushcart.test/c",
        "actions": [{"action": "shop", "title": "Shop now", "url": "https://shop.test/teas"},
                    {"action": "later", "title": "Remind me", "url": "https://shop.test/later"},
                    {"action": "third", "title": "Never shown", "url": "https://shop.test/x"}],
    })
    [shown] = _notifications(page)
    assert shown["title"] == "Flash sale: 30% off teas"
    assert shown["body"] == "Today only, until midnight."
    assert shown["tag"] == "flash-sale"
    assert shown["image"] == f"{origin}/image.png"
    assert shown["icon"] == f"{origin}/icon.png"
    assert shown["badge"] == f"{origin}/badge.png"
    assert [a["action"] for a in shown["actions"]] == ["shop", "later"]  # at most two buttons
    assert shown["data"]["url"] == "https://shop.test/sale"
    assert shown["data"]["actionUrls"]["shop"] == "https://shop.test/teas"
    assert shown["data"]["deliveryId"] == 42


def test_same_topic_replaces_the_earlier_notification(worker_page) -> None:
    page, push = worker_page
    push({"title": "Price drop", "body": "now ₹499", "topic": "cart-123", "url": "/"})
    _notifications(page)
    push({"title": "Price drop", "body": "now ₹449", "topic": "cart-123", "url": "/"})
    replaced = _notifications(page, settled=lambda shown: shown[0]["body"] == "now ₹449")
    assert [(n["tag"], n["body"]) for n in replaced] == [("cart-123", "now ₹449")]
    push({"title": "New launch", "body": "Darjeeling", "topic": "launch", "url": "/"})
    shown = _notifications(page, 2)
    assert sorted((n["tag"], n["body"]) for n in shown) == [("cart-123", "now ₹449"),
                                                            ("launch", "Darjeeling")]


def test_a_push_that_is_not_json_is_shown_as_text(worker_page) -> None:
    page, push = worker_page
    push("Your order has shipped")
    shown = _notifications(page)
    assert shown and {n["title"] for n in shown} == {"Your order has shipped"}


# -- clicks and subscription changes ------------------------------------------------------------
# Chromium has no DevTools command to click a notification, and never fires
# pushsubscriptionchange, so these tests dispatch the events to the worker themselves. A
# dispatched event carries no user activation, so Chromium would refuse clients.openWindow and
# WindowClient.focus: the tests record those two calls instead (the only stand-ins here).
# Everything else (the worker's listeners, its fetches, the server) is real.

RECORD_WINDOWS = """() => {
  self.__opened = []; self.__focused = [];
  Clients.prototype.openWindow = async function (url) { self.__opened.push(url); return null; };
  WindowClient.prototype.focus = async function () { self.__focused.push(this.url); return this; };
}"""

CLICK = """async ([tag, action]) => {
  const [notification] = await self.registration.getNotifications({ tag });
  const event = new NotificationEvent("notificationclick", { notification, action });
  let work = null;
  Object.defineProperty(event, "waitUntil", { value: (promise) => { work = promise; } });
  self.dispatchEvent(event);
  await work;
  return { opened: self.__opened, focused: self.__focused,
           left: (await self.registration.getNotifications({ tag })).length };
}"""

SUBSCRIPTION_CHANGE = """async ([oldEndpoint, fresh]) => {
  const event = new ExtendableEvent("pushsubscriptionchange");
  Object.defineProperty(event, "oldSubscription", { value: { endpoint: oldEndpoint, options: {} } });
  Object.defineProperty(event, "newSubscription", { value: { endpoint: fresh.endpoint, toJSON: () => fresh } });
  let work = null;
  Object.defineProperty(event, "waitUntil", { value: (promise) => { work = promise; } });
  self.dispatchEvent(event);
  await work;
  return true;
}"""


def _service_worker(page: Any) -> Any:
    [worker] = until(lambda: page.context.service_workers, "the page's service worker")
    worker.evaluate(RECORD_WINDOWS)
    return worker



def test_clicks_open_the_right_page_or_focus_its_tab(worker_page) -> None:
    page, push = worker_page
    worker = _service_worker(page)
    push({"title": "New launch", "body": "Darjeeling first flush", "topic": "launch",
          "url": "https://shop.test/launch",
          "actions": [{"action": "later", "title": "Remind me", "url": "https://shop.test/later"}]})
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["launch", "later"])  # the button, not the body
    assert clicked == {"opened": ["https://shop.test/later"], "focused": [], "left": 0}

    push({"title": "Back in stock", "body": "Your mug", "topic": "stock", "url": page.url})
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["stock", ""])  # the shop is open in a tab: focus it
    assert clicked == {"opened": ["https://shop.test/later"], "focused": [page.url], "left": 0}


def test_a_changed_subscription_is_reported_and_its_click_is_counted(worker_page, live_server: LiveServer) -> None:
    from tests.push.service import ThreadedPushService

    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    store = live_server.create_store("Click Shop", origin)
    threaded = ThreadedPushService(live_server.push_port, {store["vapid_public_key"]})
    service = threaded.service
    try:
        old, old_keys = service.subscribe()
        api = f"{live_server.url}/api/v1"
        public = {"X-Pushcart-Key": store["public_key"], "Origin": origin}
        status, _ = http_json("POST", f"{api}/push/subscriptions", {
            "visitor_id": "visitor-0001", "subscription": old_keys.subscription(old)}, public)
        assert status == 201
        # the widget tells the worker where Pushcart is (as it does on every page view)
        page.evaluate("""([api, storeKey]) => navigator.serviceWorker.ready.then((r) =>
            r.active.postMessage({ type: "pushcart:config", api, storeKey,
                                   visitorId: "visitor-0001" }))""", [api, store["public_key"]])
        until(lambda: page.evaluate("""caches.open("pushcart-v1")
            .then((c) => c.match("/__pushcart/config")).then(Boolean)"""), "the worker's config")

        new, new_keys = service.subscribe()  # the browser rotated the subscription
        worker = _service_worker(page)
        assert worker.evaluate(SUBSCRIPTION_CHANGE, [old, new_keys.subscription(new)])

        campaign = live_server.store_api(store["secret_key"], "POST", "/campaigns", {
            "title": "Chai flash sale", "body": "20% off for two hours",
            "url": f"{origin}/sale", "segment": "all", "send_at": None})
        [message] = until(lambda: service.messages_for(new), "the campaign at the new endpoint")
        assert service.messages_for(old) == []  # the old endpoint was unsubscribed
        counts = live_server.store_api(store["secret_key"], "GET", f"/campaigns/{campaign['id']}")
        assert counts["targeted"] == 1

        push(message)  # what the push service decrypted, shown by the worker
        [shown] = _notifications(page)
        assert shown["title"] == "Chai flash sale"
        clicked = worker.evaluate(CLICK, [shown["tag"], ""])
        assert clicked["opened"] == [f"{origin}/sale"] and clicked["left"] == 0
        counted = until(lambda: live_server.store_api(
            store["secret_key"], "GET", f"/campaigns/{campaign['id']}")["clicked"] == 1,
            "the click to be counted")
        assert counted
    finally:
        threaded.stop()
