"""Replenishment: a product lasts a number of days (the merchant's `replenish_days`, else Pushcart's
prediction from repeat orders); `lead_days` before a buyer's unit runs out, and unless they have
ordered it again, remind them with a link that puts the same quantity back in the cart."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import datetime, timedelta

from tortoise.expressions import Q

from server.automations import purchases
from server.automations.engine import Occurrence
from server.automations.purchases import as_ids
from server.automations.scans import scan
from server.automations.settings import FlowSettings
from server.messaging.formatting import zone_of
from server.models import Flow, Product, Store

MIN_REPEATS = 5  # repeat purchases needed before an interval is predicted
HISTORY = timedelta(days=730)  # how far back the prediction reads orders
MAX_DAYS = 365
PREDICTION_PAGE = timedelta(days=30)  # orders read a month at a time


def lasts_days(product_days: int | None, predicted: int | None) -> int | None:
    return product_days or predicted


@scan("replenishment", Flow.REPLENISHMENT)
async def running_out(store: Store, settings: FlowSettings, since: datetime, until: datetime,
                      now: datetime) -> list[Occurrence]:
    """Purchases whose unit runs out in lead_days: bought in (since - (days - lead), until -
    (days - lead)] for each product's days."""
    offset_of: dict[int, int] = {}  # product -> days from its purchase to the reminder
    for product_id, days, predicted in await Product.filter(
            Q(replenish_days__isnull=False) | Q(predicted_replenish_days__isnull=False),
            store_id=store.id, is_active=True).values_list(
            "id", "replenish_days", "predicted_replenish_days"):
        lasts = lasts_days(days, predicted)
        if lasts:
            offset_of[product_id] = max(lasts - settings.lead_days, 1)
    due: list[purchases.Line] = []
    for offset in sorted(set(offset_of.values())):
        back = timedelta(days=offset)
        due += [line for line in await purchases.lines_between(store.id, since - back,
                                                               until - back)
                if offset_of.get(line.product_id) == offset]
    if not due:
        return []
    # not those who ordered it again since: any later order of theirs holding the product
    later = await purchases.lines_after(store.id, min(line.created_at for line in due),
                                        {line.address for line in due})
    return [Occurrence(Flow.REPLENISHMENT, f"product:{line.product_id}",
                       f"order:{line.order_id}", visitor_id=line.visitor_id, email=line.email,
                       data={"product_id": line.product_id, "quantity": line.quantity})
            for line in due
            if not any(again.product_id == line.product_id and again.order_id != line.order_id
                       and again.created_at >= line.created_at
                       for again in later.get(line.address, []))]


@scan("replenish_predict", Flow.REPLENISHMENT)
async def predict_daily(store: Store, settings: FlowSettings, since: datetime, until: datetime,
                        now: datetime) -> list[Occurrence]:
    """Once a day (the first pass after the store's midnight), refresh the predictions."""
    zone = zone_of(store.timezone)
    if since.astimezone(zone).date() != until.astimezone(zone).date():
        await predict_replenishment(store, now)
    return []


async def predict_replenishment(store: Store, now: datetime) -> int:
    """Predict how long each product lasts where the merchant did not say: the median interval
    between one customer's consecutive purchases of it, from at least MIN_REPEATS such repeats
    in the store's orders of the last HISTORY. Returns how many products have a prediction."""
    unknown = as_ids(await Product.filter(store_id=store.id, replenish_days__isnull=True)
                     .values_list("id", flat=True))
    if not unknown:
        return 0
    last: dict[tuple[int, str], datetime] = {}  # (product, customer) -> their previous purchase
    gaps: dict[int, list[float]] = defaultdict(list)
    start = now - HISTORY
    while start < now:  # a month at a time, oldest first: each customer's purchases in order
        end = min(start + PREDICTION_PAGE, now)
        for line in await purchases.lines_between(store.id, start, end,
                                                  replenish_days__isnull=True):
            key = (line.product_id, line.address)
            previous = last.get(key)
            if previous is not None and line.created_at > previous:
                gaps[line.product_id].append((line.created_at - previous).total_seconds())
            last[key] = line.created_at
        start = end
    predicted: dict[int | None, list[int]] = defaultdict(list)  # days -> products
    for product_id in unknown:
        seconds = gaps.get(product_id, [])
        days = (min(max(round(statistics.median(seconds) / 86400), 1), MAX_DAYS)
                if len(seconds) >= MIN_REPEATS else None)
        predicted[days].append(product_id)
    for days, ids in predicted.items():
        for first in range(0, len(ids), purchases.CHUNK):
            await Product.filter(id__in=ids[first:first + purchases.CHUNK],
                                 store_id=store.id).update(predicted_replenish_days=days)
    return sum(len(ids) for days, ids in predicted.items() if days is not None)
