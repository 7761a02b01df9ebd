"""Webhook deliveries per second: events of many shoppers written as the hooks write them, then
sent by one webhook lane (server/webhooks/worker.py) to a local aiohttp receiver that answers
204, on SQLite and on PostgreSQL.

    python bench/webhooks.py [--events 2000] [--shoppers 200] [--port 9401]
                             [--postgres URL | --no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web
from tortoise.transactions import in_transaction

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import SECRET, fresh_database  # noqa: E402
from server import db  # noqa: E402
from server.clock import Clock  # noqa: E402
from server.models import DeliveryStatus, WebhookDelivery  # noqa: E402
from server.stores import create_store  # noqa: E402
from server.webhooks import endpoints, events  # noqa: E402
from server.webhooks.endpoints import WebhookEndpointIn  # noqa: E402
from server.webhooks.targets import allow_rules  # noqa: E402
from server.webhooks.worker import WebhookWorker  # noqa: E402


async def measure(database_url: str, n_events: int, shoppers: int, port: int) -> dict[str, float]:
    ctx = await fresh_database(database_url, schema="pushcart_bench_webhooks")
    received = 0

    async def handle(request: web.Request) -> web.Response:
        nonlocal received
        await request.read()
        received += 1
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hooks", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        now = datetime.now(UTC)
        store = (await create_store(SECRET, "Bench", ["https://bench.test"])).store
        allow = (f"http://127.0.0.1:{port}",)
        await endpoints.create_endpoint(store.id, WebhookEndpointIn(
            url=f"http://127.0.0.1:{port}/hooks", events=["order.placed"]), SECRET, allow, now)
        started = time.perf_counter()
        for start in range(0, n_events, 100):
            async with in_transaction():
                for i in range(start, min(n_events, start + 100)):
                    await events.emit(store.id, "order.placed", f"visitor:{i % shoppers}",
                                      {"order": {"number": str(i), "total": 59900}}, now)
        written = time.perf_counter() - started
        worker = WebhookWorker(server_secret=SECRET, rules=allow_rules(allow), now=Clock().now)
        started = time.perf_counter()
        await worker.drain()
        sent = time.perf_counter() - started
        delivered = await WebhookDelivery.filter(status=DeliveryStatus.DELIVERED).count()
        assert delivered == received == n_events, (delivered, received)
        return {"events_written_per_s": n_events / written, "delivered_per_s": n_events / sent}
    finally:
        await runner.cleanup()
        await db.close_database(ctx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--shoppers", type=int, default=200)
    parser.add_argument("--port", type=int, default=9401)
    parser.add_argument("--postgres", help="a database (the bench works in its own schema)",
                        default="postgres://postgres@127.0.0.1:5432/h_webhooks_mig")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--database", help=argparse.SUPPRESS)  # one database, in this process
    args = parser.parse_args()
    if args.database:
        figures = asyncio.run(measure(args.database, args.events, args.shoppers, args.port))
        print(f"{db.dialect_of(args.database):9} "
              + "  ".join(f"{k} {v:,.0f}" for k, v in figures.items()), flush=True)
        return
    urls = [f"sqlite://{tempfile.mkdtemp()}/bench.sqlite3"]
    if not args.no_postgres:
        urls.append(args.postgres + "?schema=pushcart_bench_webhooks")
    for url in urls:  # a process each: the ORM keeps per-dialect state for the process
        subprocess.run([sys.executable, __file__, "--database", url, "--events",
                        str(args.events), "--shoppers", str(args.shoppers), "--port",
                        str(args.port)], check=True)


if __name__ == "__main__":
    main()
