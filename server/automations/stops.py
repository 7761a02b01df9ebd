"""A flow's stop conditions: what makes a run's message needless, checked when the run is queued
and again by the outbox right before each message goes: the shopper bought the product since,
came back (win-back: a cart touched, a product viewed, an order), the product sold out again or
went back up in price, or is gone."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from server.automations.runs import Run
from server.bulk import Members, Statement, read_time
from server.models import (
    Cart,
    Flow,
    Order,
    OrderItem,
    OrderStatus,
    Product,
    ProductView,
    Store,
)

PRODUCT_FLOWS = frozenset({Flow.PRICE_DROP, Flow.BACK_IN_STOCK, Flow.BROWSE_ABANDONMENT,
                           Flow.REPLENISHMENT})
BOUGHT = "the shopper bought it since"
CAME_BACK = "the shopper came back since"
GONE = "the product is no longer sold"
SOLD_OUT = "the product sold out again"
PRICE_UP = "the price went back up"
ORDERED = (OrderStatus.PENDING, OrderStatus.PLACED, OrderStatus.PAID)


def _product_id(run: Run) -> int | None:
    value = run.data.get("product_id")
    return int(value) if value else None


def _who(emails: set[str], visitor_ids: set[int]) -> Q:
    """Orders by these addresses or visitors."""
    who = Q(email__in=emails) if emails else Q(id__in=[0])
    if visitor_ids:
        who |= Q(visitor_id__in=visitor_ids)
    return who


async def stop_reasons(store: Store, runs: list[Run], now: datetime) -> dict[int, str]:
    """Run id -> why its message is no longer wanted, for the runs of *store* where it is not."""
    stops: dict[int, str] = {}
    product_runs = [r for r in runs if r.flow in PRODUCT_FLOWS and _product_id(r)]
    win_backs = [r for r in runs if r.flow == Flow.WIN_BACK]
    if not product_runs and not win_backs:
        return stops
    since = min(r.created_at for r in runs)
    emails = {r.email for r in runs if r.email}
    visitor_ids = {r.visitor_id for r in runs if r.visitor_id is not None}
    if product_runs:
        stops.update(await _product_stops(store, product_runs, emails, visitor_ids, since))
    if win_backs:
        stops.update(await _came_back(store, win_backs, visitor_ids, _who(emails, visitor_ids),
                                      since))
    return stops


async def _product_stops(store: Store, runs: list[Run], emails: set[str], visitor_ids: set[int],
                         since: datetime) -> dict[int, str]:
    stops: dict[int, str] = {}
    products = {p.id: p for p in await Product.filter(
        id__in={_product_id(r) for r in runs}, store_id=store.id)}
    skus = {p.sku for p in products.values()}
    bought: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    if skus:  # orders of these products by these shoppers since the runs were made
        sql = Statement(OrderItem)
        for row in await sql.rows(
                'SELECT i.sku, o.email, o.visitor_id, o.created_at FROM order_item i '
                'JOIN "order" o ON o.id = i.order_id WHERE o.store_id = ? AND o.created_at > ? '
                f"AND {sql.among('i.sku')} AND {sql.among('o.status')} "
                f"AND ({sql.among('o.email')} OR {sql.among('o.visitor_id')})",
                [store.id, since, Members(skus), Members(ORDERED), Members(emails),
                 Members(visitor_ids)]):
            bought[row["sku"]].append((row["email"], row["visitor_id"],
                                       read_time(row["created_at"])))
    for run in runs:
        product = products.get(_product_id(run) or 0)
        if product is None or not product.is_active:
            stops[run.id] = GONE
        elif any(created > run.created_at
                 and ((run.email and email == run.email) or visitor_id == run.visitor_id)
                 for email, visitor_id, created in bought[product.sku]):
            stops[run.id] = BOUGHT
        elif run.flow == Flow.BACK_IN_STOCK and product.stock is not None and product.stock <= 0:
            stops[run.id] = SOLD_OUT
        elif run.flow == Flow.PRICE_DROP and "new_price" in run.data \
                and product.price > int(run.data["new_price"]):
            stops[run.id] = PRICE_UP
    return stops


async def _came_back(store: Store, runs: list[Run], visitor_ids: set[int], who: Q,
                     since: datetime) -> dict[int, str]:
    # A visit is a cart touched or a product viewed (times of the app's clock), or an order.
    seen: dict[int, datetime] = {}
    if visitor_ids:
        for visitor_id, at in [
                *await Cart.filter(visitor_id__in=visitor_ids, updated_at__gt=since)
                .values_list("visitor_id", "updated_at"),
                *await ProductView.filter(visitor_id__in=visitor_ids, last_viewed_at__gt=since)
                .values_list("visitor_id", "last_viewed_at")]:
            seen[visitor_id] = max(at, seen.get(visitor_id, at))
    ordered: dict[str, datetime] = {}
    for email, created_at in await Order.filter(who, store_id=store.id,
                                                created_at__gt=since).values_list(
            "email", "created_at"):
        ordered[email] = max(created_at, ordered.get(email, created_at))
    stops = {}
    for run in runs:
        last_seen = seen.get(run.visitor_id or 0)
        last_order = ordered.get(run.email or "")
        if (last_seen is not None and last_seen > run.created_at) or \
                (last_order is not None and last_order > run.created_at):
            stops[run.id] = CAME_BACK
    return stops
