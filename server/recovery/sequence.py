"""Abandoned-cart recovery: find carts left behind, run each store's reminder sequence over push
and email, land shoppers back in their cart, and count what came back.

- `scan(now)` marks carts abandoned: open, with items, no activity for the store's threshold.
  Each store keeps a watermark (`recovery_scanned_until`); a scan reads only carts whose last
  activity fell between the previous watermark and the new one, through the
  (store, status, updated_at) index, so its cost follows new abandonment, not the table.
- `send_due(now)` runs the steps that are due (the `recovery_next_at` index). A step is taken by
  a conditional UPDATE of the cart's step counter in the same transaction that writes its
  outbox rows, so a step is queued once, whatever the number of workers and restarts.
- Activity of the shopper (carts.touch) clears the abandoned state; an order, an empty cart,
  an unsubscribe or a suppressed address stops the sequence; the outbox worker re-checks the
  cart right before sending.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.messaging.context import MessageContext
from server.messaging.formatting import zone_of
from server.messaging.frequency import DailyCap, quiet_until
from server.messaging.outbox import wake_workers
from server.messaging.suppressions import unsubscribe_url
from server.messaging.texts import language_of
from server.models import (
    Cart,
    CartItem,
    CartStatus,
    Channel,
    Delivery,
    DeliveryKind,
    DiscountCode,
    EmailSuppression,
    PushSubscription,
    Store,
    Visitor,
    awaits_recovery,
)
from server.recovery.content import recovery_url, reminder_content
from server.recovery.settings import Incentive, RecoverySettings

log = logging.getLogger(__name__)

FIRST_SCAN_LOOKBACK = timedelta(days=7)  # how far back a store's first scan looks
SCAN_CHUNK = 1000
STEP_BATCH = 200
REMINDER_TTL = 24 * 3600
REMINDER_EMAIL_TTL = 3 * 24 * 3600


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
                      .values_list("id", "visitor_id", "email", "marketing_consent"))
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
    reachable = {r[0] for r in rows
                 if (r[2] and r[3] and r[2] not in suppressed) or r[1] in subscribed}
    unreachable = [r[0] for r in rows if r[0] not in reachable]
    if reachable:  # the step runner defers each to its own due time
        await Cart.filter(id__in=reachable).update(abandoned_at=now, reachable=True,
                                                    recovery_next_at=now)
    if unreachable:
        await Cart.filter(id__in=unreachable).update(abandoned_at=now, reachable=False)
    return len(rows)


# -- the sequence ----------------------------------------------------------------------------

async def send_due(now: datetime, ctx: MessageContext) -> int:
    """Run every reminder step that is due; returns how many steps were queued."""
    carts = await (Cart.filter(recovery_next_at__lte=now).order_by("recovery_next_at")
                   .limit(STEP_BATCH))
    stores: dict[int, tuple[Store, RecoverySettings]] = {}  # each read and validated once
    queued = 0
    for cart in carts:
        if cart.store_id not in stores:
            store = await Store.get(id=cart.store_id)
            stores[cart.store_id] = store, RecoverySettings.of(store)
        try:
            queued += await _run_step(*stores[cart.store_id], cart, now, ctx)
        except Exception:  # one bad cart must not stop the others
            log.exception("recovery step for cart %s failed", cart.id)
    return queued


class _Lost(Exception):
    """Another process took this step first."""


async def _defer(cart: Cart, step: int, until: datetime | None, **extra: Any) -> None:
    await Cart.filter(id=cart.id, recovery_step=step).update(recovery_next_at=until, **extra)


async def _run_step(store: Store, settings: RecoverySettings, cart: Cart, now: datetime,
                    ctx: MessageContext) -> int:
    steps = settings.steps
    k = cart.recovery_step
    if (not settings.enabled or k >= len(steps)
            or not awaits_recovery(cart.status, cart.abandoned_at, cart.updated_at)):
        await _defer(cart, k, None)
        return 0
    step = steps[k]
    due_at = cart.updated_at + timedelta(minutes=step.delay_minutes)
    if due_at > now:
        await _defer(cart, k, due_at)
        return 0
    items = await CartItem.filter(cart=cart).select_related("product").order_by("id")
    if not items:
        await _defer(cart, k, None)
        return 0

    visitor = await Visitor.get_or_none(id=cart.visitor_id) if cart.visitor_id else None
    subscriptions = (await PushSubscription.filter(visitor_id=visitor.id, is_active=True)
                     if visitor is not None else [])
    email_ok = bool(ctx.email_enabled and cart.email and cart.marketing_consent
                    and not await EmailSuppression.exists(store_id=store.id, email=cart.email))
    if not subscriptions and not email_ok:  # unsubscribed everywhere: the sequence ends
        await _defer(cart, k, None, reachable=False)
        return 0
    use_push = Channel.PUSH in step.channels and bool(subscriptions)
    use_email = Channel.EMAIL in step.channels and email_ok
    next_at = (cart.updated_at + timedelta(minutes=steps[k + 1].delay_minutes)
               if k + 1 < len(steps) else None)
    if not use_push and not use_email:  # this step's channels cannot reach them: skip it
        await Cart.filter(id=cart.id, recovery_step=k).update(recovery_step=k + 1,
                                                              recovery_next_at=next_at)
        return 0

    zone = zone_of(visitor.timezone if visitor else None,
                   *(s.timezone for s in subscriptions), store.timezone)
    quiet = settings.quiet_hours
    morning = quiet_until(now.astimezone(zone), quiet.start, quiet.end) if quiet else None
    if morning is not None:
        await _defer(cart, k, morning)
        return 0
    reopens = await DailyCap(settings.daily_cap).reopens_at(
        now, visitor_id=visitor.id if visitor else None, store_id=store.id, email=cart.email)
    if reopens is not None:
        await _defer(cart, k, reopens)
        return 0

    lang = language_of(cart.locale or (visitor.locale if visitor else "") or store.locale)
    try:
        async with in_transaction():
            code, expires = await _incentive(store, step.incentive, now)
            taken = await Cart.filter(id=cart.id, recovery_step=k,
                                      recovery_next_at__lte=now).update(
                recovery_step=k + 1, recovery_next_at=next_at,
                recovery_code=code or cart.recovery_code)
            if not taken:
                raise _Lost
            content = await reminder_content(store, cart, items, step, lang, zone, code,
                                              expires, settings, now)

            def link(channel: Channel) -> str:
                return recovery_url(ctx, store, cart, k + 1, channel, code, settings)

            rows = [Delivery(
                store_id=store.id, subscription_id=s.id, visitor_id=s.visitor_id,
                cart_id=cart.id, kind=DeliveryKind.REMINDER, step=k + 1, channel=Channel.PUSH,
                payload=content.push(link(Channel.PUSH)), topic=f"cart-{cart.id}",
                ttl=REMINDER_TTL, next_attempt_at=now, created_at=now)
                for s in (subscriptions if use_push else [])]
            if use_email and cart.email:
                rows.append(Delivery(
                    store_id=store.id, visitor_id=visitor.id if visitor else None,
                    cart_id=cart.id, kind=DeliveryKind.REMINDER, step=k + 1,
                    channel=Channel.EMAIL, email_to=cart.email,
                    payload=content.email(link(Channel.EMAIL),
                                          unsubscribe_url(ctx, store.id, cart.email, lang)),
                    ttl=REMINDER_EMAIL_TTL, next_attempt_at=now, created_at=now))
            await Delivery.bulk_create(rows)
            await wake_workers()
    except _Lost:
        return 0
    return 1


async def _incentive(store: Store, incentive: Incentive | None,
                     now: datetime) -> tuple[str | None, datetime | None]:
    """A single-use code for this shopper alone, if the step offers one."""
    if incentive is None:
        return None, None
    expires = now + timedelta(hours=incentive.valid_hours)
    code = "BACK-" + secrets.token_hex(4).upper()
    await DiscountCode.create(store=store, code=code, kind=incentive.kind,
                              value=incentive.value, expires_at=expires, usage_limit=1)
    return code, expires
