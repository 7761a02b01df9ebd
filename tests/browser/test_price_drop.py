"""A price drop reaches the shopper who has the item in their cart, in Chromium: they add it on
the merchant's page and allow notifications; the merchant lowers the price through the store API;
the running server's automations and worker send the push (decrypted by the test push service),
and the merchant's service worker, given that push through DevTools, shows both prices."""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite, shop_page
from tests.browser.test_service_worker import _deliver, _registration_id, _wait_activated
from tests.conftest import until
from tests.declarative import landing, shown
from tests.push.service import ThreadedPushService

pytestmark = pytest.mark.browser

MUG = {"sku": "MUG", "name": "Blue mug", "price": 50000, "category": "kitchen", "stock": 10}
NO_QUIET_HOURS = {"quiet_hours": None, "steps": [
    {"delay_minutes": 600, "channels": ["push"], "template": "help"}]}


def test_a_price_drop_on_an_item_in_the_cart_shows_both_prices(
        browser, live_server: LiveServer, own_merchant: MerchantSite) -> None:
    merchant = own_merchant
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN")
    secret = store["secret_key"]
    live_server.store_api(secret, "POST", "/products/bulk", {"products": [MUG]})
    live_server.store_api(secret, "PUT", "/recovery/settings", NO_QUIET_HOURS)  # any hour
    merchant.pages["/shop"] = shop_page(live_server.url, store["public_key"], [MUG])
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    service = ThreadedPushService(live_server.push_port, {store["vapid_public_key"]})
    try:
        endpoint, keys = service.service.subscribe()
        context = browser.new_context(reduced_motion="reduce")
        context.grant_permissions(["notifications"], origin=merchant.origin)
        context.add_init_script(f"""
          PushManager.prototype.subscribe = async function () {{
            const json = {json.dumps(keys.subscription(endpoint))};
            return {{ endpoint: json.endpoint, toJSON: () => json }};
          }};""")
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        events: list[dict[str, Any]] = []
        cdp.on("ServiceWorker.workerRegistrationUpdated", lambda event: events.append(event))
        cdp.send("ServiceWorker.enable")
        page.goto(f"{merchant.origin}/shop")
        page.click("button[data-sku=MUG]")
        page.wait_for_selector(".item[data-sku=MUG]")
        page.click("text=Allow")
        page.locator(".optin", has_text="Notifications are on").wait_for()

        live_server.store_api(secret, "PUT", "/products/MUG", {
            **{k: v for k, v in MUG.items() if k != "sku"}, "price": 42000})
        [message] = until(lambda: service.service.messages_for(endpoint), "the price drop",
                          seconds=20)
        assert shown(message)["title"] == "Price drop: Blue mug"
        assert "₹420.00" in shown(message)["body"] and "₹500.00" in shown(message)["body"]

        _wait_activated(page)  # a push given to a worker still activating is lost
        [notification] = _deliver(cdp, page, merchant.origin,
                                  _registration_id(events, merchant.origin), message, seconds=10)
        assert notification["title"] == "Price drop: Blue mug"
        assert "₹420.00" in notification["body"] and "₹500.00" in notification["body"]
        assert "pushcart_add=MUG" in landing(notification["data"]["navigate"])
        context.close()
    finally:
        service.stop()
