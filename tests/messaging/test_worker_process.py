"""A real `pushcart worker` process killed with SIGKILL in the middle of a batch: its rows stay
leased, nothing is lost, another worker sends them once the lease runs out, and only what was in
flight when it died is sent twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server.models import Delivery, DeliveryStatus
from server.settings import Settings
from tests.conftest import TEST_SECRET, eventually, make_settings, new_campaign, subscribe


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def start_worker(settings: Settings, tmp_path: Any, service: Any,
                       **env: str) -> asyncio.subprocess.Process:
    """A `pushcart worker` process on the test's database, sending to the test push service."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server.cli", "worker",
        env={**os.environ, "DATABASE_URL": settings.database_url,
             "PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": TEST_SECRET,
             "PUSHCART_PUSH_HOSTS": f"http://localhost:{service.port}",
             "PUSHCART_AUTO_MIGRATE": "0", "PUSHCART_LOG_LEVEL": "WARNING", **env},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)


async def until_held(worker: asyncio.subprocess.Process, service: Any, held: int,
                     what: str) -> None:
    """Wait until the push service holds *held* requests of the worker (which must not die)."""
    stderr = worker.stderr
    assert stderr is not None

    async def holding() -> bool:
        if worker.returncode is not None:
            raise AssertionError((await stderr.read()).decode())
        return bool(service.held == held)
    await eventually(holding, what, seconds=30)


async def test_a_killed_worker_process_loses_nothing_and_sends_nothing_twice(shop, service, background, clock, settings, tmp_path) -> None:
    clock.current = datetime.now(UTC)  # the worker process keeps real time
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(6)]
    await new_campaign(shop)
    await background.schedule()
    service.hold = asyncio.Event()  # the push service takes the requests but does not answer

    worker = await start_worker(settings, tmp_path, service)
    try:
        await until_held(worker, service, 6, "the worker to send the whole batch")
        leases: list[Any] = await Delivery.filter(status=DeliveryStatus.SENDING).values_list(
            "locked_until", flat=True)
        assert len(leases) == 6
    finally:
        worker.send_signal(signal.SIGKILL)  # no chance to clean up
        await asyncio.wait_for(worker.wait(), 10)
    await eventually(lambda: service.connected_holds() == 0,
                     "the push service to see the dead worker's connections close")
    service.hold.set()
    await eventually(lambda: service.dropped == 6, "the held requests to find their sender gone")
    assert service.received == []

    survivor = background.outbox_worker(lease_seconds=120)
    assert await survivor.drain() == 0  # still leased by the dead worker
    expiry = max(leases)  # the worker's own clock plus its 120 s lease
    assert 115 <= (expiry - clock.now()).total_seconds() <= 150
    clock.current = expiry - timedelta(seconds=1)
    assert await survivor.drain() == 0
    clock.current = expiry + timedelta(seconds=1)
    assert await survivor.drain() == 6
    assert sorted(len(service.messages_for(e)) for e in endpoints) == [1] * 6
    assert await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == 6


async def test_a_worker_killed_mid_campaign_resends_only_what_was_in_flight(shop, service, background, clock, settings, tmp_path) -> None:
    """Issue 16, finding 7: outcomes are written as they arrive, not when a whole batch has
    answered, so a worker killed with SIGKILL leaves unanswered (and so resent) only the
    requests it had in flight: at most its concurrency, however large its batches are."""
    concurrency, subscribers, answered = 8, 320, 160
    clock.current = datetime.now(UTC)  # the worker process keeps real time
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(subscribers)]
    await new_campaign(shop)
    await background.schedule()
    # The first 160 requests are delivered at once, the rest held unanswered; a held request
    # counts as delivered even when its sender dies (the worst case: the push service had it).
    service.hold, service.hold_after, service.keeps_dropped = asyncio.Event(), answered, True

    worker = await start_worker(settings, tmp_path, service,
                                PUSHCART_WORKER_CONCURRENCY=str(concurrency),
                                PUSHCART_WORKER_BATCH_SIZE="200")  # a batch is 25 x concurrency
    try:
        await until_held(worker, service, concurrency,
                         "the worker to fill its concurrency with held requests")
    finally:
        worker.send_signal(signal.SIGKILL)  # no chance to write anything more
        await asyncio.wait_for(worker.wait(), 10)
    assert len(service.received) == answered
    await eventually(lambda: service.connected_holds() == 0,
                     "the push service to see the dead worker's connections close")
    service.hold.set()
    await eventually(lambda: service.dropped == concurrency,
                     "the held requests to find their sender gone")
    leased = await Delivery.filter(status=DeliveryStatus.SENDING).count()
    leases: list[Any] = await Delivery.filter(status=DeliveryStatus.SENDING).values_list(
        "locked_until", flat=True)
    recorded = await Delivery.filter(status=DeliveryStatus.DELIVERED).count()

    survivor = background.outbox_worker(lease_seconds=120)
    clock.current = max(leases) + timedelta(seconds=1)
    await survivor.drain()
    per_subscriber = Counter(r.subscriber for r in service.received)
    twice = sum(1 for n in per_subscriber.values() if n > 1)
    print(f"\nkilled after {answered} answers with {concurrency} held: {recorded} outcomes "
          f"recorded, {leased} rows left leased; the push service then had "
          f"{service.requests} requests, {twice} subscribers got the message twice")
    assert len(per_subscriber) == subscribers and len(endpoints) == subscribers
    assert max(per_subscriber.values()) <= 2
    assert twice <= concurrency, f"{twice} subscribers got the message twice"
    # Its slots were all taken by unanswered requests, so every answer it had was written.
    assert recorded == answered
    assert await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == subscribers
