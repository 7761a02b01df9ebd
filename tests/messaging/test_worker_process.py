"""A real `pushcart worker` process killed with SIGKILL in the middle of a batch: its rows stay
leased, nothing is lost, and another worker sends them once the lease runs out."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
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




async def test_a_killed_worker_process_loses_nothing_and_sends_nothing_twice(shop, service, background, clock, settings, tmp_path) -> None:
    clock.current = datetime.now(UTC)  # the worker process keeps real time
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(6)]
    await new_campaign(shop)
    await background.schedule()
    service.hold = asyncio.Event()  # the push service takes the requests but does not answer

    env = {**os.environ, "DATABASE_URL": settings.database_url,
           "PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": TEST_SECRET,
           "PUSHCART_PUSH_HOSTS": f"http://localhost:{service.port}",
           "PUSHCART_AUTO_MIGRATE": "0", "PUSHCART_LOG_LEVEL": "WARNING"}
    worker = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server.cli", "worker", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    stderr = worker.stderr
    assert stderr is not None
    try:
        async def all_in_flight() -> bool:
            if worker.returncode is not None:
                raise AssertionError((await stderr.read()).decode())
            return service.held == 6
        await eventually(all_in_flight, "the worker to send the whole batch", seconds=30)
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
