"""The periodic scans (browse abandonment, replenishment, win-back, new arrivals): each pass of a
store's scan takes the range from its mark to now by moving the mark, so no two processes scan one
range and no range is scanned twice; what it finds is recorded as occurrences."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.automations.engine import Occurrence, record
from server.automations.settings import FlowSettings, flow_settings
from server.models import AutomationMark, Flow, Store

log = logging.getLogger(__name__)

Scan = Callable[[Store, FlowSettings, datetime, datetime, datetime], Awaitable[list[Occurrence]]]
SCANS: dict[str, tuple[Flow, Scan]] = {}
FIRST_LOOKBACK = timedelta(hours=1)  # a store's first pass looks this far back


def scan(name: str, flow: Flow) -> Callable[[Scan], Scan]:
    """Register a periodic scan for *flow* under *name* (its mark's name)."""
    def register(function: Scan) -> Scan:
        SCANS[name] = (flow, function)
        return function
    return register


async def _take_range(store: Store, name: str, now: datetime) -> datetime | None:
    """Move the store's mark for *name* to *now*; returns where it was, or None if another
    process moved it first (or this is the first pass and another created it)."""
    mark = await AutomationMark.get_or_none(store_id=store.id, scan=name)
    if mark is None:
        try:
            await AutomationMark.create(store_id=store.id, scan=name, until=now)
        except IntegrityError:
            return None
        return now - FIRST_LOOKBACK
    if mark.until >= now:
        return None
    moved = await AutomationMark.filter(id=mark.id, until=mark.until).update(until=now)
    return mark.until if moved else None


async def run_scans(now: datetime, only: set[str] | None = None) -> int:
    """One pass of every registered scan over every store that runs its flow; returns how many
    runs were recorded."""
    recorded = 0
    for store in await Store.all():
        for name, (flow, function) in SCANS.items():
            if only is not None and name not in only:
                continue
            settings = flow_settings(store, flow)
            if not settings.enabled:
                continue
            try:
                async with in_transaction():
                    since = await _take_range(store, name, now)
                    if since is None:
                        continue
                    found = await function(store, settings, since, now, now)
                    recorded += await record(store, found, now)
            except Exception:  # one store's failure must not stop the others
                log.exception("automation scan %s for store %s failed", name, store.id)
    return recorded
