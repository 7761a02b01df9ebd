"""A merchant's SMS / WhatsApp provider adapter for tests: a real HTTP server (aiohttp) on a free
local port that receives Pushcart's message webhook, checks each request's signature with the
store's secret key, keeps what it received, and answers as it is told (200, 429, 500, 400 …)."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from server.checkout.orders import verify_webhook
from server.errors import ApiError
from server.settings import Settings
from tests.conftest import ShopFixture, make_settings


@dataclass
class Received:
    body: dict[str, Any]
    signature: str
    signed: bool  # the signature matched the store's secret key
    reason: str = ""


@dataclass
class TextProvider:
    signing_key: str = ""
    answers: list[int] = field(default_factory=list)  # the next answers' statuses; then 200
    received: list[Received] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/messages"

    @property
    def messages(self) -> list[dict[str, Any]]:
        """What was received with a valid signature."""
        return [r.body for r in self.received if r.signed]

    def to(self, phone: str, channel: str | None = None) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["to"] == phone
                and (channel is None or m["channel"] == channel)]

    async def _handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        header = request.headers.get("X-Pushcart-Signature", "")
        try:
            verify_webhook(self.signing_key, header, raw,
                           datetime.fromtimestamp(time.time(), UTC), 300)
            signed, reason = True, ""
        except ApiError as exc:
            signed, reason = False, exc.message
        self.received.append(Received(json.loads(raw), header, signed, reason))
        if not signed:
            return web.json_response({"error": reason}, status=401)
        status = self.answers.pop(0) if self.answers else 200
        if status == 200:
            return web.json_response({"sid": f"SM{len(self.received):04d}"})
        return web.json_response({"message": f"provider says {status}"}, status=status,
                                 headers={"Retry-After": "30"} if status == 429 else {})

    async def start(self) -> TextProvider:
        app = web.Application()
        app.router.add_post("/messages", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


# -- fixtures (imported by the test modules that send text messages) --------------------------


@pytest.fixture
def provider_port() -> int:
    from tests.browser.conftest import free_port

    return free_port()


@pytest.fixture
def settings(database_url: str, tmp_path: Any, provider_port: int) -> Settings:
    """The provider listens on loopback over http: allowed only because it is listed."""
    return make_settings(database_url, tmp_path,
                         PUSHCART_MESSAGE_WEBHOOK_HOSTS=f"http://127.0.0.1:{provider_port}")


@pytest.fixture
async def provider(shop: ShopFixture, provider_port: int) -> AsyncIterator[TextProvider]:
    """The shop's provider adapter, running, and the shop's message webhook pointing at it."""
    running = await TextProvider(signing_key=shop.secret_key, port=provider_port).start()
    response = await shop.admin("PUT", "/text-messages/settings", {"webhook_url": running.url})
    assert response.status_code == 200, await response.get_json()
    yield running
    await running.stop()
