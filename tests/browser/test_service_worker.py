"""static/sw.js on a merchant's origin, driven in Chromium: a push delivered through the DevTools
protocol (ServiceWorker.deliverPushMessage) must become the notification the shopper sees."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1><script>
window.swReady = navigator.serviceWorker.register('/pushcart-sw.js')
  .then(() => navigator.serviceWorker.ready).then(() => true);
</script></body></html>"""


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
def worker_page(browser, live_server: LiveServer, merchant: MerchantSite):  # type: ignore[no-untyped-def]
    merchant.pages["/sw-shop"] = PAGE
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    context = browser.new_context()
    context.grant_permissions(["notifications"], origin=merchant.origin)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    events: list[dict[str, Any]] = []
    cdp.on("ServiceWorker.workerRegistrationUpdated", lambda event: events.append(event))
    cdp.send("ServiceWorker.enable")
    page.goto(f"{merchant.origin}/sw-shop")
    page.wait_for_function("window.swReady")
    registration_id = _registration_id(cdp, events, merchant.origin)

    def push(message: dict[str, Any]) -> None:
        cdp.send("ServiceWorker.deliverPushMessage", {
            "origin": merchant.origin, "registrationId": registration_id,
            "data": json.dumps(message)})

    yield page, push
    context.close()


def _notifications(page: Any, count: int = 1) -> list[dict[str, Any]]:
    """What the worker has shown, once at least *count* notifications are up (10 s at most)."""
    deadline = time.monotonic() + 10
    while True:
        shown = page.evaluate("""navigator.serviceWorker.ready.then(r => r.getNotifications())
            .then(list => list.map(n => ({title: n.title, body: n.body, tag: n.tag, icon: n.icon,
                image: n.image, badge: n.badge, data: n.data,
                actions: n.actions.map(a => ({action: a.action, title: a.title}))})))""")
        if len(shown) >= count or time.monotonic() > deadline:
            return shown
        time.sleep(0.1)


def test_push_becomes_a_notification_with_everything_it_carries(worker_page) -> None:  # type: ignore[no-untyped-def]
    page, push = worker_page
    push({
        "title": "Flash sale: 30% off teas", "body": "Today only, until midnight.",
        "icon": "https://cdn.shop.test/icon.png", "image": "https://cdn.shop.test/sale.jpg",
        "badge": "https://cdn.shop.test/badge.png", "url": "https://shop.test/sale",
        "topic": "flash-sale", "delivery_id": 42, "click_url": "https://pushcart.test/c",
        "actions": [{"action": "shop", "title": "Shop now", "url": "https://shop.test/teas"},
                    {"action": "later", "title": "Remind me", "url": "https://shop.test/later"},
                    {"action": "third", "title": "Never shown", "url": "https://shop.test/x"}],
    })
    [shown] = _notifications(page)
    assert shown["title"] == "Flash sale: 30% off teas"
    assert shown["body"] == "Today only, until midnight."
    assert shown["tag"] == "flash-sale"
    assert shown["image"] == "https://cdn.shop.test/sale.jpg"
    assert shown["icon"] == "https://cdn.shop.test/icon.png"
    assert [a["action"] for a in shown["actions"]] == ["shop", "later"]  # at most two buttons
    assert shown["data"]["url"] == "https://shop.test/sale"
    assert shown["data"]["actionUrls"]["shop"] == "https://shop.test/teas"
    assert shown["data"]["deliveryId"] == 42


def test_same_topic_replaces_the_earlier_notification(worker_page) -> None:  # type: ignore[no-untyped-def]
    page, push = worker_page
    push({"title": "Price drop", "body": "now ₹499", "topic": "cart-123", "url": "/"})
    _notifications(page)
    push({"title": "Price drop", "body": "now ₹449", "topic": "cart-123", "url": "/"})
    push({"title": "New launch", "body": "Darjeeling", "topic": "launch", "url": "/"})
    shown = _notifications(page, 2)
    assert sorted((n["tag"], n["body"]) for n in shown) == [("cart-123", "now ₹449"),
                                                            ("launch", "Darjeeling")]


def test_a_push_without_a_title_shows_nothing(worker_page) -> None:  # type: ignore[no-untyped-def]
    page, push = worker_page
    push({"body": "no title"})
    push({"title": "Visible", "url": "/"})
    shown = _notifications(page)
    assert [n["title"] for n in shown] == ["Visible"]
