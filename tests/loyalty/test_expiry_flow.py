"""The "your points expire in 14 days" message: a flow of the automation engine, sent once by
email (with consent) and push, its texts filled with the balance; {points} and {points_value}
are placeholders every flow may use."""

from __future__ import annotations

from typing import Any

from tests.conftest import ShopFixture
from tests.loyalty.conftest import SHOPPER, cart_of, enable, order


async def test_points_about_to_expire_are_announced_once_by_email(
        shop: ShopFixture, clock: Any, background: Any, inbox: Any) -> None:
    await enable(shop)
    cart = await cart_of(shop, "MUG", 2)
    await shop.widget("PATCH", f"/carts/{cart['token']}", {"marketing_consent": True})
    await order(shop, cart["token"])  # 100 points, expiring on 15 Jan 2027
    await background.automations()
    await background.outbox_worker().drain()
    before = len(inbox[0].to(SHOPPER))  # the order confirmation
    clock.advance(days=351)  # 1 Jan 2027: 14 days before
    await background.automations()
    await background.outbox_worker().drain()
    [message] = inbox[0].to(SHOPPER)[before:]
    assert message["Subject"] == "Your Test Shop points expire in 14 days"
    text = message.get_body(("plain",)).get_content()
    assert "100 of your 100 points (₹10.00) expire on 15 Jan 2027" in text
    clock.advance(days=1)
    await background.automations()
    await background.outbox_worker().drain()
    assert len(inbox[0].to(SHOPPER)) == before + 1  # once


async def test_no_message_without_consent(shop: ShopFixture, clock: Any, background: Any,
                                         inbox: Any) -> None:
    await enable(shop)
    await order(shop, (await cart_of(shop, "MUG", 2))["token"])
    await background.automations()
    await background.outbox_worker().drain()
    before = len(inbox[0].to(SHOPPER))
    clock.advance(days=351)
    await background.automations()
    await background.outbox_worker().drain()
    assert len(inbox[0].to(SHOPPER)) == before


async def test_every_flow_may_name_the_balance(shop: ShopFixture) -> None:
    response = await shop.admin("PUT", "/automations/win_back", {
        "enabled": True, "channels": ["email"], "texts": {"en": {
            "title": "We miss you", "body": "Your {points} points ({points_value}) are waiting."}}})
    assert response.status_code == 200, await response.get_json()
    assert "points" in (await response.get_json())["placeholders"]


async def test_the_cart_reminder_may_name_the_balance_too(shop: ShopFixture, clock: Any,
                                                          background: Any, inbox: Any) -> None:
    await enable(shop)
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["email"], "template": "items",
         "texts": {"en": {"title": "Your cart is waiting",
                          "body": "And so are your {points} points ({points_value})."}}}]})
    assert response.status_code == 200, await response.get_json()
    cart = await cart_of(shop, "TEA")
    await shop.widget("PATCH", f"/carts/{cart['token']}", {"marketing_consent": True})
    await shop.admin("POST", "/loyalty/adjust", {"email": SHOPPER, "points": 1240,
                                                 "reason": "welcome"})
    clock.advance(minutes=61)
    await background.recover()
    await background.outbox_worker().drain()
    [mail] = inbox[0].to(SHOPPER)
    assert "And so are your 1,240 points (₹124.00)." in mail.get_body(("plain",)).get_content()
