"""The automations at scale, on SQLite or PostgreSQL: a price drop that concerns 100,000 shoppers,
and the periodic scans over a million.

One store is generated straight in SQL: SHOPPERS visitors (a third of them customers with an
email and consent), a 1,000-product catalog in 20 categories (every tenth product lasts 30 days),
one product view per visitor over 90 days and a second for every fourth, a paid order (through a
converted cart) for every customer over the last year and a repeat order 25 days later for half
of them, an open cart for every seventh visitor over 30 days (some in their reminder sequence),
and three products added in the last half hour. On top of it, INTERESTED shoppers care about one
product: 40 % have it in an open cart, 40 % viewed it in the last ten days, 20 % asked for a price
alert; each has a push subscription, the customers among them an email address too.

  (a) price drop   catalog.upsert_product() lowers the product's price by 20 %, then the
                   background's automation pass runs until no event is left to expand and no run
                   is pending: the time until every Delivery is queued, and rows per second
  (b) scans        each periodic scan over the last hour (a pass normally covers a minute): its
                   time (best and median of three), the time to record what it found, and the
                   plan of every query it made (EXPLAIN / EXPLAIN QUERY PLAN), flagged where a
                   table is read without an index

    python bench/triggers.py --database sqlite:///tmp/bench.sqlite3
    python bench/triggers.py --database postgres://postgres@127.0.0.1:5432/bench_triggers
                             [--shoppers 1000000] [--interested 100000] [--skip-drop]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tortoise import connections  # noqa: E402

from bench.common import SECRET, fresh_database  # noqa: E402
from bench.summary import SUMMARY_HELP, Figure, write_summary  # noqa: E402
from server import db  # noqa: E402
from server.automations import events, scans, triggers  # noqa: E402
from server.automations.engine import record  # noqa: E402
from server.automations.replenishment import predict_replenishment  # noqa: E402
from server.automations.settings import flow_settings  # noqa: E402
from server.background import Background  # noqa: E402
from server.checkout import catalog  # noqa: E402
from server.checkout.schemas import ProductIn  # noqa: E402
from server.clock import FrozenClock  # noqa: E402
from server.models import (  # noqa: E402
    AutomationEvent,
    AutomationRun,
    Delivery,
    Product,
    RunStatus,
    Store,
)
from server.settings import Settings  # noqa: E402
from server.stores import create_store  # noqa: E402

assert triggers  # every flow registered
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY = 86400
PRODUCTS = 1000
DROP_SKU = "P1"
DROP_PRICE = 50000
PASS = timedelta(hours=1)  # the range each scan is timed over
SCANNED = ("browse", "replenishment", "win_back", "new_arrivals")


class Sql:
    """The dialect's spelling of a row series and of a time N seconds from NOW."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.true, self.false = ("1", "0") if dialect == "sqlite" else ("TRUE", "FALSE")

    def series(self, count: int) -> tuple[str, str]:
        """(what goes before INSERT, the FROM clause) of the rows n = 1..count."""
        if self.dialect == "sqlite":
            return (f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                    f"WHERE n < {count}) ", "FROM s")
        return "", f"FROM generate_series(1::bigint, {count}) AS s(n)"

    def at(self, seconds: str) -> str:
        if self.dialect == "sqlite":
            return (f"(strftime('%Y-%m-%d %H:%M:%S', '{NOW:%Y-%m-%d %H:%M:%S}', "
                    f"({seconds}) || ' seconds') || '+00:00')")
        return f"(TIMESTAMPTZ '{NOW.isoformat()}' + make_interval(secs => ({seconds})))"

    def insert(self, table: str, columns: str, select: str, count: int, where: str = "") -> str:
        before, source = self.series(count)
        return (f'{before}INSERT INTO "{table}" ({columns}) SELECT {select} {source}'
                + (f" WHERE {where}" if where else ""))


def generate(sql: Sql, store_id: int, shoppers: int, interested: int) -> list[str]:
    """The statements that fill the store. Products and visitors come first; the others name
    them as {pid} + n and {vid} + n, filled in once the ids before the first are known."""
    t, f = sql.true, sql.false
    old = sql.at(f"-{400 * DAY}")
    first_order = f"-((n * 7919) % {365 * DAY})"  # a customer's first order, seconds from NOW
    viewed = f"-((n * 104729) % {90 * DAY})"
    product_of = f"(2 + (n * 7919) % {PRODUCTS - 1})"  # the product a shopper cares about
    statements = [
        sql.insert("product", '"sku", "name", "price", "image_url", "url", "category", '
                   '"is_active", "replenish_days", "created_at", "updated_at", "store_id"',
                   f"'P' || n, 'Product ' || n, 10000 + n, '', 'https://shop.example/p/' || n, "
                   f"'c' || (n % 20), {t}, "
                   f"CASE WHEN n % 10 = 0 THEN 30 ELSE NULL END, {old}, {old}, {store_id}",
                   PRODUCTS),
        sql.insert("visitor", '"key", "email", "marketing_consent", "name", "phone", "address", '
                   '"locale", "created_at", "last_seen_at", "store_id"',
                   f"'visitor-' || n, CASE WHEN n % 3 = 0 THEN 'shopper' || n || '@example.com' "
                   f"END, CASE WHEN n % 3 = 0 THEN {t} ELSE {f} END, '', '', '{{}}', 'en', {old}, "
                   f"{old}, {store_id}", shoppers),
    ]
    statements += [
        sql.insert("product_view", '"views", "first_viewed_at", "last_viewed_at", "product_id", '
                   '"visitor_id", "store_id"',
                   f"1 + n % 5, {sql.at(viewed + ' - 3600')}, {sql.at(viewed)}, "
                   f"{{pid}} + {product_of}, {{vid}} + n, {store_id}", shoppers),
        sql.insert("product_view", '"views", "first_viewed_at", "last_viewed_at", "product_id", '
                   '"visitor_id", "store_id"',
                   f"1, {sql.at(viewed + ' - 600')}, {sql.at(viewed + ' - 600')}, "
                   f"{{pid}} + 2 + (n * 31) % {PRODUCTS - 1}, {{vid}} + n, {store_id}", shoppers,
                   f"n % 4 = 0 AND n % {PRODUCTS - 1} <> 0"),
        # every customer's first order and, for half of them, a repeat 25 days later
        sql.insert("cart", '"token", "status", "email", "marketing_consent", "name", "phone", '
                   '"address", "locale", "checkout_step", "created_at", "updated_at", '
                   '"converted_at", "visitor_id", "store_id"',
                   f"'o1-' || n, 'converted', 'shopper' || n || '@example.com', {t}, '', '', "
                   f"'{{}}', 'en', 'payment', {sql.at(first_order)}, {sql.at(first_order)}, "
                   f"{sql.at(first_order)}, {{vid}} + n, {store_id}", shoppers, "n % 3 = 0"),
        sql.insert("cart", '"token", "status", "email", "marketing_consent", "name", "phone", '
                   '"address", "locale", "checkout_step", "created_at", "updated_at", '
                   '"converted_at", "visitor_id", "store_id"',
                   f"'o2-' || n, 'converted', 'shopper' || n || '@example.com', {t}, '', '', "
                   f"'{{}}', 'en', 'payment', {sql.at(first_order + f' + {25 * DAY}')}, "
                   f"{sql.at(first_order + f' + {25 * DAY}')}, "
                   f"{sql.at(first_order + f' + {25 * DAY}')}, {{vid}} + n, {store_id}",
                   shoppers, f"n % 6 = 0 AND (n * 7919) % {365 * DAY} > {25 * DAY}"),
        # open carts, every seventh visitor, a fourteenth of them in their reminder sequence
        sql.insert("cart", '"token", "status", "email", "marketing_consent", "name", "phone", '
                   '"address", "locale", "checkout_step", "created_at", "updated_at", '
                   '"abandoned_at", "reachable", "recovery_next_at", "visitor_id", "store_id"',
                   f"'open-' || n, 'open', NULL, {f}, '', '', '{{}}', 'en', 'cart', "
                   f"{sql.at(f'-((n * 7919) % {30 * DAY})')}, "
                   f"{sql.at(f'-((n * 7919) % {30 * DAY})')}, "
                   f"CASE WHEN n % 14 = 0 THEN {sql.at(f'-((n * 7919) % {30 * DAY}) + 3600')} END, "
                   f"CASE WHEN n % 14 = 0 THEN {t} ELSE {f} END, "
                   f"CASE WHEN n % 14 = 0 AND (n * 7919) % {30 * DAY} < {3 * DAY} "
                   f"THEN {sql.at(f'n % {DAY}')} END, {{vid}} + n, {store_id}",
                   shoppers, "n % 7 = 0"),
        (f'INSERT INTO "cart_item" ("quantity", "added_at", "cart_id", "product_id") '
         f"SELECT 1 + (c.visitor_id - {{vid}}) % 3, c.created_at, c.id, {{pid}} + 2 + "
         f"((CAST(c.visitor_id AS BIGINT) - {{vid}}) * 7919) % {PRODUCTS - 1} FROM \"cart\" c "
         f"WHERE c.store_id = {store_id}"),
        (f'INSERT INTO "order" ("number", "status", "email", "name", "phone", "address", '
         f'"currency", "subtotal", "shipping", "tax", "tax_included", "discount", "total", '
         f'"payment_method", "provider_reference", "created_at", "paid_at", "cart_id", '
         f'"visitor_id", "store_id") '
         f"SELECT 'B' || c.id, 'paid', c.email, '', '', '{{}}', 'INR', 34900, 0, 0, {f}, 0, "
         f"34900, 'upi', '', c.created_at, c.created_at, c.id, c.visitor_id, {store_id} "
         f"FROM \"cart\" c WHERE c.store_id = {store_id} AND c.status = 'converted'"),
    ]
    # the shoppers interested in the product whose price drops (P1, viewed by no one else)
    carts, views = interested * 2 // 5, interested * 4 // 5
    statements += [
        sql.insert("cart", '"token", "status", "email", "marketing_consent", "name", "phone", '
                   '"address", "locale", "checkout_step", "created_at", "updated_at", '
                   '"visitor_id", "store_id"',
                   f"'drop-' || n, 'open', CASE WHEN n % 3 = 0 THEN 'shopper' || n || "
                   f"'@example.com' END, CASE WHEN n % 3 = 0 THEN {t} ELSE {f} END, '', '', "
                   f"'{{}}', 'en', 'cart', {sql.at('-7200')}, {sql.at('-7200')}, {{vid}} + n, "
                   f"{store_id}", carts),
        (f'INSERT INTO "cart_item" ("quantity", "added_at", "cart_id", "product_id") '
         f"SELECT 1, c.created_at, c.id, {{pid}} + 1 FROM \"cart\" c "
         f"WHERE c.store_id = {store_id} AND c.token LIKE 'drop-%'"),
        sql.insert("product_view", '"views", "first_viewed_at", "last_viewed_at", "product_id", '
                   '"visitor_id", "store_id"',
                   f"2, {sql.at(f'-(n % {10 * DAY}) - 60')}, {sql.at(f'-(n % {10 * DAY})')}, "
                   f"{{pid}} + 1, {{vid}} + n, {store_id}", views, f"n > {carts}"),
        sql.insert("product_alert", '"kind", "shopper", "visitor_id", "email", "channel", '
                   '"locale", "created_at", "product_id", "store_id"',
                   f"'price', 'v:' || ({{vid}} + n), {{vid}} + n, NULL, 'push', 'en', "
                   f"{sql.at('-86400')}, {{pid}} + 1, {store_id}", interested, f"n > {views}"),
        sql.insert("push_subscription", '"endpoint_hash", "endpoint", "p256dh", "auth", '
                   '"is_active", "browser", "device", "locale", "timezone", "created_at", '
                   '"updated_at", "deactivated_reason", "visitor_id", "store_id"',
                   f"'hash-' || n, 'https://fcm.googleapis.com/fcm/send/bench-' || n, "
                   f"'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I"
                   f"99e8QcYP7DkM', 'tBHItJI5svbpez7KI4CCXg', {t}, 'chrome', 'desktop', 'en', "
                   f"'UTC', {old}, {old}, '', {{vid}} + n, {store_id}", interested),
    ]
    return statements


async def bench(database_url: str, shoppers: int, interested: int, drop: bool,
                scan: bool = True) -> list[Figure]:
    dialect = db.dialect_of(database_url)
    ctx = await fresh_database(database_url, schema="pushcart_bench_triggers")
    conn = connections.get("default")
    try:
        created = await create_store(SECRET, "Bench", ["https://shop.example"], currency="INR",
                                     timezone="UTC")
        store = created.store
        store.recovery = {"quiet_hours": None, "daily_cap": 20}
        store.automations = {flow: {"enabled": True} for flow in
                             ("browse_abandonment", "replenishment", "win_back", "new_arrivals")}
        await store.save()
        sql = Sql(dialect)
        start = time.perf_counter()
        statements = generate(sql, store.id, shoppers, interested)
        for statement in statements[:2]:
            await conn.execute_script(statement)
        ids = {}
        for name, table in (("pid", "product"), ("vid", "visitor")):  # consecutive ids
            rows = await conn.execute_query_dict(
                f'SELECT min(id) - 1 AS base FROM "{table}" WHERE store_id = {store.id}')
            ids[name] = str(rows[0]["base"])
        for statement in statements[2:]:
            await conn.execute_script(statement.replace("{pid}", ids["pid"])
                                      .replace("{vid}", ids["vid"]))
        for i, (sku, category) in enumerate((("NEW1", "c5"), ("NEW2", "c5"), ("NEW3", "c7"))):
            await Product.create(store=store, sku=sku, name=f"New {sku}", price=19900,
                                 category=category, created_at=NOW - timedelta(minutes=30 - 10 * i))
        await conn.execute_script("ANALYZE")
        generated = time.perf_counter() - start
        counts = {}
        for table in ("visitor", "product_view", "cart", "cart_item", "order", "product_alert",
                      "push_subscription"):
            counts[table] = (await conn.execute_query_dict(
                f'SELECT count(*) AS n FROM "{table}"'))[0]["n"]
        print(f"\n{dialect}: generated in {generated:.1f} s: "
              + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
        summary = []
        if drop:
            seconds = await price_drop(dialect, database_url, store.id, interested)
            target = 10 * interested / 100_000
            summary.append(Figure(f"price drop to {interested:,} interested shoppers, {dialect}",
                                  seconds, "s", f"< {target:g} s", seconds < target))
        if scan:
            await periodic_scans(dialect, store.id)
        return summary
    finally:
        await db.close_database(ctx)


async def price_drop(dialect: str, database_url: str, store_id: int, interested: int) -> float:
    """Seconds from the price change to the last Delivery queued."""
    settings = Settings.from_env({"DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
                                  "PUSHCART_DATA_DIR": tempfile.mkdtemp(),
                                  "SMTP_HOST": "127.0.0.1"})  # emails queued (nothing is sent)
    clock = FrozenClock(NOW)
    background = Background(settings, clock, base_url="https://pushcart.example")
    store = await Store.get(id=store_id)
    product = await Product.get(store_id=store_id, sku=DROP_SKU)
    lower = ProductIn(name=product.name, price=DROP_PRICE * 4 // 5, url=product.url,
                      category=product.category)
    await Product.filter(id=product.id).update(price=DROP_PRICE)
    phases: list[tuple[str, float, int]] = []
    start, cpu = time.perf_counter(), time.process_time()
    await catalog.upsert_product(store, DROP_SKU, lower, NOW)
    phases.append(("upsert_product (event recorded)", time.perf_counter() - start, 1))
    began = time.perf_counter()
    expanded = await events.expand_due(NOW)  # what the first pass would do first
    phases.append(("event expanded into runs", time.perf_counter() - began, expanded))
    passes = 0
    while True:
        began = time.perf_counter()
        decided = await background.automations(scan=False)
        passes += 1
        phases.append((f"automation pass {passes}", time.perf_counter() - began, decided))
        if not await AutomationRun.filter(status=RunStatus.PENDING).exists() and \
                not await AutomationEvent.filter(expanded_at__isnull=True).exists():
            break
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    queued = await Delivery.filter(store_id=store_id, flow="price_drop").count()
    runs = await AutomationRun.filter(flow="price_drop").count()
    sent = await AutomationRun.filter(flow="price_drop", status=RunStatus.SENT).count()
    print(f"  (a) price drop, {interested:,} interested shoppers: {runs:,} runs ({sent:,} sent), "
          f"{queued:,} deliveries queued in {total:.2f} s "
          f"({queued / total:,.0f} deliveries/s, {runs / total:,.0f} runs/s; {cpu:.2f} s of CPU "
          f"in this process{', SQLite included' if dialect == 'sqlite' else ''})"
          f"{'' if total < 10 else '  ** over the 10 s target **'}")
    for name, seconds, n in phases:
        print(f"      {name:34s} {seconds * 1000:9.1f} ms  ({n:,} runs decided)"
              if name.startswith("automation") else f"      {name:34s} {seconds * 1000:9.1f} ms"
              + (f"  ({n:,} runs recorded)" if name.startswith("event") else ""))
    return total


class Recorder:
    """Keeps every statement the ORM sends while it is on, to EXPLAIN it afterwards."""

    def __init__(self, conn: Any) -> None:
        self.statements: list[tuple[str, list[Any], float]] = []  # (sql, values, seconds)
        self.on = False
        client = type(conn)
        for method in ("execute_query", "execute_query_dict"):
            original = getattr(client, method)

            async def wrapped(this: Any, query: str, values: Any = None,
                              _o: Any = original) -> Any:
                start = time.perf_counter()
                result = await _o(this, query, values)
                if self.on:
                    self.statements.append((query, list(values or []),
                                            time.perf_counter() - start))
                return result
            setattr(client, method, wrapped)


async def _timed(run: Callable[[], Awaitable[Any]], times: int) -> tuple[list[float], Any]:
    seconds, result = [], None
    for _ in range(times):
        start = time.perf_counter()
        result = await run()
        seconds.append(time.perf_counter() - start)
    return seconds, result


async def periodic_scans(dialect: str, store_id: int) -> None:
    conn = connections.get("default")
    recorder = Recorder(conn)
    store = await Store.get(id=store_id)
    print(f"  (b) periodic scans over the last {PASS.total_seconds() / 3600:g} hour "
          f"(best and median of 3; target: under 1 s each)")
    slow_plans = []
    for name in SCANNED:
        flow, function = scans.SCANS[name]
        settings = flow_settings(store, flow)

        async def one(function: Any = function, settings: Any = settings) -> Any:
            return await function(store, settings, NOW - PASS, NOW, NOW)

        await one()  # warm: the first read of a table pays for the cache
        recorder.statements.clear()
        recorder.on = True
        seconds, found = await _timed(one, 3)
        recorder.on = False
        third = len(recorder.statements) // 3
        statements = recorder.statements[:third]
        took = [min(recorder.statements[i + k * third][2] for k in range(3))
                for i in range(third)]
        start = time.perf_counter()
        recorded = await record(store, found, NOW)
        kept = time.perf_counter() - start
        best = min(seconds)
        print(f"    {name:14s} {best * 1000:8.1f} ms best, {statistics.median(seconds) * 1000:.1f}"
              f" ms median: {len(found):,} found; recorded in {kept * 1000:.1f} ms "
              f"({recorded:,}); {len(statements)} queries"
              f"{'' if best < 1 else '  ** over the 1 s target **'}")
        for (query, values, _), seconds in zip(statements, took, strict=True):
            plan = await explain(conn, dialect, query, values)
            full_read = [line for line in plan if "Seq Scan" in line
                         or (line.lstrip("-` ").startswith("SCAN ") and "INDEX" not in line)]
            marker = "  !! no index: " if full_read else "      "
            print(f"{marker}{seconds * 1000:7.1f} ms  {query[:140]}")
            for line in plan[:6]:
                print(f"          {line[:150]}")
            if full_read:
                slow_plans.append((name, query))
    start = time.perf_counter()
    predicted = await predict_replenishment(store, NOW)
    print(f"    daily prediction (replenish_predict): {time.perf_counter() - start:.2f} s, "
          f"{predicted} products predicted")
    if slow_plans:
        print(f"  {len(slow_plans)} queries read a table without an index (marked !!)")


async def explain(conn: Any, dialect: str, query: str, values: list[Any]) -> list[str]:
    if dialect == "sqlite":
        _, rows = await conn.execute_query("EXPLAIN QUERY PLAN " + query, values)
        return [str(tuple(r)[-1]) for r in rows]
    _, rows = await conn.execute_query("EXPLAIN " + query, values)
    return [str(tuple(r)[0]) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="",
                        help="sqlite://PATH or postgres://…/DB (default: a new SQLite file)")
    parser.add_argument("--shoppers", type=int, default=1_000_000)
    parser.add_argument("--interested", type=int, default=100_000)
    parser.add_argument("--skip-drop", action="store_true", help="only the periodic scans")
    parser.add_argument("--skip-scans", action="store_true", help="only the price drop")
    parser.add_argument("--summary", help=SUMMARY_HELP)
    args = parser.parse_args()
    url = args.database or f"sqlite://{tempfile.mkdtemp(prefix='pushcart-bench-')}/triggers.db"
    if db.dialect_of(url) == "postgres" and "schema=" not in url:
        url += ("&" if "?" in url else "?") + "schema=pushcart_bench_triggers"
    if args.interested > args.shoppers:
        parser.error("--interested cannot exceed --shoppers")
    summary = asyncio.run(bench(url, args.shoppers, args.interested, not args.skip_drop,
                                not args.skip_scans))
    write_summary(args.summary, summary)


if __name__ == "__main__":
    main()
