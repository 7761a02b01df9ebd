"""The background of `pushcart run` and `pushcart worker` with encryption processes
(PUSHCART_ENCRYPT_PROCESSES): a campaign made through the store API goes out through them by
itself, and stopping the background stops them."""

from __future__ import annotations

import asyncio
import os

import pytest

from server.settings import Settings
from tests.conftest import campaign_counts, eventually, make_settings, new_campaign, subscribe
from tests.declarative import shown


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path, PUSHCART_ENCRYPT_PROCESSES="1",
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def test_a_campaign_goes_out_through_the_encryption_processes_which_stop_with_it(shop, service, background) -> None:
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(5)]
    stop = asyncio.Event()
    running = asyncio.create_task(background.run(stop))
    await eventually(lambda: background.worker is not None and background.worker.is_idle,
                     "the worker's lanes to go idle", seconds=30)
    assert background.worker is not None
    pool = background.worker.encryptor
    assert pool is not None
    campaign_id = await new_campaign(shop)  # nobody calls schedule(): the background sees it
    await eventually(lambda: all(service.messages_for(e) for e in endpoints),
                     "the campaign to arrive", seconds=30)
    pids = pool.pids
    assert pids and all(_alive(pid) for pid in pids)
    stop.set()
    await asyncio.wait_for(running, 30)
    assert [shown(m)["title"] for e in endpoints for m in service.messages_for(e)] == [
        "Flash sale: 30% off teas"] * 5
    assert (await campaign_counts(shop, campaign_id))["delivered"] == 5
    await eventually(lambda: not any(_alive(pid) for pid in pids),
                     "the encryption processes to have stopped")
