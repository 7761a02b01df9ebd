"""static/sw.js on a merchant's origin, driven in Chromium: a push delivered through the DevTools
protocol (ServiceWorker.deliverPushMessage) must become the notification the shopper sees."""

from __future__ import annotations

import json
import struct
import time
import zlib
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite

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


def _registration_id(cdp: Any, events: list[dict[str, Any]], scope: str) -> str:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for event in events:
            for registration in event.get("registrations", []):
                if registration["scopeURL"].startswith(scope) and not registration["isDeleted"]:
                    return registration["registrationId"]
        time.sleep(0.1)
    raise AssertionError(f"no service worker registration for {scope}: {events}")


@pytest.fixture
def worker_page(browser, live_server: LiveServer, own_merchant: MerchantSite):  # type: ignore[no-untyped-def]
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
    deadline = time.monotonic() + 10  # a push sent while the worker is still activating is lost
    while page.evaluate("navigator.serviceWorker.ready.then(r => r.active && r.active.state)") \
            != "activated" and time.monotonic() < deadline:
        time.sleep(0.05)
    registration_id = _registration_id(cdp, events, merchant.origin)

    def push(message: dict[str, Any] | str) -> None:
        """Deliver through DevTools. Headless Chromium now and then drops a DevTools-delivered
        push when an earlier test's browser context is still closing (never when a test runs
        alone), so, like a push service, deliver again if nothing changed within 3 s."""
        data = message if isinstance(message, str) else json.dumps(message)
        before = _notifications(page, 0)
        for _ in range(3):
            cdp.send("ServiceWorker.deliverPushMessage", {
                "origin": merchant.origin, "registrationId": registration_id, "data": data})
            if _notifications(page, 0, until=lambda now: now != before, seconds=3) != before:
                return

    yield page, push
    context.close()


def _notifications(page: Any, count: int = 1, until: Any = None,
                   seconds: float = 10) -> list[dict[str, Any]]:
    """What the worker has shown, once at least *count* notifications are up and *until*
    (a predicate over them) holds; *seconds* at most."""
    deadline = time.monotonic() + seconds
    while True:
        shown = page.evaluate("""navigator.serviceWorker.ready.then(r => r.getNotifications())
            .then(list => list.map(n => ({title: n.title, body: n.body, tag: n.tag, icon: n.icon,
                image: n.image, badge: n.badge, data: n.data,
                actions: n.actions.map(a => ({action: a.action, title: a.title}))})))""")
        ready = len(shown) >= count and (until is None or until(shown))
        if ready or time.monotonic() > deadline:
            return shown
        time.sleep(0.1)


def test_push_becomes_a_notification_with_everything_it_carries(worker_page) -> None:  # type: ignore[no-untyped-def]
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


def test_same_topic_replaces_the_earlier_notification(worker_page) -> None:  # type: ignore[no-untyped-def]
    page, push = worker_page
    push({"title": "Price drop", "body": "now ₹499", "topic": "cart-123", "url": "/"})
    _notifications(page)
    push({"title": "Price drop", "body": "now ₹449", "topic": "cart-123", "url": "/"})
    replaced = _notifications(page, until=lambda shown: shown[0]["body"] == "now ₹449")
    assert [(n["tag"], n["body"]) for n in replaced] == [("cart-123", "now ₹449")]
    push({"title": "New launch", "body": "Darjeeling", "topic": "launch", "url": "/"})
    shown = _notifications(page, 2)
    assert sorted((n["tag"], n["body"]) for n in shown) == [("cart-123", "now ₹449"),
                                                            ("launch", "Darjeeling")]


def test_a_push_that_is_not_json_is_shown_as_text(worker_page) -> None:  # type: ignore[no-untyped-def]
    page, push = worker_page
    push("Your order has shipped")
    shown = _notifications(page)
    assert shown and {n["title"] for n in shown} == {"Your order has shipped"}
