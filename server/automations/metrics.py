"""What each flow did over the last days: messages queued, sent, delivered and clicked, and the
orders and revenue attributed to them, per flow and per day in the store's time zone; and the
recovered revenue split by source (the cart sequence, each flow) for the dashboard."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from server.automations.flows import SPECS
from server.messaging.formatting import DayWindow
from server.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Order,
    OrderStatus,
    Store,
)
from server.retention import tallies

COUNTED_ORDERS = (OrderStatus.PLACED, OrderStatus.PAID)
# queued: every message the flow put in the outbox; sent: those a push service or the mail
# server took; delivered: those it confirmed; clicked: those opened (counted on the click's day)
FIELDS = ("queued", "sent", "delivered", "clicked", "orders", "revenue")
CART_SEQUENCE = "cart_sequence"


def _zeros() -> dict[str, int]:
    return dict.fromkeys(FIELDS, 0)


async def flow_metrics(store: Store, days: int, now: datetime) -> dict[str, Any]:
    """Per flow (in SPECS order) over the last *days* days of the store's time zone: its totals
    and one row per day, plus the days and totals of all flows together. Two queries, reading
    only the window's rows (on the delivery's store/kind/created_at and the order's
    store/created_at indexes)."""
    window = DayWindow.of(store.timezone, days, now)
    since, day_of = window.since, window.day_of
    per_day: dict[str, dict[date, dict[str, int]]] = {
        flow.value: defaultdict(_zeros) for flow in SPECS}
    messages = await Delivery.filter(store_id=store.id, kind=DeliveryKind.AUTOMATION,
                                     created_at__gte=since).values_list(
        "flow", "status", "created_at", "sent_at", "clicked_at")
    for flow, status, created_at, sent_at, clicked_at in messages:
        if flow not in per_day:
            continue  # a flow Pushcart no longer runs
        counts = per_day[flow][day_of(created_at)]
        counts["queued"] += 1
        counts["sent"] += int(sent_at is not None)
        counts["delivered"] += int(status == DeliveryStatus.DELIVERED)
        if clicked_at is not None:
            per_day[flow][day_of(clicked_at)]["clicked"] += 1
    for row in await tallies.delivery_days(store.id, DeliveryKind.AUTOMATION, window.first_day):
        if row["flow"] not in per_day:
            continue  # pruned messages (server/retention), counted as the rows above
        counts = per_day[row["flow"]][row["day"]]
        counts["queued"] += row["rows"]
        counts["sent"] += row["sent"]
        counts["delivered"] += row["rows"] if row["status"] == DeliveryStatus.DELIVERED else 0
        if tallies.was_clicked(row):
            per_day[row["flow"]][row["clicked_day"]]["clicked"] += row["rows"]
    orders = await Order.filter(store_id=store.id, created_at__gte=since,
                                status__in=COUNTED_ORDERS,
                                attributed_delivery__kind=DeliveryKind.AUTOMATION).values_list(
        "created_at", "total", "attributed_delivery__flow")
    for created_at, total, flow in orders:
        if flow not in per_day:
            continue
        counts = per_day[flow][day_of(created_at)]
        counts["orders"] += 1
        counts["revenue"] += total

    flows: list[dict[str, Any]] = []
    all_days = {day: _zeros() for day in window.dates}
    for flow in SPECS:
        rows = []
        for day in window.dates:
            counts = per_day[flow.value].get(day) or _zeros()
            rows.append({"date": day.isoformat(), **counts})
            for field in FIELDS:
                all_days[day][field] += counts[field]
        flows.append({"flow": flow.value, **{f: sum(r[f] for r in rows) for f in FIELDS},
                      "days": rows})
    daily = [{"date": day.isoformat(), **counts} for day, counts in all_days.items()]
    return {"currency": store.currency, "timezone": store.timezone, "flows": flows,
            "days": daily, "totals": {f: sum(d[f] for d in daily) for f in FIELDS}}


async def recovered_by_source(store: Store, days: int, now: datetime) -> list[dict[str, Any]]:
    """The orders and revenue attributed to the cart sequence and to each flow (in SPECS order)
    over the same rolling window as the dashboard's figures (the last *days* × 24 hours):
    `[{"source": "cart_sequence" | <flow>, "orders": n, "revenue": minor units}, …]`."""
    sources: dict[str, dict[str, Any]] = {
        source: {"source": source, "orders": 0, "revenue": 0}
        for source in (CART_SEQUENCE, *(flow.value for flow in SPECS))}
    for total, kind, flow in await Order.filter(
            store_id=store.id, created_at__gte=now - timedelta(days=days),
            status__in=COUNTED_ORDERS,
            attributed_delivery__kind__in=(DeliveryKind.REMINDER, DeliveryKind.AUTOMATION),
    ).values_list("total", "attributed_delivery__kind", "attributed_delivery__flow"):
        source = sources.get(CART_SEQUENCE if kind == DeliveryKind.REMINDER else flow)
        if source is None:
            continue
        source["orders"] += 1
        source["revenue"] += total
    return list(sources.values())

