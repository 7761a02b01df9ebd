"""The automation engine: occurrences become runs (one per flow, shopper, subject and occurrence,
whatever the number of processes), and due runs become outbox rows through the gates every
message of a shopper's own behaviour passes (the cart sequence's too): the flow is on, the
shopper can be reached with consent and has not unsubscribed, it is not their quiet hours, the
daily cap has room, the flow's cooldown has passed, and they have not already done what the
message asks.

A run is queued by a conditional UPDATE from pending to sent, in the transaction that writes
its deliveries: one run, one set of messages, however many schedulers race. The runner works in
batches and decides each batch with a handful of queries, so a price drop that concerns 100,000
shoppers queues in seconds.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.automations import content, stops
from server.automations.flows import spec_of
from server.automations.runs import COLUMNS, Run
from server.automations.settings import FlowSettings, flow_settings
from server.bulk import Members, Statement, grew, insert_rows, json_text, read_time
from server.messaging import sms
from server.messaging.context import MessageContext
from server.messaging.formatting import zone_of
from server.messaging.frequency import DailyCap, quiet_until
from server.messaging.outbox import wake_workers
from server.models import (
    AutomationRun,
    Channel,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DiscountCode,
    Flow,
    RunStatus,
    Store,
    SuppressionReason,
)
from server.recovery.settings import RecoverySettings

log = logging.getLogger(__name__)

RUN_BATCH = 1000
DELIVERY_COLUMNS = ("subscription_id", "visitor_id", "flow", "automation_run_id", "channel",
                    "email_to", "payload", "topic", "ttl", "urgency")
_TOPIC_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class Occurrence:
    """That *flow* has something to tell one shopper about *subject*, this *occurrence* of it."""

    flow: Flow
    subject: str
    occurrence: str
    visitor_id: int | None = None
    email: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    due_at: datetime | None = None  # default: now plus the flow's delay

    @property
    def address(self) -> str | None:
        return self.email.strip().lower() if self.email else None

    @property
    def shopper(self) -> str:
        """The shopper's key: the address when known (one person on several devices), else the
        visitor."""
        address = self.address
        return f"e:{address}" if address else f"v:{self.visitor_id}"


RUN_COLUMNS = ("flow", "shopper", "visitor_id", "email", "subject", "occurrence", "data",
               "due_at")


async def record(store: Store, occurrences: list[Occurrence], now: datetime) -> int:
    """Keep one pending run per occurrence (one already kept is left as it is); returns how many
    occurrences were offered."""
    delays: dict[Flow, timedelta] = {}
    texts: dict[int, str] = {}  # occurrences that share their data share its JSON text
    rows: dict[tuple[str, str, str, str], tuple[Any, ...]] = {}
    for o in occurrences:
        address = o.address
        if o.visitor_id is None and not address:
            continue
        if o.flow not in delays:
            delays[o.flow] = timedelta(minutes=flow_settings(store, o.flow).delay_minutes)
        shopper = (f"e:{address}" if address else f"v:{o.visitor_id}")[:260]
        subject, occurrence = o.subject[:64], o.occurrence[:64]
        key = (o.flow.value, shopper, subject, occurrence)
        if key not in rows:
            data = texts.get(id(o.data))
            if data is None:
                data = texts[id(o.data)] = json_text(o.data)
            rows[key] = (o.flow.value, shopper, o.visitor_id, address, subject, occurrence,
                         data, o.due_at or now + delays[o.flow])
    await insert_rows(AutomationRun, RUN_COLUMNS, list(rows.values()), skip_conflicts=True,
                      same={"store_id": store.id, "status": RunStatus.PENDING, "reason": "",
                            "created_at": now})
    await grew(AutomationRun, len(rows))
    return len(rows)


# -- the runner ------------------------------------------------------------------------------


@dataclass
class _Shopper:
    """What the gates need to know of one run's shopper, read in bulk for a batch."""

    visitors: list[Mapping[str, Any]]
    subscriptions: list[Mapping[str, Any]]

    @property
    def visitor_ids(self) -> list[int]:
        return [v["id"] for v in self.visitors]

    def first(self, key: str) -> str:
        return next((v[key] for v in self.visitors if v[key]), "")


@dataclass
class _Decision:
    run: Run
    push: list[Mapping[str, Any]] = field(default_factory=list)
    email: str | None = None
    lang: str = "en"
    zone_name: str = "UTC"
    name: str = ""
    texts: list[tuple[Channel, str, list[int]]] = field(default_factory=list)  # to, consent of


def _texts(shopper: _Shopper, channels: set[Channel]) -> list[tuple[Channel, str, list[int]]]:
    """The text channels among *channels* the shopper agreed to, each with the number in E.164
    (of the visitor who agreed last) and the visitors whose consent it rests on."""
    found: list[tuple[Channel, str, list[int]]] = []
    for channel in (Channel.SMS, Channel.WHATSAPP):
        if channel not in channels:
            continue
        agreed = [v for v in shopper.visitors if v[f"{channel.value}_consent"]
                  and sms.normalize_phone(v["phone"] or "")]
        if agreed:
            latest = max(agreed, key=lambda v: v["id"])
            found.append((channel, sms.normalize_phone(latest["phone"]) or "",
                          [v["id"] for v in agreed]))
    return found


@dataclass
class _Held:
    """What a batch decided adds, while it is being written: the next batch (decided meanwhile
    on PostgreSQL) leaves its runs out, and its gates count its messages from here and not
    from the database, where they may or may not be visible yet, so they count once."""

    run_ids: set[int] = field(default_factory=set)
    per_visitor: Counter[int] = field(default_factory=Counter)
    per_email: Counter[tuple[int, str]] = field(default_factory=Counter)  # (store, address)
    taken: set[tuple[int, Flow, str]] = field(default_factory=set)  # (store, flow, shopper)

    def add(self, other: _Held) -> None:
        self.run_ids |= other.run_ids
        self.per_visitor.update(other.per_visitor)
        self.per_email.update(other.per_email)
        self.taken |= other.taken


@dataclass
class _Plan:
    """One store's share of a batch, decided and its messages built: written by `_write`."""

    store: Store
    run_ids: list[int]
    skip: dict[str, list[int]]
    later: dict[datetime, list[int]]
    rows: list[tuple[Any, ...]]  # deliveries, in DELIVERY_COLUMNS; [3] is the run's id
    codes: dict[int, DiscountCode]  # run id -> its incentive's code
    queued: list[int]  # runs with messages
    held: _Held


async def send_due(now: datetime, ctx: MessageContext, *, seconds: float = 5.0,
                   limit: int = RUN_BATCH) -> int:
    """Decide the due runs a batch at a time while batches come full, for at most about
    *seconds*; returns how many were decided (queued, skipped or moved to a later time).

    On PostgreSQL each batch is decided (its reads and its messages built) while the batch
    before is written, so this process's CPU and the database's work side by side; `_Held`
    keeps the gates exact meanwhile. A batch decided while the one before failed to be written
    is decided again (it counted messages that were not queued). SQLite has one connection:
    there a batch is written before the next is read."""
    overlap = Statement(AutomationRun).postgres
    started = time.monotonic()
    decided = 0
    writing: asyncio.Task[bool] | None = None
    held = _Held()
    try:
        while True:
            count, plans = await _plan_batch(now, ctx, limit, held)
            if writing is not None:
                written, writing = await writing, None
                if not written:  # this batch counted messages that were not queued
                    held = _Held()
                    if time.monotonic() - started > seconds:
                        return decided
                    continue
            decided += count
            held = _Held()
            for plan in plans:
                held.add(plan.held)
            if overlap:
                writing = asyncio.create_task(_write_all(plans, now))
            else:  # written before the next batch is read: nothing to hold
                await _write_all(plans, now)
                held = _Held()
            if count < limit or time.monotonic() - started > seconds:
                return decided
    finally:
        if writing is not None:  # the last batch, or the one a failed read left in flight
            await writing


async def _plan_batch(now: datetime, ctx: MessageContext, limit: int, held: _Held
                      ) -> tuple[int, list[_Plan]]:
    """The next *limit* due runs (not those *held*), decided store by store."""
    sql = Statement(AutomationRun)
    parsed: dict[str, dict[str, Any]] = {}
    others = f" AND NOT {sql.among('id')}" if held.run_ids else ""
    runs = [Run.from_row(row, parsed) for row in await sql.records(
        f'SELECT {", ".join(COLUMNS)} FROM automation_run WHERE status = ? AND due_at <= ?'
        f"{others} ORDER BY due_at LIMIT ?",
        [RunStatus.PENDING.value, now, *([Members(held.run_ids)] if others else []), limit])]
    by_store: dict[int, list[Run]] = defaultdict(list)
    for run in runs:
        by_store[run.store_id].append(run)
    plans = []
    for store_id, store_runs in by_store.items():
        try:
            plans.append(await _decide(await Store.get(id=store_id), store_runs, now, ctx, held))
        except Exception:  # one store's failure must not hold back the others
            log.exception("automation runs of store %s failed", store_id)
            await _retry_later(sql, [r.id for r in store_runs], now)
    return len(runs), plans


async def _write_all(plans: list[_Plan], now: datetime) -> bool:
    """Write each store's plan in its own transaction; False if any failed (its runs are
    decided again in a few minutes)."""
    written = True
    for plan in plans:
        try:
            await _write(plan, now)
        except Exception:
            log.exception("automation runs of store %s failed", plan.store.id)
            await _retry_later(Statement(AutomationRun), plan.run_ids, now)
            written = False
    if any(plan.rows for plan in plans):
        await wake_workers()
    return written


async def _retry_later(sql: Statement, ids: list[int], now: datetime) -> None:
    await _update(sql, "due_at = ?", [now + timedelta(minutes=5)], ids)


async def _update(sql: Statement, assignments: str, values: list[Any], ids: list[int],
                  returning: bool = False) -> list[dict[str, Any]]:
    """Set *assignments* on the runs *ids* that are still pending."""
    return await sql.rows(f"UPDATE automation_run SET {assignments} WHERE {sql.among('id')} "
                         f"AND status = ?{' RETURNING id' if returning else ''}",
                         [*values, Members(ids), RunStatus.PENDING.value])


async def _shoppers(sql: Statement, store: Store, runs: list[Run]) -> dict[int, _Shopper]:
    ids = {r.visitor_id for r in runs if r.visitor_id is not None}
    emails = {r.email for r in runs if r.email}
    visitors = await sql.records(  # the consent flags are 0 or 1 on SQLite: read as truth
        "SELECT id, email, marketing_consent, locale, timezone, name, phone, sms_consent, "
        "whatsapp_consent FROM visitor "
        f"WHERE store_id = ? AND ({sql.among('id')} OR {sql.among('email')})",
        [store.id, Members(ids), Members(emails)])
    by_id = {v["id"]: v for v in visitors}
    by_email: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for v in visitors:
        if v["email"]:
            by_email[v["email"].lower()].append(v)
    subscriptions: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    if visitors:
        for s in await sql.records(
                "SELECT id, visitor_id, timezone, locale FROM push_subscription "
                f"WHERE {sql.among('visitor_id')} AND is_active = ?",
                [Members(by_id), True]):
            subscriptions[s["visitor_id"]].append(s)
    shoppers = {}
    for run in runs:
        mine = {v["id"]: v for v in by_email.get(run.email or "", [])}
        if run.visitor_id in by_id:
            mine[run.visitor_id] = by_id[run.visitor_id]
        shoppers[run.id] = _Shopper(list(mine.values()),
                                    [s for vid in mine for s in subscriptions[vid]])
    return shoppers


async def _cooled(sql: Statement, store: Store, runs: list[Run],
                  settings: dict[Flow, FlowSettings], now: datetime, held: _Held) -> set[int]:
    """Runs whose shopper had a message of the same flow within its cooldown (those of the
    batch being written are in *held*, and left out here)."""
    longest = max((settings[r.flow].cooldown_hours for r in runs), default=0)
    if not longest:
        return set()
    others = f" AND NOT {sql.among('id')}" if held.run_ids else ""
    recent: dict[tuple[str, str], datetime] = {}
    # Only a queued run has a sent_at, so its status is not tested: PostgreSQL, whose
    # statistics still held a price drop's runs as just recorded (pending), took
    # `status = 'sent'` for a rare value and read every sent run by the status index in each
    # batch (3 s of a 100,000-shopper drop), where (store_id, flow, shopper, sent_at) finds
    # the batch's shoppers alone.
    for row in await sql.rows(
            "SELECT flow, shopper, sent_at FROM automation_run WHERE store_id = ? AND "
            f"{sql.among('flow')} AND {sql.among('shopper')} AND sent_at > ?{others}",
            [store.id, Members({r.flow for r in runs}), Members({r.shopper for r in runs}),
             now - timedelta(hours=longest), *([Members(held.run_ids)] if others else [])]):
        key, sent_at = (row["flow"], row["shopper"]), read_time(row["sent_at"])
        recent[key] = max(sent_at, recent.get(key, sent_at))
    cooled = set()
    for run in runs:
        last = recent.get((run.flow.value, run.shopper))
        hours = settings[run.flow].cooldown_hours
        if last is not None and hours and last > now - timedelta(hours=hours):
            cooled.add(run.id)
    return cooled


async def _decide(store: Store, runs: list[Run], now: datetime, ctx: MessageContext,
                  held: _Held) -> _Plan:
    settings = {flow: flow_settings(store, flow) for flow in {r.flow for r in runs}}
    recovery = RecoverySettings.of(store)
    skip: dict[str, list[int]] = defaultdict(list)  # reason -> runs
    later: dict[datetime, list[int]] = defaultdict(list)
    live = []
    for run in runs:
        if not settings[run.flow].enabled:
            skip["the flow is turned off"].append(run.id)
        else:
            live.append(run)
    stopped = await stops.stop_reasons(store, live, now)
    for run_id, reason in stopped.items():
        skip[reason].append(run_id)
    live = [r for r in live if r.id not in stopped]
    sql = Statement(AutomationRun)
    cooled = await _cooled(sql, store, [r for r in live if not spec_of(r.flow).transactional],
                           settings, now, held)
    skip["the shopper had this flow's message within its cooldown"] += list(cooled)
    live = [r for r in live if r.id not in cooled]

    shoppers = await _shoppers(sql, store, live)
    emails = {r.email for r in live if r.email}
    suppressed = {r["email"]: r["reason"] for r in await sql.rows(
        f"SELECT email, reason FROM email_suppression WHERE store_id = ? AND {sql.among('email')}",
        [store.id, Members(emails)])} if emails else {}
    marketing = [r for r in live if not spec_of(r.flow).transactional]
    offered = {Channel(c) for c in sms.TextMessageSettings.of(store).offered}
    cap = DailyCap(recovery.daily_cap)
    per_visitor, per_email = await cap.sent(
        now, store_id=store.id,
        visitor_ids={vid for r in marketing for vid in shoppers[r.id].visitor_ids},
        emails={r.email for r in marketing if r.email and not shoppers[r.id].visitors},
        excluding_runs=held.run_ids)
    mine = _Held(run_ids={r.id for r in runs})  # what this batch adds
    for vid in per_visitor.keys() | held.per_visitor.keys():
        per_visitor[vid] = per_visitor.get(vid, 0) + held.per_visitor[vid]
    for (store_id, address), n in held.per_email.items():
        if store_id == store.id:
            per_email[address] = per_email.get(address, 0) + n

    decisions: list[_Decision] = []
    # a cooldown holds within the batch, and across the one being written
    taken = {(f, shopper) for store_id, f, shopper in held.taken if store_id == store.id}
    for run in live:
        spec, flow = spec_of(run.flow), settings[run.flow]
        shopper = shoppers[run.id]
        if flow.cooldown_hours and not spec.transactional:
            if (run.flow, run.shopper) in taken:
                skip["the shopper had this flow's message within its cooldown"].append(run.id)
                continue
        chosen = run.data.get("channel")
        channels = {c for c in flow.channels if chosen in (None, c.value)}
        push = shopper.subscriptions if Channel.PUSH in channels else []
        consented = (spec.transactional or bool(run.data.get("email_consent"))
                     or any(v["marketing_consent"] for v in shopper.visitors))
        refusal = suppressed.get(run.email or "")
        blocked = refusal is not None and (refusal == SuppressionReason.BOUNCED
                                           or not spec.transactional)
        email = (run.email if Channel.EMAIL in channels and ctx.email_enabled and run.email
                 and consented and not blocked else None)
        texts = _texts(shopper, channels & offered)
        if not push and not email and not texts:
            skip["the shopper cannot be reached on this flow's channels"].append(run.id)
            continue
        zone = zone_of(shopper.first("timezone") or None,
                       *(s["timezone"] for s in shopper.subscriptions), store.timezone)
        if not spec.transactional:
            quiet = recovery.quiet_hours
            morning = quiet_until(now.astimezone(zone), quiet.start, quiet.end) if quiet else None
            if morning is not None:
                later[morning].append(run.id)
                continue
            sent = (sum(per_visitor.get(v, 0) for v in shopper.visitor_ids) if shopper.visitors
                    else per_email.get(run.email or "", 0))
            if sent >= recovery.daily_cap:  # decided again when the cap has room
                reopens = await cap.reopens_at(
                    now, visitor_id=run.visitor_id, store_id=store.id, email=run.email)
                later[reopens or now + timedelta(hours=1)].append(run.id)
                continue
            for v in shopper.visitor_ids:  # what this batch sends counts against the cap
                per_visitor[v] = per_visitor.get(v, 0) + 1
                mine.per_visitor[v] += 1
            if not shopper.visitors and run.email:
                per_email[run.email] = per_email.get(run.email, 0) + 1
                mine.per_email[(store.id, run.email)] += 1
            taken.add((run.flow, run.shopper))
            mine.taken.add((store.id, run.flow, run.shopper))
        lang = content.language(run.data.get("locale") or shopper.first("locale")
                                or next((s["locale"] for s in push if s["locale"]), "")
                                or store.locale)
        decisions.append(_Decision(run, push=push, email=email, lang=lang, zone_name=zone.key,
                                   name=shopper.first("name"), texts=texts))

    rows, codes = await _messages(store, decisions, settings, now, ctx)
    return _Plan(store, [r.id for r in runs], skip, later, rows, codes,
                 [d.run.id for d in decisions], mine)


async def _write(plan: _Plan, now: datetime) -> None:
    """Record the plan's decisions and queue the messages of the runs still pending (another
    scheduler may have queued some), in one transaction."""
    async with in_transaction():
        sql = Statement(AutomationRun)  # on the transaction's connection
        for reason, ids in plan.skip.items():
            await _update(sql, "status = ?, reason = ?", [RunStatus.SKIPPED.value, reason[:200]],
                          ids)
        for when, ids in plan.later.items():
            await _update(sql, "due_at = ?", [when], ids)
        if not plan.queued:
            return
        won = {row["id"] for row in await _update(
            sql, "status = ?, sent_at = ?, reason = ?", [RunStatus.SENT.value, now, ""],
            plan.queued, returning=True)}
        if len(won) < len(plan.queued):
            rows = [row for row in plan.rows if row[3] in won]
            codes = [code for run_id, code in plan.codes.items() if run_id in won]
        else:
            rows, codes = plan.rows, list(plan.codes.values())
        if codes:
            await DiscountCode.bulk_create(codes)
        await insert_rows(Delivery, DELIVERY_COLUMNS, rows, same={
            "store_id": plan.store.id, "kind": DeliveryKind.AUTOMATION,
            "status": DeliveryStatus.QUEUED, "attempts": 0, "last_error": "",
            "next_attempt_at": now, "created_at": now})
        # The daily cap's count reads the table by visitor and time: with statistics of an
        # empty table PostgreSQL planned it as a scan of every recent delivery, a second a
        # batch.
        await grew(Delivery, len(rows))


async def _messages(store: Store, decisions: list[_Decision], settings: dict[Flow, FlowSettings],
                    now: datetime, ctx: MessageContext
                    ) -> tuple[list[tuple[Any, ...]], dict[int, DiscountCode]]:
    """The deliveries of *decisions*, and the incentive code of each run that has one."""
    if not decisions:
        return [], {}
    codes: dict[int, DiscountCode] = {}
    rows: list[tuple[Any, ...]] = []
    built = await content.Builder.for_runs(store, [d.run for d in decisions], ctx, now)
    max_segments = sms.TextMessageSettings.of(store).max_segments
    for d in decisions:
        run, flow = d.run, settings[d.run.flow]
        spec = spec_of(run.flow)
        code = expires = None
        if flow.incentive is not None and not spec.transactional:
            expires = now + timedelta(hours=flow.incentive.valid_hours)
            code = "FOR-" + secrets.token_hex(4).upper()
            codes[run.id] = DiscountCode(store_id=store.id, code=code, kind=flow.incentive.kind,
                                         value=flow.incentive.value, expires_at=expires,
                                         usage_limit=1)
        message = built.message(run, flow, d.lang, d.zone_name, d.name, code, expires)
        urgency = "high" if spec.transactional else "normal"
        topic = _TOPIC_UNSAFE.sub("-", f"{run.flow.value}-{run.subject}")[:32]
        if d.push:
            payload = message.push_json()
            rows += [(s["id"], s["visitor_id"], run.flow.value, run.id, "push", None, payload,
                      topic, spec.ttl_hours * 3600, urgency) for s in d.push]
        if d.email:
            rows.append((None, run.visitor_id, run.flow.value, run.id, "email", d.email,
                         message.email_json(ctx, d.email, transactional=spec.transactional),
                         None, max(spec.ttl_hours, 72) * 3600, urgency))
        for channel, phone, consent_of in d.texts:
            words = sms.compose(flow.sms_texts, run.flow.value, d.lang, message.values)
            text = sms.text_payload(to=phone, text=words, url=message.url,
                                    shopper=run.shopper, flow=run.flow.value,
                                    max_segments=max_segments)
            rows.append((None, run.visitor_id or consent_of[0], run.flow.value, run.id,
                         channel.value, None,
                         json_text(text | {"consent_of": {"visitors": consent_of}}), None,
                         spec.ttl_hours * 3600, urgency))
    return rows, codes
