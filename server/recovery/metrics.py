"""What the abandoned-cart sequence brought back: per day in the store's time zone, and per step
and channel, from abandonment through reminders and clicks to recovered orders (placed or paid)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from server.messaging.formatting import DayWindow
from server.models import Cart, Delivery, DeliveryKind, DeliveryStatus, Order, OrderStatus, Store
from server.retention import tallies


async def recovery_metrics(store: Store, days: int, now: datetime) -> dict[str, Any]:
    """Per day (the store's time zone) and per step and channel, over the last *days* days."""
    window = DayWindow.of(store.timezone, days, now)
    since, day_of = window.since, window.day_of
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for abandoned_at, reachable in await Cart.filter(
            store_id=store.id, abandoned_at__gte=since).values_list("abandoned_at", "reachable"):
        counts = per_day[day_of(abandoned_at)]
        counts["abandoned"] += 1
        counts["reachable"] += int(bool(reachable))
    reminders = await Delivery.filter(store_id=store.id, kind=DeliveryKind.REMINDER,
                                      created_at__gte=since).values(
        "id", "cart_id", "step", "channel", "status", "created_at", "sent_at", "clicked_at")
    per_step: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    reminded_carts: dict[date, set[int]] = defaultdict(set)
    clicked_carts: dict[date, set[int]] = defaultdict(set)
    for row in reminders:
        key = (row["step"], row["channel"])
        per_step[key]["sent"] += int(row["sent_at"] is not None)  # the service took it
        per_step[key]["delivered"] += int(row["status"] == DeliveryStatus.DELIVERED)
        reminded_carts[day_of(row["created_at"])].add(row["cart_id"])
        if row["clicked_at"] is not None:
            per_step[key]["clicked"] += 1
            clicked_carts[day_of(row["clicked_at"])].add(row["cart_id"])
    for day, carts in reminded_carts.items():
        per_day[day]["reminded"] += len(carts)
    for day, carts in clicked_carts.items():
        per_day[day]["clicked"] += len(carts)
    await _add_pruned(store, window.first_day, per_day, per_step)
    orders = await Order.filter(store_id=store.id, created_at__gte=since,
                                status__in=(OrderStatus.PLACED, OrderStatus.PAID),
                                attributed_delivery__kind=DeliveryKind.REMINDER).values(
        "created_at", "total", "attributed_delivery__step", "attributed_delivery__channel")
    for order in orders:
        counts = per_day[day_of(order["created_at"])]
        counts["recovered"] += 1
        counts["recovered_revenue"] += order["total"]
        key = (order["attributed_delivery__step"], order["attributed_delivery__channel"])
        per_step[key]["recovered"] += 1
        per_step[key]["recovered_revenue"] += order["total"]

    fields = ("abandoned", "reachable", "reminded", "clicked", "recovered", "recovered_revenue")
    daily: list[dict[str, Any]] = [
        {"date": day.isoformat(), **{f: per_day[day].get(f, 0) for f in fields}}
        for day in window.dates]
    step_fields = ("sent", "delivered", "clicked", "recovered", "recovered_revenue")
    by_step = [{"step": step, "channel": channel, **{f: counts.get(f, 0) for f in step_fields}}
               for (step, channel), counts in sorted(per_step.items())]
    totals = {f: sum(d[f] for d in daily) for f in fields}
    return {"currency": store.currency, "timezone": store.timezone, "days": daily,
            "by_step": by_step, "totals": totals}


async def _add_pruned(store: Store, first_day: date, per_day: dict[date, dict[str, int]],
                      per_step: dict[tuple[int, str], dict[str, int]]) -> None:
    """What the carts and reminders pruned since (server/retention) counted: a pruned cart's
    reminders went all together, so no cart is counted twice in a day."""
    for day, abandoned, reachable in await tallies.abandoned_carts(store.id, first_day):
        per_day[day]["abandoned"] += abandoned
        per_day[day]["reachable"] += reachable
    for row in await tallies.delivery_days(store.id, DeliveryKind.REMINDER, first_day):
        counts = per_step[(row["step"], row["channel"])]
        counts["sent"] += row["sent"]
        counts["delivered"] += row["rows"] if row["status"] == DeliveryStatus.DELIVERED else 0
        counts["clicked"] += row["rows"] if tallies.was_clicked(row) else 0
    reminded, clicked = await tallies.reminded_carts(store.id, first_day)
    for day, carts in reminded.items():
        per_day[day]["reminded"] += carts
    for day, carts in clicked.items():
        per_day[day]["clicked"] += carts
