"""What happened to a product or an order that a flow answers: stored at once, where it happened
(a price change, a restock, a new product, an order's move), and expanded later, once, into one
run per shopper it concerns, by the trigger's own expander."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from server.automations.engine import Occurrence, record
from server.automations.settings import FlowSettings, flow_settings
from server.models import AutomationEvent, Flow, Order, Product, Store

log = logging.getLogger(__name__)

Expander = Callable[[Store, FlowSettings, AutomationEvent, datetime],
                    Awaitable[list[Occurrence]]]
EXPANDERS: dict[Flow, Expander] = {}
EVENT_BATCH = 50


def expander(flow: Flow) -> Callable[[Expander], Expander]:
    """Register the function that turns *flow*'s events into occurrences."""
    def register(function: Expander) -> Expander:
        EXPANDERS[flow] = function
        return function
    return register


async def record_event(store: Store, flow: Flow, now: datetime, *, product: Product | None = None,
                       order: Order | None = None, data: dict[str, Any] | None = None) -> None:
    """Keep that *flow* has something to answer, if the store runs it; the background expands
    it within a second. Cheap: one INSERT, inside the caller's transaction if it has one."""
    if not flow_settings(store, flow).enabled:
        return
    await AutomationEvent.create(store_id=store.id, flow=flow,
                                 product_id=product.id if product else None,
                                 order_id=order.id if order else None, data=data or {},
                                 created_at=now)


async def expand_due(now: datetime) -> int:
    """Expand the events not yet expanded into runs; returns how many runs were recorded.

    An event is taken by a conditional UPDATE of its expanded_at in the transaction that
    records its runs, so it is expanded once however many processes try."""
    events = await (AutomationEvent.filter(expanded_at__isnull=True, created_at__lte=now)
                    .order_by("created_at").limit(EVENT_BATCH))
    stores: dict[int, Store] = {}
    recorded = 0
    for event in events:
        if event.store_id not in stores:
            stores[event.store_id] = await Store.get(id=event.store_id)
        store = stores[event.store_id]
        expand = EXPANDERS.get(event.flow)
        try:
            async with in_transaction():
                if not await AutomationEvent.filter(id=event.id, expanded_at__isnull=True).update(
                        expanded_at=now):
                    continue  # another process took it
                settings = flow_settings(store, event.flow)
                if expand is None or not settings.enabled:
                    continue
                recorded += await record(store, await expand(store, settings, event, now), now)
        except Exception:  # one bad event must not stop the others
            log.exception("expanding automation event %s failed", event.id)
    return recorded
