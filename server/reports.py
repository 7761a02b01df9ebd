"""What the admin dashboard shows: the checkout funnel, revenue, recovery and subscribers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q
from tortoise.functions import Sum

from server.models import (
    Campaign,
    Cart,
    CartStatus,
    DeliveryKind,
    Order,
    OrderStatus,
    PushSubscription,
    Store,
)

COUNTED_ORDERS = (OrderStatus.PLACED, OrderStatus.PAID)


@dataclass(frozen=True)
class Overview:
    days: int
    carts: int
    email_captured: int
    checkout_started: int
    ordered: int
    revenue: int
    recovered_orders: int
    recovered_revenue: int
    abandoned: int
    subscribers: int
    recent_campaigns: list[Campaign]

    @property
    def abandonment_rate(self) -> float | None:
        """Share of carts with items that ended without an order."""
        return None if not self.carts else 1 - self.ordered / self.carts

    def share(self, part: int) -> float:
        return part / self.carts if self.carts else 0.0


async def overview(store: Store, days: int, now: datetime) -> Overview:
    since = now - timedelta(days=days)
    carts = Cart.filter(store_id=store.id, created_at__gte=since)
    orders = Order.filter(store_id=store.id, created_at__gte=since, status__in=COUNTED_ORDERS)
    recovered = orders.filter(attributed_delivery__kind=DeliveryKind.REMINDER)

    async def total(query: object) -> int:
        rows = await query.annotate(s=Sum("total")).values_list("s", flat=True)  # type: ignore[attr-defined]
        return int(rows[0] or 0) if rows else 0

    return Overview(
        days=days,
        carts=await carts.count(),
        email_captured=await carts.filter(email_captured_at__isnull=False).count(),
        checkout_started=await carts.filter(Q(checkout_step__in=("delivery", "payment"))
                                            | Q(status=CartStatus.CONVERTED)).count(),
        ordered=await orders.count(),
        revenue=await total(orders),
        recovered_orders=await recovered.count(),
        recovered_revenue=await total(recovered),
        abandoned=await carts.filter(abandoned_at__isnull=False).count(),
        subscribers=await PushSubscription.filter(store_id=store.id, is_active=True).count(),
        recent_campaigns=await Campaign.filter(store_id=store.id).order_by("-id").limit(5),
    )
