"""The first start as a new merchant meets it: `pushcart run` in an empty folder until it answers
/healthz, with the demo store and its 90 days of history, against an empty first start.

Measured in the same run, each start on a database of its own (a fresh SQLite file; on
PostgreSQL the given database's public schema is dropped and made anew before each start):

  empty first start   PUSHCART_CREATE_DEMO=0: migrations, then serving
  first start         the default: migrations, the demo store, its history, then serving
  history alone       in this process: create_demo() with and without history, and the rows
                      it wrote

The issue's budget is 10 s for the first start on SQLite.

    python bench/demo_start.py [--repeat 3] [--database postgres://postgres@127.0.0.1:5432/db]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import SECRET, open_database  # noqa: E402
from server import db  # noqa: E402

BUDGET_SECONDS = 10.0
TABLES = ("visitor", "push_subscription", "cart", "cart_item", '"order"', "order_event",
          "delivery", "automation_run", "product_view")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _empty(database: str | None) -> None:
    if database is None:
        return
    import asyncpg

    conn = await asyncpg.connect(database.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


def first_start(database: str | None, *, demo: bool) -> float:
    """Seconds from starting `pushcart run` on an empty database until /healthz answers."""
    asyncio.run(_empty(database))
    port = _free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "PUSHCART_DATA_DIR": data_dir, "PUSHCART_SECRET_KEY": SECRET,
               "PUSHCART_CREATE_DEMO": "1" if demo else "0"}
        env.pop("DATABASE_URL", None)
        if database is not None:
            env["DATABASE_URL"] = database
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port",
                                    str(port)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            while True:
                if process.poll() is not None:
                    assert process.stdout is not None
                    raise RuntimeError(process.stdout.read().decode())
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                        return time.perf_counter() - started
                except OSError:
                    time.sleep(0.02)
        finally:
            process.terminate()
            process.wait(timeout=15)


async def history_alone(database: str | None, folder: str,
                        history: bool) -> tuple[float, dict[str, int]]:
    """Seconds create_demo() takes here (with or without history), and the rows it wrote."""
    from server.demo import create_demo
    from server.models import Store

    await _empty(database)
    url = database or f"sqlite://{folder}/history-{history}.sqlite3"
    await db.migrate(url)
    ctx = await open_database(url)
    try:
        started = time.perf_counter()
        await create_demo(SECRET, "http://127.0.0.1:8000", history=history)
        seconds = time.perf_counter() - started
        counts = {}
        for table in TABLES:
            _, rows = await Store._meta.db.execute_query(f"SELECT COUNT(*) AS n FROM {table}")
            counts[table.strip('"')] = int(rows[0]["n"])
    finally:
        await db.close_database(ctx)
    return seconds, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database", help="a PostgreSQL URL (its public schema is dropped); "
                                           "default: a fresh SQLite file per start")
    args = parser.parse_args()
    dialect = "postgres" if args.database else "sqlite"
    print(f"{dialect}: first start of `pushcart run` until /healthz answers "
          f"(best and median of {args.repeat})")
    results = {}
    for name, demo in (("empty first start", False), ("first start with the demo", True)):
        times = [first_start(args.database, demo=demo) for _ in range(args.repeat)]
        results[name] = times
        print(f"  {name:28s} {min(times):6.2f} s best, {statistics.median(times):6.2f} s median")
    extra = statistics.median(results["first start with the demo"]) - statistics.median(
        results["empty first start"])
    verdict = "within" if max(results["first start with the demo"]) < BUDGET_SECONDS else "OVER"
    print(f"  the demo and its history add {extra:.2f} s; {verdict} the "
          f"{BUDGET_SECONDS:g} s budget")
    with tempfile.TemporaryDirectory() as folder:
        without, _ = asyncio.run(history_alone(args.database, folder, False))
        with_history, counts = asyncio.run(history_alone(args.database, folder, True))
    print(f"  create_demo() in this process: {without:.2f} s without history, "
          f"{with_history:.2f} s with it")
    print("  rows written: " + ", ".join(f"{table} {n:,}" for table, n in counts.items()))


if __name__ == "__main__":
    main()
