"""Limits on attempts that a request's rate limit does not catch: discount codes, so a code
cannot be guessed by trying many (per cart and per address). They keep their counts in the
app's rate-limiter store, with the same algorithm (GCRA) as quart-rate-limiter's own limits, so
that with PUSHCART_REDIS_URL they are shared by every process too."""

from __future__ import annotations

from datetime import timedelta
from math import ceil

from quart_rate_limiter import RateLimitExceeded
from quart_rate_limiter.store import RateLimiterStoreABC

from server.shared_limits import take

# (attempts, per period): a shopper trying the codes they have is far below these
CODES_PER_CART = (10, timedelta(minutes=10))
CODES_PER_ADDRESS = (30, timedelta(hours=1))


async def count_attempt(store: RateLimiterStoreABC,
                        limits: list[tuple[str, tuple[int, timedelta]]]) -> None:
    """Count one attempt under each (key, (count, period)); RateLimitExceeded (a 429 with
    Retry-After) if any of them is spent, counting nothing then. Shared by every process, in
    one atomic step, when the store is Redis's (server/shared_limits.py)."""
    wait = await take(store, [(key, count, period.total_seconds())
                              for key, (count, period) in limits])
    if wait is not None:
        raise RateLimitExceeded(int(ceil(wait)))
