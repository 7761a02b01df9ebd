"""The background work of Pushcart: the outbox worker, the campaign scheduler, the cart
recovery scan and the automations, inside `pushcart run` or as a `pushcart worker` process."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from push.encryption import EncryptionPool
from push.mailer import Mailer, SmtpConfig
from push.sender import VapidSigner
from server.automations import engine, events, scans, triggers
from server.campaigns import sending
from server.clock import Clock
from server.db import dialect_of
from server.messaging import clicks
from server.messaging.context import MessageContext
from server.messaging.message_webhook import TextSender
from server.messaging.outbox import OutboxWorker, listen_for_wakes
from server.models import Campaign, CampaignStatus, Store
from server.recovery import sequence
from server.retention import prune
from server.settings import Settings
from server.stores import vapid_private_pem
from server.webhooks.worker import WebhookWorker

log = logging.getLogger(__name__)

RECOVERY_EVERY_SECONDS = 15.0
AUTOMATIONS_EVERY_SECONDS = 1.0  # events expanded and due runs queued
SCANS_EVERY_SECONDS = 60.0  # browse abandonment, replenishment, win-back, new arrivals
AUTOMATION_PASS_SECONDS = 5.0  # a pass queues full batches for at most this long
PRUNE_CHECK_SECONDS = 600.0  # whether the daily prune is due (server/retention/lease.py)
CAMPAIGN_POLL_SECONDS = 0.1  # how soon a campaign that has come due starts going out
assert triggers  # imported for its flows' registrations


class Background:
    """Sends what the outbox holds and, once a batch, queues what has come due."""

    def __init__(self, settings: Settings, clock: Clock,
                 base_url: str = "http://127.0.0.1:8000") -> None:
        self.settings = settings
        self.clock = clock
        self.base_url = (settings.public_url or base_url).rstrip("/")
        self._signers: dict[int, VapidSigner] = {}
        self.worker: OutboxWorker | None = None  # the one run() drives
        self._recovered_at = float("-inf")

    async def signer_for(self, store_id: int) -> VapidSigner:
        signer = self._signers.get(store_id)
        if signer is None:
            store = await Store.get(id=store_id)
            signer = VapidSigner(vapid_private_pem(self.settings.secret_key, store),
                                 self.settings.vapid_contact)
            self._signers[store_id] = signer
        return signer

    def click_url_for(self, delivery_id: int) -> str:
        token = clicks.click_token(self.settings.secret_key, delivery_id)
        return f"{self.base_url}/click/{token}"  # a GET that counts and redirects

    def mailer(self) -> Mailer | None:
        s = self.settings
        if not s.smtp_host:
            return None
        return Mailer(SmtpConfig(host=s.smtp_host, port=s.smtp_port, username=s.smtp_username,
                                 password=s.smtp_password, tls=s.smtp_tls, sender=s.smtp_from))

    def outbox_worker(self, **options: Any) -> OutboxWorker:
        """An outbox worker on these settings; *options* override OutboxWorker's own."""
        options.setdefault("batch_size", self.settings.worker_batch_size)
        options.setdefault("concurrency", self.settings.worker_concurrency)
        options.setdefault("mailer", self.mailer())
        options.setdefault("texter", TextSender(self.settings.secret_key,
                                                self.settings.message_webhook_hosts))
        options.setdefault("erasure_key", self.settings.secret_key)
        return OutboxWorker(signer_for=self.signer_for, click_url_for=self.click_url_for,
                            now=self.clock.now, **options)

    def message_context(self) -> MessageContext:
        return MessageContext(server_secret=self.settings.secret_key, base_url=self.base_url,
                                email_enabled=bool(self.settings.smtp_host))

    async def schedule(self) -> None:
        """Queue the deliveries of campaigns that are due."""
        queued = await sending.fan_out_due(self.clock.now())
        if queued:
            log.info("queued %d campaign deliveries", queued)

    async def recover(self) -> None:
        """Find newly abandoned carts and queue the reminder steps that are due."""
        now = self.clock.now()
        found = await sequence.scan(now)
        steps = await sequence.send_due(now, self.message_context())
        if found or steps:
            log.info("recovery: %d carts newly abandoned, %d reminder steps queued", found, steps)

    async def automations(self, *, scan: bool = True) -> int:
        """Expand new events, run the periodic scans (when *scan*), and queue the automation
        runs that are due, a batch at a time while batches come full; returns how many runs
        were decided."""
        now = self.clock.now()
        ctx = self.message_context()
        await events.expand_due(now)
        if scan:
            await scans.run_scans(now)
        return await engine.send_due(now, ctx, seconds=AUTOMATION_PASS_SECONDS)

    async def _watch_campaigns(self, stop: asyncio.Event) -> None:
        """Fan out a campaign as soon as it is due (one indexed EXISTS ten times a second), not
        at the next whole-second pass: a flash sale sent now starts going out at once."""
        async def schedule_if_due() -> None:
            if await Campaign.filter(status=CampaignStatus.SCHEDULED,
                                     send_at__lte=self.clock.now()).exists():
                await self.schedule()

        await _repeat(stop, CAMPAIGN_POLL_SECONDS, "campaign scheduling", schedule_if_due)

    async def prune_if_due(self) -> prune.PruneResult | None:
        """The daily prune, if it is due and no other process is running it."""
        return await prune.prune(self.settings.retention, self.clock.now, only_if_due=True)

    async def _prune_daily(self, stop: asyncio.Event) -> None:
        await _repeat(stop, PRUNE_CHECK_SECONDS, "prune", self.prune_if_due)

    async def _automate(self, stop: asyncio.Event) -> None:
        scanned_at = float("-inf")

        async def one_pass() -> None:
            nonlocal scanned_at
            scan = time.monotonic() - scanned_at >= SCANS_EVERY_SECONDS
            decided = await self.automations(scan=scan)
            if scan:
                scanned_at = time.monotonic()
            if decided:
                log.info("automations: %d runs decided", decided)

        await _repeat(stop, AUTOMATIONS_EVERY_SECONDS, "automation pass", one_pass)

    async def run(self, stop: asyncio.Event, **worker_options: Any) -> None:
        pool = self._encryption_pool()
        log.info("push worker started")
        async def recover_when_due() -> None:  # campaigns: _watch_campaigns
            now = time.monotonic()
            if now - self._recovered_at >= RECOVERY_EVERY_SECONDS:
                self._recovered_at = now
                try:
                    await self.recover()
                except Exception:
                    log.exception("recovery pass failed")

        worker = self.worker = self.outbox_worker(encryptor=pool, **worker_options)
        stop_listening = None
        if dialect_of(self.settings.database_url) == "postgres":
            try:  # woken at once when rows are queued, by any process
                dsn = "postgresql://" + self.settings.database_url.split("://", 1)[1]
                stop_listening = await listen_for_wakes(dsn.split("?", 1)[0], worker.wake)
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("cannot LISTEN for queued messages (%s); polling instead", exc)
        automating = asyncio.create_task(self._automate(stop))
        watching = asyncio.create_task(self._watch_campaigns(stop))
        pruning = asyncio.create_task(self._prune_daily(stop))
        hooks = asyncio.create_task(WebhookWorker.for_settings(self.settings, self.clock).run(stop))
        try:
            await worker.run(stop, before_batch=recover_when_due)
        finally:
            if not stop.is_set():  # the worker failed: stop the passes too
                automating.cancel()
                watching.cancel()
                pruning.cancel()
                hooks.cancel()
            await asyncio.gather(automating, watching, pruning, hooks, return_exceptions=True)
            if stop_listening is not None:
                await stop_listening()
            if pool is not None:
                await pool.close()
        log.info("push worker stopped")

    def _encryption_pool(self) -> EncryptionPool | None:
        """The processes that encrypt push messages for this one (PUSHCART_ENCRYPT_PROCESSES),
        starting; None when there are none (or they cannot be started)."""
        processes = self.settings.encrypt_processes
        if processes is None:  # `pushcart run`: one process sends, the other cores encrypt
            processes = (os.cpu_count() or 1) - 1
        if processes <= 0:
            return None
        pool = EncryptionPool(processes)
        try:
            pool.start()
        except Exception as exc:  # e.g. no /dev/shm, a process limit: encrypt here instead
            log.warning("cannot start %d encryption processes (%s); encrypting in this one",
                        processes, exc)
            return None
        return pool


async def _repeat(stop: asyncio.Event, seconds: float, what: str,
                  work: Callable[[], Awaitable[object]]) -> None:
    """Run *work* every *seconds* until *stop* is set; a pass that fails is logged ("<what>
    failed") and the next one comes as usual."""
    while not stop.is_set():
        try:
            await work()
        except Exception:
            log.exception("%s failed", what)
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except TimeoutError:
            pass
