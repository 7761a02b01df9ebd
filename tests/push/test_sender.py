"""push/sender.py against the test push service: encryption, VAPID, headers and every outcome."""

from __future__ import annotations

import pytest

from push.sender import (
    MAX_PLAINTEXT_BYTES,
    Outcome,
    OutcomeKind,
    PushMessage,
    Sender,
    Subscription,
    VapidSigner,
)
from push.vapid import generate_key_pair
from tests.push.keys import STORE_KEYS


async def _send(subscription: Subscription, signer: VapidSigner, message: PushMessage | None = None,
                attempt: int = 1) -> Outcome:
    async with Sender(concurrency=8) as sender:
        return await sender.send(subscription, message or PushMessage({"title": "Hi"}), signer,
                                 attempt)


async def test_message_arrives_encrypted_signed_and_with_headers(service, signer) -> None:
    sub = service.sender_subscription()
    payload = {"title": "Flash sale ⚡", "body": "30 % off — आज ही", "url": "https://shop.test/s"}
    outcome = await _send(sub, signer, PushMessage(payload, ttl=3600, urgency="high", topic="sale-1"))
    assert outcome == Outcome(OutcomeKind.DELIVERED, 201)
    [received] = service.received
    assert received.payload == payload  # decrypted by the service with the subscriber's key
    assert received.vapid_key == STORE_KEYS.public_key
    assert received.headers == {"TTL": "3600", "Urgency": "high", "Topic": "sale-1"}


async def test_each_message_is_encrypted_afresh(service, signer) -> None:
    from push.sender import encode_payload, encrypt

    sub = service.sender_subscription()
    data = encode_payload({"title": "same"})
    assert encrypt(sub, data) != encrypt(sub, data)


async def test_vapid_header_is_signed_once_per_push_service_and_renewed_before_expiry(service) -> None:
    now = [1_800_000_000.0]
    signer = VapidSigner(STORE_KEYS.private_pem, "mailto:push@shop.test", clock=lambda: now[0])
    first = signer.authorization(service.origin + "/push/a")
    assert signer.authorization(service.origin + "/push/b") == first
    assert signer.authorization("https://fcm.googleapis.com/fcm/send/x") != first
    assert signer.signatures == 2
    now[0] += 11 * 3600 + 40 * 60  # 20 minutes before the 12-hour expiry
    assert signer.authorization(service.origin + "/push/c") != first
    assert signer.signatures == 3


async def test_vapid_header_reuse_is_accepted_by_the_service(service, signer) -> None:
    subs = [service.sender_subscription() for _ in range(5)]
    async with Sender(concurrency=4) as sender:
        outcomes = [await sender.send(s, PushMessage({"title": str(i)}), signer)
                    for i, s in enumerate(subs)]
    assert {o.kind for o in outcomes} == {"delivered"}
    assert signer.signatures == 1 and len(service.received) == 5


@pytest.mark.parametrize("status", [404, 410])
async def test_gone_subscription_is_reported_gone(service, signer, status: int) -> None:
    sub = service.sender_subscription()
    service.answer(sub.endpoint, status)
    assert (await _send(sub, signer)).kind == "gone"


async def test_429_is_retried_after_what_the_service_says(service, signer) -> None:
    sub = service.sender_subscription()
    service.answer(sub.endpoint, 429, Retry_After="7")
    outcome = await _send(sub, signer)
    assert (outcome.kind, outcome.status, outcome.retry_after) == ("retry", 429, 7.0)


async def test_server_error_is_retried_with_growing_jittered_backoff(service, signer) -> None:
    sub = service.sender_subscription()
    service.answer(sub.endpoint, 500, times=2)
    first = await _send(sub, signer, attempt=1)
    later = await _send(sub, signer, attempt=5)
    assert first.kind == later.kind == "retry"
    assert first.retry_after is not None and later.retry_after is not None
    assert 15 <= first.retry_after <= 30
    assert 15 <= later.retry_after <= 480


async def test_413_fails_without_retry(service, signer) -> None:
    sub = service.sender_subscription()
    service.answer(sub.endpoint, 413)
    assert (await _send(sub, signer)).kind == "failed"


async def test_oversized_payload_is_refused_before_sending(service, signer) -> None:
    sub = service.sender_subscription()
    outcome = await _send(sub, signer, PushMessage({"title": "x", "body": "y" * MAX_PLAINTEXT_BYTES}))
    assert outcome.kind == "failed" and "at most 3993" in outcome.reason
    assert service.requests == 0


async def test_largest_payload_that_fits_is_delivered(service, signer) -> None:
    sub = service.sender_subscription()
    overhead = len('{"title":"x","body":""}')
    outcome = await _send(sub, signer, PushMessage({"title": "x", "body": "y" * (MAX_PLAINTEXT_BYTES - overhead)}))
    assert outcome.kind == "delivered"


async def test_wrong_vapid_key_is_refused_by_the_service(service) -> None:
    other = VapidSigner(generate_key_pair().private_pem, "mailto:push@shop.test")
    outcome = await _send(service.sender_subscription(), other)
    assert (outcome.kind, outcome.status) == ("failed", 401)
    assert service.rejected == ["VAPID key is not the store's"]


async def test_unreachable_service_is_retried(signer) -> None:
    from tests.browser.conftest import free_port
    from tests.push.keys import SubscriberKeys

    keys = SubscriberKeys.generate()
    sub = Subscription(f"http://127.0.0.1:{free_port()}/push/x", keys.p256dh, keys.auth)
    outcome = await _send(sub, signer)
    assert outcome.kind == "retry" and "ConnectionRefusedError" in outcome.reason
