"""Send one Web Push message: encrypt (RFC 8291, via pywebpush), sign VAPID (RFC 8292) once per
push-service origin, POST with TTL/Urgency/Topic (RFC 8030) over pooled connections, and say
what happened as an Outcome. It knows subscriptions and payloads, nothing of carts or campaigns.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import json
import random
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from py_vapid import Vapid02
from pywebpush import WebPusher

from push.http import HttpPool, TransportError

# aes128gcm: one record of at most 4096 bytes = 86-byte header + ciphertext + 16-byte tag,
# and the plaintext carries one padding delimiter byte.
MAX_PLAINTEXT_BYTES = 4096 - 86 - 16 - 1
VAPID_LIFETIME = 12 * 3600
VAPID_RENEW_BEFORE = 30 * 60
URGENCIES = ("very-low", "low", "normal", "high")
TOPIC_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class PayloadTooLarge(ValueError):
    """The encoded payload would exceed the 4 KB a push service accepts."""


@dataclass(frozen=True)
class Subscription:
    endpoint: str
    p256dh: str
    auth: str


@dataclass(frozen=True)
class PushMessage:
    payload: dict[str, Any] | bytes  # bytes: already JSON
    ttl: int = 24 * 3600
    urgency: str = "normal"
    topic: str | None = None


class OutcomeKind(StrEnum):
    DELIVERED = "delivered"
    GONE = "gone"  # the subscription or address is no more: never retry
    RETRY = "retry"  # after retry_after seconds
    FAILED = "failed"  # for good, the reason kept
    EXPIRED = "expired"  # not sent: too late, or no longer wanted


@dataclass(frozen=True)
class Outcome:
    """What happened to one message."""

    kind: OutcomeKind
    status: int | None = None
    retry_after: float | None = None
    reason: str = ""


def encode_payload(payload: dict[str, Any] | bytes) -> bytes:
    data = (payload if isinstance(payload, bytes)
            else json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    if len(data) > MAX_PLAINTEXT_BYTES:
        raise PayloadTooLarge(
            f"the push payload is {len(data)} bytes; at most {MAX_PLAINTEXT_BYTES} fit in a push "
            "message (shorten the title, body or URLs)"
        )
    return data


class _Encoder(WebPusher):
    """pywebpush's RFC 8291 encoder, `WebPusher.encode`, given the subscription's keys.

    WebPusher's own constructor deep-copies the subscription dict and decodes its keys on
    every call: 5-27% of the encryption time in our measurements (the two encryption floors of
    `python bench/push_throughput.py`). The keys were validated when the subscription was
    stored (push/endpoints.py), and `encode` reads only these attributes; every test message
    is decrypted by the test push service, so a pywebpush that changed this would fail them."""

    def __init__(self, receiver_key: bytes, auth_key: bytes) -> None:  # not WebPusher.__init__
        self.verbose = False
        self.receiver_key = receiver_key
        self.auth_key = auth_key


def _b64(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def encrypt(subscription: Subscription, data: bytes) -> bytes:
    """aes128gcm with a fresh ephemeral key and salt for every message."""
    encoder = _Encoder(_b64(subscription.p256dh), _b64(subscription.auth))
    body: bytes = encoder.encode(data, content_encoding="aes128gcm")["body"]
    return body


def push_origin(endpoint: str) -> str:
    """scheme://host[:port] of an endpoint (validated when it was stored)."""
    cut = endpoint.find("/", endpoint.find("://") + 3)
    return endpoint if cut < 0 else endpoint[:cut]


class Encryptor(Protocol):
    """Encrypts elsewhere (push/encryption.py's pool of processes); raises PayloadTooLarge."""

    async def encrypt(self, subscription: Subscription, payload: dict[str, Any] | bytes
                      ) -> bytes: ...


class VapidSigner:
    """One VAPID key pair; the Authorization header is signed once per push-service origin and
    reused until shortly before it expires."""

    def __init__(self, private_pem: str, subject: str, clock: Any = time.time) -> None:
        self._vapid = Vapid02.from_pem(private_pem.encode())
        self._subject = subject
        self._clock = clock
        self._headers: dict[str, tuple[float, str]] = {}
        self.signatures = 0  # how many JWTs were signed (the work reuse saves)

    def authorization(self, endpoint: str) -> str:
        audience = push_origin(endpoint)
        now = self._clock()
        cached = self._headers.get(audience)
        if cached and cached[0] - now > VAPID_RENEW_BEFORE:
            return cached[1]
        expires = int(now) + VAPID_LIFETIME
        header = self._vapid.sign({"aud": audience, "exp": expires, "sub": self._subject})
        self.signatures += 1
        self._headers[audience] = (expires, header["Authorization"])
        return header["Authorization"]


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def backoff(attempt: int, base: float = 30.0, cap: float = 3600.0) -> float:
    """Exponential backoff with full jitter: attempt 1 waits up to 30 s, then 60, 120 …"""
    return random.uniform(base / 2, min(cap, base * 2 ** max(0, attempt - 1)))


def classify(status: int, retry_after_header: str | None, attempt: int, body: str = "") -> Outcome:
    if status in (200, 201, 202):
        return Outcome(OutcomeKind.DELIVERED, status)
    if status in (404, 410):
        return Outcome(OutcomeKind.GONE, status, reason="subscription expired or unsubscribed")
    if status == 413:
        return Outcome(OutcomeKind.FAILED, status, reason="payload too large for the push service")
    if status == 429 or status >= 500:
        wait = _retry_after(retry_after_header)
        return Outcome(OutcomeKind.RETRY, status,
                       retry_after=wait if wait is not None else backoff(attempt),
                       reason=f"push service answered {status}")
    return Outcome(OutcomeKind.FAILED, status,
                   reason=f"push service answered {status}: {refusal_reason(body)}")


def refusal_reason(body: str) -> str:
    """A refusal's reason as the push service put it: Apple's JSON `{"reason": "BadJwtToken"}`,
    Mozilla's `{"message": …}`, `{"error": {"message": …}}`, or FCM's (and anyone's) text, its
    first line."""
    try:
        answer = json.loads(body)
    except ValueError:
        answer = None
    if isinstance(answer, dict):
        for key in ("reason", "message", "error"):
            value = answer.get(key)
            if isinstance(value, dict):  # {"error": {"message": …}}
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                return value.strip()[:200]
    return (body.strip().splitlines() or [""])[0][:200]


class Sender:
    """Sends over pooled keep-alive connections per push service (push/http.py), with at most
    *concurrency* requests in flight; encrypts in this process, or with *encryptor*."""

    def __init__(self, *, concurrency: int = 64, timeout: float = 15.0,
                 ssl_context: ssl.SSLContext | None = None,
                 encryptor: Encryptor | None = None) -> None:
        self._pool = HttpPool(timeout=timeout, ssl_context=ssl_context,
                              max_idle_per_origin=concurrency)
        self._limit = asyncio.Semaphore(concurrency)
        self._encryptor = encryptor

    @property
    def connections_opened(self) -> int:
        return self._pool.connections_opened

    async def __aenter__(self) -> Sender:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._pool.close()

    async def send(self, subscription: Subscription, message: PushMessage, signer: VapidSigner,
                   attempt: int = 1,
                   ready: Callable[[], Awaitable[None]] | None = None) -> Outcome:
        """Encrypt, then (once *ready*, if given, returns: the caller's own admission, such as
        a bound on messages sent but not yet recorded) POST, and say what happened."""
        try:
            if self._encryptor is None:
                body = encrypt(subscription, encode_payload(message.payload))
            else:
                body = await self._encryptor.encrypt(subscription, message.payload)
        except PayloadTooLarge as exc:
            return Outcome(OutcomeKind.FAILED, reason=str(exc))
        headers = {
            "Authorization": signer.authorization(subscription.endpoint),
            "Content-Encoding": "aes128gcm",
            "Content-Type": "application/octet-stream",
            "TTL": str(max(0, int(message.ttl))),
            "Urgency": message.urgency if message.urgency in URGENCIES else "normal",
        }
        if message.topic and TOPIC_RE.fullmatch(message.topic):
            headers["Topic"] = message.topic
        if ready is not None:
            await ready()
        async with self._limit:
            try:
                response = await self._pool.post(subscription.endpoint, headers, body)
            except TransportError as exc:
                return Outcome(OutcomeKind.RETRY, retry_after=backoff(attempt),
                               reason=str(exc)[:200])
            except ValueError as exc:  # an endpoint that cannot be requested at all
                return Outcome(OutcomeKind.FAILED, reason=str(exc)[:200])
        text = response.body.decode("utf-8", "replace") if response.status >= 300 else ""
        return classify(response.status, response.headers.get("retry-after"), attempt, text)
