"""A merchant's webhook receiver for real: an aiohttp server on a free local port (allowlisted
with PUSHCART_WEBHOOK_ALLOW_HOSTS, since it is on 127.0.0.1) that checks every signature, and
the worker lane that delivers to it on the test's clock."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from server.checkout.orders import verify_webhook
from server.clock import FrozenClock
from server.settings import Settings
from server.webhooks.events import forget_subscriptions
from server.webhooks.worker import WebhookWorker
from tests.blueprints.admin.conftest import browser, team  # noqa: F401 (fixtures)
from tests.browser.conftest import free_port
from tests.conftest import ShopFixture, make_settings
from tests.mailbox import inbox  # noqa: F401 (a fixture)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    signed: bool  # the signature verified with the endpoint's secret

    @property
    def event(self) -> dict[str, Any]:
        return dict(json.loads(self.body))

    @property
    def type(self) -> str:
        return str(self.event["type"])


@dataclass
class Receiver:
    port: int
    clock: FrozenClock
    secrets: dict[str, str] = field(default_factory=dict)  # path -> signing secret
    answers: list[tuple[int, str]] = field(default_factory=list)  # next answers, then 200
    received: list[Received] = field(default_factory=list)

    def url(self, path: str = "/hooks") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def types(self, path: str | None = None) -> list[str]:
        return [r.type for r in self.received if path is None or r.path == path]

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        secret = self.secrets.get(request.path, "")
        try:
            verify_webhook(secret, request.headers.get("X-Pushcart-Signature", ""), body,
                           self.clock.now(), 300)
            signed = True
        except Exception:
            signed = False
        self.received.append(Received(request.path, dict(request.headers), body, signed))
        status, text = self.answers.pop(0) if self.answers else (200, "ok")
        return web.Response(status=status, text=text)


@pytest.fixture
def receiver_port() -> int:
    return free_port()


@pytest.fixture
def settings(database_url: str, tmp_path, receiver_port: int, push_port: int,
             inbox) -> Settings:  # noqa: F811 (the fixture imported above)
    """The test push service and SMTP server (tests/mailbox.py), and the receiver allowed."""
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}",
                         SMTP_HOST="127.0.0.1", SMTP_PORT=str(inbox[1]), SMTP_TLS="none",
                         SMTP_FROM="Pushcart <shop@pushcart.test>",
                         PUSHCART_WEBHOOK_ALLOW_HOSTS=f"http://127.0.0.1:{receiver_port}",
                         PUSHCART_WEBHOOK_MAX_ATTEMPTS="3")


@pytest.fixture
async def receiver(receiver_port: int, clock: FrozenClock) -> AsyncIterator[Receiver]:
    forget_subscriptions()  # the tables were emptied: no store's cached subscriptions hold
    found = Receiver(port=receiver_port, clock=clock)
    app = web.Application()
    app.router.add_post("/{tail:.*}", found.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", receiver_port)
    await site.start()
    yield found
    await runner.cleanup()


@pytest.fixture
def hooks(settings: Settings, clock: FrozenClock) -> WebhookWorker:
    """The worker's webhook lane, on the test's settings and clock."""
    return WebhookWorker.for_settings(settings, clock)


async def subscribe_endpoint(shop: ShopFixture, receiver: Receiver, events: list[str],
                             path: str = "/hooks") -> dict[str, Any]:
    """The merchant subscribes the receiver (store API); its secret is kept to verify with."""
    response = await shop.admin("POST", "/webhooks/endpoints",
                                {"url": receiver.url(path), "events": events})
    assert response.status_code == 201, await response.get_json()
    created = dict(await response.get_json())
    receiver.secrets[path] = created["secret"]
    return created
