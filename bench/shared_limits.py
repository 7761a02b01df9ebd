"""What a request's rate limits cost when they are shared through Redis: the check-and-count
(`server.shared_limits.take`, one Lua script) and the read for the RateLimit headers, against
the in-process store, one at a time and with 32 requests in flight.

    nice python bench/shared_limits.py [--redis redis://127.0.0.1:6379/5] [--requests 5000]

It writes only keys under `pushcart:limit:bench|…` in the Redis it is given (they expire).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quart_rate_limiter.store import MemoryStore, RateLimiterStoreABC  # noqa: E402

from server.shared_limits import SharedLimitStore, take  # noqa: E402


async def _one(store: RateLimiterStoreABC, n: int) -> float:
    started = time.perf_counter()
    key = f"bench|client-{n % 500}"
    await take(store, [(key, 10**9, 60.0)])  # a limit never reached: always counted
    await store.get(key, datetime.now(UTC))  # what the RateLimit headers read
    return time.perf_counter() - started


async def _measure(store: RateLimiterStoreABC, requests: int, in_flight: int) -> str:
    latencies: list[float] = []
    started = time.perf_counter()
    queue = iter(range(requests))

    async def lane() -> None:
        for n in queue:
            latencies.append(await _one(store, n))

    await asyncio.gather(*(lane() for _ in range(in_flight)))
    seconds = time.perf_counter() - started
    ordered = sorted(latencies)
    return (f"{requests / seconds:8.0f} requests/s, p50 {statistics.median(ordered) * 1e3:.3f} ms,"
            f" p99 {ordered[int(len(ordered) * 0.99)] * 1e3:.3f} ms")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args()
    shared = SharedLimitStore(args.redis)
    await shared.before_serving()
    if not shared.is_shared:
        raise SystemExit(f"Redis at {shared.where} does not answer")
    try:
        for in_flight in (1, 32):
            for name, store in (("in-process", MemoryStore()), ("Redis", shared)):
                result = await _measure(store, args.requests, in_flight)
                print(f"{name:>10}, {in_flight:2} in flight: {result}")
    finally:
        await shared.after_serving()


if __name__ == "__main__":
    asyncio.run(main())
