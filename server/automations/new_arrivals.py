"""New arrivals: products added to a category a shopper viewed (within the flow's lookback_days,
default 14) or bought from (in the last 60 days); at most one message a shopper a day, listing
up to three."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from tortoise.expressions import Q

from server.automations import purchases
from server.automations.engine import Occurrence
from server.automations.scans import scan
from server.automations.settings import FlowSettings
from server.messaging.formatting import zone_of
from server.models import Flow, Order, Product, ProductView, Store, Visitor

BOUGHT_WITHIN = timedelta(days=60)
LISTED = 3
SETTLE = timedelta(minutes=1)  # a product saved in a transaction still open is seen next pass


@scan("new_arrivals", Flow.NEW_ARRIVALS)
async def new_in_their_categories(store: Store, settings: FlowSettings, since: datetime,
                                  until: datetime, now: datetime) -> list[Occurrence]:
    """Products created in (since, until] (a minute behind, to SETTLE), to the shoppers of their
    categories."""
    new = await (Product.filter(Q(stock__isnull=True) | Q(stock__gt=0), store_id=store.id,
                                created_at__gt=since - SETTLE, created_at__lte=until - SETTLE,
                                is_active=True)
                 .exclude(category="").order_by("-created_at", "-id")
                 .values_list("id", "category"))
    arrivals: dict[str, list[int]] = defaultdict(list)  # category -> its new products, newest first
    for product_id, category in new:
        arrivals[category].append(product_id)
    if not arrivals:
        return []
    fresh = {product_id for product_id, _ in new}
    category_of = {product_id: category for product_id, category in await Product.filter(
        store_id=store.id, category__in=list(arrivals)).values_list("id", "category")
        if product_id not in fresh}
    related = sorted(category_of)
    shoppers: dict[str, tuple[int | None, str | None, str]] = {}  # key -> visitor, email, zone
    interests: dict[str, set[str]] = defaultdict(set)  # key -> categories

    viewed: dict[int, set[str]] = defaultdict(set)  # visitor -> categories
    for first in range(0, len(related), purchases.CHUNK):
        products = related[first:first + purchases.CHUNK]
        # viewers: the (store_id, last_viewed_at) index
        for visitor_id, product_id in await ProductView.filter(
                store_id=store.id, product_id__in=products,
                last_viewed_at__gt=now - timedelta(days=settings.lookback_days)).values_list(
                "visitor_id", "product_id"):
            viewed[visitor_id].add(category_of[product_id])
        # buyers: the orders of the window (the (store_id, created_at) index), then their
        # carts' items ((cart_id, product_id)); nothing indexed leads from a cart to its order
        for visitor_id, email, product_id in await Order.filter(
                store_id=store.id, created_at__gt=now - BOUGHT_WITHIN, created_at__lte=now,
                status__in=purchases.BOUGHT, cart__items__product_id__in=products,
        ).values_list("visitor_id", "email", "cart__items__product_id"):
            key = f"e:{email.lower()}"
            interests[key].add(category_of[product_id])
            if key not in shoppers or shoppers[key][0] is None:
                shoppers[key] = (visitor_id, email, "")

    ids = sorted(viewed)  # their email and zone, by their keys
    for first in range(0, len(ids), purchases.CHUNK):
        for visitor_id, email, zone in await Visitor.filter(
                id__in=ids[first:first + purchases.CHUNK]).values_list("id", "email", "timezone"):
            key = f"e:{email.lower()}" if email else f"v:{visitor_id}"
            interests[key] |= viewed[visitor_id]
            if key not in shoppers or shoppers[key][0] is None or not shoppers[key][2]:
                shoppers[key] = (visitor_id, email, zone)

    listings: dict[frozenset[str], list[int]] = {}  # the same few category sets, over and over
    days: dict[str, str] = {}  # zone -> its date today
    occurrences = []
    for key, liked in interests.items():
        visitor_id, email, zone_name = shoppers[key]
        group = frozenset(liked)
        if group not in listings:
            listings[group] = sorted({p for c in group for p in arrivals[c]}, reverse=True)[:LISTED]
        if zone_name not in days:
            days[zone_name] = now.astimezone(zone_of(zone_name, store.timezone)).date().isoformat()
        occurrences.append(Occurrence(Flow.NEW_ARRIVALS, "arrivals", days[zone_name],
                                      visitor_id=visitor_id, email=email,
                                      data={"product_ids": listings[group]}))
    return occurrences
