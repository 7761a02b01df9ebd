"""What the admin dashboard shows: the checkout funnel, revenue, recovery and subscribers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Sum
from tortoise.queryset import QuerySet

from server.messaging.formatting import DayWindow
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
# an order after a click on these counts as recovered: the cart sequence's and the flows'
RECOVERING = (DeliveryKind.REMINDER, DeliveryKind.AUTOMATION)


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
    recovered = orders.filter(attributed_delivery__kind__in=RECOVERING)

    async def total(query: QuerySet[Order]) -> int:
        # a filter through a relation (the attributed delivery) makes Tortoise group by every
        # order column: one sum per order then, so add them up
        rows: list[Any] = await query.annotate(s=Sum("total")).values_list("s", flat=True)
        return sum(int(row or 0) for row in rows)

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


async def timeline(store: Store, days: int, now: datetime) -> dict[str, Any]:
    """Per day of the store's time zone over the last *days* days: revenue, recovered revenue
    (orders after a reminder or an automation's message), orders, new push subscribers and
    active subscribers at the end of the day. Reads only the window's rows, however old the
    store."""
    window = DayWindow.of(store.timezone, days, now)
    since, day_of = window.since, window.day_of
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for created_at, amount, kind in await Order.filter(
            store_id=store.id, created_at__gte=since, status__in=COUNTED_ORDERS).values_list(
            "created_at", "total", "attributed_delivery__kind"):
        counts = per_day[day_of(created_at)]
        counts["orders"] += 1
        counts["revenue"] += amount
        if kind in RECOVERING:
            counts["recovered_revenue"] += amount
            counts["recovered_orders"] += 1
    subscriptions = PushSubscription.filter(store_id=store.id)
    active = await subscriptions.filter(created_at__lt=since).filter(
        Q(deactivated_at__isnull=True) | Q(deactivated_at__gte=since)).count()
    for (created_at,) in await subscriptions.filter(created_at__gte=since).values_list(
            "created_at"):
        per_day[day_of(created_at)]["new_subscribers"] += 1
    for (gone_at,) in await subscriptions.filter(deactivated_at__gte=since).values_list(
            "deactivated_at"):
        per_day[day_of(gone_at)]["lost_subscribers"] += 1
    rows = []
    for day in window.dates:
        counts = per_day[day]
        active += counts["new_subscribers"] - counts["lost_subscribers"]
        rows.append({"date": day.isoformat(), "orders": counts["orders"],
                     "revenue": counts["revenue"],
                     "recovered_orders": counts["recovered_orders"],
                     "recovered_revenue": counts["recovered_revenue"],
                     "new_subscribers": counts["new_subscribers"],
                     "lost_subscribers": counts["lost_subscribers"], "subscribers": active})
    return {"days": rows}
