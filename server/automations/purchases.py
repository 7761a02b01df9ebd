"""Who bought what and when, for the periodic scans. Orders are read by time through the
(store_id, created_at) index; what an order holds, through its cart (an order is placed from a
cart, whose items stay as they were): order -> cart by its key, cart -> items through the
(cart_id, product_id) index, in the same query. A customer's later orders are read through the
same time index (orders have no index by address)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.models import Order, OrderStatus

BOUGHT = (OrderStatus.PLACED, OrderStatus.PAID)  # an order that counts as a purchase
TRIED = (OrderStatus.PENDING, OrderStatus.PLACED, OrderStatus.PAID)  # any but a failed one
CHUNK = 5000  # values per IN (...): well under SQLite's and asyncpg's limits


def as_ids(values: Sequence[Any]) -> set[int]:
    """What `values_list(..., flat=True)` returns (typed as tuples), as a set of ids."""
    return {int(v) for v in values}


@dataclass(frozen=True)
class Purchase:
    order_id: int
    email: str
    visitor_id: int | None
    created_at: datetime

    @property
    def address(self) -> str:
        return self.email.strip().lower()


@dataclass(frozen=True)
class Line(Purchase):
    """One product of an order, and how many."""

    product_id: int
    quantity: int


_ORDER = ("id", "email", "visitor_id", "created_at")
_LINE = (*_ORDER, "cart__items__product_id", "cart__items__quantity")


async def orders_between(store_id: int, start: datetime, end: datetime) -> list[Purchase]:
    """The store's purchases created in (start, end], oldest first."""
    if end <= start:
        return []
    rows = await (Order.filter(store_id=store_id, created_at__gt=start, created_at__lte=end,
                               status__in=BOUGHT)
                  .order_by("created_at", "id").values_list(*_ORDER))
    return [Purchase(*row) for row in rows]


async def lines_between(store_id: int, start: datetime, end: datetime,
                        **product: Any) -> list[Line]:
    """The products of the store's purchases created in (start, end], oldest first; *product*
    filters them (e.g. replenish_days__isnull=True)."""
    if end <= start:
        return []
    where = {f"cart__items__product__{k}": v for k, v in product.items()}
    rows = await (Order.filter(store_id=store_id, created_at__gt=start, created_at__lte=end,
                               status__in=BOUGHT, cart__items__product_id__isnull=False, **where)
                  .order_by("created_at", "id").values_list(*_LINE))
    return [Line(*row) for row in rows]


async def _after(store_id: int, after: datetime, emails: set[str],
                 statuses: tuple[OrderStatus, ...], fields: tuple[str, ...]) -> list[Any]:
    rows: list[Any] = []
    addresses = sorted(emails)
    for start in range(0, len(addresses), CHUNK):
        rows += await (Order.filter(store_id=store_id, created_at__gt=after,
                                    email__in=addresses[start:start + CHUNK],
                                    status__in=statuses)
                       .order_by("created_at", "id").values_list(*fields))
    return rows


async def orders_after(store_id: int, after: datetime, emails: set[str],
                       statuses: tuple[OrderStatus, ...] = TRIED) -> dict[str, list[Purchase]]:
    """Address -> that customer's orders created after *after*, oldest first."""
    found: dict[str, list[Purchase]] = defaultdict(list)
    for row in await _after(store_id, after, emails, statuses, _ORDER):
        purchase = Purchase(*row)
        found[purchase.address].append(purchase)
    return found


async def lines_after(store_id: int, after: datetime, emails: set[str],
                      statuses: tuple[OrderStatus, ...] = TRIED) -> dict[str, list[Line]]:
    """Address -> the products of that customer's orders created after *after*."""
    found: dict[str, list[Line]] = defaultdict(list)
    for row in await _after(store_id, after, emails, statuses, _LINE):
        if row[4] is not None:
            line = Line(*row)
            found[line.address].append(line)
    return found
