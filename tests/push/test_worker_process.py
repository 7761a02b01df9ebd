"""A real `pushcart worker` process killed with SIGKILL in the middle of a batch: its rows stay
leased, nothing is lost, and another worker sends them once the lease runs out."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime, timedelta

import pytest

from server.models import Delivery, DeliveryStatus
from server.settings import Settings
from tests.conftest import TEST_SECRET, make_settings
from tests.push.test_outbox import _campaign, _subscribe


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:  # type: ignore[no-untyped-def]
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def _wait_for(condition, what: str, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def test_a_killed_worker_process_loses_nothing_and_sends_nothing_twice(shop, service, runtime, clock, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock.current = datetime.now(UTC)  # the worker process keeps real time
    endpoints = [await _subscribe(shop, service, f"visitor-{i:04d}") for i in range(6)]
    await _campaign(shop)
    await runtime.schedule()
    service.hold = asyncio.Event()  # the push service takes the requests but does not answer

    env = {**os.environ, "DATABASE_URL": settings.database_url,
           "PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": TEST_SECRET,
           "PUSHCART_PUSH_HOSTS": f"http://localhost:{service.port}",
           "PUSHCART_AUTO_MIGRATE": "0", "PUSHCART_LOG_LEVEL": "WARNING"}
    worker = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server.cli", "worker", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        async def all_in_flight() -> bool:
            if worker.returncode is not None:
                raise AssertionError((await worker.stderr.read()).decode())  # type: ignore[union-attr]
            return service.held == 6
        await _wait_for(all_in_flight, "the worker to send the whole batch")
        leases = await Delivery.filter(status=DeliveryStatus.SENDING).values_list(
            "locked_until", flat=True)
        assert len(leases) == 6
    finally:
        worker.send_signal(signal.SIGKILL)  # no chance to clean up
        await asyncio.wait_for(worker.wait(), 10)
    await asyncio.sleep(0.2)  # the push service notices the closed connections
    service.hold.set()
    await asyncio.sleep(0.1)  # the held requests find their sender gone
    assert service.received == []

    survivor = runtime.worker(lease_seconds=120)
    assert await survivor.drain() == 0  # still leased by the dead worker
    expiry = max(leases)  # the worker's own clock plus its 120 s lease
    assert 115 <= (expiry - clock.now()).total_seconds() <= 150
    clock.current = expiry - timedelta(seconds=1)
    assert await survivor.drain() == 0
    clock.current = expiry + timedelta(seconds=1)
    assert await survivor.drain() == 6
    assert sorted(len(service.messages_for(e)) for e in endpoints) == [1] * 6
    assert await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == 6
