"""Limits on attempts that a request's rate limit does not catch: discount codes, so a code
cannot be guessed by trying many (per cart and per address). They keep their counts in the
app's rate-limiter store, with the same algorithm (GCRA) as quart-rate-limiter's own limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from math import ceil

from quart_rate_limiter import RateLimitExceeded
from quart_rate_limiter.store import RateLimiterStoreABC

# (attempts, per period): a shopper trying the codes they have is far below these
CODES_PER_CART = (10, timedelta(minutes=10))
CODES_PER_ADDRESS = (30, timedelta(hours=1))


async def count_attempt(store: RateLimiterStoreABC,
                        limits: list[tuple[str, tuple[int, timedelta]]]) -> None:
    """Count one attempt under each (key, (count, period)); RateLimitExceeded (a 429 with
    Retry-After) if any of them is spent, counting nothing then."""
    now = datetime.now(UTC)
    arrivals = []
    for key, (count, period) in limits:
        interval = period.total_seconds() / count
        stored = await store.get(key, now)
        tat = max(stored if stored.tzinfo else stored.replace(tzinfo=UTC), now)
        allowance = period.total_seconds() - interval
        if (tat - now).total_seconds() > allowance:
            retry_after = (tat - timedelta(seconds=allowance) - now).total_seconds()
            raise RateLimitExceeded(int(ceil(retry_after)))
        arrivals.append((key, tat + timedelta(seconds=interval)))
    for key, tat in arrivals:
        await store.set(key, tat)
