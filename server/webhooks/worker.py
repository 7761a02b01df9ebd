"""The webhook lane of the worker: claims due deliveries, POSTs each signed event to its endpoint,
records the answer, and retries with exponential backoff and jitter until it gives up.

Claiming is the outbox's (server/messaging/outbox.py): `SELECT … FOR UPDATE SKIP LOCKED` on
PostgreSQL, then a conditional UPDATE to `sending` with a lease, so two workers never send one
delivery at once, and a dead worker's deliveries go out again when its lease runs out.

In order per shopper: a delivery for shopper X to endpoint E is not claimed while an earlier
one for X to E is still queued or sending (waiting for its retry included); once that one is
delivered, or given up on, the next goes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tortoise import connections
from tortoise.expressions import F, Q
from tortoise.functions import Min
from tortoise.transactions import in_transaction

from push.endpoints import HostRule
from push.http import MAX_HEAD_BYTES, _read_response
from push.sender import _retry_after, backoff
from server.checkout.orders import sign_webhook
from server.clock import Clock
from server.models import DeliveryStatus, WebhookDelivery, WebhookEvent
from server.sealing import unseal
from server.settings import Settings
from server.webhooks.targets import RefusedTarget, allow_rules, check_url, resolve

log = logging.getLogger(__name__)

EXCERPT_CHARS = 500  # of an endpoint's answer, kept with the delivery
BACKOFF_BASE_SECONDS = 30.0
BACKOFF_CAP_SECONDS = 6 * 3600.0
USER_AGENT = "Pushcart-Webhooks/1"
KEEP_DAYS = 30  # events whose deliveries are all finished are deleted this long after
PRUNE_EVERY_SECONDS = 3600.0
PRUNE_BATCH = 1000
CLAIM_WINDOWS = 5  # due rows looked at per claim: this many times 4 x batch_size
_CLAIMED_FIELDS = ("id", "store_id", "attempts", "endpoint_id", "endpoint__url",
                   "endpoint__secret_sealed", "endpoint__is_active", "event__event_id",
                   "event__kind", "event__payload")


def _on_postgres() -> bool:
    return bool(connections.get("default").capabilities.dialect == "postgres")


@dataclass(frozen=True)
class Claimed:
    id: int
    store_id: int
    attempts: int
    url: str
    secret_sealed: str
    is_active: bool
    event_id: str
    kind: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class Answer:
    """What came of one attempt."""

    status: DeliveryStatus  # delivered, queued (retry) or failed
    code: int | None = None
    excerpt: str = ""
    duration_ms: int | None = None
    error: str = ""
    retry_after: float | None = None


class WebhookWorker:
    def __init__(self, *, server_secret: str, rules: tuple[HostRule, ...],
                 now: Callable[[], datetime], timeout: float = 10.0, max_attempts: int = 8,
                 batch_size: int = 50, concurrency: int = 16, lease_seconds: int = 120,
                 idle_seconds: float = 0.5, worker_id: str | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.server_secret = server_secret
        self.rules = rules
        self.now = now
        self.timeout = timeout
        self.max_attempts = max(1, max_attempts)
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.lease = timedelta(seconds=lease_seconds)
        self.idle_seconds = idle_seconds
        self.worker_id = worker_id or "wh-" + uuid.uuid4().hex[:20]
        self._ssl = ssl_context

    @classmethod
    def for_settings(cls, settings: Settings, clock: Clock, **options: Any) -> WebhookWorker:
        return cls(server_secret=settings.secret_key,
                   rules=allow_rules(settings.webhook_allow_hosts), now=clock.now,
                   timeout=settings.webhook_timeout_seconds,
                   max_attempts=settings.webhook_max_attempts, **options)

    # -- claiming -------------------------------------------------------------------------

    def _due(self, now: datetime) -> Q:
        return (Q(status=DeliveryStatus.QUEUED, next_attempt_at__lte=now)
                | Q(status=DeliveryStatus.SENDING, locked_until__lt=now))

    async def _in_turn(self, rows: list[WebhookDelivery]) -> list[int]:
        """Of the due *rows*, those no earlier pending delivery of the same shopper to the same
        endpoint waits before."""
        pairs = {(r.endpoint_id, r.shopper) for r in rows if r.shopper}
        first: dict[tuple[int, str], int] = {}
        if pairs:
            found = await (WebhookDelivery
                           .filter(endpoint_id__in={e for e, _ in pairs},
                                   shopper__in={s for _, s in pairs},
                                   status__in=(DeliveryStatus.QUEUED, DeliveryStatus.SENDING))
                           .annotate(first=Min("id")).group_by("endpoint_id", "shopper")
                           .values("endpoint_id", "shopper", "first"))
            first = {(f["endpoint_id"], f["shopper"]): int(f["first"]) for f in found}
        return [r.id for r in rows
                if not r.shopper or first.get((r.endpoint_id, r.shopper), r.id) == r.id]

    async def claim(self) -> list[Claimed]:
        now = self.now()
        window = self.batch_size * 4
        async with in_transaction():
            ids: list[int] = []
            after = 0
            for _ in range(CLAIM_WINDOWS):  # past a shopper's backlog waiting for its head
                rows = await (WebhookDelivery.filter(self._due(now), id__gt=after)
                              .order_by("id").limit(window).select_for_update(skip_locked=True)
                              .only("id", "endpoint_id", "shopper"))
                ids += await self._in_turn(rows)
                if len(ids) >= self.batch_size or len(rows) < window:
                    break
                after = rows[-1].id
            ids = ids[:self.batch_size]
            if not ids:
                return []
            claimable = WebhookDelivery.filter(id__in=ids)
            if not _on_postgres():  # no row locks on SQLite: the UPDATE checks they are due
                claimable = claimable.filter(self._due(now))
            await claimable.update(status=DeliveryStatus.SENDING, locked_until=now + self.lease,
                                   claimed_by=self.worker_id, attempts=F("attempts") + 1)
        found = await (WebhookDelivery.filter(id__in=ids, claimed_by=self.worker_id,
                                              status=DeliveryStatus.SENDING)
                       .order_by("id").values(*_CLAIMED_FIELDS))
        return [Claimed(id=r["id"], store_id=r["store_id"], attempts=r["attempts"],
                        url=r["endpoint__url"], secret_sealed=r["endpoint__secret_sealed"],
                        is_active=bool(r["endpoint__is_active"]),
                        event_id=r["event__event_id"], kind=r["event__kind"],
                        payload=r["event__payload"]) for r in found]

    # -- sending --------------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl.create_default_context()
            self._ssl.set_alpn_protocols(["http/1.1"])
        return self._ssl

    def _retry(self, delivery: Claimed, answer: Answer) -> Answer:
        """A failed attempt: tried again later, unless it was the last one allowed."""
        if delivery.attempts >= self.max_attempts:
            return Answer(DeliveryStatus.FAILED, answer.code, answer.excerpt, answer.duration_ms,
                          f"gave up after {delivery.attempts} attempts; last: {answer.error}")
        return answer

    async def send_one(self, delivery: Claimed) -> Answer:
        if not delivery.is_active:
            return Answer(DeliveryStatus.FAILED, error="the endpoint is disabled")
        try:
            target = check_url(delivery.url, self.rules)
            address = await resolve(target)
        except RefusedTarget as exc:  # never sent, and not retried: the URL itself is refused
            return Answer(DeliveryStatus.FAILED, error=f"refused: {exc}")
        except OSError as exc:
            return self._retry(delivery, Answer(
                DeliveryStatus.QUEUED, error=f"cannot resolve {target.host}: {exc}"[:300]))
        body = json.dumps(delivery.payload, separators=(",", ":"),
                          ensure_ascii=False).encode()
        signature = sign_webhook(unseal(self.server_secret, delivery.secret_sealed),
                                 int(self.now().timestamp()), body)
        default_port = 443 if target.scheme == "https" else 80
        host_header = target.host if target.port == default_port else \
            f"{target.host}:{target.port}"
        if ":" in target.host:
            host_header = f"[{target.host}]:{target.port}"
        parts = urlsplit(delivery.url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        head = (f"POST {path} HTTP/1.1\r\nHost: {host_header}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                f"User-Agent: {USER_AGENT}\r\nConnection: close\r\n"
                f"X-Pushcart-Event: {delivery.kind}\r\n"
                f"X-Pushcart-Event-Id: {delivery.event_id}\r\n"
                f"X-Pushcart-Signature: {signature}\r\n\r\n").encode("latin-1")
        started = time.monotonic()
        writer = None
        try:
            async with asyncio.timeout(self.timeout):
                reader, writer = await asyncio.open_connection(
                    address, target.port,
                    ssl=self._ssl_context() if target.scheme == "https" else None,
                    server_hostname=target.host if target.scheme == "https" else None,
                    limit=MAX_HEAD_BYTES)
                writer.write(head + body)
                response, _ = await _read_response(reader)
        except TimeoutError:
            return self._retry(delivery, Answer(
                DeliveryStatus.QUEUED, duration_ms=int((time.monotonic() - started) * 1000),
                error=f"no answer within {self.timeout:g} s"))
        except (OSError, ssl.SSLError, ValueError, asyncio.IncompleteReadError,
                asyncio.LimitOverrunError) as exc:
            return self._retry(delivery, Answer(
                DeliveryStatus.QUEUED, duration_ms=int((time.monotonic() - started) * 1000),
                error=f"{type(exc).__name__}: {exc}"[:300]))
        finally:
            if writer is not None:
                writer.close()
        duration = int((time.monotonic() - started) * 1000)
        excerpt = response.body[:EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]
        if 200 <= response.status < 300:
            return Answer(DeliveryStatus.DELIVERED, response.status, excerpt, duration)
        wait = _retry_after(response.headers.get("retry-after")) \
            if response.status in (429, 503) else None
        return self._retry(delivery, Answer(
            DeliveryStatus.QUEUED, response.status, excerpt, duration,
            f"the endpoint answered {response.status}", retry_after=wait))

    # -- recording ------------------------------------------------------------------------

    async def record(self, delivery: Claimed, answer: Answer) -> None:
        now = self.now()
        values: dict[str, Any] = {
            "status": answer.status, "locked_until": None, "last_status_code": answer.code,
            "last_response": answer.excerpt, "last_duration_ms": answer.duration_ms,
            "last_error": answer.error[:300], "last_attempt_at": now,
        }
        if answer.status == DeliveryStatus.DELIVERED:
            values["delivered_at"] = now
        elif answer.status == DeliveryStatus.QUEUED:
            wait = answer.retry_after if answer.retry_after is not None else backoff(
                delivery.attempts, BACKOFF_BASE_SECONDS, BACKOFF_CAP_SECONDS)
            values["next_attempt_at"] = now + timedelta(seconds=min(wait, BACKOFF_CAP_SECONDS))
        await WebhookDelivery.filter(id=delivery.id, claimed_by=self.worker_id).update(**values)

    # -- keeping the tables small ---------------------------------------------------------

    async def prune(self) -> int:
        """Delete the events older than KEEP_DAYS (with their deliveries) that have nothing
        queued or sending any more; returns how many."""
        cutoff = self.now() - timedelta(days=KEEP_DAYS)
        pending = {int(r["event_id"]) for r in await WebhookDelivery.filter(
            event__created_at__lt=cutoff,
            status__in=(DeliveryStatus.QUEUED, DeliveryStatus.SENDING),
        ).values("event_id")}
        deleted = 0
        while True:
            ids = [int(r["id"]) for r in await WebhookEvent.filter(created_at__lt=cutoff)
                   .exclude(id__in=pending or {0}).order_by("id").limit(PRUNE_BATCH)
                   .values("id")]
            if not ids:
                return deleted
            await WebhookDelivery.filter(event_id__in=ids).delete()
            deleted += await WebhookEvent.filter(id__in=ids).delete()

    # -- running --------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim one batch, send it, record each answer; returns how many were claimed."""
        batch = await self.claim()
        if not batch:
            return 0
        slots = asyncio.Semaphore(self.concurrency)

        async def deliver(delivery: Claimed) -> None:
            async with slots:
                try:
                    answer = await self.send_one(delivery)
                except Exception as exc:  # recorded as a retry, never lost
                    log.exception("webhook delivery %s failed", delivery.id)
                    answer = self._retry(delivery, Answer(
                        DeliveryStatus.QUEUED, error=f"{type(exc).__name__}: {exc}"[:300]))
                await self.record(delivery, answer)

        await asyncio.gather(*(deliver(d) for d in batch))
        return len(batch)

    async def drain(self) -> int:
        """Send until nothing is due now (tests and one-shot runs)."""
        total = 0
        while claimed := await self.run_once():
            total += claimed
        return total

    async def run(self, stop: asyncio.Event) -> None:
        """Work until *stop* is set, polling every idle_seconds when nothing is due, and
        pruning old events once an hour."""
        pruned_at = float("-inf")
        while not stop.is_set():
            try:
                if time.monotonic() - pruned_at >= PRUNE_EVERY_SECONDS:
                    pruned_at = time.monotonic()
                    await self.prune()
                claimed = await self.run_once()
            except Exception:  # a database hiccup must not kill the lane
                log.exception("webhook worker iteration failed")
                claimed = 0
            if not claimed:
                try:
                    await asyncio.wait_for(stop.wait(), self.idle_seconds)
                except TimeoutError:
                    pass
