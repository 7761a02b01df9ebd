"""Notification clicks: a signed URL per delivery, and last-click attribution of orders."""

from __future__ import annotations

import base64
import hmac
from datetime import datetime, timedelta
from typing import Any

from server.models import Delivery, Store


def _mac(server_secret: str, delivery_id: int) -> str:
    digest = hmac.digest(server_secret.encode(), f"click:{delivery_id}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()


def click_token(server_secret: str, delivery_id: int) -> str:
    """`<delivery id>.<128-bit HMAC>`: made for every message sent, so it must be cheap."""
    return f"{delivery_id}.{_mac(server_secret, delivery_id)}"


def _signed_delivery(server_secret: str, token: str) -> int | None:
    """The delivery id a click token names, if we signed it."""
    raw_id, _, mac = token.partition(".")
    if not raw_id.isdigit() or len(raw_id) > 18:
        return None
    delivery_id = int(raw_id)
    return delivery_id if hmac.compare_digest(mac, _mac(server_secret, delivery_id)) else None


async def record_click(server_secret: str, token: str, now: datetime) -> bool:
    """Mark the delivery clicked (the first click counts); False for a token we did not sign.
    The service worker of messages sent before they were declarative reports clicks here."""
    delivery_id = _signed_delivery(server_secret, token)
    if delivery_id is None:
        return False
    await Delivery.filter(id=delivery_id, clicked_at__isnull=True).update(clicked_at=now)
    return True


def target_of(payload: dict[str, Any], action: str | None) -> str | None:
    """Where a click on the message (or on its *action* button) leads: the button's own URL,
    else the message's; only http(s) or a path (never javascript: or data:)."""
    url = payload.get("url") or ""
    for button in payload.get("actions") or []:
        if action and button.get("action") == action and button.get("url"):
            url = button["url"]
    if not isinstance(url, str) or not (url.startswith(("https://", "http://"))
                                        or url.startswith("/") and not url.startswith("//")):
        return None
    return url


async def follow_click(server_secret: str, token: str, action: str | None,
                       now: datetime) -> str | None:
    """A declarative message's `navigate` link was opened: count the click (the first counts,
    whichever button) and say where to send the shopper; None for a link we did not sign or a
    message that is no more."""
    delivery_id = _signed_delivery(server_secret, token)
    if delivery_id is None:
        return None
    row = await Delivery.get_or_none(id=delivery_id).only("id", "payload")
    target = target_of(row.payload, action) if row is not None else None
    if target is None:
        return None
    await Delivery.filter(id=delivery_id, clicked_at__isnull=True).update(clicked_at=now)
    return target


async def attributed_delivery(store: Store, visitor_id: int | None, cart_id: int | None,
                              now: datetime) -> int | None:
    """The latest message clicked within the store's attribution window by this visitor, or
    for this cart (a reminder's link followed on another device)."""
    since = now - timedelta(hours=store.attribution_window_hours)
    latest: tuple[datetime, int] | None = None
    for where in ({"visitor_id": visitor_id}, {"cart_id": cart_id}):
        if next(iter(where.values())) is None:
            continue
        rows = await (Delivery.filter(store=store, clicked_at__gte=since, clicked_at__lte=now,
                                      **where)
                      .order_by("-clicked_at").limit(1).values_list("clicked_at", "id"))
        if rows and (latest is None or rows[0][0] > latest[0]):
            latest = (rows[0][0], rows[0][1])
    return latest[1] if latest else None
