"""What the pruned rows counted, read back for the reports: each report adds these to what it
counts from the rows still kept, so its figures are the same before and after a prune."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date
from typing import Any

from server.models import (
    NO_DAY,
    CartTally,
    Channel,
    DeliveryKind,
    DeliveryStatus,
    DeliveryTally,
    ReminderCartTally,
)


async def delivery_days(store_id: int, kind: DeliveryKind, first_day: date) -> list[dict[str, Any]]:
    """The store's pruned deliveries of *kind* due on *first_day* or later: per day, flow, step,
    channel, status and day clicked (NO_DAY: never), how many rows and how many were sent."""
    return list(await DeliveryTally.filter(
        store_id=store_id, kind=kind.value, day__gte=first_day).values(
        "day", "flow", "step", "channel", "status", "clicked_day", "rows", "sent"))


def was_clicked(row: dict[str, Any]) -> bool:
    return bool(row["clicked_day"] != NO_DAY)


async def reminded_carts(store_id: int,
                         first_day: date) -> tuple[Counter[date], Counter[date]]:
    """Carts whose reminders were pruned, of the reminders due on *first_day* or later: how
    many were reminded per day, and how many clicked per day."""
    reminded: Counter[date] = Counter()
    clicked: Counter[date] = Counter()
    for measure, day, carts in await ReminderCartTally.filter(
            store_id=store_id, due_day__gte=first_day).values_list("measure", "day", "carts"):
        (reminded if measure == "reminded" else clicked)[day] += carts
    return reminded, clicked


async def abandoned_carts(store_id: int, first_day: date) -> list[tuple[date, int, int]]:
    """Pruned carts found abandoned on *first_day* or later: (day, abandoned, reachable)."""
    return [(day, int(abandoned), int(reachable)) for day, abandoned, reachable in
            await CartTally.filter(store_id=store_id, day__gte=first_day).values_list(
                "day", "abandoned", "reachable")]


async def add_campaign_tallies(per: dict[Any, dict[str, int]], campaign_ids: Collection[int],
                               key: str) -> None:
    """Add the pruned deliveries of these campaigns to *per* (per value of *key*, campaign_id
    or variant): rows per status, all rows, sent and clicked, as campaigns.results counts."""
    if not campaign_ids:
        return
    query = DeliveryTally.filter(campaign_id__in=list(campaign_ids))
    if key == "variant":
        query = query.filter(variant__gte=0)
    for row in await query.values(key, "status", "clicked_day", "rows", "sent"):
        tally = per[row[key]]
        tally[row["status"]] += row["rows"]
        tally["rows"] += row["rows"]
        tally["sent"] += row["sent"]
        if was_clicked(row):
            tally["clicked"] += row["rows"]


async def campaign_failures(campaign_id: int) -> Counter[tuple[int | None, str]]:
    """A campaign's pruned failures per (status code or None, reason)."""
    failures: Counter[tuple[int | None, str]] = Counter()
    for code, reason, rows in await DeliveryTally.filter(
            campaign_id=campaign_id, status=DeliveryStatus.FAILED.value).values_list(
            "status_code", "reason", "rows"):
        failures[(None if code < 0 else code, reason)] += rows
    return failures


async def refused_pushes(store_id: int, first_day: date) -> Counter[tuple[str, int, str]]:
    """The store's pruned push messages a push service refused (with a status code), sent on
    *first_day* or later: per (browser, status code, reason)."""
    refused: Counter[tuple[str, int, str]] = Counter()
    for browser, code, reason, rows in await DeliveryTally.filter(
            store_id=store_id, channel=Channel.PUSH.value, status=DeliveryStatus.FAILED.value,
            status_code__gte=0, sent_day__gte=first_day).values_list(
            "browser", "status_code", "reason", "rows"):
        refused[(browser, code, reason)] += rows
    return refused
