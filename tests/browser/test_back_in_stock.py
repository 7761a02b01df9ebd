"""Back in stock in Chromium: a sold-out product's add-to-cart button becomes "Notify me when it's
back", whose dialog takes the shopper's email (with consent) or turns on push; and a message's
deep link (?pushcart_add=SKU:QTY) puts the item in the cart and opens it.

As in test_push_optin.py, PushManager.prototype.subscribe is replaced in the page by one that
returns a subscription of the test push service; the rest is real."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from typing import Any

import pytest

from tests import declarative
from tests.browser.conftest import (
    LiveServer,
    MerchantSite,
    answers_preflights_from,
    http_json,
    shop_page,
)
from tests.browser.test_price_drop import NO_QUIET_HOURS
from tests.browser.test_service_worker import (
    CLICK,
    RECORD_WINDOWS,
    _deliver,
    _registration_id,
    _wait_activated,
)
from tests.conftest import found, until
from tests.push.service import ThreadedPushService

pytestmark = pytest.mark.browser

PRODUCTS = [{"sku": "TEA", "name": "Assam tea", "price": 34900, "stock": 20},
            {"sku": "LAMP", "name": "Brass lamp", "price": 129900, "stock": 0}]
CUSTOM = ('<button id="custom" type="button" onclick="Pushcart.notifyMe(\'LAMP\')">'
          "Tell me about the lamp</button>")
SHADOW = "document.querySelector('#pushcart-root').shadowRoot"


@pytest.fixture
def shop(live_server: LiveServer, merchant: MerchantSite) -> dict[str, Any]:
    store = live_server.create_store(f"Lamps {secrets.token_hex(3)}", merchant.origin,
                                     currency="INR", locale="en-IN")
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": PRODUCTS})
    for lang in ("en", "ur"):
        merchant.pages[f"/{store['public_key']}/{lang}"] = shop_page(
            live_server.url, store["public_key"], PRODUCTS, lang).replace(
            "<script", CUSTOM + "<script", 1)
    merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    return store


@pytest.fixture
def push_service(live_server: LiveServer, shop: dict[str, Any]):
    service = ThreadedPushService(live_server.push_port, {shop["vapid_public_key"]})
    yield service.service
    service.stop()


def _page(browser: Any, merchant: MerchantSite, shop: dict[str, Any], path: str = "/en",
          subscription: dict[str, Any] | None = None) -> Any:
    context = browser.new_context(reduced_motion="reduce")
    context.grant_permissions(["notifications"], origin=merchant.origin)
    context.add_init_script(f"""
      PushManager.prototype.subscribe = async function () {{
        const json = {json.dumps(subscription or {})};
        return {{ endpoint: json.endpoint, toJSON: () => json }};
      }};
    """)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(f"{merchant.origin}/{shop['public_key']}{path}")
    page.wait_for_selector("#pushcart-root .fab")
    return page


def _waiting_in_admin(browser: Any, live_server: LiveServer, shop: dict[str, Any]) -> str:
    """What the merchant's catalog shows in LAMP's "Waiting for restock" column."""
    email = f"owner-{secrets.token_hex(3)}@lamps.test"
    out = subprocess.run([sys.executable, "-m", "server.cli", "admin", "add", email,
                          "--store", shop["public_key"]], env=live_server.env, check=True,
                         capture_output=True, text=True).stdout
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/admin")
    page.fill("#email", email)
    page.fill("#password", found(r"with password (\S+) ", out))
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    page.click("nav >> text=Catalog")
    cell = page.locator("tr[data-sku=LAMP] td[data-waiting]")
    text: str = cell.inner_text().strip()
    page.context.close()
    return text


def _in_dialog(page: Any) -> bool:
    return bool(page.evaluate(f"!!{SHADOW}.activeElement?.closest('dialog')"))


def test_sold_out_button_offers_notify_me_and_takes_an_email(browser, live_server, merchant, shop,
                                                             screenshot) -> None:
    page = _page(browser, merchant, shop)
    lamp = page.locator("button[data-sku=LAMP]")
    lamp.filter(has_text="Notify me when it's back").wait_for()
    assert page.locator("button[data-sku=TEA]").inner_text() == "Add Assam tea"

    lamp.click()
    dialog = page.get_by_role("dialog", name="Notify me when it's back")
    dialog.wait_for()
    assert _in_dialog(page)
    for _ in range(6):  # Tab stays within the dialog
        page.keyboard.press("Tab")
        assert _in_dialog(page)
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert page.evaluate("document.activeElement.dataset.sku") == "LAMP"  # focus came back

    lamp.click()
    page.fill("#pc-n-email", "Kavya@Example.com")
    page.get_by_role("button", name="Email me").click()  # no consent yet: the form says so
    assert page.evaluate(f"{SHADOW}.querySelector('dialog input[type=checkbox]').validity"
                         ".valueMissing")
    page.get_by_label("Yes, email me when it's back in stock").check()
    screenshot(page, "back-in-stock-dialog")
    page.get_by_role("button", name="Email me").click()
    dialog.locator("text=We'll let you know when it's back.").wait_for()
    assert page.locator(".fab .count").inner_text() == "0"  # nothing went into the cart
    assert page.errors == []

    # asking again from the same browser is answered "already waiting"
    visitor = page.evaluate(f"localStorage.getItem('pushcart:{shop['public_key']}:visitor')")
    status, body = http_json("POST", f"{live_server.url}/api/v1/products/LAMP/alerts", {
        "visitor_id": visitor, "channel": "email", "email": "kavya@example.com",
        "consent": True}, {"X-Pushcart-Key": shop["public_key"], "Origin": merchant.origin})
    assert (status, body["status"]) == (200, "waiting")
    assert _waiting_in_admin(browser, live_server, shop) == "1"


def test_custom_button_and_push_choice(browser, merchant, shop, push_service) -> None:
    endpoint, keys = push_service.subscribe()
    page = _page(browser, merchant, shop, subscription=keys.subscription(endpoint))
    page.click("#custom")
    dialog = page.get_by_role("dialog", name="Notify me when it's back")
    page.get_by_role("button", name="Send me a notification").click()
    dialog.locator("text=We'll let you know when it's back.").wait_for()
    assert page.evaluate(f"localStorage.getItem('pushcart:{shop['public_key']}:push')") == "on"
    assert page.errors == []


def test_urdu_dialog_is_right_to_left(browser, merchant, shop) -> None:
    page = _page(browser, merchant, shop, "/ur")
    lamp = page.locator("button[data-sku=LAMP]")
    lamp.filter(has_text="واپس آنے پر مجھے بتائیں").wait_for()
    lamp.click()
    dialog = page.get_by_role("dialog", name="واپس آنے پر مجھے بتائیں")
    assert dialog.evaluate("el => getComputedStyle(el).direction") == "rtl"


def test_deep_link_puts_the_item_in_the_cart_and_opens_it(browser, merchant, shop) -> None:
    page = _page(browser, merchant, shop, "/en?utm_source=push&pushcart_add=TEA:2")
    page.locator(".drawer[role=dialog]").wait_for(state="visible")
    item = page.locator(".item[data-sku=TEA]")
    item.wait_for()
    assert item.locator("input.qty").input_value() == "2"
    assert page.locator(".fab .count").inner_text() == "2"
    assert page.evaluate("location.search") == "?utm_source=push"
    page.reload()  # the link was used once: a reload adds nothing more
    page.wait_for_selector("#pushcart-root .fab")
    page.wait_for_function(f"{SHADOW}.querySelector('.fab .count').textContent === '2'")
    assert page.locator(".drawer").is_hidden()


def test_restock_reaches_the_service_worker_and_its_click_opens_the_product(
        browser, live_server: LiveServer, own_merchant: MerchantSite) -> None:
    """The whole way: "Notify me" by push, the merchant restocks through the store API, the
    server's own background sends the push, the service worker shows it, its click opens the
    product's page, where the lamp can be added to the cart again."""
    origin = own_merchant.origin
    store = live_server.create_store(f"Lamps {secrets.token_hex(3)}", origin,
                                     currency="INR", locale="en-IN")
    lamp = {"name": "Brass lamp", "price": 129900, "stock": 0, "url": f"{origin}/lamp"}
    live_server.store_api(store["secret_key"], "PUT", "/products/LAMP", lamp)
    # Any hour: the restock's push is held for the morning inside the default quiet hours
    # (21:00-08:00), and this test runs on the real clock.
    live_server.store_api(store["secret_key"], "PUT", "/recovery/settings", NO_QUIET_HOURS)
    own_merchant.pages["/shop"] = own_merchant.pages["/lamp"] = shop_page(
        live_server.url, store["public_key"], [{"sku": "LAMP", **lamp}])
    own_merchant.pages["/pushcart-sw.js"] = f'importScripts("{live_server.url}/static/sw.js");\n'
    until(lambda: answers_preflights_from(live_server, origin), "preflights from the new origin",
          seconds=15)
    threaded = ThreadedPushService(live_server.push_port, {store["vapid_public_key"]})
    try:
        endpoint, keys = threaded.service.subscribe()
        context = browser.new_context(reduced_motion="reduce")
        context.grant_permissions(["notifications"], origin=origin)
        context.add_init_script(f"""
          PushManager.prototype.subscribe = async function () {{
            const json = {json.dumps(keys.subscription(endpoint))};
            return {{ endpoint: json.endpoint, toJSON: () => json }};
          }};
        """)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        events: list[dict[str, Any]] = []
        cdp.on("ServiceWorker.workerRegistrationUpdated", lambda event: events.append(event))
        cdp.send("ServiceWorker.enable")
        page.goto(f"{origin}/shop")
        page.locator("button[data-sku=LAMP]", has_text="Notify me when it's back").click()
        page.get_by_role("button", name="Send me a notification").click()
        page.locator("text=We'll let you know when it's back.").wait_for()
        _wait_activated(page)
        registration = _registration_id(events, origin)

        live_server.store_api(store["secret_key"], "PUT", "/products/LAMP", {**lamp, "stock": 3})
        [message] = until(lambda: threaded.service.messages_for(endpoint),
                          "the back-in-stock push", seconds=20)
        notification = declarative.shown(message)
        assert notification["title"] == "Brass lamp is back in stock"
        assert "₹1,299.00" in notification["body"]
        assert declarative.landing(notification["navigate"]) == f"{origin}/lamp"

        [notification] = _deliver(cdp, page, origin, registration, message)
        assert notification["title"] == "Brass lamp is back in stock"
        [worker] = until(lambda: page.context.service_workers, "the page's service worker")
        worker.evaluate(RECORD_WINDOWS)
        clicked = worker.evaluate(CLICK, [notification["tag"], ""])
        assert clicked["opened"] == [notification["data"]["navigate"]] and clicked["left"] == 0

        page.goto(clicked["opened"][0])  # what openWindow opens: the click link, redirected
        assert page.url == f"{origin}/lamp"
        page.wait_for_selector("#pushcart-root .fab")
        page.locator("button[data-sku=LAMP]", has_text="Add Brass lamp").click()
        page.wait_for_selector(".item[data-sku=LAMP]")
        context.close()
    finally:
        threaded.stop()
