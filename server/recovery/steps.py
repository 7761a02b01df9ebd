"""Due reminder steps decided and queued a batch at a time: the gates (consent, unsubscribes,
quiet hours, the daily cap) read in a handful of queries for the whole batch, the steps taken by
one conditional UPDATE, their outbox rows written by one INSERT, all in one transaction.

A step is taken by moving the cart's step counter from k to k + 1 only where it still reads k
(on PostgreSQL the carts are locked first, skipping those another scheduler holds): a cart whose
counter moved is left to whoever moved it, so a step is queued once whatever the number of
schedulers. A failure rolls the whole batch back: no step is half queued.
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from server.bulk import Members, Statement, insert_rows, read_time
from server.db import sqlite_time
from server.messaging import sms
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
    DeliveryStatus,
    DiscountCode,
    Store,
    awaits_recovery,
)
from server.recovery.content import ReminderContent, recovery_link, reminder_content
from server.recovery.settings import RecoverySettings, ReminderStep

REMINDER_TTL = 24 * 3600
REMINDER_EMAIL_TTL = 3 * 24 * 3600
DELIVERY_COLUMNS = ("store_id", "subscription_id", "visitor_id", "cart_id", "kind", "step",
                    "channel", "email_to", "payload", "topic", "ttl", "urgency", "status",
                    "attempts", "last_error", "next_attempt_at", "created_at")
# Put in the words and the email rendered once for carts that say the same, replaced per cart
# afterwards: each survives HTML and JSON escaping unchanged, and the code one is as long as a
# real code (BACK- and eight hex digits), so truncated texts cut where they would have.
CODE_SLOT = "BACK-ZQZQZQZQ"
LINK_SLOT = "pushcart-link-slot"
UNSUBSCRIBE_SLOT = "https://unsubscribe.invalid/pushcart-slot"
_LINK = "pushcart_cart="


@dataclass
class DueCart:
    """What the gates, the cache key of the content and the links read of a due cart, read as
    plain rows: a batch reads a thousand, and Tortoise builds a partial model (`.only()`)
    field by field, parsing each time on SQLite, several times slower than the query."""

    id: int
    store_id: int
    visitor_id: int | None
    token: str
    status: CartStatus
    email: str | None
    marketing_consent: bool
    name: str
    locale: str
    address: dict[str, Any]
    discount_code: str | None
    updated_at: datetime
    abandoned_at: datetime | None
    recovery_step: int
    phone: str
    sms_consent: bool
    whatsapp_consent: bool


DUE_COLUMNS = tuple(DueCart.__dataclass_fields__)


async def due_carts(now: datetime, limit: int) -> list[DueCart]:
    """The carts whose next step is due at *now*, the longest waiting first."""
    rows = await Statement(Cart).records(
        f"SELECT {', '.join(DUE_COLUMNS)} FROM cart WHERE recovery_next_at <= ? "
        "ORDER BY recovery_next_at, id LIMIT ?", [now, limit])
    return [DueCart(
        id=r["id"], store_id=r["store_id"], visitor_id=r["visitor_id"], token=r["token"],
        status=CartStatus(r["status"]), email=r["email"],
        marketing_consent=bool(r["marketing_consent"]), name=r["name"], locale=r["locale"],
        address=json.loads(r["address"]) if isinstance(r["address"], str) else r["address"],
        discount_code=r["discount_code"], updated_at=read_time(r["updated_at"]),
        abandoned_at=None if r["abandoned_at"] is None else read_time(r["abandoned_at"]),
        recovery_step=r["recovery_step"], phone=r["phone"], sms_consent=bool(r["sms_consent"]),
        whatsapp_consent=bool(r["whatsapp_consent"])) for r in rows]


def text_channels(cart: DueCart, offered: set[str]) -> list[Channel]:
    """The text channels the shopper of *cart* agreed to, to a phone number in E.164, among
    those the store offers (none when it has no message webhook)."""
    if not offered or sms.normalize_phone(cart.phone) is None:
        return []
    return [channel for channel, agreed in ((Channel.SMS, cart.sms_consent),
                                             (Channel.WHATSAPP, cart.whatsapp_consent))
            if agreed and channel.value in offered]


@dataclass
class _Send:
    """A step that goes out: to these subscriptions and/or the cart's address."""

    cart: DueCart
    step: ReminderStep
    next_at: datetime | None
    push: list[dict[str, Any]]
    email: bool
    items: list[tuple[Any, ...]]
    zone: ZoneInfo
    lang: str
    code: str | None = None
    texts: list[Channel] = field(default_factory=list)  # sms, whatsapp


@dataclass
class Batch:
    """What one batch of a store's due carts comes to: the steps to send, and the other carts'
    new step counter and next time (None: the sequence ends), unreachable ones marked so."""

    sends: list[_Send] = field(default_factory=list)
    moves: dict[int, tuple[int, int, datetime | None, bool]] = field(default_factory=dict)

    def move(self, cart: DueCart, until: datetime | None, *, step: int | None = None,
             reachable: bool = True) -> None:
        k = cart.recovery_step
        self.moves[cart.id] = (k, k if step is None else step, until, reachable)


async def decide(store: Store, settings: RecoverySettings, carts: list[DueCart], now: datetime,
                 ctx: MessageContext) -> Batch:
    """Pass each due cart of *store* through the gates, reading what they need in bulk."""
    batch = Batch()
    steps = settings.steps
    live: list[DueCart] = []
    for cart in carts:
        k = cart.recovery_step
        if (not settings.enabled or k >= len(steps)
                or not awaits_recovery(cart.status, cart.abandoned_at, cart.updated_at)):
            batch.move(cart, None)
            continue
        due_at = cart.updated_at + timedelta(minutes=steps[k].delay_minutes)
        if due_at > now:
            batch.move(cart, due_at)
            continue
        live.append(cart)
    if not live:
        return batch

    sql = Statement(Cart)
    items = await _items(sql, live)
    visitor_ids = {c.visitor_id for c in live if c.visitor_id is not None}
    visitors = {v["id"]: v for v in await sql.rows(
        f"SELECT id, locale, timezone FROM visitor WHERE {sql.among('id')}",
        [Members(visitor_ids)])} if visitor_ids else {}
    subscriptions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in await sql.rows(
            "SELECT id, visitor_id, timezone FROM push_subscription "
            f"WHERE {sql.among('visitor_id')} AND is_active = ? ORDER BY id",
            [Members(visitors), True]) if visitors else []:
        subscriptions[s["visitor_id"]].append(s)
    emails = {c.email for c in live if c.email and c.marketing_consent}
    suppressed = {r["email"] for r in await sql.rows(
        "SELECT email FROM email_suppression WHERE store_id = ? AND "
        f"{sql.among('email')}", [store.id, Members(emails)])} if emails else set()
    cap = DailyCap(settings.daily_cap)
    per_visitor, per_email = await cap.sent(
        now, store_id=store.id, visitor_ids=set(visitors),
        emails={c.email for c in live if c.email and c.visitor_id not in visitors})

    quiet = settings.quiet_hours
    texting = set(sms.TextMessageSettings.of(store).offered)
    for cart in live:
        k = cart.recovery_step
        step = steps[k]
        if not items[cart.id]:
            batch.move(cart, None)
            continue
        visitor = visitors.get(cart.visitor_id) if cart.visitor_id is not None else None
        subs = subscriptions[visitor["id"]] if visitor else []
        email_ok = bool(ctx.email_enabled and cart.email and cart.marketing_consent
                        and cart.email not in suppressed)
        texts = text_channels(cart, texting)
        if not subs and not email_ok and not texts:  # unsubscribed everywhere: the sequence ends
            batch.move(cart, None, reachable=False)
            continue
        use_push = Channel.PUSH in step.channels and bool(subs)
        use_email = Channel.EMAIL in step.channels and email_ok
        use_texts = [channel for channel in texts if channel in step.channels]
        next_at = (cart.updated_at + timedelta(minutes=steps[k + 1].delay_minutes)
                   if k + 1 < len(steps) else None)
        if not use_push and not use_email and not use_texts:  # they cannot be reached: skip it
            batch.move(cart, next_at, step=k + 1)
            continue
        zone = zone_of(visitor["timezone"] if visitor else None,
                       *(s["timezone"] for s in subs), store.timezone)
        morning = quiet_until(now.astimezone(zone), quiet.start, quiet.end) if quiet else None
        if morning is not None:
            batch.move(cart, morning)
            continue
        sent = per_visitor.get(visitor["id"], 0) if visitor else per_email.get(cart.email or "", 0)
        if sent >= cap.limit:
            reopens = await cap.reopens_at(now, visitor_id=visitor["id"] if visitor else None,
                                           store_id=store.id, email=cart.email)
            batch.move(cart, reopens or now + timedelta(hours=1))
            continue
        messages = (len(subs) if use_push else 0) + int(use_email) + len(use_texts)
        if visitor:  # what this batch sends counts against the cap
            per_visitor[visitor["id"]] = sent + messages
        else:
            per_email[cart.email or ""] = sent + messages
        lang = language_of(cart.locale or (visitor["locale"] if visitor else "") or store.locale)
        batch.sends.append(_Send(cart, step, next_at, subs if use_push else [], use_email,
                                 items[cart.id], zone, lang, texts=use_texts))
    return batch


async def _items(sql: Statement, carts: list[DueCart]) -> dict[int, list[tuple[Any, ...]]]:
    """Each cart's items, as what a reminder shows of them (the content's cache key)."""
    by_cart: dict[int, list[tuple[Any, ...]]] = {c.id: [] for c in carts}
    for r in await sql.rows(
            "SELECT i.cart_id, i.product_id, i.quantity, p.name, p.price, p.image_url, p.stock "
            f"FROM cart_item i JOIN product p ON p.id = i.product_id "
            f"WHERE {sql.among('i.cart_id')} ORDER BY i.id", [Members(by_cart)]):
        by_cart[r["cart_id"]].append((r["product_id"], r["quantity"], r["name"], r["price"],
                                      r["image_url"], r["stock"]))
    return by_cart


@dataclass
class Written:
    steps: int = 0  # queued
    rows: int = 0  # outbox rows written
    moved: int = 0  # other carts moved on (deferred, skipped a step, ended)


@dataclass
class Prepared:
    """A batch with its outbox rows rendered, to be written (`write`): the rows of each step
    were it taken, its incentive code drawn."""

    store: Store
    batch: Batch
    rows: list[tuple[Any, ...]]


async def prepare(store: Store, settings: RecoverySettings, batch: Batch, now: datetime,
                  ctx: MessageContext) -> Prepared:
    """Render the messages of *batch*'s steps before the transaction that takes them: the
    rendering is most of a batch's work, and a scheduler renders its next batch while the
    database writes this one (server/recovery/sequence.py). A step another scheduler takes
    first was rendered for nothing; its rows are left out."""
    for send in batch.sends:
        if send.step.incentive is not None:
            send.code = "BACK-" + secrets.token_hex(4).upper()
    if not batch.sends:
        return Prepared(store, batch, [])
    if Statement(Cart).postgres:
        return Prepared(store, batch, await _messages(store, settings, batch.sends, now, ctx))
    # SQLite: the contents' reads (quotes, codes, points) in one read transaction, where each
    # would begin and end its own; its writers take turns anyway
    async with in_transaction():
        return Prepared(store, batch, await _messages(store, settings, batch.sends, now, ctx))


async def write(prepared: Prepared, now: datetime) -> Written:
    """Record a prepared batch in one transaction: the moves, the steps still to be taken, and
    the outbox rows and codes of those taken."""
    store, batch = prepared.store, prepared.batch
    async with in_transaction():
        sql = Statement(Cart)  # on the transaction's connection
        if sql.postgres:
            # asyncpg prepares each statement, and from its sixth run PostgreSQL may plan it
            # once for any parameters, reckoning 10 rows in an array of a thousand: the
            # UPDATEs below then join the batch to itself row by row (0.6 s for 1,000 steps,
            # where planned for their array they take 40 ms).
            await sql.db.execute_script("SET LOCAL plan_cache_mode = force_custom_plan")
        written = Written(moved=await _move(sql, batch.moves) if batch.moves else 0)
        won = await _take(sql, batch.sends, now) if batch.sends else set()
        sends = [s for s in batch.sends if s.cart.id in won]
        if not sends:
            return written
        rows = [row for row in prepared.rows if row[3] in won]  # row[3]: cart_id
        await DiscountCode.bulk_create([
            DiscountCode(store_id=store.id, code=s.code, kind=s.step.incentive.kind,
                         value=s.step.incentive.value, usage_limit=1,
                         expires_at=now + timedelta(hours=s.step.incentive.valid_hours))
            for s in sends if s.code and s.step.incentive])
        await insert_rows(Delivery, DELIVERY_COLUMNS, rows)
        await wake_workers()
    written.steps, written.rows = len(sends), len(rows)
    return written


def _sqlite_json(values: Sequence[tuple[Any, ...]]) -> str:
    """Rows as one JSON parameter for SQLite's json_each; times as SQLite keeps them (UTC
    text, server/db.py), so that they compare with the stored ones."""
    def plain(v: Any) -> Any:
        return sqlite_time(v) if isinstance(v, datetime) else v
    return json.dumps([[plain(v) for v in row] for row in values])


def _values(sql: Statement, columns: Sequence[tuple[str, str]],
            rows: Sequence[tuple[Any, ...]]) -> tuple[str, list[Any]]:
    """A table `v` of *rows* (named and typed by *columns*) for a statement to join, as SQL
    and its parameters: unnest over arrays on PostgreSQL, json_each over JSON on SQLite."""
    names = ", ".join(name for name, _ in columns)
    if sql.postgres:
        arrays = ", ".join(f"?::{kind}[]" for _, kind in columns)
        return (f"(SELECT * FROM unnest({arrays}) AS u({names})) AS v",
                [list(column) for column in zip(*rows, strict=True)])
    picks = ", ".join(f"value ->> {i} AS {name}" for i, (name, _) in enumerate(columns))
    return f"(SELECT {picks} FROM json_each(?)) AS v", [_sqlite_json(rows)]


def _locked(sql: Statement, table: str, where: str) -> str:
    """On PostgreSQL, the condition that a cart is among those of `v` matching *where* that this
    transaction could lock (FOR NO KEY UPDATE, in id order, skipping those another scheduler or
    a shopper's request holds); on SQLite, whose writers take turns, *where* itself."""
    if not sql.postgres:
        return where
    return (f"cart.id IN (SELECT c.id FROM cart c JOIN {table} ON c.id = v.id "
            f"WHERE {where.replace('cart.', 'c.')} ORDER BY c.id FOR NO KEY UPDATE OF c "
            "SKIP LOCKED)")


async def _move(sql: Statement, moves: dict[int, tuple[int, int, datetime | None, bool]]) -> int:
    """Set the carts' step counter and next time where the counter still reads what *moves*
    read; returns how many moved."""
    columns = (("id", "integer"), ("step", "integer"), ("new_step", "integer"),
               ("next_at", "timestamptz"), ("reachable", "boolean"))
    table, params = _values(sql, columns, [(cart_id, *move) for cart_id, move in
                                           sorted(moves.items())])
    where = "cart.id = v.id AND cart.recovery_step = v.step"
    return len(await sql.rows(
        "UPDATE cart SET recovery_step = v.new_step, recovery_next_at = v.next_at, "
        f"reachable = (cart.reachable AND v.reachable) FROM {table} "
        f"WHERE cart.id = v.id AND {_locked(sql, table, where)} RETURNING cart.id",
        params + params if sql.postgres else params))


async def _take(sql: Statement, sends: list[_Send], now: datetime) -> set[int]:
    """Move the step counter of the carts of *sends* that still await this step; returns the
    carts this transaction took."""
    columns = (("id", "integer"), ("step", "integer"), ("next_at", "timestamptz"),
               ("code", "text"))
    table, params = _values(sql, columns, sorted(
        (s.cart.id, s.cart.recovery_step, s.next_at, s.code) for s in sends))
    where = "cart.id = v.id AND cart.recovery_step = v.step AND cart.recovery_next_at <= ?"
    rows = await sql.rows(
        "UPDATE cart SET recovery_step = v.step + 1, recovery_next_at = v.next_at, "
        f"recovery_code = COALESCE(v.code, cart.recovery_code) FROM {table} "
        f"WHERE cart.id = v.id AND {_locked(sql, table, where)} RETURNING cart.id",
        [*params, *params, now] if sql.postgres else [*params, now])
    return {int(r["id"]) for r in rows}


class _Renders:
    """The contents and emails of one batch: carts that say the same words (same step,
    language, name, items and total) share one, built and rendered once with slots for the
    link, the unsubscribe link and the code, which each cart's own replace."""

    def __init__(self, store: Store, settings: RecoverySettings, now: datetime,
                 head: str) -> None:
        self.store, self.settings, self.now, self.head = store, settings, now, head
        self.contents: dict[tuple[Any, ...], tuple[ReminderContent, str]] = {}

    @staticmethod
    def key(send: _Send) -> tuple[Any, ...]:
        cart = send.cart
        return (cart.recovery_step, send.lang, cart.name, cart.discount_code,
                cart.address.get("country"), cart.address.get("region"),
                send.zone.key if send.step.incentive else "", tuple(send.items))

    async def build(self, sends: list[_Send]) -> None:
        """Build the contents of *sends*, one per distinct key, their items read in one query."""
        first: dict[tuple[Any, ...], _Send] = {}
        for send in sends:
            first.setdefault(self.key(send), send)
        ids = [s.cart.id for s in first.values()]
        items: dict[int, list[CartItem]] = defaultdict(list)
        for item in await (CartItem.filter(cart_id__in=ids).select_related("product")
                           .order_by("id")):
            items[item.cart_id].append(item)
        # whole carts for the quote (discount, loyalty), one per content: not one per step
        carts = {cart.id: cart for cart in await Cart.filter(id__in=ids)}
        for key, send in first.items():
            incentive = send.step.incentive
            expires = self.now + timedelta(hours=incentive.valid_hours) if incentive else None
            content = await reminder_content(
                self.store, carts[send.cart.id], items[send.cart.id], send.step, send.lang,
                send.zone,
                CODE_SLOT if incentive else None, expires, self.settings, self.now)
            email = json.dumps(content.email(self.head + LINK_SLOT, UNSUBSCRIBE_SLOT),
                               ensure_ascii=False, separators=(",", ":"))
            self.contents[key] = content, email

    def of(self, send: _Send) -> tuple[ReminderContent, str]:
        """The content of *send*'s step and its email as JSON text, slots in."""
        return self.contents[self.key(send)]


def _filled(text: str, send: _Send, token: str) -> str:
    text = text.replace(LINK_SLOT, token)
    return text.replace(CODE_SLOT, send.code) if send.code else text


async def _messages(store: Store, settings: RecoverySettings, sends: list[_Send], now: datetime,
                    ctx: MessageContext) -> list[tuple[Any, ...]]:
    """The outbox rows of the steps taken."""
    def link(send: _Send, channel: Channel) -> tuple[str, str]:
        """The cart's link for *channel*, as the landing (the same for every cart of the
        store) and the cart's own token."""
        url = recovery_link(ctx, store, send.cart.token, send.cart.recovery_step + 1, channel,
                            send.code, settings)
        head, _, token = url.rpartition(_LINK)
        return head + _LINK, token

    renders = _Renders(store, settings, now, link(sends[0], Channel.EMAIL)[0])
    max_segments = sms.TextMessageSettings.of(store).max_segments
    await renders.build(sends)
    rows: list[tuple[Any, ...]] = []
    for send in sends:
        cart, k = send.cart, send.cart.recovery_step
        head, token = link(send, Channel.EMAIL if send.email else Channel.PUSH)
        content, email = renders.of(send)
        common = (store.id, cart.id, DeliveryKind.REMINDER.value, k + 1)
        if send.push:
            _, push_token = link(send, Channel.PUSH)
            payload = _filled(json.dumps(content.push(head + LINK_SLOT), ensure_ascii=False,
                                         separators=(",", ":")), send, push_token)
            rows += [(store.id, s["id"], s["visitor_id"], *common[1:], Channel.PUSH.value, None,
                      payload, f"cart-{cart.id}", REMINDER_TTL) for s in send.push]
        if send.email and cart.email:
            unsubscribe = unsubscribe_url(ctx, store.id, cart.email, send.lang)
            rows.append((store.id, None, cart.visitor_id, *common[1:], Channel.EMAIL.value,
                         cart.email,
                         _filled(email, send, token).replace(UNSUBSCRIBE_SLOT, unsubscribe),
                         None, REMINDER_EMAIL_TTL))
        for channel in send.texts:
            words = sms.compose(send.step.sms_texts, send.step.template, send.lang,
                                content.values)
            text = sms.text_payload(
                to=sms.normalize_phone(cart.phone) or "", text=_filled(words, send, ""),
                url=recovery_link(ctx, store, cart.token, k + 1, channel, send.code, settings),
                shopper=f"v:{cart.visitor_id}" if cart.visitor_id else f"c:{cart.id}",
                flow="cart", max_segments=max_segments) | {"consent_of": {"cart": cart.id}}
            rows.append((store.id, None, cart.visitor_id, *common[1:], channel.value, None,
                         json.dumps(text, ensure_ascii=False, separators=(",", ":")),
                         None, REMINDER_TTL))
    return [(*row, "normal", DeliveryStatus.QUEUED.value, 0, "", now, now) for row in rows]
