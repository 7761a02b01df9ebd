"""Abandoned-cart recovery: find carts left behind, run each store's reminder sequence over push
and email, land shoppers back in their cart, and count what came back.

- `scan(now)` marks carts abandoned: open, with items, no activity for the store's threshold.
  Each store keeps a watermark (`recovery_scanned_until`); a scan reads only carts whose last
  activity fell between the previous watermark and the new one, through the
  (store, status, updated_at) index, so its cost follows new abandonment, not the table.
- `send_due(now)` runs the steps that are due (the `recovery_next_at` index), a batch of carts
  at a time (server/recovery/steps.py). A step is taken by a conditional UPDATE of the cart's
  step counter in the same transaction that writes its outbox rows, so a step is queued once,
  whatever the number of workers and restarts.
- Activity of the shopper (carts.touch) clears the abandoned state; an order, an empty cart,
  an unsubscribe or a suppressed address stops the sequence; the outbox worker re-checks the
  cart right before sending.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.bulk import analyze
from server.messaging import sms
from server.messaging.context import MessageContext
from server.models import (
    Cart,
    CartItem,
    CartStatus,
    Delivery,
    EmailSuppression,
    PushSubscription,
    Store,
)
from server.recovery import steps
from server.recovery.settings import RecoverySettings
from server.webhooks import events as webhooks

log = logging.getLogger(__name__)

FIRST_SCAN_LOOKBACK = timedelta(days=7)  # how far back a store's first scan looks
SCAN_CHUNK = 1000
STEP_BATCH = 1000
RETRY_AFTER = timedelta(minutes=5)
ANALYZE_AFTER = 20_000  # outbox rows queued: PostgreSQL's statistics are refreshed


# -- detection --------------------------------------------------------------------------------

async def scan(now: datetime) -> int:
    """Mark newly abandoned carts in every store; returns how many."""
    found = 0
    for store in await Store.all():
        settings = RecoverySettings.of(store)
        if settings.enabled:
            found += await scan_store(store, settings, now)
    return found


async def scan_store(store: Store, settings: RecoverySettings, now: datetime) -> int:
    cutoff = now - timedelta(minutes=settings.abandon_after_minutes)
    previous = store.recovery_scanned_until
    since = previous or cutoff - FIRST_SCAN_LOOKBACK
    if cutoff <= since:
        return 0
    async with in_transaction():
        # Take the range (since, cutoff] for this process: another scanner finds the
        # watermark moved and leaves. A failure rolls the watermark back with the rest.
        claim = Store.filter(id=store.id)
        claim = (claim.filter(recovery_scanned_until=previous) if previous is not None
                 else claim.filter(recovery_scanned_until__isnull=True))
        if not await claim.update(recovery_scanned_until=cutoff):
            return 0
        store.recovery_scanned_until = cutoff
        # The ranges never overlap, so a cart is marked once per spell of inactivity.
        rows = await (Cart.filter(store_id=store.id, status=CartStatus.OPEN,
                                  updated_at__gt=since, updated_at__lte=cutoff)
                      .values_list("id", "visitor_id", "email", "marketing_consent", "phone",
                                   "sms_consent", "whatsapp_consent"))
        marked = 0
        for start in range(0, len(rows), SCAN_CHUNK):
            marked += await _mark_abandoned(store, rows[start:start + SCAN_CHUNK], now)
    return marked


async def _mark_abandoned(store: Store, rows: list[tuple[Any, ...]], now: datetime) -> int:
    with_items = set(await CartItem.filter(cart_id__in=[r[0] for r in rows])
                     .distinct().values_list("cart_id", flat=True))
    rows = [r for r in rows if r[0] in with_items]
    if not rows:
        return 0
    emails = {r[2] for r in rows if r[2] and r[3]}
    suppressed = set(await EmailSuppression.filter(store_id=store.id, email__in=emails)
                     .values_list("email", flat=True)) if emails else set()
    visitors = {r[1] for r in rows if r[1] is not None}
    subscribed = set(await PushSubscription.filter(visitor_id__in=visitors, is_active=True)
                     .distinct().values_list("visitor_id", flat=True)) if visitors else set()
    offered = set(sms.TextMessageSettings.of(store).offered)
    reachable = {r[0] for r in rows
                 if (r[2] and r[3] and r[2] not in suppressed) or r[1] in subscribed
                 or (((r[5] and "sms" in offered) or (r[6] and "whatsapp" in offered))
                     and sms.normalize_phone(r[4]) is not None)}
    unreachable = [r[0] for r in rows if r[0] not in reachable]
    if reachable:  # the step runner defers each to its own due time
        await Cart.filter(id__in=reachable).update(abandoned_at=now, reachable=True,
                                                    recovery_next_at=now)
    if unreachable:
        await Cart.filter(id__in=unreachable).update(abandoned_at=now, reachable=False)
    await webhooks.carts_abandoned(store.id, [r[0] for r in rows], now)
    return len(rows)


# -- the sequence ----------------------------------------------------------------------------

async def send_due(now: datetime, ctx: MessageContext, batch_size: int = STEP_BATCH) -> int:
    """Run every reminder step that is due, a batch of carts at a time (server/recovery/steps.py
    decides and queues each store's part of a batch in one transaction); returns how many
    steps were queued. While the database writes one batch, the next is decided and rendered
    (its carts are not those being written): unless a shopper is in both, whose daily cap must
    count what the first sends them, and so waits for it."""
    stores: dict[int, tuple[Store, RecoverySettings]] = {}  # each read and validated once
    totals = steps.Written()  # steps queued; rows written since the last ANALYZE
    writing: asyncio.Task[steps.Written] | None = None  # the batch being written
    held: list[steps.DueCart] = []  # its carts

    async def settle() -> bool:
        """Wait for the batch being written, if any; whether it moved a cart."""
        nonlocal writing
        if writing is None:
            return True
        done, writing = await writing, None
        totals.steps += done.steps
        totals.rows += done.rows
        if totals.rows >= ANALYZE_AFTER:
            # The daily cap counts the outbox by visitor and time: with the statistics of a
            # smaller table PostgreSQL would plan that as a scan of every recent delivery.
            await analyze(Delivery)
            totals.rows = 0
        return bool(done.steps + done.moved)

    try:
        while True:
            ids = {cart.id for cart in held}
            carts = [cart for cart in await steps.due_carts(now, batch_size + len(ids))
                     if cart.id not in ids][:batch_size]
            if _shoppers_in_both(held, carts) and not await settle():
                return totals.steps
            ready = await _prepare(carts, stores, now, ctx)
            if not await settle():  # it moved nothing: the rest is held by another scheduler
                return totals.steps
            if not carts:
                return totals.steps
            held = carts
            writing = asyncio.create_task(_write(ready, now))
            if len(carts) < batch_size:  # the last
                await settle()
                return totals.steps
    finally:
        if writing is not None:  # this scheduler failed meanwhile: the batch still ends
            await asyncio.wait([writing])


def _shoppers_in_both(written: list[steps.DueCart], carts: list[steps.DueCart]) -> bool:
    visitors = {cart.visitor_id for cart in written if cart.visitor_id is not None}
    emails = {(cart.store_id, cart.email) for cart in written if cart.email}
    return any((cart.visitor_id is not None and cart.visitor_id in visitors)
               or (cart.store_id, cart.email) in emails for cart in carts)


async def _prepare(carts: list[steps.DueCart], stores: dict[int, tuple[Store, RecoverySettings]],
                   now: datetime, ctx: MessageContext
                   ) -> list[tuple[steps.Prepared, list[steps.DueCart]]]:
    """Each store's part of a batch decided and rendered (steps.decide, steps.prepare)."""
    by_store: dict[int, list[steps.DueCart]] = defaultdict(list)
    for cart in carts:
        by_store[cart.store_id].append(cart)
    ready = []
    for store_id, store_carts in by_store.items():
        if store_id not in stores:
            store = await Store.get(id=store_id)
            stores[store_id] = store, RecoverySettings.of(store)
        store, settings = stores[store_id]
        try:
            batch = await steps.decide(store, settings, store_carts, now, ctx)
            ready.append((await steps.prepare(store, settings, batch, now, ctx), store_carts))
        except Exception:  # one store's failure must not hold back the others
            log.exception("recovery steps of store %s failed", store_id)
            await _retry_later(store_carts, now)
    return ready


async def _write(ready: list[tuple[steps.Prepared, list[steps.DueCart]]],
                 now: datetime) -> steps.Written:
    """Write each store's part of a batch in its own transaction (steps.write)."""
    total = steps.Written()
    for prepared, store_carts in ready:
        try:
            done = await steps.write(prepared, now)
        except Exception:
            log.exception("recovery steps of store %s failed", prepared.store.id)
            await _retry_later(store_carts, now)
            continue
        total.steps += done.steps
        total.rows += done.rows
        total.moved += done.moved
    return total


async def _retry_later(carts: list[steps.DueCart], now: datetime) -> None:
    """Steps whose batch failed come due again in a few minutes (unless taken meanwhile)."""
    by_step: dict[int, list[int]] = defaultdict(list)
    for cart in carts:
        by_step[cart.recovery_step].append(cart.id)
    for step, ids in by_step.items():
        await Cart.filter(id__in=ids, recovery_step=step, recovery_next_at__lte=now).update(
            recovery_next_at=now + RETRY_AFTER)
