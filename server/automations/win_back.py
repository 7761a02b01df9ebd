"""Win-back: a customer whose last order is `inactive_days` old (default 60) and who has neither
ordered nor visited since; optionally with an incentive (the flow's settings)."""

from __future__ import annotations

from datetime import datetime, timedelta

from server.automations import purchases
from server.automations.engine import Occurrence
from server.automations.scans import scan
from server.automations.settings import FlowSettings
from server.models import Flow, OrderStatus, ProductView, Store, Visitor

EVERY_STATUS = tuple(OrderStatus)  # even a failed payment means they came back to order


@scan("win_back", Flow.WIN_BACK)
async def lapsed_customers(store: Store, settings: FlowSettings, since: datetime,
                           until: datetime, now: datetime) -> list[Occurrence]:
    """Customers whose last purchase fell in (since - N days, until - N days]."""
    back = timedelta(days=settings.inactive_days)
    last: dict[str, purchases.Purchase] = {}  # address -> their latest purchase in the range
    for purchase in await purchases.orders_between(store.id, since - back, until - back):
        last[purchase.address] = purchase  # oldest first: the latest stays
    if not last:
        return []
    earliest = min(p.created_at for p in last.values())
    later = await purchases.orders_after(store.id, earliest, set(last), EVERY_STATUS)
    seen = await _last_visits(store, last, earliest, now)
    occurrences = []
    for address, purchase in last.items():
        if any(o.order_id != purchase.order_id and o.created_at >= purchase.created_at
               for o in later.get(address, [])):
            continue  # ordered again
        visited = seen.get(address)
        if visited is not None and visited > purchase.created_at:
            continue  # came back
        occurrences.append(Occurrence(Flow.WIN_BACK, "store", f"order:{purchase.order_id}",
                                      visitor_id=purchase.visitor_id, email=purchase.email))
    return occurrences


async def _last_visits(store: Store, last: dict[str, purchases.Purchase], after: datetime,
                       now: datetime) -> dict[str, datetime]:
    """Address -> the last sign of a visit by any of its visitors after *after*: the visitor's
    last_seen_at, or a product view. last_seen_at is stamped by the database layer's own clock,
    so a time past the app's *now* is not taken as a visit."""
    visitors = {row[0]: row for row in await Visitor.filter(
        store_id=store.id, email__in=list(last)).values_list("id", "email", "last_seen_at")}
    by_order = {p.visitor_id for p in last.values() if p.visitor_id} - set(visitors)
    if by_order:
        visitors |= {row[0]: row for row in await Visitor.filter(id__in=by_order).values_list(
            "id", "email", "last_seen_at")}
    address_of = {p.visitor_id: a for a, p in last.items() if p.visitor_id}
    address_of |= {vid: email.lower() for vid, email, _ in visitors.values()
                   if email and email.lower() in last}
    seen: dict[str, datetime] = {}

    def saw(visitor_id: int, at: datetime | None) -> None:
        address = address_of.get(visitor_id)
        if address is not None and at is not None and after < at <= now:
            seen[address] = max(at, seen.get(address, at))

    for visitor_id, _, last_seen in visitors.values():
        saw(visitor_id, last_seen)
    ids = sorted(address_of)
    for start in range(0, len(ids), purchases.CHUNK):
        for visitor_id, viewed in await ProductView.filter(
                visitor_id__in=ids[start:start + purchases.CHUNK],
                last_viewed_at__gt=after).values_list("visitor_id", "last_viewed_at"):
            saw(visitor_id, viewed)
    return seen
