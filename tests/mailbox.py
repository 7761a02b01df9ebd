"""A real SMTP server for tests (aiosmtpd, in a thread) and the app settings that send to it.
A test folder whose tests read email imports both fixtures into its conftest."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from server.settings import Settings
from tests.browser.conftest import free_port
from tests.conftest import make_settings


@dataclass
class Inbox:
    """What the SMTP server accepted; addresses containing "bounce" get a permanent 550."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if "bounce" in address:
            return "550 5.1.1 mailbox does not exist"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int, inbox) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}",
                         SMTP_HOST="127.0.0.1", SMTP_PORT=str(inbox[1]), SMTP_TLS="none",
                         SMTP_FROM="Pushcart <shop@pushcart.test>")
