"""What routes read from the running app: its settings, its clock, its public URL, and the
context that queuing a message needs."""

from __future__ import annotations

from datetime import datetime

from quart import current_app, request
from quart_rate_limiter import RateLimiter
from quart_rate_limiter.store import RateLimiterStoreABC

from server import proxies
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


def limiter_store() -> RateLimiterStoreABC:
    """Where the rate limits keep their counts (server/limits.py counts attempts there too)."""
    limiter: RateLimiter = current_app.extensions["pushcart_limiter"]
    return limiter.store


def client_address() -> str:
    """The shopper's or admin's address: behind a trusted proxy, the one it forwarded."""
    return proxies.client_address(request.remote_addr, request.headers.get("X-Forwarded-For"),
                                  settings().trusted_proxies)


def public_url() -> str:
    """Pushcart's own address, as links in messages and pages must give it."""
    return settings().public_url or request.host_url.rstrip("/")


def message_context() -> MessageContext:
    """What queuing a message needs: the signing secret, the public URL, whether email is on."""
    s = settings()
    return MessageContext(server_secret=s.secret_key, base_url=public_url(),
                   email_enabled=bool(s.smtp_host))
