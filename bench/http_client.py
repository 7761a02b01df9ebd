"""CPU per push-sized POST: aiohttp (the usual choice) against push/http.py, in one run.

N POSTs of a 300-byte body to a local nginx answering 201, 64 in flight over keep-alive
connections, one process. Prints requests/s and µs of CPU per request for each; the CPU figure
is what a push worker pays per message for HTTP.

    python bench/http_client.py [--n 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from push_throughput import NginxSink, free_port  # noqa: E402

from push.http import HttpPool  # noqa: E402

BODY = os.urandom(300)
HEADERS = {"TTL": "3600", "Content-Encoding": "aes128gcm", "Urgency": "normal"}


async def with_aiohttp(url: str, n: int) -> None:
    connector = aiohttp.TCPConnector(limit=64)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
                                     skip_auto_headers=("User-Agent",),
                                     auto_decompress=False) as session:
        limit = asyncio.Semaphore(64)

        async def one(i: int) -> None:
            async with limit, session.post(f"{url}/push/{i}", data=BODY,
                                           headers=HEADERS) as response:
                assert response.status == 201

        await asyncio.gather(*(one(i) for i in range(n)))


async def with_pushcart(url: str, n: int) -> None:
    pool = HttpPool()
    limit = asyncio.Semaphore(64)

    async def one(i: int) -> None:
        async with limit:
            assert (await pool.post(f"{url}/push/{i}", HEADERS, BODY)).status == 201

    await asyncio.gather(*(one(i) for i in range(n)))
    await pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args()
    port = free_port()
    results: dict[str, list[float]] = {}
    with NginxSink(port):
        url = f"http://localhost:{port}"
        for _ in range(2):  # alternate, twice, so neither gets the quieter moment
            for name, client in (("aiohttp", with_aiohttp), ("push/http.py", with_pushcart)):
                cpu, wall = time.process_time(), time.perf_counter()
                asyncio.run(client(url, args.n))
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                results.setdefault(name, []).append(cpu / args.n * 1e6)
                per_request = cpu / args.n * 1e6
                print(f"{name:<14} {args.n / wall:>8.0f} req/s {per_request:>7.1f} µs CPU/req")
    best = {name: min(values) for name, values in results.items()}
    print(f"CPU per request, aiohttp / push/http.py: {best['aiohttp'] / best['push/http.py']:.1f}x")


if __name__ == "__main__":
    main()
