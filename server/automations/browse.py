"""Browse abandonment: a shopper looked at products, then nothing for the flow's delay ("within N
hours") — no add to cart, no checkout — and no cart sequence is running for them; one message
about the product they viewed most."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from tortoise.expressions import Q

from server.automations.engine import Occurrence
from server.automations.purchases import as_ids
from server.automations.scans import scan
from server.automations.settings import FlowSettings
from server.models import (
    Cart,
    CartItem,
    CartStatus,
    Flow,
    Product,
    ProductView,
    Store,
    Visitor,
    awaits_recovery,
)

SESSION = timedelta(hours=24)  # the views before the last one that count towards "most viewed"
SETTLE = timedelta(minutes=1)  # with no delay: a view still being saved is seen next pass
EVER = datetime(2000, 1, 1, tzinfo=UTC)  # recovery_next_at >= EVER: a sequence is running


@scan("browse", Flow.BROWSE_ABANDONMENT)
async def abandoned_browsing(store: Store, settings: FlowSettings, since: datetime,
                             until: datetime, now: datetime) -> list[Occurrence]:
    """Shoppers whose last product view fell in (since - delay, until - delay]."""
    delay = max(timedelta(minutes=settings.delay_minutes), SETTLE)
    start, end = since - delay, until - delay
    candidates = as_ids(await ProductView.filter(
        store_id=store.id, last_viewed_at__gt=start, last_viewed_at__lte=end,
    ).values_list("visitor_id", flat=True))
    if not candidates:
        return []
    views: dict[int, list[tuple[int, int, datetime]]] = defaultdict(list)
    for visitor_id, product_id, count, at in await ProductView.filter(
            visitor_id__in=candidates, last_viewed_at__gt=start - SESSION).values_list(
            "visitor_id", "product_id", "views", "last_viewed_at"):
        views[visitor_id].append((product_id, count, at))
    # still browsing (a view after the range): a later pass finds them when they stop
    quiet = {v: rows for v, rows in views.items() if max(at for _, _, at in rows) <= end}
    available = as_ids(await Product.filter(
        id__in={p for rows in quiet.values() for p, _, _ in rows}, store_id=store.id,
        is_active=True).filter(Q(stock__isnull=True) | Q(stock__gt=0)).values_list(
        "id", flat=True)) if quiet else set()
    chosen: dict[int, tuple[int, datetime]] = {}  # visitor -> (product, its last view)
    for visitor_id, rows in quiet.items():
        last = max(at for _, _, at in rows)
        session = [r for r in rows if r[0] in available and r[2] > last - SESSION]
        if session:
            product_id, _, at = max(session, key=lambda r: (r[1], r[2]))
            chosen[visitor_id] = (product_id, at)
    if not chosen:
        return []
    emails = dict(await Visitor.filter(id__in=list(chosen)).values_list("id", "email"))
    busy = await _busy_with_a_cart(store, chosen, emails)
    return [Occurrence(Flow.BROWSE_ABANDONMENT, f"product:{product_id}", at.date().isoformat(),
                       visitor_id=visitor_id, email=emails.get(visitor_id),
                       data={"product_id": product_id}, due_at=now)
            for visitor_id, (product_id, at) in chosen.items() if visitor_id not in busy]


async def _busy_with_a_cart(store: Store, chosen: dict[int, tuple[int, datetime]],
                            emails: dict[int, str | None]) -> set[int]:
    """The visitors who used a cart after their view (added, checked out), or whose cart awaits
    recovery: the cart sequence speaks to them, not this flow."""
    busy: set[int] = set()
    earliest = min(at for _, at in chosen.values())
    # cart activity since the earliest view: the (store_id, status, updated_at) index
    touched = await Cart.filter(
        store_id=store.id, status__in=[CartStatus.OPEN, CartStatus.CONVERTED],
        updated_at__gt=earliest, visitor_id__in=list(chosen),
    ).values_list("id", "visitor_id", "updated_at")
    if touched:
        with_items = set(await CartItem.filter(cart_id__in=[c for c, _, _ in touched])
                         .distinct().values_list("cart_id", flat=True))
        busy |= {v for c, v, at in touched if c in with_items and at > chosen[v][1]}
    # carts in their reminder sequence: the recovery_next_at index
    by_email = {e.lower(): v for v, e in emails.items() if e}
    who = Q(visitor_id__in=list(chosen))
    if by_email:
        who |= Q(email__in=list(by_email))
    for visitor_id, email, status, abandoned_at, updated_at in await Cart.filter(
            who, recovery_next_at__gte=EVER, store_id=store.id).values_list(
            "visitor_id", "email", "status", "abandoned_at", "updated_at"):
        if awaits_recovery(status, abandoned_at, updated_at):
            busy.add(visitor_id if visitor_id in chosen else by_email.get(email or "", 0))
    return busy
