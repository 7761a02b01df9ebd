"""Many concurrent shoppers updating carts through the widget API, on SQLite and PostgreSQL.

Starts a real `pushcart run` process per database, creates a store and catalog, then drives
SHOPPERS shoppers with CONCURRENCY connections in flight. Each shopper creates a cart, adds two
products, changes a quantity, types their email and reads the cart back (5 requests), like the
widget does. In the same run, the baseline is GET /healthz on the same server at the same
concurrency (framework + one trivial query), so the ratio is stable on a noisy 2-core machine.

    python bench/cart_load.py [--shoppers 400] [--concurrency 32] [--postgres URL | --no-postgres]

Prints requests/s, p50 and p99 latency per database, the ratio to the baseline, and the
gzipped size of widget.js.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
ORIGIN = "https://bench-shop.test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Server:
    def __init__(self, database_url: str | None) -> None:
        self.data_dir = tempfile.mkdtemp(prefix="pushcart-bench-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PUSHCART_DATA_DIR": self.data_dir,
                    "PUSHCART_CREATE_DEMO": "0", "PUSHCART_RATE_LIMIT_PER_MINUTE": "0",
                    "PUSHCART_LOG_LEVEL": "WARNING"}
        self.env.pop("DATABASE_URL", None)
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "run", "--port", str(self.port)],
            env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=15)

    def create_store(self) -> dict[str, str]:
        out = subprocess.run(
            [sys.executable, "-m", "server.cli", "store", "create", "Bench", "--origin", ORIGIN,
             "--currency", "INR", "--locale", "en-IN", "--json"],
            env=self.env, cwd=ROOT, check=True, capture_output=True, text=True)
        return json.loads(out.stdout)


async def wait_ready(session: aiohttp.ClientSession, url: str) -> None:
    for _ in range(150):
        try:
            async with session.get(url + "/healthz") as r:
                if r.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("server did not start")


async def timed(session: aiohttp.ClientSession, latencies: list[float], method: str, url: str,
                **kw: object) -> dict:
    start = time.perf_counter()
    async with session.request(method, url, **kw) as response:  # type: ignore[arg-type]
        body = await response.json() if response.status != 204 else {}
        if response.status >= 300:
            raise RuntimeError(f"{method} {url}: {response.status} {body}")
    latencies.append(time.perf_counter() - start)
    return body


async def shopper(session: aiohttp.ClientSession, api: str, headers: dict[str, str], n: int,
                  latencies: list[float]) -> None:
    cart = await timed(session, latencies, "POST", f"{api}/carts",
                       json={"visitor_id": f"bench-visitor-{n:06d}"}, headers=headers)
    path = f"{api}/carts/{cart['token']}"
    await timed(session, latencies, "POST", f"{path}/items", json={"sku": "SKU-1"}, headers=headers)
    await timed(session, latencies, "POST", f"{path}/items", json={"sku": f"SKU-{n % 50}",
                                                                   "quantity": 2}, headers=headers)
    await timed(session, latencies, "PUT", f"{path}/items/SKU-1", json={"quantity": 3},
                headers=headers)
    await timed(session, latencies, "PATCH", path, json={"email": f"shopper{n}@example.com"},
                headers=headers)


async def run_pool(count: int, concurrency: int, make) -> float:  # type: ignore[no-untyped-def]
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            await make(queue.get_nowait())

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - start


async def measure(server: Server, shoppers: int, concurrency: int) -> dict[str, float]:
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        await wait_ready(session, server.url)
        store = server.create_store()
        auth = {"Authorization": f"Bearer {store['secret_key']}"}
        products = [{"sku": f"SKU-{i}", "name": f"Product {i}", "price": 1000 + i * 100,
                     "stock": 1_000_000} for i in range(50)]
        async with session.post(f"{server.url}/api/v1/products/bulk", json={"products": products},
                                headers=auth) as r:
            assert r.status == 200, await r.text()
        async with session.put(f"{server.url}/api/v1/tax-rates", headers=auth,
                               json={"rates": [{"country": "IN", "rate_bp": 1800}]}) as r:
            assert r.status == 200
        headers = {"X-Pushcart-Key": store["public_key"], "Origin": ORIGIN}
        api = f"{server.url}/api/v1"

        # warm up both paths
        await run_pool(20, 4, lambda n: shopper(session, api, headers, 900000 + n, []))
        base_lat: list[float] = []
        base_count = shoppers * 5
        base_time = await run_pool(base_count, concurrency,
                                   lambda n: timed(session, base_lat, "GET",
                                                   f"{server.url}/healthz"))
        cart_lat: list[float] = []
        cart_time = await run_pool(shoppers, concurrency,
                                   lambda n: shopper(session, api, headers, n, cart_lat))
    return {
        "cart_rps": len(cart_lat) / cart_time,
        "cart_p50_ms": statistics.median(cart_lat) * 1000,
        "cart_p99_ms": percentile(cart_lat, 0.99) * 1000,
        "base_rps": len(base_lat) / base_time,
        "base_p50_ms": statistics.median(base_lat) * 1000,
        "base_p99_ms": percentile(base_lat, 0.99) * 1000,
        "requests": len(cart_lat),
    }


async def widget_size(url: str) -> tuple[int, int]:
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.get(url + "/widget.js", headers={"Accept-Encoding": "gzip"}) as r:
            gz = len(await r.read())
        async with session.get(url + "/widget.js", headers={"Accept-Encoding": "identity"}) as r:
            raw = len(await r.read())
    return gz, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shoppers", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--postgres", default=os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    databases: list[tuple[str, str | None]] = [("sqlite", None)]
    if not args.no_postgres:
        databases.append(("postgresql", args.postgres))

    print(f"{args.shoppers} shoppers x 5 widget-API requests, {args.concurrency} in flight, "
          f"one pushcart process, {os.cpu_count()} cores")
    print(f"{'database':<11} {'workload':<22} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for name, url in databases:
        with Server(url) as server:
            result = asyncio.run(measure(server, args.shoppers, args.concurrency))
            if name == "sqlite":
                gz, raw = asyncio.run(widget_size(server.url))
        print(f"{name:<11} {'GET /healthz (base)':<22} {result['base_rps']:>8.0f} "
              f"{result['base_p50_ms']:>8.1f} {result['base_p99_ms']:>8.1f}")
        print(f"{name:<11} {'cart updates':<22} {result['cart_rps']:>8.0f} "
              f"{result['cart_p50_ms']:>8.1f} {result['cart_p99_ms']:>8.1f}"
              f"   ratio to base {result['cart_rps'] / result['base_rps']:.2f}")
    print(f"widget.js: {gz / 1024:.1f} KiB gzipped ({raw / 1024:.1f} KiB raw), budget 30 KiB")


if __name__ == "__main__":
    main()
