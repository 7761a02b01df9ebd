"""Reading what a push service received: Declarative Web Push messages (server/messaging/
payloads.py), the notification they show and where their click links lead."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from server.messaging.clicks import target_of
from server.models import Delivery


def shown(message: dict[str, Any]) -> dict[str, Any]:
    """The notification a browser shows for *message*, which must be declarative."""
    assert message["web_push"] == 8030 and message["mutable"] is True, message
    notification: dict[str, Any] = message["notification"]
    return notification


def click_path(message: dict[str, Any], action: str | None = None) -> str:
    """The path (and query) of the message's `navigate`, or of its *action* button's."""
    notification = shown(message)
    navigate = notification["navigate"] if action is None else next(
        a["navigate"] for a in notification["actions"] if a["action"] == action)
    parts = urlsplit(navigate)
    return parts.path + (f"?{parts.query}" if parts.query else "")


async def destination(message: dict[str, Any], action: str | None = None) -> str:
    """Where the click link leads (the URL the message was made with), read without clicking."""
    delivery = await Delivery.get(id=shown(message)["data"]["delivery_id"])
    target = target_of(delivery.payload, action)
    assert target is not None, delivery.payload
    return target


async def follow(client: Any, message: dict[str, Any], action: str | None = None) -> Any:
    """The shopper clicks: the browser opens the click link (counted, then redirected)."""
    return await client.get(click_path(message, action))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def landing(url: str) -> str:
    """Where a click link on a running server leads (its redirect), as a browser follows it:
    the click is counted. For the browser tests, whose server is another process."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(url, timeout=10)
    except urllib.error.HTTPError as answer:
        if answer.code == 302:
            return str(answer.headers["Location"])
        raise
    raise AssertionError(f"{url} did not redirect")
