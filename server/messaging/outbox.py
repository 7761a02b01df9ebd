"""The durable delivery outbox and its worker, which writes each outcome as soon as it arrives.

Every message is a `Delivery` row written before anything is sent. Workers claim due rows in
batches — `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, then a conditional UPDATE to
`sending` with a lease — so two workers never claim one row. A worker that dies leaves its rows
`sending` until the lease runs out; then any worker takes them again.

What a worker killed with SIGKILL sends twice: a message takes one of its `concurrency` slots
before it is encrypted and gives it back once its outcome is committed, so at most
`concurrency` messages (all lanes together) are ever sent and unrecorded — requests in flight
plus answers not yet written; only those go out again: duplicates <= concurrency, no buffer to
add. Outcomes are written in groups (one UPDATE per outcome), a group when it holds
`record_every` (at most concurrency / lanes: the lanes' groups fill before the slots run out),
`record_seconds` after its first, or with its batch's last; one group at a time per batch.
The claim stays large: a claimed row not yet sent is only sent later after a crash (when its
lease runs out), never twice, and one claim per batch keeps the database's share small.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import asyncpg
from tortoise import connections
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from push.mailer import Mailer
from push.sender import (
    Encryptor,
    Outcome,
    OutcomeKind,
    PushMessage,
    Sender,
    Subscription,
    VapidSigner,
    push_origin,
)
from server.messaging import outbox_sql
from server.messaging.payloads import PayloadRefused, Template, declarative
from server.messaging.recorder import OutcomeRecorder
from server.messaging.staleness import stale_reasons
from server.messaging.suppressions import suppress_email
from server.models import (
    TEXT_CHANNELS,
    Channel,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    PushSubscription,
    SuppressionReason,
)
from server.webhooks import events as webhooks

if TYPE_CHECKING:
    from server.messaging.message_webhook import Target, TextSender

log = logging.getLogger(__name__)

WAKE_CHANNEL = "pushcart_outbox"


def _on_postgres() -> bool:
    return bool(connections.get("default").capabilities.dialect == "postgres")


_WAKES_HERE: set[asyncio.Event] = set()  # the wake events of this process's running workers


async def wake_workers() -> None:
    """Tell idle workers that rows are queued: this process's own at once (`pushcart run`, where
    a campaign would otherwise wait for a lane's idle poll), and on PostgreSQL every process's
    by a NOTIFY, which a transaction delivers when it commits."""
    for wake in _WAKES_HERE:
        wake.set()
    if _on_postgres():
        await connections.get("default").execute_script(f"NOTIFY {WAKE_CHANNEL}")


async def listen_for_wakes(dsn: str, wake: asyncio.Event) -> Callable[[], Awaitable[None]]:
    """Set *wake* on each NOTIFY from wake_workers(); returns the coroutine that stops it."""
    connection = await asyncpg.connect(dsn)
    await connection.add_listener(WAKE_CHANNEL, lambda *_: wake.set())
    return connection.close

SignerFor = Callable[[int], Awaitable[VapidSigner]]
# A batch's message templates by id() of the payload they were made of (kept beside it, so an
# id is never taken for another's): None where a payload has no template, or why it is refused.
_Templates = dict[int, tuple[dict[str, Any], "Template | PayloadRefused | None"]]
ClickUrlFor = Callable[[int], str]
_CLAIMED_FIELDS = ("id", "store_id", "subscription_id", "payload", "ttl", "urgency", "topic",
                   "attempts", "created_at", "sent_at", "channel", "email_to", "kind", "cart_id",
                   "step", "automation_run_id", "flow", "subscription__endpoint",
                   "subscription__p256dh", "subscription__auth", "subscription__is_active")


@dataclass(frozen=True)
class Claimed:
    """A claimed outbox row with its subscription, as plain values (no ORM objects per row)."""

    id: int
    store_id: int
    subscription_id: int | None
    payload: dict[str, Any]
    ttl: int
    urgency: str
    topic: str | None
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    subscription: Subscription | None  # push
    is_active: bool
    channel: Channel = Channel.PUSH
    email_to: str | None = None  # email
    kind: DeliveryKind = DeliveryKind.CAMPAIGN
    cart_id: int | None = None
    step: int | None = None
    automation_run_id: int | None = None
    flow: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Claimed:
        return cls(
            id=row["id"], store_id=row["store_id"], subscription_id=row["subscription_id"],
            payload=row["payload"], ttl=row["ttl"], urgency=row["urgency"], topic=row["topic"],
            attempts=row["attempts"], created_at=row["created_at"], sent_at=row["sent_at"],
            subscription=Subscription(row["subscription__endpoint"], row["subscription__p256dh"],
                                      row["subscription__auth"])
            if row["subscription__endpoint"] else None,
            is_active=bool(row["subscription__is_active"]),
            channel=Channel(row["channel"]), email_to=row["email_to"],
            kind=DeliveryKind(row["kind"]),
            cart_id=row["cart_id"], step=row["step"],
            automation_run_id=row["automation_run_id"], flow=row["flow"],
        )


RESERVED = "addressed to a reserved .invalid host (the demo store's shoppers): never sent"


def _reserved(delivery: Claimed) -> bool:
    """An email or push endpoint on a `.invalid` host (RFC 2606), such as the demo's: nothing
    there can ever be reached, so nothing is sent or retried."""
    if delivery.channel == Channel.EMAIL:
        return (delivery.email_to or "").lower().rstrip(".").endswith(".invalid")
    if delivery.channel in TEXT_CHANNELS:
        return False
    if delivery.subscription is None:
        return False
    return _reserved_origin(push_origin(delivery.subscription.endpoint))


@functools.lru_cache(maxsize=1024)
def _reserved_origin(origin: str) -> bool:
    """Whether a push service's origin is on a `.invalid` host (a campaign's rows share few)."""
    host = urlsplit(origin).hostname or ""
    return host.rstrip(".").endswith(".invalid")


class _Abandoned(Exception):
    """Raised before a request, once its batch can no longer record outcomes."""


class OutboxWorker:
    def __init__(self, *, signer_for: SignerFor, click_url_for: ClickUrlFor,
                 now: Callable[[], datetime], batch_size: int = 500, concurrency: int = 64,
                 lease_seconds: int = 120, max_attempts: int = 8, idle_seconds: float = 0.5,
                 worker_id: str | None = None, lanes: int = 2, wake: asyncio.Event | None = None,
                 mailer: Mailer | None = None, record_every: int = 32,
                 record_seconds: float = 0.02, encryptor: Encryptor | None = None,
                 texter: TextSender | None = None, erasure_key: str = "") -> None:
        self.signer_for = signer_for
        self.click_url_for = click_url_for
        self.now = now
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.lease = timedelta(seconds=lease_seconds)
        self.max_attempts = max_attempts
        self.idle_seconds = idle_seconds
        self.worker_id = worker_id or uuid.uuid4().hex[:24]
        self.lanes = max(1, lanes)
        self.wake = wake or asyncio.Event()
        self.mailer = mailer
        self.encryptor = encryptor  # None: push messages are encrypted in this process
        self.texter = texter  # SMS and WhatsApp through the stores' message webhooks
        self.erasure_key = erasure_key  # the server secret: erased shoppers' addresses' hashes
        self.record_every = max(1, min(record_every, concurrency // self.lanes))
        self.record_seconds = record_seconds
        self._slots = asyncio.Semaphore(concurrency)  # sent, or sending, and not yet recorded
        self.sent = 0
        self._idle_lanes = 0

    # -- claiming -------------------------------------------------------------------------

    def _due(self, now: datetime) -> Q:
        return (Q(status=DeliveryStatus.QUEUED, next_attempt_at__lte=now)
                | Q(status=DeliveryStatus.SENDING, locked_until__lt=now))

    async def _lock(self, due: Q, limit: int) -> list[int]:
        # One status per query, so the (status, next_attempt_at) index answers it however many
        # delivered rows the table holds (an OR of both made PostgreSQL scan the whole table).
        # Model rows, not values_list(): tortoise drops FOR UPDATE from values()/values_list()
        # (tortoise-orm issue #2250), which left the rows unlocked.
        rows = await (Delivery.filter(due).order_by("next_attempt_at").limit(limit)
                      .select_for_update(skip_locked=True).only("id"))
        return [row.id for row in rows]

    async def claim(self, claimer: str | None = None) -> list[Claimed]:
        claimer = claimer or self.worker_id
        now = self.now()
        if _on_postgres() or outbox_sql.HAS_RETURNING:
            rows = await outbox_sql.claim_rows(now, self.batch_size, claimer, now + self.lease)
            return [Claimed.from_row(row) for row in rows]
        return await self._claim_through_orm(claimer, now)

    async def _claim_through_orm(self, claimer: str, now: datetime) -> list[Claimed]:
        """The claim on an SQLite older than 3.35 (no UPDATE … RETURNING)."""
        async with in_transaction():
            # Rows of a dead worker whose lease ran out first, then what is due.
            ids = await self._lock(Q(status=DeliveryStatus.SENDING, locked_until__lt=now),
                                   self.batch_size)
            if len(ids) < self.batch_size:
                ids += await self._lock(Q(status=DeliveryStatus.QUEUED, next_attempt_at__lte=now),
                                        self.batch_size - len(ids))
            if not ids:
                return []
            # No row locks here (SQLite): the UPDATE itself checks they are still due.
            await Delivery.filter(self._due(now), id__in=ids).update(
                status=DeliveryStatus.SENDING, locked_until=now + self.lease,
                claimed_by=claimer, attempts=F("attempts") + 1,
            )
        rows = await Delivery.filter(id__in=ids, claimed_by=claimer,
                                     status=DeliveryStatus.SENDING).values(*_CLAIMED_FIELDS)
        return [Claimed.from_row(row) for row in rows]

    # -- sending --------------------------------------------------------------------------

    def _message(self, delivery: Claimed, templates: _Templates | None) -> dict[str, Any] | bytes:
        """The push message's JSON: from its payload's template, made once per batch for the
        rows sharing a payload (a campaign's), or by declarative() (raises PayloadRefused)."""
        click_url = self.click_url_for(delivery.id)
        timestamp_ms = int(delivery.created_at.timestamp() * 1000)
        if templates is None:
            return declarative(delivery.payload, click_url=click_url, delivery_id=delivery.id,
                               timestamp_ms=timestamp_ms)
        made = templates.get(id(delivery.payload))
        if made is None or made[0] is not delivery.payload:
            try:
                made = (delivery.payload, Template.of(delivery.payload))
            except PayloadRefused as exc:
                made = (delivery.payload, exc)
            templates[id(delivery.payload)] = made
        template = made[1]
        if isinstance(template, PayloadRefused):
            raise template
        if template is None:
            return declarative(delivery.payload, click_url=click_url, delivery_id=delivery.id,
                               timestamp_ms=timestamp_ms)
        return template.render(click_url=click_url, delivery_id=delivery.id,
                               timestamp_ms=timestamp_ms)

    async def _send_one(self, sender: Sender, delivery: Claimed,
                        signer: VapidSigner | Exception | None, stale: str | None,
                        ready: Callable[[], Awaitable[None]] | None = None,
                        target: Target | None = None,
                        templates: _Templates | None = None) -> Outcome:
        now = self.now()
        if delivery.created_at + timedelta(seconds=delivery.ttl) < now:
            return Outcome(OutcomeKind.EXPIRED, reason="outlived its TTL before it could be sent")
        if stale:
            return Outcome(OutcomeKind.EXPIRED, reason=stale)
        if _reserved(delivery):
            return Outcome(OutcomeKind.EXPIRED, reason=RESERVED)
        if delivery.channel == Channel.EMAIL:
            if self.mailer is None:
                return Outcome(OutcomeKind.FAILED, reason="email is not configured (SMTP_HOST)")
            if ready is not None:  # an email, too, counts against the bound until recorded
                await ready()
            return await self.mailer.send(delivery.email_to or "", delivery.payload,
                                          attempt=delivery.attempts)
        if delivery.channel in TEXT_CHANNELS:
            if self.texter is None:
                return Outcome(OutcomeKind.FAILED, reason="SMS and WhatsApp are not configured")
            return await self.texter.send(target, delivery.id, delivery.channel.value,
                                          delivery.payload, self.click_url_for(delivery.id),
                                          delivery.attempts, ready)
        if not delivery.is_active or delivery.subscription is None:
            return Outcome(OutcomeKind.EXPIRED, reason="subscription is no longer active")
        if isinstance(signer, Exception):
            raise signer
        assert signer is not None
        try:
            payload = self._message(delivery, templates)
        except PayloadRefused as exc:  # never a push that shows nothing: failed, not retried
            return Outcome(OutcomeKind.FAILED, reason=str(exc))
        message = PushMessage(payload=payload, ttl=delivery.ttl, urgency=delivery.urgency,
                              topic=delivery.topic)
        return await sender.send(delivery.subscription, message, signer,
                                 attempt=delivery.attempts, ready=ready)

    async def _deliver(self, sender: Sender, delivery: Claimed, signer: VapidSigner | Exception
                       | None, stale: str | None, recorder: OutcomeRecorder,
                       target: Target | None = None, templates: _Templates | None = None
                       ) -> None:
        held = False

        async def ready() -> None:
            nonlocal held
            await self._slots.acquire()
            held = True
            if recorder.error is not None:  # a write failed meanwhile: send nothing more
                raise _Abandoned

        try:
            outcome: Outcome | Exception | None = None  # not sent once a write failed
            try:
                if recorder.error is None:
                    outcome = await self._send_one(sender, delivery, signer, stale, ready,
                                                   target, templates)
            except _Abandoned:
                outcome = None  # the row stays leased, and goes out after the lease
            except Exception as exc:  # recorded as a retry
                outcome = exc
            await recorder.add(delivery, outcome)
        finally:
            if held:
                self._slots.release()

    async def run_once(self, sender: Sender, claimer: str | None = None) -> int:
        """Claim one batch, send it, record every outcome as it comes; returns how many were
        claimed, once all of them are recorded."""
        batch = await self.claim(claimer)
        if not batch:
            return 0
        signers: dict[int, Any] = {}
        for store_id in {d.store_id for d in batch if d.channel == Channel.PUSH}:
            try:
                signers[store_id] = await self.signer_for(store_id)
            except Exception as exc:  # recorded as a retry of that store's rows, not the batch's
                signers[store_id] = exc
        texting = {d.store_id for d in batch if d.channel in TEXT_CHANNELS}
        targets = await self.texter.targets(texting) if texting and self.texter else {}
        stale = await stale_reasons(batch, self.erasure_key)
        recorder = OutcomeRecorder(lambda rows, outcomes: self.record(rows, outcomes, claimer),
                             len(batch), self.record_every, self.record_seconds)
        templates: _Templates = {}
        try:
            await asyncio.gather(*(
                self._deliver(sender, d, signers.get(d.store_id), stale.get(d.id), recorder,
                              targets.get(d.store_id), templates)
                for d in batch))
        finally:
            recorder.task.cancel()
        if recorder.error is not None:  # those rows stay leased, and are sent again after it
            raise recorder.error
        self.sent += len(batch)
        return len(batch)

    # -- recording ------------------------------------------------------------------------

    async def record(self, batch: list[Claimed], outcomes: list[Any],
                     claimer: str | None = None) -> None:
        now = self.now()
        # Rows with the same outcome, status code and reason are written by one UPDATE; each row
        # keeps its own code and reason (a 404 is not recorded as its neighbour's 410). sent_at is
        # the first time the push service answered, so it is set only where it is still empty.
        groups: dict[tuple[OutcomeKind, int | None, str, bool], list[Claimed]] = defaultdict(list)
        retries: list[tuple[Claimed, Outcome]] = []
        for delivery, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                log.exception("sending delivery %s failed", delivery.id, exc_info=outcome)
                outcome = Outcome(OutcomeKind.RETRY, retry_after=60.0,
                                  reason=f"{type(outcome).__name__}: {outcome}"[:200])
            if outcome.kind == OutcomeKind.RETRY and delivery.attempts >= self.max_attempts:
                outcome = Outcome(OutcomeKind.FAILED, outcome.status,
                                  reason=f"gave up after {delivery.attempts} attempts; "
                                         f"last: {outcome.reason}"[:300])
            if outcome.kind == OutcomeKind.RETRY:
                retries.append((delivery, outcome))
            else:
                first_answer = outcome.status is not None and delivery.sent_at is None
                groups[(outcome.kind, outcome.status, outcome.reason[:300], first_answer)].append(
                    delivery)

        claimer = claimer or self.worker_id
        final = {OutcomeKind.DELIVERED: DeliveryStatus.DELIVERED,
                 OutcomeKind.FAILED: DeliveryStatus.FAILED}
        for (kind, status, reason, first_answer), rows in groups.items():
            if kind == OutcomeKind.GONE:
                gone = [d.subscription_id for d in rows if d.subscription_id]
                stores = {d.store_id for d in rows}
                async with webhooks.together(stores, webhooks.SUBSCRIPTION_LOST):
                    await webhooks.subscriptions_lost(stores, gone, "gone", now)
                    await PushSubscription.filter(id__in=gone, is_active=True).update(
                        is_active=False, deactivated_at=now, deactivated_reason="gone",
                        updated_at=now)
                for d in rows:
                    if d.channel == Channel.EMAIL and d.email_to:
                        await suppress_email(d.store_id, d.email_to, SuppressionReason.BOUNCED,
                                             now, reason)
            values: dict[str, Any] = {"status": final.get(kind, DeliveryStatus.EXPIRED).value,
                                      "locked_until": None, "last_status_code": status,
                                      "last_error": reason}
            if first_answer:
                values["sent_at"] = now
            if kind == OutcomeKind.DELIVERED:
                values["delivered_at"] = now
            sent = webhooks.MESSAGE_SENT if kind == OutcomeKind.DELIVERED else ""
            async with webhooks.together({d.store_id for d in rows}, sent):
                await outbox_sql.record_outcome([d.id for d in rows], claimer, values)
                if sent:
                    await webhooks.messages_sent(rows, now)
        for delivery, outcome in retries:
            await outbox_sql.record_outcome([delivery.id], claimer, {
                "status": DeliveryStatus.QUEUED.value, "locked_until": None,
                "next_attempt_at": now + timedelta(seconds=outcome.retry_after or 60),
                "last_status_code": outcome.status, "last_error": outcome.reason[:300],
                "sent_at": delivery.sent_at or (now if outcome.status else None)})

    # -- running --------------------------------------------------------------------------

    async def drain(self) -> int:
        """Send until nothing is due now (used by tests and one-shot runs)."""
        total = 0
        async with Sender(concurrency=self.concurrency, encryptor=self.encryptor) as sender:
            while claimed := await self.run_once(sender):
                total += claimed
        if self.texter is not None:
            await self.texter.close()
        return total

    async def run(self, stop: asyncio.Event,
                  before_batch: Callable[[], Awaitable[None]] | None = None) -> None:
        """Work until *stop* is set; batches in hand are finished first (graceful shutdown).

        Batches go through `lanes` at once, each claiming under its own name, so one batch is
        encrypted and sent while another waits for the database."""
        _WAKES_HERE.add(self.wake)
        try:
            async with Sender(concurrency=self.concurrency, encryptor=self.encryptor) as sender:
                await asyncio.gather(*(
                    self._lane(sender, stop, f"{self.worker_id}-{lane}",
                               before_batch if lane == 0 else None)
                    for lane in range(self.lanes)))
        finally:
            _WAKES_HERE.discard(self.wake)
            if self.texter is not None:
                await self.texter.close()

    async def _lane(self, sender: Sender, stop: asyncio.Event, claimer: str,
                    before_batch: Callable[[], Awaitable[None]] | None) -> None:
        while not stop.is_set():
            try:
                if before_batch is not None:
                    await before_batch()
                claimed = await self.run_once(sender, claimer)
            except Exception:  # a database hiccup must not kill the worker
                log.exception("outbox worker iteration failed")
                claimed = 0
            if not claimed:
                await self._idle(stop)

    @property
    def is_idle(self) -> bool:
        """Every lane found nothing to send and waits to be woken."""
        return self._idle_lanes == self.lanes

    async def _idle(self, stop: asyncio.Event) -> None:
        """Wait until woken (rows queued), stopped, or idle_seconds passed (the fallback poll,
        which also finds retries coming due and the leases of dead workers)."""
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self.wake.wait())]
        self._idle_lanes += 1
        try:
            await asyncio.wait(waits, timeout=self.idle_seconds,
                               return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._idle_lanes -= 1
        for waiting in waits:
            waiting.cancel()
        self.wake.clear()
