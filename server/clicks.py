"""Notification clicks: a signed URL per delivery, and last-click attribution of orders."""

from __future__ import annotations

from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer

from server.models import Delivery, Store


def _serializer(server_secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(server_secret, salt="pushcart-click")


def click_token(server_secret: str, delivery_id: int) -> str:
    return _serializer(server_secret).dumps(delivery_id)


async def record_click(server_secret: str, token: str, now: datetime) -> bool:
    """Mark the delivery clicked (the first click counts); False for a token we did not sign."""
    try:
        delivery_id = _serializer(server_secret).loads(token)
    except BadSignature:
        return False
    if not isinstance(delivery_id, int):
        return False
    await Delivery.filter(id=delivery_id, clicked_at__isnull=True).update(clicked_at=now)
    return True


async def attributed_delivery(store: Store, visitor_id: int | None, now: datetime) -> int | None:
    """The latest delivery this visitor clicked within the store's attribution window."""
    if visitor_id is None:
        return None
    since = now - timedelta(hours=store.attribution_window_hours)
    delivery = await (Delivery.filter(store=store, subscription__visitor_id=visitor_id,
                                      clicked_at__gte=since, clicked_at__lte=now)
                      .order_by("-clicked_at").only("id").first())
    return delivery.id if delivery else None
