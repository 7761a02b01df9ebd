"""What routes read from the running app: its settings, its clock, its public URL, and the
context that queuing a message needs."""

from __future__ import annotations

from datetime import datetime

from quart import current_app, request

from server.clock import Clock
from server.messaging.context import MessageContext
from server.settings import Settings


def settings() -> Settings:
    found: Settings = current_app.extensions["pushcart_settings"]
    return found


def clock() -> Clock:
    found: Clock = current_app.extensions["pushcart_clock"]
    return found


def now() -> datetime:
    return clock().now()


def public_url() -> str:
    """Pushcart's own address, as links in messages and pages must give it."""
    return settings().public_url or request.host_url.rstrip("/")


def message_context() -> MessageContext:
    """What queuing a message needs: the signing secret, the public URL, whether email is on."""
    s = settings()
    return MessageContext(server_secret=s.secret_key, base_url=public_url(),
                   email_enabled=bool(s.smtp_host))
