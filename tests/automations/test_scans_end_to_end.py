"""The periodic scans end to end: what shoppers did, then the background's automation passes
(two of them racing, as two worker processes would) and the outbox worker; each flow's message
reaches the shopper exactly once, by push (decrypted by the test push service) or by email
(aiosmtpd)."""

from __future__ import annotations

import asyncio

from server.background import Background
from server.clock import FrozenClock
from server.models import Channel, Flow
from tests.automations.shoppers import buy, enable, pin_last_seen, view
from tests.conftest import ShopFixture, subscribe
from tests.declarative import destination, shown
from tests.push.service import PushService


async def racing_passes(background: Background) -> int:
    """Two automation passes at once (scans, then the runner), then the outbox drained; returns
    how many messages went out."""
    await asyncio.gather(background.automations(), background.automations())
    return await background.outbox_worker().drain()


async def first_pass(background: Background, clock: FrozenClock) -> None:
    """A store's first scan sets its marks; later passes scan from there."""
    await background.automations()
    clock.advance(minutes=1)


async def test_browse_abandonment_reaches_the_shopper_once(
        shop: ShopFixture, service: PushService, background: Background, clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-asha")
    await enable(shop, Flow.BROWSE_ABANDONMENT)
    await first_pass(background, clock)
    await view(shop, "visitor-asha", "KETTLE", times=2)
    await view(shop, "visitor-asha", "TEA")
    clock.advance(hours=4, minutes=2)
    assert await racing_passes(background) == 1
    [push] = service.messages_for(endpoint)
    assert "Copper kettle" in shown(push)["title"] + shown(push)["body"]
    assert (await destination(push)).startswith("http://shop.test/")
    clock.advance(minutes=1)
    assert await racing_passes(background) == 0


async def test_win_back_email_reaches_the_customer_once(
        shop: ShopFixture, service: PushService, background: Background, clock, inbox) -> None:
    messages, _ = inbox
    await enable(shop, Flow.WIN_BACK)
    await first_pass(background, clock)
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await pin_last_seen(clock.now())
    sent_before = len(messages.to("asha@example.com"))  # the order's confirmation
    clock.advance(days=60, minutes=2)
    await racing_passes(background)
    wins = messages.to("asha@example.com")[sent_before:]
    assert len(wins) == 1
    assert "/email/unsubscribe/" in wins[0].get_body(("html",)).get_content()
    clock.advance(minutes=1)
    await racing_passes(background)
    assert len(messages.to("asha@example.com")) == sent_before + 1


async def test_replenishment_push_reorders_the_same_quantity_once(
        shop: ShopFixture, service: PushService, background: Background, clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-asha")
    response = await shop.admin("PUT", "/products/TEA", {
        "name": "Assam tea", "price": 34900, "category": "tea", "replenish_days": 30})
    assert response.status_code == 200
    await enable(shop, Flow.REPLENISHMENT, channels=[Channel.PUSH])
    await first_pass(background, clock)
    await buy(shop, "visitor-asha", "asha@example.com", "TEA", quantity=2)
    await background.outbox_worker().drain()  # the order's confirmation
    confirmations = len(service.messages_for(endpoint))
    clock.advance(days=27, minutes=2)
    assert await racing_passes(background) == 1
    [push] = service.messages_for(endpoint)[confirmations:]
    assert "Assam tea" in shown(push)["title"] + shown(push)["body"]
    assert "pushcart_add=TEA:2" in (await destination(push))
    clock.advance(minutes=1)
    assert await racing_passes(background) == 0


async def test_new_arrivals_push_lists_the_new_products_once(
        shop: ShopFixture, service: PushService, background: Background, clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-asha")
    await view(shop, "visitor-asha", "MUG")
    await enable(shop, Flow.NEW_ARRIVALS)
    clock.advance(days=1)
    await first_pass(background, clock)
    for sku, name in (("SPOON", "Brass spoon"), ("BOWL", "Steel bowl")):
        response = await shop.admin("PUT", f"/products/{sku}", {
            "name": name, "price": 19900, "category": "kitchen"})
        assert response.status_code == 201
    clock.advance(minutes=2)
    assert await racing_passes(background) == 1
    [push] = service.messages_for(endpoint)
    assert "Brass spoon" in shown(push)["title"] + shown(push)["body"] or \
        "Steel bowl" in shown(push)["title"] + shown(push)["body"]
    clock.advance(minutes=2)
    assert await racing_passes(background) == 0
