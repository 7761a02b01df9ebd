"""Shoppers updating carts through the widget API, against /healthz of the same process.

Starts a real `pushcart run` process per database (SQLite, then PostgreSQL), creates a store and
a catalog, and in each of ROUNDS rounds measures, one after the other:

- `GET /healthz` with 32 requests in flight (the framework, the rate limiter and one query);
- cart updates with 32 in flight: each shopper creates a cart, adds two products, changes a
  quantity and types their email (5 requests), like the widget does;
- the same cart updates with 8 in flight, for their latency.

The ratio of cart updates to /healthz of the same process in the same round is what stays
stable on a noisy 2-core machine; each figure is the median of the rounds. Rate limits are on
(set high enough that none is reached), as in production. In the same run a bare Quart app,
started the same way (a socket bound first, then Hypercorn with `pushcart run`'s settings), answers
`/healthz` with a constant, so the framework's own cost shows. The server's CPU per request is
read from /proc.

    python bench/cart_load.py [--quick] [--shoppers 150] [--rounds 3]
                              [--postgres URL | --no-postgres]

`run(...)` does the same from Python and returns the rows (`make bench` prints them).
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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.summary import SUMMARY_HELP, Figure, write_summary  # noqa: E402

ORIGIN = "https://bench-shop.test"
PRODUCTS = 50
HIGH_CONCURRENCY = 32
LOW_CONCURRENCY = 8
TARGET_RATIO = 0.6  # issue 19: cart updates at 32 in flight, against /healthz
TARGET_P99_MS = 50.0  # issue 19: cart updates at 8 in flight


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def cpu_seconds(pid: int) -> float:
    """User and system CPU the process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """A process serving HTTP on a free port: `pushcart run`, or the bare Quart app."""

    def __init__(self, database_url: str | None = None, *, bare: bool = False) -> None:
        self.data_dir = tempfile.mkdtemp(prefix="pushcart-bench-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.bare = bare
        self.env = {**os.environ, "PUSHCART_DATA_DIR": self.data_dir,
                    "PUSHCART_CREATE_DEMO": "0", "PUSHCART_LOG_LEVEL": "WARNING",
                    # on, as in production, and far above what one bench client sends
                    "PUSHCART_RATE_LIMIT_PER_MINUTE": str(10**9)}
        self.env.pop("DATABASE_URL", None)
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        command = ([sys.executable, str(Path(__file__).resolve()), "--serve-bare",
                    str(self.port)] if self.bare else
                   [sys.executable, "-m", "server.cli", "run", "--port", str(self.port)])
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=15)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def create_store(self) -> dict[str, str]:
        out = subprocess.run(
            [sys.executable, "-m", "server.cli", "store", "create", "Bench", "--origin", ORIGIN,
             "--currency", "INR", "--locale", "en-IN", "--json"],
            env=self.env, cwd=ROOT, check=True, capture_output=True, text=True)
        created: dict[str, str] = json.loads(out.stdout)
        return created


def serve_bare(port: int) -> None:
    """A Quart app of one route, served as `pushcart run` serves Pushcart (server/cli.py)."""
    import signal

    from hypercorn.asyncio import serve
    from hypercorn.config import Config
    from quart import Quart

    sys.path.insert(0, str(ROOT))
    from server.cli import _listen

    app = Quart("bare")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    config = Config()
    config.bind = [f"fd://{_listen('127.0.0.1', port).detach()}"]
    config.accesslog = None
    config.graceful_timeout = 10

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(app, config, shutdown_trigger=stop.wait)

    asyncio.run(main())


async def wait_ready(url: str) -> None:
    """Until the server answers (on a connection of its own: one left idle meanwhile would be
    closed by the server's keep-alive timeout under the measurement's feet)."""
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            try:
                async with session.get(url + "/healthz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


async def timed(session: aiohttp.ClientSession, latencies: list[float], method: str, url: str,
                **kw: Any) -> Any:
    start = time.perf_counter()
    async with session.request(method, url, **kw) as response:
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
    await timed(session, latencies, "POST", f"{path}/items",
                json={"sku": f"SKU-{n % PRODUCTS}", "quantity": 2}, headers=headers)
    await timed(session, latencies, "PUT", f"{path}/items/SKU-1", json={"quantity": 3},
                headers=headers)
    await timed(session, latencies, "PATCH", path, json={"email": f"shopper{n}@example.com"},
                headers=headers)


async def run_pool(count: int, concurrency: int, make: Callable[[int], Awaitable[Any]]) -> float:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            await make(queue.get_nowait())

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - start


@dataclass
class Sample:
    """One workload measured once: requests per second, latency, server CPU per request."""

    rps: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float


async def sample(server: Server, concurrency: int, count: int,
                 make: Callable[[list[float], int], Awaitable[Any]]) -> Sample:
    latencies: list[float] = []
    cpu = cpu_seconds(server.pid)
    elapsed = await run_pool(count, concurrency, lambda n: make(latencies, n))
    cpu = cpu_seconds(server.pid) - cpu
    return Sample(rps=len(latencies) / elapsed, p50_ms=statistics.median(latencies) * 1000,
                  p99_ms=percentile(latencies, 0.99) * 1000,
                  cpu_ms=cpu / len(latencies) * 1000)


async def load_catalog(session: aiohttp.ClientSession, server: Server,
                       store: dict[str, str]) -> None:
    auth = {"Authorization": f"Bearer {store['secret_key']}"}
    products = [{"sku": f"SKU-{i}", "name": f"Product {i}", "price": 1000 + i * 100,
                 "stock": 1_000_000} for i in range(PRODUCTS)]
    async with session.post(f"{server.url}/api/v1/products/bulk", json={"products": products},
                            headers=auth) as r:
        assert r.status == 200, await r.text()
    async with session.put(f"{server.url}/api/v1/tax-rates", headers=auth,
                           json={"rates": [{"country": "IN", "rate_bp": 1800}]}) as r:
        assert r.status == 200, await r.text()


async def measure_pushcart(server: Server, shoppers: int, rounds: int,
                           healthz_count: int) -> dict[str, list[Sample]]:
    """Every round: /healthz at 32, cart updates at 32, cart updates at 8 in flight."""
    await wait_ready(server.url)
    store = server.create_store()
    connector = aiohttp.TCPConnector(limit=HIGH_CONCURRENCY)
    results: dict[str, list[Sample]] = {"healthz": [], "cart32": [], "cart8": []}
    async with aiohttp.ClientSession(connector=connector) as session:
        await load_catalog(session, server, store)
        headers = {"X-Pushcart-Key": store["public_key"], "Origin": ORIGIN}
        api = f"{server.url}/api/v1"
        healthz = f"{server.url}/healthz"
        await run_pool(20, 4, lambda n: shopper(session, api, headers, 900_000 + n, []))  # warm up
        visitors = iter(range(10**9))  # every shopper a new visitor, across rounds
        for _ in range(rounds):
            results["healthz"].append(await sample(
                server, HIGH_CONCURRENCY, healthz_count,
                lambda lat, n: timed(session, lat, "GET", healthz)))
            for name, in_flight in (("cart32", HIGH_CONCURRENCY), ("cart8", LOW_CONCURRENCY)):
                results[name].append(await sample(
                    server, in_flight, shoppers,
                    lambda lat, n: shopper(session, api, headers, next(visitors), lat)))
    return results


async def measure_bare(server: Server, rounds: int, count: int) -> list[Sample]:
    await wait_ready(server.url)
    connector = aiohttp.TCPConnector(limit=HIGH_CONCURRENCY)
    async with aiohttp.ClientSession(connector=connector) as session:
        url = f"{server.url}/healthz"
        return [await sample(server, HIGH_CONCURRENCY, count,
                             lambda lat, n: timed(session, lat, "GET", url))
                for _ in range(rounds)]


@dataclass
class Row:
    """One line of the table: the medians over the rounds of one workload on one server."""

    server: str
    workload: str
    in_flight: int
    rps: float
    p50_ms: float
    p99_ms: float
    cpu_ms: float
    ratio: float | None = None  # cart updates / /healthz of the same process


def median_row(server: str, workload: str, in_flight: int, samples: list[Sample],
               ratios: list[float] | None = None) -> Row:
    return Row(server=server, workload=workload, in_flight=in_flight,
               rps=statistics.median(s.rps for s in samples),
               p50_ms=statistics.median(s.p50_ms for s in samples),
               p99_ms=statistics.median(s.p99_ms for s in samples),
               cpu_ms=statistics.median(s.cpu_ms for s in samples),
               ratio=statistics.median(ratios) if ratios else None)


def run(databases: list[tuple[str, str | None]], *, shoppers: int = 150, rounds: int = 3,
        healthz_count: int = 1500) -> list[Row]:
    """Measure the bare Quart app, then Pushcart on each (name, DATABASE_URL or None)."""
    rows = []
    with Server(bare=True) as bare:
        samples = asyncio.run(measure_bare(bare, rounds, healthz_count))
    rows.append(median_row("bare Quart", "GET /healthz", HIGH_CONCURRENCY, samples))
    for name, url in databases:
        with Server(url) as server:
            results = asyncio.run(measure_pushcart(server, shoppers, rounds, healthz_count))
        ratios = [c.rps / h.rps for c, h in zip(results["cart32"], results["healthz"],
                                                strict=True)]
        rows.append(median_row(name, "GET /healthz", HIGH_CONCURRENCY, results["healthz"]))
        rows.append(median_row(name, "cart updates", HIGH_CONCURRENCY, results["cart32"],
                               ratios))
        rows.append(median_row(name, "cart updates", LOW_CONCURRENCY, results["cart8"]))
    return rows


async def widget_size(server: Server) -> tuple[int, int]:
    """widget.js as browsers get it: gzipped and raw bytes."""
    await wait_ready(server.url)
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.get(server.url + "/widget.js",
                               headers={"Accept-Encoding": "gzip"}) as r:
            gz = len(await r.read())
        async with session.get(server.url + "/widget.js",
                               headers={"Accept-Encoding": "identity"}) as r:
            raw = len(await r.read())
    return gz, raw


def table(rows: list[Row]) -> str:
    lines = [f"{'server':<12} {'workload':<14} {'in flight':>9} {'req/s':>7} {'p50 ms':>7} "
             f"{'p99 ms':>7} {'CPU ms/req':>10}  ratio to /healthz"]
    for r in rows:
        ratio = ""
        if r.ratio is not None:
            ratio = f"{r.ratio:.2f} (target >= {TARGET_RATIO})"
        elif r.workload == "cart updates":
            ratio = f"p99 target < {TARGET_P99_MS:.0f} ms"
        lines.append(f"{r.server:<12} {r.workload:<14} {r.in_flight:>9} {r.rps:>7.0f} "
                     f"{r.p50_ms:>7.1f} {r.p99_ms:>7.1f} {r.cpu_ms:>10.2f}  {ratio}")
    return "\n".join(lines)


def figures(rows: list[Row]) -> list[Figure]:
    """The issue's figures: per database, cart updates against /healthz at 32 in flight, and
    their p99 at 8; and /healthz of Pushcart against a bare Quart app's."""
    out = []
    bare = next(r for r in rows if r.server == "bare Quart")
    for r in rows:
        if r.ratio is not None:
            out.append(Figure(f"cart updates / /healthz, {r.server}, {r.in_flight} in flight",
                              r.ratio, "x", f">= {TARGET_RATIO}x", r.ratio >= TARGET_RATIO))
        elif r.workload == "cart updates":
            out.append(Figure(f"cart update p99, {r.server}, {r.in_flight} in flight", r.p99_ms,
                              "ms", f"< {TARGET_P99_MS:.0f} ms", r.p99_ms < TARGET_P99_MS))
        elif r is not bare:
            out.append(Figure(f"/healthz / bare Quart's, {r.server}", r.rps / bare.rps, "x"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="one round of 40 shoppers: a smoke test, not a measurement")
    parser.add_argument("--shoppers", type=int, default=150, help="per workload and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--serve-bare", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--summary", help=SUMMARY_HELP)
    args = parser.parse_args()
    if args.serve_bare:
        serve_bare(args.serve_bare)
        return
    shoppers, rounds = (40, 1) if args.quick else (args.shoppers, args.rounds)
    databases: list[tuple[str, str | None]] = [("sqlite", None)]
    if not args.no_postgres:
        databases.append(("postgresql", args.postgres))
    print(f"{shoppers} shoppers x 5 widget-API requests per workload, median of {rounds} "
          f"round(s), one process per server, {os.cpu_count()} cores", flush=True)
    rows = run(databases, shoppers=shoppers, rounds=rounds, healthz_count=shoppers * 10)
    print(table(rows))
    write_summary(args.summary, figures(rows))
    with Server() as server:
        gz, raw = asyncio.run(widget_size(server))
    print(f"widget.js: {gz / 1024:.1f} KiB gzipped ({raw / 1024:.1f} KiB raw), budget 20 KiB")


if __name__ == "__main__":
    main()
