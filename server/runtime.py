"""The running app's settings and clock, for routes to read."""

from __future__ import annotations

from datetime import datetime

from quart import current_app, request

from server.clock import Clock
from server.recovery import Context
from server.settings import Settings


def settings() -> Settings:
    return current_app.extensions["pushcart_settings"]


def clock() -> Clock:
    return current_app.extensions["pushcart_clock"]


def now() -> datetime:
    return clock().now()


def public_url() -> str:
    """Pushcart's own address, as links in messages and pages must give it."""
    return settings().public_url or request.host_url.rstrip("/")


def message_context() -> Context:
    """What queuing a message needs: the signing secret, the public URL, whether email is on."""
    s = settings()
    return Context(server_secret=s.secret_key, base_url=public_url(),
                   email_enabled=bool(s.smtp_host))
