"""The running app's settings and clock, for routes to read."""

from __future__ import annotations

from datetime import datetime

from quart import current_app

from server.clock import Clock
from server.settings import Settings


def settings() -> Settings:
    return current_app.extensions["pushcart_settings"]


def clock() -> Clock:
    return current_app.extensions["pushcart_clock"]


def now() -> datetime:
    return clock().now()
