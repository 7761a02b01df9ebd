"""static/sw.js on a merchant's origin, driven in Chromium: a push delivered through the DevTools
protocol (ServiceWorker.deliverPushMessage) must become the notification the shopper sees."""

from __future__ import annotations

import functools
import json
import struct
import time
import zlib
from typing import Any

import pytest

from server.messaging.payloads import declarative
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
    def registered() -> str | None:  # the newest live one, as the latest events tell
        deleted: dict[str, bool] = {}
        for event in events:
            for r in event.get("registrations", []):
                if r["scopeURL"].startswith(scope):
                    deleted[r["registrationId"]] = r["isDeleted"]
        return next((rid for rid, gone in reversed(deleted.items()) if not gone), None)
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
    _wait_activated(page)
    registration_id = _registration_id(events, merchant.origin)

    def push(message: dict[str, Any] | str) -> None:
        _deliver(cdp, page, merchant.origin, registration_id, message)

    yield page, push
    context.close()


def _wait_activated(page: Any) -> None:
    """A push delivered while the worker is still activating is lost: wait until it is active."""
    until(lambda: page.evaluate("navigator.serviceWorker.ready.then(r => r.active.state)")
          == "activated", "the service worker to activate")


def _deliver(cdp: Any, page: Any, origin: str, registration_id: str,
             message: dict[str, Any] | str, seconds: float = 3) -> list[dict[str, Any]]:
    """Deliver a push through DevTools and return what the worker shows then. Headless Chromium
    now and then drops a DevTools-delivered push when an earlier test's browser context is still
    closing (never when a test runs alone), so, like a push service, deliver again (three times
    at most) if nothing changed within *seconds*."""
    data = message if isinstance(message, str) else json.dumps(message)
    before = _notifications(page, 0)
    shown = before
    for _ in range(3):
        cdp.send("ServiceWorker.deliverPushMessage", {
            "origin": origin, "registrationId": registration_id, "data": data})
        shown = _notifications(page, 0, settled=lambda now: now != before, seconds=seconds)
        if shown != before:
            break
    return shown


def _notifications(page: Any, count: int = 1, settled: Any = None,
                   seconds: float = 10) -> list[dict[str, Any]]:
    """What the worker has shown, once at least *count* notifications are up and *settled*
    (a predicate over them) holds; after *seconds* at most, what is shown by then."""
    deadline = time.monotonic() + seconds
    while True:
        shown = page.evaluate("""navigator.serviceWorker.ready.then(r => r.getNotifications())
            .then(list => list.map(n => ({title: n.title, body: n.body, tag: n.tag, icon: n.icon,
                image: n.image, badge: n.badge, data: n.data, lang: n.lang, dir: n.dir,
                renotify: n.renotify, timestamp: n.timestamp,
                actions: n.actions.map(a => ({action: a.action, title: a.title}))})))""")
        ready = len(shown) >= count and (settled is None or settled(shown))
        if ready or time.monotonic() > deadline:
            return shown
        time.sleep(0.1)


def _declarative(origin: str, **notification: Any) -> dict[str, Any]:
    """A message as Pushcart sends it (server/messaging/payloads.py)."""
    return declarative({"title": "Flash sale: 30% off teas", "body": "Today only, until midnight.",
                        "url": "https://shop.test/sale", "topic": "flash-sale",
                        "icon": f"{origin}/icon.png", "image": f"{origin}/image.png",
                        "badge": f"{origin}/badge.png", "actions": [
                            {"action": "shop", "title": "Shop now", "url": "https://shop.test/t"},
                            {"action": "later", "title": "Remind me", "url": "https://shop.test/l"}],
                        **notification}, click_url="https://pushcart.test/click/42.x",
                       delivery_id=42, timestamp_ms=1_764_547_200_000)


def test_a_declarative_push_becomes_the_notification_it_declares(worker_page) -> None:
    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    push(_declarative(origin))
    [shown] = _notifications(page)
    assert shown["title"] == "Flash sale: 30% off teas"
    assert shown["body"] == "Today only, until midnight."
    assert (shown["tag"], shown["renotify"]) == ("flash-sale", True)
    assert shown["image"] == f"{origin}/image.png"
    assert shown["icon"] == f"{origin}/icon.png"
    assert shown["badge"] == f"{origin}/badge.png"
    assert shown["timestamp"] == 1_764_547_200_000
    assert shown["actions"] == [{"action": "shop", "title": "Shop now"},
                                {"action": "later", "title": "Remind me"}]
    assert shown["data"]["navigate"] == "https://pushcart.test/click/42.x"
    assert shown["data"]["actionNavigate"] == {
        "shop": "https://pushcart.test/click/42.x?action=shop",
        "later": "https://pushcart.test/click/42.x?action=later"}
    assert shown["data"]["data"] == {"delivery_id": 42}


@pytest.mark.parametrize(("lang", "title", "direction"), [
    ("ur", "قیمت کم ہو گئی: نیلا مگ", "rtl"), ("hi", "कीमत घटी: नीला मग", "ltr"),
    ("bn", "দাম কমেছে: নীল মগ", "ltr"), ("gu", "કિંમત ઘટી: વાદળી મગ", "ltr")])
def test_the_language_and_direction_are_the_shopper_s(worker_page, lang: str, title: str,
                                                       direction: str) -> None:
    page, push = worker_page
    push(_declarative(page.url.rsplit("/", 1)[0], title=title, lang=lang))
    [shown] = _notifications(page)
    assert (shown["title"], shown["lang"], shown["dir"]) == (title, lang, direction)


def test_same_tag_replaces_the_earlier_notification(worker_page) -> None:
    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    push(_declarative(origin, title="Price drop", body="now ₹499", topic="cart-123"))
    _notifications(page)
    push(_declarative(origin, title="Price drop", body="now ₹449", topic="cart-123"))
    replaced = _notifications(page, settled=lambda shown: shown[0]["body"] == "now ₹449")
    assert [(n["tag"], n["body"]) for n in replaced] == [("cart-123", "now ₹449")]
    push(_declarative(origin, title="New launch", body="Darjeeling", topic="launch"))
    shown = _notifications(page, 2)
    assert sorted((n["tag"], n["body"]) for n in shown) == [("cart-123", "now ₹449"),
                                                            ("launch", "Darjeeling")]


def test_a_message_queued_before_declarative_payloads_is_still_shown(worker_page) -> None:
    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    push({"title": "Flash sale", "body": "Today only.", "icon": f"{origin}/icon.png",
          "url": "https://shop.test/sale", "topic": "flash-sale", "delivery_id": 42,
          "click_url": "https://pushcart.test/api/v1/push/clicks/42.x",
          "actions": [{"action": "shop", "title": "Shop now", "url": "https://shop.test/teas"}]})
    [shown] = _notifications(page)
    assert (shown["title"], shown["body"], shown["tag"]) == ("Flash sale", "Today only.",
                                                             "flash-sale")
    assert shown["data"]["url"] == "https://shop.test/sale"
    assert shown["data"]["actionUrls"] == {"shop": "https://shop.test/teas"}
    assert shown["data"]["deliveryId"] == 42


MALFORMED = [
    ("not JSON at all", '{"web_push": 8030, "notification": {"title": "cut off'),
    ("empty", ""),
    ("JSON null", "null"),
    ("a list", "[1, 2]"),
    ("no notification", '{"web_push": 8030}'),
    ("a notification that is not an object", '{"web_push": 8030, "notification": "hello"}'),
    ("no title", '{"web_push": 8030, "notification": {"body": "b", "navigate": "/"}}'),
    ("a title that is not a string", '{"web_push": 8030, "notification": {"title": 5}}'),
    ("an empty title", '{"web_push": 8030, "notification": {"title": ""}}'),
    ("another web_push", '{"web_push": 1, "notification": {"title": "T", "navigate": "/"}}'),
    ("members of the wrong types", '{"web_push": 8030, "notification": {"title": "T", "body": 3, '
     '"tag": [], "dir": "up", "icon": {}, "actions": "none", "renotify": true}}'),
    ("an old message without a title", '{"body": "b", "url": "/"}'),
]


@pytest.mark.parametrize(("what", "data"), MALFORMED, ids=[row[0] for row in MALFORMED])
def test_whatever_arrives_shows_exactly_one_notification(worker_page, what: str, data: str) -> None:
    page, push = worker_page
    push(data)
    shown = _notifications(page)
    time.sleep(0.5)  # a second notification would be up by now
    assert len(_notifications(page)) == 1, (what, shown)
    [notification] = shown
    host = page.url.split("/")[2].split(":")[0]
    if what == "members of the wrong types":
        assert notification["title"] == "T" and notification["tag"] == "" and notification["body"] == ""
    else:
        assert notification["title"] == host  # the generic one: the shop's name, else its host


def test_plain_text_is_shown_under_the_shop_s_name(worker_page) -> None:
    page, push = worker_page
    push("Your order has shipped")
    [shown] = _notifications(page)
    assert (shown["title"], shown["body"]) == (page.url.split("/")[2].split(":")[0],
                                               "Your order has shipped")


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



def test_a_click_opens_the_click_link_of_the_notification_or_of_its_button(worker_page) -> None:
    page, push = worker_page
    worker = _service_worker(page)
    origin = page.url.rsplit("/", 1)[0]
    push(_declarative(origin, topic="launch"))
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["launch", "later"])  # the button, not the body
    assert clicked == {"opened": ["https://pushcart.test/click/42.x?action=later"],
                       "focused": [], "left": 0}
    push(_declarative(origin, topic="stock"))
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["stock", ""])
    assert clicked["opened"][-1] == "https://pushcart.test/click/42.x" and clicked["left"] == 0


def test_a_click_on_an_old_message_reports_it_and_focuses_the_open_tab(worker_page) -> None:
    page, push = worker_page
    worker = _service_worker(page)
    push({"title": "New launch", "body": "Darjeeling first flush", "topic": "launch",
          "url": "https://shop.test/launch",
          "actions": [{"action": "later", "title": "Remind me", "url": "https://shop.test/later"}]})
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["launch", "later"])
    assert clicked == {"opened": ["https://shop.test/later"], "focused": [], "left": 0}

    push({"title": "Back in stock", "body": "Your mug", "topic": "stock", "url": page.url})
    _notifications(page)
    clicked = worker.evaluate(CLICK, ["stock", ""])  # the shop is open in a tab: focus it
    assert clicked == {"opened": ["https://shop.test/later"], "focused": [page.url], "left": 0}


def test_each_click_lands_on_its_page_through_the_click_link_and_is_counted(worker_page, live_server: LiveServer) -> None:
    from tests.push.service import ThreadedPushService

    page, push = worker_page
    origin = page.url.rsplit("/", 1)[0]
    store = live_server.create_store("Button Shop", origin)
    threaded = ThreadedPushService(live_server.push_port, {store["vapid_public_key"]})
    service = threaded.service
    try:
        endpoint, keys = service.subscribe()
        status, _ = http_json("POST", f"{live_server.url}/api/v1/push/subscriptions", {
            "visitor_id": "visitor-0002", "subscription": keys.subscription(endpoint)},
            {"X-Pushcart-Key": store["public_key"], "Origin": origin})
        assert status == 201
        worker = _service_worker(page)
        buttons = [{"action": "teas", "title": "Teas", "url": f"{origin}/teas"},
                   {"action": "mugs", "title": "Mugs", "url": f"{origin}/mugs"}]
        for n, (action, lands) in enumerate(((None, f"{origin}/sale"), ("teas", f"{origin}/teas"),
                                             ("mugs", f"{origin}/mugs"))):
            campaign = live_server.store_api(store["secret_key"], "POST", "/campaigns", {
                "title": f"Sale {n}", "body": "20% off", "url": f"{origin}/sale",
                "actions": buttons, "segment": "all", "send_at": None})
            message = until(functools.partial(lambda n: service.messages_for(endpoint)[n:], n),
                            f"campaign {n}")[0]
            push(message)  # what the push service decrypted, shown by the worker
            shown = next(s for s in _notifications(page) if s["title"] == f"Sale {n}")
            assert [a["title"] for a in shown["actions"]] == ["Teas", "Mugs"]
            clicked = worker.evaluate(CLICK, [shown["tag"], action or ""])
            opened = clicked["opened"][-1]
            assert opened.startswith(f"{live_server.url}/click/")
            assert opened.endswith(f"?action={action}" if action else shown["data"]["navigate"])
            page.goto(opened)  # what openWindow opens: the click link, then the page
            assert page.url == lands
            def counted_once(path: str = f"/campaigns/{campaign['id']}") -> bool:
                return bool(live_server.store_api(store["secret_key"], "GET", path)["clicked"] == 1)
            counted = until(counted_once, f"the click on campaign {n} to be counted")
            assert counted
            page.goto(f"{origin}/sw-shop")
    finally:
        threaded.stop()


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
        push("{not quite json")  # the generic notification now bears the store's name
        [generic] = _notifications(page)
        assert (generic["title"], generic["body"]) == ("Click Shop", "")
        page.evaluate("""navigator.serviceWorker.ready.then((r) => r.getNotifications())
            .then((shown) => shown.forEach((n) => n.close()))""")

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
        assert clicked["opened"] == [shown["data"]["navigate"]] and clicked["left"] == 0
        page.goto(clicked["opened"][0])  # the click link: counted, then the campaign's page
        assert page.url == f"{origin}/sale"
        counted = until(lambda: live_server.store_api(
            store["secret_key"], "GET", f"/campaigns/{campaign['id']}")["clicked"] == 1,
            "the click to be counted")
        assert counted
    finally:
        threaded.stop()
