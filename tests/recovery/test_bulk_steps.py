"""The reminder steps queued a batch at a time (server/recovery/steps.py): each step once however
many schedulers race, each cart of a batch decided by its own gates, each cart's own code and
link in words rendered once for many, and a failed batch that leaves nothing half queued. Carts
are written straight to the database, already found abandoned, so that batches are large."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from server.background import Background
from server.bulk import insert_rows
from server.checkout.carts import new_token
from server.models import (
    Cart,
    CartItem,
    CartStatus,
    Delivery,
    DiscountCode,
    EmailSuppression,
    Product,
    PushSubscription,
    SuppressionReason,
    Visitor,
)
from server.recovery import sequence, steps
from tests.conftest import ShopFixture, found


async def _left(shop: ShopFixture, clock: Any, n: int, *, name: str = "Asha Rao",
                visitor: Visitor | None = None, **fields: Any) -> Cart:
    """Cart *n*, with two of the kettle and a tea, left 61 minutes ago: its first step due."""
    left_at = clock.now() - timedelta(minutes=61)
    cart = await Cart.create(store=shop.store, visitor=visitor, token=new_token(),
                             email=f"s{n}@example.com", marketing_consent=True, name=name,
                             locale="en-IN", created_at=left_at, updated_at=left_at,
                             abandoned_at=left_at + timedelta(minutes=60), reachable=True,
                             recovery_next_at=clock.now(), **fields)
    for sku, quantity in (("KETTLE", 2), ("TEA", 1)):
        product = await Product.get(store=shop.store, sku=sku)
        await CartItem.create(cart=cart, product=product, quantity=quantity, added_at=left_at)
    return cart


async def _visitor(shop: ShopFixture, key: str, **fields: Any) -> Visitor:
    return await Visitor.create(store=shop.store, key=key, **fields)


async def _no_quiet_hours(shop: ShopFixture, **changes: Any) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    settings |= {"quiet_hours": None, **changes}
    assert (await shop.admin("PUT", "/recovery/settings", settings)).status_code == 200


async def test_racing_schedulers_queue_each_of_many_steps_once(shop, background, settings, clock, inbox) -> None:
    await _no_quiet_hours(shop)
    carts = [await _left(shop, clock, n) for n in range(40)]
    others = [Background(settings, clock, base_url="http://pushcart.test") for _ in range(2)]
    ctx = background.message_context()
    counts = await asyncio.gather(  # small batches: the schedulers meet on many of them
        sequence.send_due(clock.now(), ctx, batch_size=7),
        sequence.send_due(clock.now(), others[0].message_context(), batch_size=5),
        sequence.send_due(clock.now(), others[1].message_context(), batch_size=9))
    assert sum(counts) == 40
    await background.outbox_worker().drain()
    assert Counter(m["To"] for m in inbox[0].messages) == Counter(
        {f"s{n}@example.com": 1 for n in range(40)})
    assert {c.recovery_step for c in await Cart.filter(id__in=[c.id for c in carts])} == {1}
    assert await sequence.send_due(clock.now(), ctx) == 0


async def test_each_cart_of_a_batch_is_decided_by_its_own_gates(shop, background, clock, inbox) -> None:
    await _no_quiet_hours(shop, daily_cap=2)
    ctx = background.message_context()
    sent = await _left(shop, clock, 0)
    capped = await _left(shop, clock, 1)
    for hours in (5, 3):  # two messages to this address today: the cap is reached
        await Delivery.create(store=shop.store, channel="email", email_to="s1@example.com",
                              payload={}, status="delivered", next_attempt_at=clock.now(),
                              created_at=clock.now() - timedelta(hours=hours))
    unsubscribed = await _left(shop, clock, 2)
    await EmailSuppression.create(store=shop.store, email="s2@example.com",
                                  reason=SuppressionReason.UNSUBSCRIBED, created_at=clock.now())
    ordered = await _left(shop, clock, 3, status=CartStatus.CONVERTED)
    await _no_quiet_hours(shop, daily_cap=2, quiet_hours={"start": 21, "end": 8})
    night = await _visitor(shop, "night-owl", timezone="America/Sao_Paulo")  # 07:00 there
    quiet = await _left(shop, clock, 4, visitor=night)

    assert await sequence.send_due(clock.now(), ctx) == 1
    rows = await Delivery.filter(cart_id__isnull=False).values_list("cart_id", "email_to")
    assert rows == [(sent.id, "s0@example.com")]
    after = {c.id: c for c in await Cart.all()}
    assert after[capped.id].recovery_step == 0
    assert after[capped.id].recovery_next_at == clock.now() + timedelta(hours=19, seconds=1)
    assert (after[unsubscribed.id].recovery_next_at, after[unsubscribed.id].reachable) == (
        None, False)
    assert (after[ordered.id].recovery_next_at, after[ordered.id].recovery_step) == (None, 0)
    assert after[quiet.id].recovery_next_at == clock.now() + timedelta(hours=1)  # 08:00 there
    assert after[sent.id].recovery_next_at == sent.updated_at + timedelta(hours=24)


async def test_each_cart_gets_its_own_code_and_link_in_shared_words(shop, background, clock, inbox) -> None:
    await _no_quiet_hours(shop, steps=[{"delay_minutes": 60, "channels": ["email"],
                                        "template": "incentive",
                                        "incentive": {"kind": "percent", "value": 15}}])
    carts = [await _left(shop, clock, n) for n in range(6)]  # the same words, but for the code
    assert await sequence.send_due(clock.now(), background.message_context()) == 6
    await background.outbox_worker().drain()
    codes = set()
    for cart in carts:
        cart = await Cart.get(id=cart.id)
        [mail] = inbox[0].to(cart.email)
        text = mail.get_body(("plain",)).get_content()
        code = found(r"BACK-[0-9A-F]{8}", text, 0)
        assert code == cart.recovery_code and steps.CODE_SLOT not in text
        codes.add(code)
        discount = await DiscountCode.get(code=code)
        assert (discount.value, discount.usage_limit) == (15, 1)
        link = found(r"http://shop\.test/\?pushcart_cart=[\w.\-]+", text, 0)
        restored = await shop.widget("POST", "/carts/restore", {
            "link": parse_qs(urlsplit(link).query)["pushcart_cart"][0]})
        body = await restored.get_json()
        assert body["token"] == cart.token and body["breakdown"]["discount_code"] == code
        assert "/email/unsubscribe/" in mail["List-Unsubscribe"]
    assert len(codes) == 6


async def test_a_failed_batch_leaves_nothing_half_queued(shop, background, clock, inbox, monkeypatch) -> None:
    await _no_quiet_hours(shop, steps=[{"delay_minutes": 60, "channels": ["email"],
                                        "template": "incentive",
                                        "incentive": {"kind": "percent", "value": 15}}])
    carts = [await _left(shop, clock, n) for n in range(5)]
    async def broken(*args: Any, **kwargs: Any) -> None:
        await insert_rows(*args, **kwargs)  # the rows are written, then the database fails
        raise ConnectionError("the database went away")

    monkeypatch.setattr("server.recovery.steps.insert_rows", broken)
    assert await sequence.send_due(clock.now(), background.message_context()) == 0
    assert await Delivery.all().count() == 0
    assert await DiscountCode.filter(code__startswith="BACK-").count() == 0
    for cart in await Cart.filter(id__in=[c.id for c in carts]):
        assert (cart.recovery_step, cart.recovery_code) == (0, None)
        assert cart.recovery_next_at == clock.now() + sequence.RETRY_AFTER

    monkeypatch.undo()
    clock.advance(minutes=5)
    assert await sequence.send_due(clock.now(), background.message_context()) == 5
    assert await Delivery.all().count() == 5


async def test_a_push_step_reaches_every_subscription_of_the_visitor(shop, background, clock, inbox) -> None:
    await _no_quiet_hours(shop)
    visitor = await _visitor(shop, "v-push")
    subscriptions = 2
    for n in range(subscriptions):
        await PushSubscription.create(store=shop.store, visitor=visitor,
                                      endpoint=f"https://push.test/{n}", endpoint_hash=f"h{n}",
                                      p256dh="k", auth="a", created_at=clock.now(),
                                      updated_at=clock.now())
    cart = await _left(shop, clock, 0, visitor=visitor)
    assert await sequence.send_due(clock.now(), background.message_context()) == 1
    rows = await Delivery.filter(cart_id=cart.id).order_by("id").values(
        "channel", "subscription_id", "payload", "topic")
    assert [r["channel"] for r in rows] == ["push"] * subscriptions + ["email"]
    urls = [r["payload"]["url"] for r in rows[:subscriptions]]
    assert len(set(urls)) == 1 and steps.LINK_SLOT not in urls[0]
    assert urls[0].startswith("http://shop.test/?pushcart_cart=")
    assert {r["topic"] for r in rows[:subscriptions]} == {f"cart-{cart.id}"}


async def test_the_daily_cap_counts_what_the_previous_batch_sends_the_same_shopper(shop, background, clock, inbox) -> None:
    await _no_quiet_hours(shop, daily_cap=1)
    ctx = background.message_context()
    shopper = await _visitor(shop, "two-carts")
    first = await _left(shop, clock, 0, visitor=shopper)
    second = await _left(shop, clock, 0, visitor=shopper)  # the same shopper and address
    others = [await _left(shop, clock, n) for n in (1, 2)]

    # one cart a batch: the next batch is decided while this one is written, but not the
    # shopper's second cart, which must count the first cart's message
    assert await sequence.send_due(clock.now(), ctx, batch_size=1) == 3
    rows = await Delivery.filter(cart_id__isnull=False).values_list("cart_id", "email_to")
    assert sorted(rows) == [(first.id, "s0@example.com"), (others[0].id, "s1@example.com"),
                            (others[1].id, "s2@example.com")]
    deferred = await Cart.get(id=second.id)
    assert deferred.recovery_step == 0 and deferred.recovery_next_at > clock.now()
