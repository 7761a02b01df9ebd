"""The prune: deliveries, carts never ordered and product views older than their windows are
counted into the daily tallies and deleted, a short id range per transaction; the reports read
the tallies and the rows kept, so their figures do not change (server/retention/tallies.py)."""

from __future__ import annotations

import logging
import os
import socket
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from server.bulk import Statement, read_time
from server.messaging.formatting import zone_of
from server.models import (
    NO_DAY,
    Cart,
    CartStatus,
    CartTally,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DeliveryTally,
    ProductView,
    PushSubscription,
    ReminderCartTally,
    Store,
)
from server.retention import lease
from server.settings import RetentionWindows

log = logging.getLogger(__name__)

FINAL = (DeliveryStatus.DELIVERED.value, DeliveryStatus.FAILED.value,
         DeliveryStatus.EXPIRED.value)
_FINAL_SQL = ", ".join(f"'{status}'" for status in FINAL)
_RETURNED = ("id, store_id, kind, campaign_id, variant, flow, step, channel, status, created_at, "
             "sent_at, clicked_at, last_status_code, last_error, subscription_id, cart_id")
TALLY_KEY = ("store_id", "kind", "day", "campaign_id", "variant", "flow", "step", "channel",
             "status", "clicked_day", "status_code", "reason", "browser", "sent_day")


def prunable(table: str) -> str:
    """The SQL condition that a delivery (of *table*, a name or an alias) is finished and old
    enough to go, with its two times as the marks: due before the first, clicked (if ever)
    before the second, and no order attributed to it (the reports' recovered revenue reads the
    delivery an order names, for as long as the order exists)."""
    return (f"{table}.status IN ({_FINAL_SQL}) AND {table}.created_at < ? "
            f"AND ({table}.clicked_at IS NULL OR {table}.clicked_at < ?) "
            f'AND NOT EXISTS (SELECT 1 FROM "order" o WHERE o.attributed_delivery_id = {table}.id)')


@dataclass
class PruneResult:
    """What a prune deleted (and counted)."""

    deliveries: int = 0
    reminders: int = 0  # of the deliveries, the cart sequence's (a cart's all at once)
    carts: int = 0
    views: int = 0
    batches: int = 0
    lost_lease: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"deliveries": self.deliveries, "reminders": self.reminders, "carts": self.carts,
                "views": self.views, "batches": self.batches}


def holder_name() -> str:
    """Who holds the lease: this host and process."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


@dataclass
class Pruner:
    """One prune over every store, as of *now*; *renew* is called after each batch (the lease)
    and returns False when the prune must stop."""

    windows: RetentionWindows
    now: datetime
    renew: Callable[[], Awaitable[bool]] | None = None
    result: PruneResult = field(default_factory=PruneResult)
    _zones: dict[int, ZoneInfo] = field(default_factory=dict)

    @property
    def delivered_before(self) -> datetime:
        return self.now - timedelta(days=self.windows.deliveries)

    async def clicked_before(self) -> datetime:
        """Clicks are kept for their window, and never inside any store's attribution window
        (an order may still be attributed to them)."""
        windows: list[Any] = await Store.all().values_list("attribution_window_hours",
                                                            flat=True)
        hours = max([int(h or 0) for h in windows] or [0])
        return self.now - max(timedelta(days=self.windows.clicks), timedelta(hours=hours))

    async def run(self) -> PruneResult:
        self._zones = {store_id: zone_of(timezone) for store_id, timezone in
                       await Store.all().values_list("id", "timezone")}
        clicked_before = await self.clicked_before()
        # each step stops, and the rest are not started, once the lease is lost
        finished = (await self._deliveries(clicked_before)
                    and await self._reminders(clicked_before)
                    and await self._carts() and await self._views())
        self.result.lost_lease = not finished
        return self.result

    def _day(self, store_id: int, moment: Any) -> date:
        if moment is None:
            return NO_DAY
        return read_time(moment).astimezone(self._zones.get(store_id, zone_of("UTC"))).date()

    async def _next_batch(self) -> bool:
        self.result.batches += 1
        return await self.renew() if self.renew is not None else True

    async def _id_span(self, model: type[Any]) -> tuple[int, int] | None:
        """The ids a table holds, from its first to its last (the ranges run over them)."""
        rows = await Statement(model).rows(
            f"SELECT MIN(id) AS lo, MAX(id) AS hi FROM {model._meta.db_table}")
        if not rows or rows[0]["lo"] is None:
            return None
        return int(rows[0]["lo"]), int(rows[0]["hi"])

    # -- deliveries ----------------------------------------------------------------------

    async def _deliveries(self, clicked_before: datetime) -> bool:
        """Every kind but the cart sequence's, row by row, over id ranges."""
        span = await self._id_span(Delivery)
        if span is None:
            return True
        sql = (f"DELETE FROM delivery WHERE id >= ? AND id < ? AND kind <> ? AND "
               f"{prunable('delivery')} RETURNING {_RETURNED}")
        step = self.windows.batch_size
        for start in range(span[0], span[1] + 1, step):
            async with in_transaction():  # a Statement made inside runs in it
                rows = await Statement(Delivery).rows(sql, [start, start + step,
                                                  DeliveryKind.REMINDER.value,
                                                  self.delivered_before, clicked_before])
                await self._tally_deliveries(rows)
            self.result.deliveries += len(rows)
            if not await self._next_batch():
                return False
        return True

    async def _reminders(self, clicked_before: datetime) -> bool:
        """The cart sequence's reminders, a cart's all together and only when every one of
        them can go, over ranges of cart ids: the recovery report counts carts reminded and
        clicked per day, which one cart must not be counted twice in."""
        span = await self._id_span(Cart)
        if span is None:
            return True
        sql = (f"DELETE FROM delivery WHERE kind = ? AND cart_id >= ? AND cart_id < ? "
               f"AND cart_id NOT IN (SELECT x.cart_id FROM delivery x WHERE x.kind = ? AND "
               f"x.cart_id >= ? AND x.cart_id < ? AND NOT ({prunable('x')})) "
               f"RETURNING {_RETURNED}")
        step = max(1, self.windows.batch_size // 4)  # a cart has a few reminders
        reminder = DeliveryKind.REMINDER.value
        for start in range(span[0], span[1] + 1, step):
            async with in_transaction():
                rows = await Statement(Delivery).rows(sql, [reminder, start, start + step, reminder,
                                                  start, start + step,
                                                  self.delivered_before, clicked_before])
                await self._tally_deliveries(rows)
                await self._tally_reminded_carts(rows)
            self.result.deliveries += len(rows)
            self.result.reminders += len(rows)
            if not await self._next_batch():
                return False
        return True

    async def _tally_deliveries(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        failed_push = {row["subscription_id"] for row in rows
                       if row["status"] == DeliveryStatus.FAILED.value
                       and row["subscription_id"] is not None}
        browsers = dict(await PushSubscription.filter(id__in=failed_push).values_list(
            "id", "browser")) if failed_push else {}
        counts: Counter[tuple[Any, ...]] = Counter()
        sent: Counter[tuple[Any, ...]] = Counter()
        for row in rows:
            store_id = row["store_id"]
            failed = row["status"] == DeliveryStatus.FAILED.value
            key = (
                store_id, row["kind"], self._day(store_id, row["created_at"]),
                row["campaign_id"] or 0,
                row["variant"] if row["variant"] is not None else -1, row["flow"] or "",
                row["step"] or 0, row["channel"], row["status"],
                self._day(store_id, row["clicked_at"]),
                (row["last_status_code"] if row["last_status_code"] is not None else -1)
                if failed else -1,
                (row["last_error"] or "") if failed else "",
                (browsers.get(row["subscription_id"]) or "") if failed else "",
                self._day(store_id, row["sent_at"]) if failed else NO_DAY,
            )
            counts[key] += 1
            sent[key] += int(row["sent_at"] is not None)
        columns = ", ".join(TALLY_KEY)
        marks = ", ".join("?" for _ in TALLY_KEY)
        await _upsert(DeliveryTally, f"INSERT INTO delivery_tally ({columns}, rows, sent) "
                      f"VALUES ({marks}, ?, ?) ON CONFLICT ({columns}) DO UPDATE SET "
                      "rows = delivery_tally.rows + excluded.rows, "
                      "sent = delivery_tally.sent + excluded.sent",
                      [[*key, n, sent[key]] for key, n in counts.items()])

    async def _tally_reminded_carts(self, rows: list[dict[str, Any]]) -> None:
        due_days: dict[tuple[int, int], set[date]] = defaultdict(set)
        clicked: dict[tuple[int, int], dict[date, date]] = defaultdict(dict)
        for row in rows:
            store_id, cart = row["store_id"], (row["store_id"], row["cart_id"])
            due = self._day(store_id, row["created_at"])
            due_days[cart].add(due)
            if row["clicked_at"] is not None:
                day = self._day(store_id, row["clicked_at"])
                clicked[cart][day] = max(due, clicked[cart].get(day, due))
        counts: Counter[tuple[int, str, date, date]] = Counter()
        for (store_id, _), days in due_days.items():
            for day in days:
                counts[(store_id, "reminded", day, day)] += 1
        for (store_id, _), by_day in clicked.items():
            for day, due in by_day.items():
                counts[(store_id, "clicked", day, due)] += 1
        await _upsert(ReminderCartTally,
                      "INSERT INTO reminder_cart_tally (store_id, measure, day, due_day, carts) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (store_id, measure, day, due_day) "
                      "DO UPDATE SET carts = reminder_cart_tally.carts + excluded.carts",
                      [[*key, n] for key, n in counts.items()])

    # -- carts and views -----------------------------------------------------------------

    async def _carts(self) -> bool:
        """Carts never ordered (an order converts its cart in the same transaction, and a
        converted cart never opens again), untouched for the window, with no reminder due and
        no delivery left that names them (their items go with them)."""
        span = await self._id_span(Cart)
        if span is None:
            return True
        before = self.now - timedelta(days=self.windows.carts)
        sql = ("DELETE FROM cart WHERE id >= ? AND id < ? AND status = ? AND created_at < ? "
               "AND updated_at < ? AND recovery_next_at IS NULL AND NOT EXISTS "
               "(SELECT 1 FROM delivery d WHERE d.cart_id = cart.id) "
               "RETURNING store_id, abandoned_at, reachable")
        step = self.windows.batch_size
        for start in range(span[0], span[1] + 1, step):
            async with in_transaction():
                rows = await Statement(Cart).rows(sql, [start, start + step, CartStatus.OPEN.value,
                                                  before, before])
                abandoned: Counter[tuple[int, date]] = Counter()
                reachable: Counter[tuple[int, date]] = Counter()
                for row in rows:
                    if row["abandoned_at"] is None:
                        continue  # never found abandoned: no report counts it any more
                    key = (row["store_id"], self._day(row["store_id"], row["abandoned_at"]))
                    abandoned[key] += 1
                    reachable[key] += int(bool(row["reachable"]))
                await _upsert(CartTally,
                              "INSERT INTO cart_tally (store_id, day, abandoned, reachable) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (store_id, day) DO UPDATE SET "
                              "abandoned = cart_tally.abandoned + excluded.abandoned, "
                              "reachable = cart_tally.reachable + excluded.reachable",
                              [[*key, n, reachable[key]] for key, n in abandoned.items()])
            self.result.carts += len(rows)
            if not await self._next_batch():
                return False
        return True

    async def _views(self) -> bool:
        """Product views not seen again for the window (no report counts them; segments and
        the flows look back less far)."""
        span = await self._id_span(ProductView)
        if span is None:
            return True
        before = self.now - timedelta(days=self.windows.views)
        step = self.windows.batch_size
        for start in range(span[0], span[1] + 1, step):
            self.result.views += await ProductView.filter(
                id__gte=start, id__lt=start + step, last_viewed_at__lt=before).delete()
            if not await self._next_batch():
                return False
        return True


async def _upsert(model: type[Any], sql: str, rows: list[list[Any]]) -> None:
    if not rows:
        return
    statement = Statement(model)
    text, _ = statement._spelled(sql, rows[0])
    await statement.db.execute_many(text, rows)


async def prune(windows: RetentionWindows, now: Callable[[], datetime], *,
                only_if_due: bool = False, holder: str | None = None) -> PruneResult | None:
    """Prune once, holding the lease (None when another process holds it, or, with
    *only_if_due*, when the last prune is less than a day old)."""
    holder = holder or holder_name()
    if not await lease.take(holder, now(), only_if_due=only_if_due):
        return None

    async def renew() -> bool:
        return await lease.renew(holder, now())

    finished = False
    try:
        result = await Pruner(windows, now(), renew).run()
        finished = not result.lost_lease
        log.info("prune: %s", result.as_dict())
        return result
    finally:
        await lease.release(holder, now(), finished=finished)
