"""Notification clicks: a signed URL per delivery, and last-click attribution of orders."""

from __future__ import annotations

import base64
import hmac
from datetime import datetime, timedelta

from server.models import Delivery, Store


def _mac(server_secret: str, delivery_id: int) -> str:
    digest = hmac.digest(server_secret.encode(), f"click:{delivery_id}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()


def click_token(server_secret: str, delivery_id: int) -> str:
    """`<delivery id>.<128-bit HMAC>`: made for every message sent, so it must be cheap."""
    return f"{delivery_id}.{_mac(server_secret, delivery_id)}"


async def record_click(server_secret: str, token: str, now: datetime) -> bool:
    """Mark the delivery clicked (the first click counts); False for a token we did not sign."""
    raw_id, _, mac = token.partition(".")
    if not raw_id.isdigit() or len(raw_id) > 18:
        return False
    delivery_id = int(raw_id)
    if not hmac.compare_digest(mac, _mac(server_secret, delivery_id)):
        return False
    await Delivery.filter(id=delivery_id, clicked_at__isnull=True).update(clicked_at=now)
    return True


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
