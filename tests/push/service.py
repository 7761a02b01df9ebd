"""A push service for tests that plays the part for real: it holds subscribers' key pairs,
checks the VAPID JWT (ES256 signature, audience, expiry) against the key it was told to expect,
decrypts the aes128gcm body with http_ece, and answers 410, 429 or 500 when a test asks."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import ssl
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

import http_ece
from aiohttp import web
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from tests.push.keys import SubscriberKeys


def _b64d(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


@dataclass
class Received:
    subscriber: str
    payload: dict[str, Any]
    headers: dict[str, str]
    vapid_key: str


@dataclass
class PushService:
    host: str = "127.0.0.1"
    port: int = 0
    expected_vapid_keys: set[str] = field(default_factory=set)
    subscribers: dict[str, SubscriberKeys] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    scripted: dict[str, deque[tuple[int, dict[str, str], str]]] = field(
        default_factory=lambda: defaultdict(deque))
    requests: int = 0
    ssl_context: ssl.SSLContext | None = None  # serve https with this certificate
    hold: asyncio.Event | None = None  # set: requests wait for it before they are answered
    hold_after: int = 0  # the first this many requests are answered at once, hold or not
    keeps_dropped: bool = False  # a held request whose sender has gone is still delivered
    held: int = 0  # requests that waited for `hold`
    dropped: int = 0  # of them, those whose sender had gone when `hold` was set
    _holding: list[web.Request] = field(default_factory=list)
    _ids: Any = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None

    @property
    def origin(self) -> str:
        return f"{'https' if self.ssl_context else 'http'}://localhost:{self.port}"

    def connected_holds(self) -> int:
        """Held requests whose sender is still connected."""
        return sum(1 for r in self._holding
                   if r.transport is not None and not r.transport.is_closing())

    def subscribe(self) -> tuple[str, SubscriberKeys]:
        """A new browser subscription: (endpoint, keys)."""
        name = f"sub{next(self._ids)}"
        self.subscribers[name] = SubscriberKeys.generate()
        return f"{self.origin}/push/{name}", self.subscribers[name]

    def sender_subscription(self) -> Any:
        """A new browser subscription, as push/sender.py takes it."""
        from push.sender import Subscription

        endpoint, keys = self.subscribe()
        return Subscription(endpoint=endpoint, p256dh=keys.p256dh, auth=keys.auth)

    def answer(self, endpoint: str, status: int, times: int = 1, body: str = "",
               **headers: str) -> None:
        """Make the next *times* requests to *endpoint* answer *status* (e.g. 410, 429, 500),
        with *body* (Apple's `{"reason": "BadJwtToken"}`, say)."""
        name = endpoint.rsplit("/", 1)[1]
        for _ in range(times):
            self.scripted[name].append(
                (status, {k.replace("_", "-"): v for k, v in headers.items()}, body))

    def messages_for(self, endpoint: str) -> list[dict[str, Any]]:
        name = endpoint.rsplit("/", 1)[1]
        return [r.payload for r in self.received if r.subscriber == name]

    def _check_vapid(self, authorization: str) -> str:
        if not authorization.startswith("vapid "):
            raise ValueError("no VAPID authorization")
        params = dict(p.strip().split("=", 1) for p in authorization[6:].split(","))
        token, key = params["t"], params["k"]
        if self.expected_vapid_keys and key not in self.expected_vapid_keys:
            raise ValueError("VAPID key is not the store's")
        header_b64, claims_b64, signature_b64 = token.split(".")
        if json.loads(_b64d(header_b64))["alg"] != "ES256":
            raise ValueError("VAPID JWT must be ES256")
        signature = _b64d(signature_b64)
        der = encode_dss_signature(int.from_bytes(signature[:32], "big"),
                                   int.from_bytes(signature[32:], "big"))
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), _b64d(key))
        try:
            public.verify(der, f"{header_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature as exc:
            raise ValueError("VAPID signature does not verify") from exc
        claims = json.loads(_b64d(claims_b64))
        if claims.get("aud") != self.origin:
            raise ValueError(f"VAPID aud {claims.get('aud')} is not {self.origin}")
        if not time.time() < claims["exp"] <= time.time() + 24 * 3600:
            raise ValueError("VAPID exp is out of range")
        if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
            raise ValueError("VAPID sub must be a mailto: or https: URL")
        return key

    async def _push(self, request: web.Request) -> web.Response:
        self.requests += 1
        name = request.match_info["name"]
        body = await request.read()
        try:
            key = self._check_vapid(request.headers.get("Authorization", ""))
        except (ValueError, KeyError) as exc:
            self.rejected.append(str(exc))
            return web.Response(status=401, text=str(exc))
        if self.hold is not None and self.requests > self.hold_after:
            self.held += 1
            self._holding.append(request)
            await self.hold.wait()
            self._holding.remove(request)
            if request.transport is None or request.transport.is_closing():
                # the sender went away before an answer: like a push service whose client
                # dropped the request, it keeps nothing (the outbox must send it again) —
                # unless told to keep it, as a push service may that had taken it already
                self.dropped += 1
                if not self.keeps_dropped:
                    return web.Response(status=499)
        if self.scripted[name]:
            status, headers, text = self.scripted[name].popleft()
            return web.Response(status=status, headers=headers, text=text)
        keys = self.subscribers.get(name)
        if keys is None:
            return web.Response(status=404)
        if request.headers.get("Content-Encoding") != "aes128gcm" or len(body) > 4096:
            return web.Response(status=413 if len(body) > 4096 else 400)
        plaintext = http_ece.decrypt(body, private_key=keys.private_key,
                                     auth_secret=keys.auth_secret, version="aes128gcm")
        self.received.append(Received(
            subscriber=name, payload=json.loads(plaintext), vapid_key=key,
            headers={h: request.headers[h] for h in ("TTL", "Urgency", "Topic")
                     if h in request.headers}))
        return web.Response(status=201)

    async def start(self) -> PushService:
        app = web.Application(client_max_size=64 * 1024)
        app.router.add_post("/push/{name}", self._push)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context)
        await site.start()
        self.port = self._runner.addresses[0][1]  # the port the system chose for port 0
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class ThreadedPushService:
    """The same service on its own event loop in a thread, for the (sync) browser tests."""

    def __init__(self, port: int, expected_vapid_keys: set[str] | None = None) -> None:
        import asyncio
        import threading

        self.loop = asyncio.new_event_loop()
        self.service = PushService(port=port, expected_vapid_keys=expected_vapid_keys or set())
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(self.service.start(), self.loop).result(10)

    def stop(self) -> None:
        import asyncio

        asyncio.run_coroutine_threadsafe(self.service.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
