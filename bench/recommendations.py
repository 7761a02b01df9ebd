"""Recommendations at scale, on SQLite and PostgreSQL: 1,000,000 order lines over 20,000 products.

One store is generated straight in SQL: PRODUCTS products in 200 categories (every 50th out of
stock, every 97th inactive) and ORDERS confirmed orders of LINES_PER_ORDER lines each, whose
products go together in patterns (a product, its two neighbours of a kind, and one at random),
so the pair counts have a long tail as real ones do. Then, in the same run:

  (a) build from scratch   `counts.rebuild()`: every pair and every product's sales recounted
                           with set-based SQL (what `pushcart recommendations rebuild` runs)
  (b) fold in one order    `counts.fold_order()` for a newly confirmed 4-line order, in its own
                           transaction, as `place_order` runs it (median and worst of 30)
  (c) widget API           the cart as the widget reads it (GET /api/v1/carts/{token}) and a
                           quantity change (PUT …/items/{sku}), a 3-product cart, through the app
                           in process (no HTTP server), with recommendations on and off in
                           alternating rounds; with recommendations also "cold": every
                           product's candidates read anew (the cache emptied before each request)

    python bench/recommendations.py                     (SQLite, then PostgreSQL)
    python bench/recommendations.py --database sqlite:///tmp/recs.sqlite3
    python bench/recommendations.py --database postgres://postgres@127.0.0.1:5432/DB
                                    [--orders 250000] [--requests 400]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tortoise import connections  # noqa: E402
from tortoise.transactions import in_transaction  # noqa: E402

from bench.common import SECRET, fresh_database  # noqa: E402
from server import db  # noqa: E402
from server.app import create_app  # noqa: E402
from server.clock import FrozenClock  # noqa: E402
from server.models import Order, OrderItem, ProductPair, ProductSales, Store  # noqa: E402
from server.recommendations import counts, picks  # noqa: E402
from server.settings import Settings  # noqa: E402
from server.stores import create_store, store_cache  # noqa: E402

PRODUCTS = 20_000
CATEGORIES = 200
LINES_PER_ORDER = 4
ORIGIN = "https://shop.example"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/h_recs?schema=recs_bench"


def _series(dialect: str, count: int) -> tuple[str, str]:
    if dialect == "sqlite":
        return (f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                f"WHERE n < {count}) ", "FROM s")
    return "", f"FROM generate_series(1::bigint, {count}) AS s(n)"


def generate(dialect: str, store_id: int, orders: int) -> list[str]:
    t, f = ("1", "0") if dialect == "sqlite" else ("TRUE", "FALSE")
    now = "'2026-12-01 09:00:00+00:00'"
    before, source = _series(dialect, PRODUCTS)
    statements = [
        f'{before}INSERT INTO "product" ("sku", "name", "price", "image_url", "url", "category", '
        f'"stock", "is_active", "created_at", "updated_at", "store_id") '
        f"SELECT 'P' || n, 'Product ' || n, 10000 + n, '', '', 'c' || (n % {CATEGORIES}), "
        f"CASE WHEN n % 50 = 0 THEN 0 ELSE NULL END, CASE WHEN n % 97 = 0 THEN {f} ELSE {t} END, "
        f"{now}, {now}, {store_id} {source}"]
    before, source = _series(dialect, orders)
    statements.append(
        f'{before}INSERT INTO "order" ("number", "status", "email", "name", "phone", "address", '
        f'"currency", "subtotal", "shipping", "tax", "tax_included", "discount", "total", '
        f'"payment_method", "provider_reference", "created_at", "paid_at", "store_id") '
        f"SELECT 'B' || n, CASE WHEN n % 10 = 0 THEN 'placed' ELSE 'paid' END, "
        f"'shopper' || n || '@example.com', '', '', '{{}}', 'INR', 100000, 0, 0, {f}, 0, 100000, "
        f"'upi', '', {now}, {now}, {store_id} {source}")
    # line j of order o: a product, two of its neighbours (which depend on the order), one at
    # random; products numbered from 1
    base = f"((CAST(o.id AS BIGINT) * 7919) % {PRODUCTS})"
    product = {0: base, 1: f"(({base} + 1 + o.id % 3) % {PRODUCTS})",
               2: f"(({base} + 7 + o.id % 5) % {PRODUCTS})",
               3: f"((CAST(o.id AS BIGINT) * 104729 + 13) % {PRODUCTS})"}
    for j in range(LINES_PER_ORDER):
        statements.append(
            f'INSERT INTO "order_item" ("sku", "name", "unit_price", "quantity", "line_total", '
            f'"order_id") SELECT \'P\' || (1 + {product[j]}), \'Product\', 25000, 1, 25000, o.id '
            f'FROM "order" o WHERE o.store_id = {store_id}')
    return statements


async def _timed(run: Callable[[], Awaitable[Any]]) -> float:
    start = time.perf_counter()
    await run()
    return time.perf_counter() - start


def _ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (f"median {statistics.median(ordered) * 1000:6.2f} ms, p95 {p95 * 1000:6.2f} ms "
            f"({len(ordered)} requests)")


async def bench(database_url: str, orders: int, requests: int) -> None:
    dialect = db.dialect_of(database_url)
    ctx = await fresh_database(database_url, schema="recs_bench")
    await db.close_database(ctx)
    settings = Settings.from_env({
        "DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
        "PUSHCART_DATA_DIR": tempfile.mkdtemp(prefix="recs-bench-"),
        "PUSHCART_AUTO_MIGRATE": "0", "PUSHCART_RATE_LIMIT_PER_MINUTE": "0",
        "PUSHCART_RUN_WORKER": "0"})
    app = create_app(settings, clock=FrozenClock())
    async with app.test_app() as test_app:
        db.enter_context(app.extensions["tortoise_ctx"])
        conn = connections.get("default")
        created = await create_store(SECRET, "Bench", [ORIGIN], currency="INR",
                                     payment_methods=["cash_on_delivery"])
        store = created.store
        start = time.perf_counter()
        for statement in generate(dialect, store.id, orders):
            await conn.execute_script(statement)
        await conn.execute_script("ANALYZE")
        lines = await OrderItem.filter(order__store_id=store.id).count()
        print(f"\n{dialect}: generated {PRODUCTS:,} products, {orders:,} orders, {lines:,} order "
              f"lines in {time.perf_counter() - start:.1f} s")

        # (a) from scratch
        result = await counts.rebuild(store.id)
        print(f"  (a) build from scratch: {result.seconds:.2f} s: {result.pairs:,} pair rows "
              f"(both directions), {result.products:,} products sold")

        # (b) one new order folded in, in its own transaction as place_order does
        folds = []
        for n in range(30):
            order = await Order.create(
                store_id=store.id, number=f"F{n}", status="paid", email="f@example.com",
                currency="INR", subtotal=1, shipping=0, tax=0, discount=0, total=1,
                payment_method="upi", created_at=store.created_at)
            await OrderItem.bulk_create([
                OrderItem(order=order, sku=f"P{1 + (n * 211 + k * 37) % PRODUCTS}",
                          name="Product", unit_price=1, quantity=1, line_total=1)
                for k in range(4)])

            async def fold(order_id: int = order.id) -> None:
                async with in_transaction():
                    await counts.fold_order(store.id, order_id)
            folds.append(await _timed(fold))
        print(f"  (b) fold in one new 4-line order: median {statistics.median(folds) * 1000:.2f}"
              f" ms, worst {max(folds) * 1000:.2f} ms (of {len(folds)})")

        # (c) the widget API with recommendations and without
        client = test_app.test_client()
        headers = {"X-Pushcart-Key": store.public_key, "Origin": ORIGIN}
        response = await client.post("/api/v1/carts", json={"visitor_id": "bench-visitor-1"},
                                     headers=headers)
        token = (await response.get_json())["token"]
        for sku in ("P7920", "P7921", "P15839"):  # products bought often with others
            response = await client.post(f"/api/v1/carts/{token}/items",
                                         json={"sku": sku}, headers=headers)
            assert response.status_code == 200, await response.get_json()
        shown = (await response.get_json())["recommendations"]
        print(f"      the cart of 3 products shows {len(shown)} recommendations: "
              + ", ".join(f"{r['sku']} ({r['reason']})" for r in shown))

        async def read() -> None:
            response = await client.get(f"/api/v1/carts/{token}", headers=headers)
            assert response.status_code == 200

        quantity = [1]

        async def change() -> None:
            quantity[0] = 3 - quantity[0]  # 1, 2, 1, …
            response = await client.put(f"/api/v1/carts/{token}/items/P7920",
                                        json={"quantity": quantity[0]}, headers=headers)
            assert response.status_code == 200

        async def switch(enabled: bool) -> None:
            await Store.filter(id=store.id).update(recommendations={"enabled": enabled})
            store_cache.forget()
            await read()  # the store read again, and the candidates cached

        times: dict[str, list[float]] = {k: [] for k in
                                         ("read on", "read off", "read cold", "put on",
                                          "put off")}
        rounds = 4
        for _ in range(rounds):
            for enabled in (True, False):
                await switch(enabled)
                key = "on" if enabled else "off"
                for _ in range(requests // rounds):
                    times[f"read {key}"].append(await _timed(read))
                    times[f"put {key}"].append(await _timed(change))
            await switch(True)
            for _ in range(requests // rounds // 4):
                picks.forget_all()
                times["read cold"].append(await _timed(read))
        print("  (c) widget API, in process:")
        print(f"      GET cart, recommendations off:   {_ms(times['read off'])}")
        print(f"      GET cart, recommendations on:    {_ms(times['read on'])}")
        print(f"      GET cart, on, cache emptied:     {_ms(times['read cold'])}")
        print(f"      PUT quantity, recommendations off: {_ms(times['put off'])}")
        print(f"      PUT quantity, recommendations on:  {_ms(times['put on'])}")
        on, off = statistics.median(times["read on"]), statistics.median(times["read off"])
        print(f"      recommendations add {(on - off) * 1000:.2f} ms to a cart read "
              f"({on / off:.2f}x)")
        pairs = await ProductPair.filter(store_id=store.id).count()
        sold = await ProductSales.filter(store_id=store.id).count()
        print(f"      (after the run: {pairs:,} pair rows, {sold:,} products sold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", action="append",
                        help="sqlite://PATH or postgres://…/DB (repeatable; default: a new SQLite "
                             f"file, then {DEFAULT_POSTGRES})")
    parser.add_argument("--orders", type=int, default=250_000,
                        help="orders of 4 lines each (default 250,000: 1,000,000 lines)")
    parser.add_argument("--requests", type=int, default=400, help="per kind of widget request")
    args = parser.parse_args()
    urls = args.database or [
        f"sqlite://{tempfile.mkdtemp(prefix='recs-bench-')}/recommendations.db",
        DEFAULT_POSTGRES]
    for url in urls:
        if db.dialect_of(url) == "sqlite" and Path(url.split("://", 1)[1].split("?")[0]).exists():
            parser.error(f"{url} exists: give a new SQLite file (the bench fills it)")
        if db.dialect_of(url) == "postgres" and "schema=" not in url:
            url += ("&" if "?" in url else "?") + "schema=recs_bench"
        asyncio.run(bench(url, args.orders, args.requests))


if __name__ == "__main__":
    main()
