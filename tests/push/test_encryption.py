"""push/encryption.py: messages encrypted in a pool of processes reach the test push service
decrypted as sent, and a pool process that dies loses none of them."""

from __future__ import annotations

import asyncio
import os
import signal

from push.encryption import EncryptionPool
from push.sender import (
    MAX_PLAINTEXT_BYTES,
    OutcomeKind,
    PushMessage,
    Sender,
    VapidSigner,
)
from tests.push.service import PushService


async def _send_all(pool: EncryptionPool, service: PushService, signer: VapidSigner,
                    count: int) -> list[OutcomeKind]:
    subs = [service.sender_subscription() for _ in range(count)]
    async with Sender(concurrency=16, encryptor=pool) as sender:
        outcomes = await asyncio.gather(*(
            sender.send(sub, PushMessage({"title": f"Sale {i}", "body": "30 % off — आज ही"}),
                        signer) for i, sub in enumerate(subs)))
    return [outcome.kind for outcome in outcomes]


async def _ready(pool: EncryptionPool) -> list[int]:
    """Waits until the pool's processes are up (each answered once); returns their ids."""
    async with asyncio.timeout(60):
        while not pool.is_ready:  # noqa: ASYNC110 (set from the executor's thread)
            await asyncio.sleep(0.05)
    return pool.pids


async def test_messages_encrypted_in_the_pool_arrive_as_sent(service, signer) -> None:
    pool = EncryptionPool(1, chunk=8)
    pool.start()
    try:
        await _ready(pool)
        kinds = await _send_all(pool, service, signer, 20)
    finally:
        await pool.close()
    assert kinds == [OutcomeKind.DELIVERED] * 20
    assert sorted(r.payload["title"] for r in service.received) == sorted(
        f"Sale {i}" for i in range(20))
    assert {r.payload["body"] for r in service.received} == {"30 % off — आज ही"}


async def test_a_killed_pool_process_is_replaced_and_loses_no_message(service, signer) -> None:
    pool = EncryptionPool(1, chunk=4)
    pool.start()
    try:
        [first] = await _ready(pool)
        os.kill(first, signal.SIGKILL)
        kinds = await _send_all(pool, service, signer, 12)
        assert kinds == [OutcomeKind.DELIVERED] * 12
        assert pool.breaks == 1 and not pool.in_process
        assert pool.pids and first not in pool.pids
    finally:
        await pool.close()
    assert len({r.subscriber for r in service.received}) == 12 == len(service.received)


async def test_a_pool_that_keeps_dying_gives_way_to_encrypting_in_the_caller(service, signer) -> None:
    pool = EncryptionPool(1, chunk=4, max_breaks=1)
    pool.start()
    try:
        [first] = await _ready(pool)
        os.kill(first, signal.SIGKILL)
        kinds = await _send_all(pool, service, signer, 6)
        assert pool.in_process and pool.pids == []
    finally:
        await pool.close()
    assert kinds == [OutcomeKind.DELIVERED] * 6 and len(service.received) == 6


async def test_messages_asked_for_before_the_pool_is_ready_go_out_at_once(service, signer) -> None:
    pool = EncryptionPool(1)
    pool.start()  # its process takes a moment to start; meanwhile this one encrypts
    try:
        kinds = await _send_all(pool, service, signer, 3)
        await _ready(pool)
    finally:
        await pool.close()
    assert kinds == [OutcomeKind.DELIVERED] * 3


async def test_a_payload_too_large_fails_with_the_reason(service, signer) -> None:
    pool = EncryptionPool(1)
    pool.start()
    try:
        await _ready(pool)
        async with Sender(concurrency=4, encryptor=pool) as sender:
            outcome = await sender.send(service.sender_subscription(), PushMessage(
                {"title": "x", "body": "y" * MAX_PLAINTEXT_BYTES}), signer)
    finally:
        await pool.close()
    assert outcome.kind == OutcomeKind.FAILED and "at most" in outcome.reason
    assert service.received == []
