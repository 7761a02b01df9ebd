"""Abandonment scan and reminder scheduling over a million carts, on SQLite and PostgreSQL.

A generator writes N carts for one store straight in SQL: spread over 30 days, most of them
seen by earlier scans (the store's watermark is a minute before the cutoff), some abandoned
with a step due later, a fresh slice that went quiet in the last minute (what the scan must
find) and a few carts whose next reminder is due now. Measured in the same run:

  naive scan       every open cart past the cutoff, read as a scan without a watermark would
  scan             sequence.scan_store(): finds the fresh slice (repeated, best and median)
  due selection    the query that picks due reminder steps
  steps queued     sequence.send_due(): DUE carts -> reminder rows in the outbox, in steps a
                   second (3 rounds, median), the due carts alike (one name and item: one
                   email rendered for all) and each with its own name (one render each)
  race             two schedulers queue the same DUE steps at once (two send_due calls in one
                   process; on PostgreSQL also two processes): each step must be queued once

    python bench/recovery_scan.py [--carts 100000] [--fresh 1000] [--due 5000]
                                  [--only sqlite|postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
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

from bench.common import SECRET, fresh_database, open_database  # noqa: E402
from bench.summary import SUMMARY_HELP, Figure, read_summary, write_summary  # noqa: E402
from server import db  # noqa: E402
from server.messaging.context import MessageContext  # noqa: E402
from server.models import Cart, DiscountCode, Store  # noqa: E402
from server.recovery import sequence  # noqa: E402
from server.recovery.settings import RecoverySettings  # noqa: E402
from server.stores import create_store  # noqa: E402

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
WATERMARK = NOW - timedelta(seconds=3660)  # the previous scan's cutoff, a minute ago
MONTH = 30 * 24 * 3600
NAMED = 300  # due carts that get a name each (their rendering is the slow part)
CONTEXT = MessageContext(server_secret=SECRET, base_url="https://pushcart.example",
                         email_enabled=True)


def _generate_sql(dialect: str, store_id: int, product_id: int, carts: int, fresh: int,
                  due: int) -> list[str]:
    """Carts n = 1..N. n <= fresh: quiet since the last minute; fresh < n <= fresh + due: a
    first reminder due now (the second, a day after the last activity, is not); every tenth
    other cart: abandoned earlier, a step due in the next three days; the rest: older activity,
    seen by earlier scans."""
    if dialect == "sqlite":
        series = (f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                  f"WHERE n < {carts}) ")
        def at(seconds_expr: str) -> str:
            return (f"strftime('%Y-%m-%d %H:%M:%S', '{NOW:%Y-%m-%d %H:%M:%S}', "
                    f"({seconds_expr}) || ' seconds') || '+00:00'")
        source = "FROM s"
    else:
        series = ""
        def at(seconds_expr: str) -> str:
            return f"(TIMESTAMPTZ '{NOW.isoformat()}' + make_interval(secs => ({seconds_expr})))"
        source = f"FROM generate_series(1::bigint, {carts}) AS s(n)"
    updated = (f"CASE WHEN n <= {fresh} THEN -3600 - (n % 60) "
               f"WHEN n <= {fresh + due} THEN -7200 - n "
               f"ELSE -3661 - ((n * 7919) % {MONTH}) END")
    abandoned = (f"CASE WHEN n > {fresh} AND n <= {fresh + due} THEN {at('-7200 + 3600 - n')} "
                 f"WHEN n > {fresh + due} AND n % 10 = 0 THEN {at('-3000')} ELSE NULL END")
    next_at = (f"CASE WHEN n > {fresh} AND n <= {fresh + due} THEN {at('-10')} "
               f"WHEN n > {fresh + due} AND n % 10 = 0 THEN {at('3600 + (n % 259200)')} "
               f"ELSE NULL END")
    true, false = ("1", "0") if dialect == "sqlite" else ("TRUE", "FALSE")
    consent = f"CASE WHEN n % 3 = 0 OR n <= {fresh + due} THEN {true} ELSE {false} END"
    carts_sql = (
        f'{series}INSERT INTO "cart" ("token", "status", "email", "marketing_consent", "name", '
        f'"phone", "address", "locale", "checkout_step", "created_at", "updated_at", '
        f'"abandoned_at", "reachable", "recovery_step", "recovery_next_at", "store_id") '
        f"SELECT 'bench-' || n, 'open', 'shopper' || n || '@example.com', {consent}, 'Shopper', "
        f"'', '{{}}', 'en', 'cart', {at(updated)}, {at(updated)}, {abandoned}, "
        f"CASE WHEN n > {fresh} AND n <= {fresh + due} THEN {true} ELSE {false} END, 0, "
        f"{next_at}, {store_id} {source}")
    with_items = source.replace(str(carts), str(fresh + due))
    items_sql = (f'INSERT INTO "cart_item" ("cart_id", "product_id", "quantity", "added_at") '
                 f"SELECT id, {product_id}, 1, created_at FROM \"cart\" "
                 f"WHERE token IN (SELECT 'bench-' || n {with_items})"
                 if dialect == "postgres" else
                 f'{series.replace(str(carts), str(fresh + due))}'
                 f'INSERT INTO "cart_item" ("cart_id", "product_id", "quantity", "added_at") '
                 f"SELECT c.id, {product_id}, 1, c.created_at FROM s JOIN \"cart\" c "
                 f"ON c.token = 'bench-' || n")
    analyze = "ANALYZE" if dialect == "sqlite" else 'ANALYZE "cart"; ANALYZE "cart_item"'
    return [carts_sql, items_sql, analyze]


async def _best(run: Callable[[], Awaitable[Any]], times: int,
                before: Callable[[], Awaitable[Any]] | None = None) -> tuple[list[float], Any]:
    seconds, result = [], None
    for _ in range(times):
        if before is not None:
            await before()
        start = time.perf_counter()
        result = await run()
        seconds.append(time.perf_counter() - start)
    return seconds, result


async def _reset_due(due_ids: range) -> None:
    """The due carts (consecutive ids) as they were before any step was queued."""
    conn = connections.get("default")
    await conn.execute_script('DELETE FROM "delivery"')
    await DiscountCode.filter(code__startswith="BACK-").delete()
    await Cart.filter(id__gte=due_ids.start, id__lt=due_ids.stop).update(
        recovery_step=0, recovery_next_at=NOW - timedelta(seconds=10), recovery_code=None)


async def _queued_once() -> tuple[int, int]:
    """(steps with outbox rows, steps with more than one): the bench's carts get one email."""
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        'SELECT COUNT(*) AS steps, COALESCE(SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END), 0) AS twice '
        'FROM (SELECT cart_id, step, COUNT(*) AS n FROM "delivery" GROUP BY cart_id, step) AS t')
    return int(rows[0]["steps"]), int(rows[0]["twice"])


async def _queue_rounds(due_ids: range, rounds: int) -> list[tuple[float, float]]:
    """(wall, this process's CPU) seconds to queue the steps of *due_ids*, each round from the
    same state. The CPU figure does not move with the machine's other load; on SQLite it is
    the database's too, on PostgreSQL the server's is not in it."""
    seconds = []
    for _ in range(rounds):
        await _reset_due(due_ids)
        start, cpu = time.perf_counter(), time.process_time()
        queued = await sequence.send_due(NOW, CONTEXT)
        seconds.append((time.perf_counter() - start, time.process_time() - cpu))
        assert queued == len(due_ids) == (await _queued_once())[0], (queued, len(due_ids))
    return seconds


async def _race_in_process(due_ids: range, due: int) -> dict[str, Any]:
    await _reset_due(due_ids)
    counts = await asyncio.gather(sequence.send_due(NOW, CONTEXT),
                                  sequence.send_due(NOW, CONTEXT))
    steps, twice = await _queued_once()
    return {"returned": list(counts), "steps": steps, "twice": twice}


def _race_child(database_url: str, start_at: float) -> int:
    async def run() -> int:
        ctx = await open_database(database_url)
        try:
            await asyncio.sleep(max(0.0, start_at - time.time()))
            return await sequence.send_due(NOW, CONTEXT)
        finally:
            await db.close_database(ctx)
    return asyncio.run(run())


async def _race_in_processes(due_ids: range, due: int, database_url: str) -> dict[str, Any]:
    """Two scheduler processes started together on the same due steps."""
    await _reset_due(due_ids)
    start_at = time.time() + 4  # both connected and waiting by then
    loop = asyncio.get_running_loop()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = [pool.apply_async(_race_child, (database_url, start_at)) for _ in range(2)]
        counts = [await loop.run_in_executor(None, r.get) for r in results]
    steps, twice = await _queued_once()
    return {"returned": counts, "steps": steps, "twice": twice}


async def bench(database_url: str, carts: int, fresh: int, due: int) -> dict[str, Any]:
    dialect = db.dialect_of(database_url)
    ctx = await fresh_database(database_url, schema="pushcart_bench_recovery")
    conn = connections.get("default")
    try:
        created = await create_store(SECRET, "Bench", ["https://shop.example"], currency="INR",
                                     timezone="UTC")
        store = created.store
        store.recovery = {"quiet_hours": None, "daily_cap": 20}
        store.recovery_scanned_until = WATERMARK
        await store.save()
        from server.models import Product

        product = await Product.create(store=store, sku="TEA", name="Assam tea", price=34900)
        start = time.perf_counter()
        for statement in _generate_sql(dialect, store.id, product.id, carts, fresh, due):
            await conn.execute_script(statement)
        generated = time.perf_counter() - start
        count = (await conn.execute_query_dict('SELECT count(*) AS n FROM "cart"'))[0]["n"]
        assert count == carts, count

        # Baseline: a scan without a watermark reads every open cart past the cutoff.
        full, naive = await _best(lambda: Cart.filter(
            store_id=store.id, status="open", updated_at__lte=NOW - timedelta(hours=1),
        ).values_list("id", "visitor_id", "email", "marketing_consent"), 3)
        assert len(naive) == carts, len(naive)

        async def reset_scan() -> None:
            await Store.filter(id=store.id).update(recovery_scanned_until=WATERMARK)
            await Cart.filter(store_id=store.id, updated_at__gt=WATERMARK).update(
                abandoned_at=None, reachable=False, recovery_next_at=None)

        async def one_scan() -> int:
            fresh_store = await Store.get(id=store.id)
            return await sequence.scan_store(fresh_store, RecoverySettings.of(fresh_store), NOW)

        scans, marked = await _best(one_scan, 5, before=reset_scan)
        assert marked == fresh, (marked, fresh)

        async def nothing_new() -> None:  # the last scan was half a second ago
            await Store.filter(id=store.id).update(
                recovery_scanned_until=NOW - timedelta(seconds=3600))

        async def idle_scan() -> int:
            fresh_store = await Store.get(id=store.id)
            return await sequence.scan_store(fresh_store, RecoverySettings.of(fresh_store),
                                             NOW + timedelta(seconds=0.5))

        idle, none = await _best(idle_scan, 5, before=nothing_new)
        assert none == 0
        due_query, rows = await _best(lambda: Cart.filter(recovery_next_at__lte=NOW - timedelta(
            seconds=5)).order_by("recovery_next_at").limit(sequence.STEP_BATCH), 5)
        assert len(rows) == min(due, sequence.STEP_BATCH), len(rows)

        await Cart.filter(updated_at__gt=WATERMARK).update(recovery_next_at=None)  # only the due
        ids = sorted(await Cart.filter(recovery_next_at__lte=NOW).values_list("id", flat=True))
        due_ids = range(ids[0], ids[-1] + 1)
        assert len(ids) == len(due_ids) == due, (len(ids), due)
        queue = {"alike": await _queue_rounds(due_ids, 3)}
        # Each cart its own words (a name each): one content and one email rendered per cart.
        named = range(due_ids.start, due_ids.start + min(due, NAMED))
        await conn.execute_script(f"UPDATE cart SET name = 'Shopper' || id || ' Rao' "
                                  f"WHERE id >= {named.start} AND id < {named.stop}")
        await Cart.filter(id__gte=named.stop, id__lt=due_ids.stop).update(recovery_next_at=None)
        queue["each its own name"] = await _queue_rounds(named, 3)
        await Cart.filter(id__gte=due_ids.start, id__lt=due_ids.stop).update(
            name="Shopper", recovery_next_at=NOW - timedelta(seconds=10))
        races = {"two send_due in one process": await _race_in_process(due_ids, due)}
        if dialect == "postgres":
            races["two processes"] = await _race_in_processes(due_ids, due, database_url)

        plans = {}
        scan_sql = (Cart.filter(store_id=store.id, status="open", updated_at__gt=WATERMARK,
                                updated_at__lte=NOW - timedelta(hours=1))
                    .values_list("id").sql(params_inline=True))
        due_sql = Cart.filter(recovery_next_at__lte=NOW).order_by("recovery_next_at").limit(
            200).sql(params_inline=True)
        for name, sql in (("scan", scan_sql), ("due", due_sql)):
            explain = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
            _, result = await conn.execute_query(explain + sql)
            plans[name] = " | ".join(str(tuple(r)[-1]) for r in result)
        return {"dialect": dialect, "generated_s": generated, "full_read": full, "scan": scans,
                "idle_scan": idle,
                "due_query": due_query, "queue": queue, "races": races, "plans": plans}
    finally:
        await db.close_database(ctx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--carts", type=int, default=100_000)
    parser.add_argument("--fresh", type=int, default=1000)
    parser.add_argument("--due", type=int, default=5000)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--summary", help=SUMMARY_HELP)
    args = parser.parse_args()
    if args.only is None:  # one process per database: aerich keeps its dialect process-wide
        import subprocess

        summary = []
        for only in ("sqlite", "postgres"):
            part = Path(tempfile.mkdtemp(prefix="pushcart-bench-")) / "summary.json"
            subprocess.run([sys.executable, __file__, "--only", only, "--carts", str(args.carts),
                            "--fresh", str(args.fresh), "--due", str(args.due),
                            "--postgres", args.postgres, "--summary", str(part)], check=True)
            summary += read_summary(part)
        write_summary(args.summary, summary)
        return
    summary = []
    urls = []
    if args.only in (None, "sqlite"):
        urls.append(f"sqlite://{tempfile.mkdtemp(prefix='pushcart-bench-')}/recovery.sqlite3")
    if args.only in (None, "postgres"):
        urls.append(args.postgres + "?schema=pushcart_bench_recovery")
    print(f"{args.carts:,} carts in one store; {args.fresh} newly quiet; {args.due} steps due")
    for url in urls:
        r = asyncio.run(bench(url, args.carts, args.fresh, args.due))
        full = min(r["full_read"])
        scan_best, scan_median = min(r["scan"]), statistics.median(r["scan"])
        due = min(r["due_query"])
        print(f"\n{r['dialect']} (generated in {r['generated_s']:.1f} s)")
        print(f"  naive scan, every quiet cart read (baseline) {full * 1000:9.1f} ms")
        print(f"  scan, {args.fresh} newly abandoned found and marked {scan_best * 1000:9.1f} ms "
              f"best, {scan_median * 1000:.1f} ms median ({full / scan_best:.0f}x faster)")
        print(f"  scan, a second with nothing new    {min(r['idle_scan']) * 1000:9.2f} ms")
        print(f"  due-step selection                 {due * 1000:9.2f} ms "
              f"({full / due:.0f}x faster than the naive scan)")
        for name, rounds in r["queue"].items():
            steps = args.due if name == "alike" else min(args.due, NAMED)
            wall = statistics.median(w for w, _ in rounds)
            cpu = statistics.median(c for _, c in rounds)
            print(f"  steps queued, {name:<20} {steps / wall:9,.0f} steps/s "
                  f"({steps:,} in {wall * 1000:.0f} ms, median of {len(rounds)}; "
                  f"{steps / cpu:,.0f} steps per CPU second of this process)")
            if name == "alike":
                summary.append(Figure(f"reminder steps queued, {r['dialect']}", steps / wall,
                                      "steps/s", ">= 5,000 steps/s", steps / wall >= 5000))
        for name, race in r["races"].items():
            verdict = ("each once" if race["steps"] == args.due and race["twice"] == 0
                       and sum(race["returned"]) == args.due else "FAILED")
            summary.append(Figure(f"reminder race, {r['dialect']}, {name}: steps queued twice",
                                  race["twice"], "", "0", verdict == "each once"))
            print(f"  race, {name:<28} {verdict}: {race['steps']:,} of {args.due:,} steps "
                  f"queued, {race['twice']} twice; the schedulers took {race['returned']}")
        for name, plan in r["plans"].items():
            print(f"  plan ({name}): {plan[:160]}")
    write_summary(args.summary, summary)


if __name__ == "__main__":
    main()
