"""The durable delivery outbox and its worker.

Every message is a `Delivery` row written before anything is sent. Workers claim due rows in
batches — `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, then a conditional UPDATE to
`sending` with a lease — so two workers never claim one row. A worker that dies leaves its rows
`sending` until the lease runs out; then any worker takes them again. Outcomes are written as
soon as a batch's requests have answered.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from push.sender import Message, Outcome, Sender, Subscription, VapidSigner
from server.models import Delivery, DeliveryStatus, PushSubscription

log = logging.getLogger(__name__)

SignerFor = Callable[[int], Awaitable[VapidSigner]]
ClickUrlFor = Callable[[int], str]
_CLAIMED_FIELDS = ("id", "store_id", "subscription_id", "payload", "ttl", "urgency", "topic",
                   "attempts", "created_at", "sent_at", "subscription__endpoint",
                   "subscription__p256dh", "subscription__auth", "subscription__is_active")


@dataclass(frozen=True)
class Claimed:
    """A claimed outbox row with its subscription, as plain values (no ORM objects per row)."""

    id: int
    store_id: int
    subscription_id: int
    payload: dict[str, Any]
    ttl: int
    urgency: str
    topic: str | None
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    subscription: Subscription
    is_active: bool

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Claimed:
        return cls(
            id=row["id"], store_id=row["store_id"], subscription_id=row["subscription_id"],
            payload=row["payload"], ttl=row["ttl"], urgency=row["urgency"], topic=row["topic"],
            attempts=row["attempts"], created_at=row["created_at"], sent_at=row["sent_at"],
            subscription=Subscription(row["subscription__endpoint"], row["subscription__p256dh"],
                                      row["subscription__auth"]),
            is_active=row["subscription__is_active"],
        )


class OutboxWorker:
    def __init__(
        self,
        *,
        signer_for: SignerFor,
        click_url_for: ClickUrlFor,
        now: Callable[[], datetime],
        batch_size: int = 500,
        concurrency: int = 64,
        lease_seconds: int = 120,
        max_attempts: int = 8,
        idle_seconds: float = 0.5,
        worker_id: str | None = None,
    ) -> None:
        self.signer_for = signer_for
        self.click_url_for = click_url_for
        self.now = now
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.lease = timedelta(seconds=lease_seconds)
        self.max_attempts = max_attempts
        self.idle_seconds = idle_seconds
        self.worker_id = worker_id or uuid.uuid4().hex
        self.sent = 0

    # -- claiming -------------------------------------------------------------------------

    def _due(self, now: datetime) -> Q:
        return (Q(status=DeliveryStatus.QUEUED, next_attempt_at__lte=now)
                | Q(status=DeliveryStatus.SENDING, locked_until__lt=now))

    async def claim(self) -> list[Claimed]:
        now = self.now()
        async with in_transaction():
            ids = [d.id for d in await Delivery.filter(self._due(now))
                   .order_by("next_attempt_at").limit(self.batch_size)
                   .select_for_update(skip_locked=True).only("id")]
            if not ids:
                return []
            await Delivery.filter(self._due(now), id__in=ids).update(
                status=DeliveryStatus.SENDING, locked_until=now + self.lease,
                claimed_by=self.worker_id, attempts=F("attempts") + 1,
            )
        rows = await Delivery.filter(id__in=ids, claimed_by=self.worker_id,
                                     status=DeliveryStatus.SENDING).values(*_CLAIMED_FIELDS)
        return [Claimed.from_row(row) for row in rows]

    # -- sending --------------------------------------------------------------------------

    async def _send_one(self, sender: Sender, delivery: Claimed) -> Outcome:
        now = self.now()
        if delivery.created_at + timedelta(seconds=delivery.ttl) < now:
            return Outcome("expired", None, reason="outlived its TTL before it could be sent")
        if not delivery.is_active:
            return Outcome("expired", None, reason="subscription is no longer active")
        payload = {**delivery.payload, "delivery_id": delivery.id,
                   "click_url": self.click_url_for(delivery.id)}
        message = Message(payload=payload, ttl=delivery.ttl, urgency=delivery.urgency,
                          topic=delivery.topic)
        signer = await self.signer_for(delivery.store_id)
        return await sender.send(delivery.subscription, message, signer,
                                 attempt=delivery.attempts)

    async def run_once(self, sender: Sender) -> int:
        """Claim one batch, send it, record every outcome; returns how many were claimed."""
        batch = await self.claim()
        if not batch:
            return 0
        outcomes = await asyncio.gather(*(self._send_one(sender, d) for d in batch),
                                        return_exceptions=True)
        await self.record(batch, outcomes)
        self.sent += len(batch)
        return len(batch)

    # -- recording ------------------------------------------------------------------------

    async def record(self, batch: list[Claimed], outcomes: list[Any]) -> None:
        now = self.now()
        # Rows with the same outcome, status code and reason are written by one UPDATE; each row
        # keeps its own code and reason (a 404 is not recorded as its neighbour's 410).
        groups: dict[tuple[str, int | None, str], list[Claimed]] = defaultdict(list)
        retries: list[tuple[Claimed, Outcome]] = []
        for delivery, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                log.exception("sending delivery %s failed", delivery.id, exc_info=outcome)
                outcome = Outcome("retry", None, retry_after=60.0,
                                  reason=f"{type(outcome).__name__}: {outcome}"[:200])
            if outcome.kind == "retry" and delivery.attempts >= self.max_attempts:
                outcome = Outcome("failed", outcome.status,
                                  reason=f"gave up after {delivery.attempts} attempts; "
                                         f"last: {outcome.reason}"[:300])
            if outcome.kind == "retry":
                retries.append((delivery, outcome))
            else:
                groups[(outcome.kind, outcome.status, outcome.reason[:300])].append(delivery)

        mine = Delivery.filter(claimed_by=self.worker_id)
        for (kind, status, reason), rows in groups.items():
            ids = [d.id for d in rows]
            if status is not None:  # the push service answered: the message was sent
                await mine.filter(id__in=ids, sent_at__isnull=True).update(sent_at=now)
            if kind == "gone":
                await PushSubscription.filter(
                    id__in=[d.subscription_id for d in rows], is_active=True,
                ).update(is_active=False, deactivated_at=now, deactivated_reason="gone",
                         updated_at=now)
            final = {"delivered": DeliveryStatus.DELIVERED, "failed": DeliveryStatus.FAILED}
            values: dict[str, Any] = {"status": final.get(kind, DeliveryStatus.EXPIRED),
                                      "locked_until": None, "last_status_code": status,
                                      "last_error": reason}
            if kind == "delivered":
                values["delivered_at"] = now
            await mine.filter(id__in=ids).update(**values)
        for delivery, outcome in retries:
            await mine.filter(id=delivery.id).update(
                status=DeliveryStatus.QUEUED, locked_until=None,
                next_attempt_at=now + timedelta(seconds=outcome.retry_after or 60),
                last_status_code=outcome.status, last_error=outcome.reason[:300],
                sent_at=delivery.sent_at or (now if outcome.status else None))

    # -- running --------------------------------------------------------------------------

    async def drain(self) -> int:
        """Send until nothing is due now (used by tests and one-shot runs)."""
        total = 0
        async with Sender(concurrency=self.concurrency) as sender:
            while claimed := await self.run_once(sender):
                total += claimed
        return total

    async def run(self, stop: asyncio.Event,
                  before_batch: Callable[[], Awaitable[None]] | None = None) -> None:
        """Work until *stop* is set; the batch in hand is finished first (graceful shutdown)."""
        async with Sender(concurrency=self.concurrency) as sender:
            while not stop.is_set():
                try:
                    if before_batch is not None:
                        await before_batch()
                    claimed = await self.run_once(sender)
                except Exception:  # a database hiccup must not kill the worker
                    log.exception("outbox worker iteration failed")
                    claimed = 0
                if not claimed:
                    try:
                        await asyncio.wait_for(stop.wait(), timeout=self.idle_seconds)
                    except TimeoutError:
                        pass
