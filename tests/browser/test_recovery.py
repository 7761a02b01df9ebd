"""An abandoned cart comes back: the reminder email (received by aiosmtpd) is followed in another
browser, on the merchant's page of another origin, and lands in the restored cart with the
reminder's code applied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server import db
from server.background import Background
from server.clock import FrozenClock
from server.settings import Settings
from tests.browser.conftest import LiveServer, MerchantSite, http_json
from tests.browser.test_checkout import _cart_on_server, _open_shop, shop  # noqa: F401
from tests.conftest import found, run_async
from tests.mailbox import inbox  # noqa: F401

pytestmark = pytest.mark.browser


async def _recovery_pass(env: dict[str, str], smtp_port: int, base_url: str) -> None:
    """The scheduler and the worker, two hours from now (the reminder is due), against the live
    server's database. The live server's own worker keeps real time, so the rows queued here
    are not yet due for it."""
    settings = Settings.from_env({**env, "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp_port),
                                  "SMTP_TLS": "none", "PUSHCART_AUTO_MIGRATE": "0"})
    ctx = await db.open_database(settings)
    try:
        background = Background(settings, FrozenClock(datetime.now(UTC) + timedelta(hours=2)),
                              base_url=base_url)
        await background.recover()
        await background.outbox_worker().drain()
    finally:
        await db.close_database(ctx)


def test_reminder_link_restores_the_cart_with_its_code_on_another_device(browser, live_server: LiveServer, merchant: MerchantSite, shop: dict[str, Any], inbox, screenshot) -> None:  # noqa: F811
    messages, smtp_port = inbox
    landing = f"{merchant.origin}/{shop['public_key']}/en"
    live_server.store_api(shop["secret_key"], "PUT", "/recovery/settings", {
        "landing_url": landing, "quiet_hours": None, "steps": [
            {"delay_minutes": 60, "channels": ["email"], "template": "incentive",
             "incentive": {"kind": "percent", "value": 10, "valid_hours": 48}}]})

    phone = _open_shop(browser, merchant, shop)
    phone.click("button[data-sku=MUG]")
    phone.wait_for_selector(".item[data-sku=MUG]")
    cart = _cart_on_server(live_server, merchant, phone, shop)
    status, _ = http_json("PATCH", f"{live_server.url}/api/v1/carts/{cart['token']}",
                          {"email": "meera@example.com", "marketing_consent": True,
                           "name": "Meera"},
                          {"X-Pushcart-Key": shop["public_key"], "Origin": merchant.origin})
    assert status == 200
    phone.context.close()  # and the shopper walks away

    run_async(_recovery_pass(live_server.env, smtp_port, live_server.url))
    [mail] = messages.to("meera@example.com")
    text = mail.get_body(("plain",)).get_content()
    code = found(r"BACK-[0-9A-F]{8}", text, 0)
    link = found(r"http://\S+pushcart_cart=\S+", text, 0)
    assert link.startswith(landing + "?pushcart_cart=")
    reader = browser.new_context(viewport={"width": 420, "height": 900})  # a phone's mail app
    letter = reader.new_page()
    letter.set_content(mail.get_body(("html",)).get_content())
    assert letter.get_by_role("link", name="Return to your cart").get_attribute("href") == link
    screenshot(letter, "recovery-email")
    reader.close()

    laptop = _open_shop(browser, merchant, shop, query=link[len(landing):])
    drawer = laptop.locator(".drawer")
    drawer.wait_for(state="visible")
    assert laptop.locator(".item[data-sku=MUG]").count() == 1
    laptop.wait_for_function(
        f"document.querySelector('#pushcart-root').shadowRoot.textContent.includes('{code}')")
    assert "−₹50.00" in drawer.inner_text() or "-₹50.00" in drawer.inner_text()
    assert "pushcart_cart" not in laptop.url
    screenshot(laptop, "recovery-landing")
    assert laptop.errors == []

    status, restored = http_json("GET", f"{live_server.url}/api/v1/carts/{cart['token']}",
                                 headers={"X-Pushcart-Key": shop["public_key"],
                                          "Origin": merchant.origin})
    assert status == 200 and restored["breakdown"]["discount_code"] == code


def test_a_tampered_link_says_so_and_shows_the_current_cart(browser, merchant, shop) -> None:  # noqa: F811
    page = _open_shop(browser, merchant, shop, query="?pushcart_cart=eyJjIjoiZm9vIn0.AAAA.BBBB")
    page.locator(".drawer").wait_for(state="visible")
    page.wait_for_function("document.querySelector('#pushcart-root').shadowRoot"
                           ".textContent.includes('This cart link is not valid')")
    assert page.errors == []
