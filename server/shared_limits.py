"""The rate limiter's store shared by every Pushcart process through Redis (PUSHCART_REDIS_URL),
which falls back to counting in this process while Redis cannot be reached, and says so once;
and the one check-and-count (GCRA) that every limit goes through, atomic in Redis."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from math import ceil
from urllib.parse import urlsplit

from quart_rate_limiter import RateLimit, RateLimiter, RateLimitExceeded
from quart_rate_limiter.store import MemoryStore, RateLimiterStoreABC
from redis.asyncio import Redis
from redis.backoff import NoBackoff
from redis.commands.core import AsyncScript
from redis.exceptions import RedisError
from redis.retry import Retry

log = logging.getLogger(__name__)

KEY_PREFIX = "pushcart:limit:"
# A request waits at most this long for Redis before it is counted in this process instead.
REDIS_TIMEOUT_SECONDS = 0.5
# While Redis is away, it is tried again at most this often (requests in between do not wait).
RETRY_SECONDS = 2.0
REDIS_SCHEMES = ("redis", "rediss", "unix")

# (key, count, period in seconds): one arrival is allowed while fewer than `count` were counted
# in the last `period`, by the GCRA that quart-rate-limiter uses
Limit = tuple[str, int, float]

# The same check-and-count in one step in Redis, so that two processes answering at the same
# moment cannot both take the last attempt. ARGV: now, then interval and allowance per key.
# Returns nil when counted, else the seconds to wait (as text: Lua numbers become integers).
TAKE_SCRIPT = """
local now = tonumber(ARGV[1])
local tats = {}
for i = 1, #KEYS do
  local interval = tonumber(ARGV[2 * i])
  local allowance = tonumber(ARGV[2 * i + 1])
  local tat = math.max(tonumber(redis.call('GET', KEYS[i]) or '0'), now)
  if tat - now > allowance then
    return string.format('%.6f', tat - now - allowance)
  end
  tats[i] = tat + interval
end
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], string.format('%.6f', tats[i]),
             'PXAT', math.floor(tats[i] * 1000) + 1000)
end
return false
"""


def redis_url_problem(url: str) -> str:
    """Why PUSHCART_REDIS_URL cannot be used ('' when it can)."""
    parts = urlsplit(url)
    if parts.scheme not in REDIS_SCHEMES:
        return "it must start with redis://, rediss:// or unix://"
    if parts.scheme != "unix" and not parts.hostname:
        return "it names no host"
    try:
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        return "its port is not a number from 0 to 65535"
    database = parts.path.strip("/")
    if parts.scheme != "unix" and database and not database.isdigit():
        return "its path must be a logical database number, e.g. redis://host:6379/0"
    return ""


def printable(url: str) -> str:
    """Where Redis is, as it may be logged: scheme, host, port and database, never a password."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    try:
        port = str(parts.port or 6379)
    except ValueError:
        port = "?"
    return f"{parts.scheme}://{host}:{port}/{parts.path.strip('/') or '0'}"


class SharedLimitStore(RateLimiterStoreABC):
    """Theoretical arrival times (quart-rate-limiter's GCRA) kept in Redis, one key per limit
    and client, each expiring when it no longer limits anything. When Redis fails, the limits
    are counted in this process's memory (as without Redis) until it answers again; the log
    says so once when it goes and once when it is back."""

    def __init__(self, url: str, *, retry_seconds: float = RETRY_SECONDS,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self.where = printable(url)
        self.fallback = MemoryStore()
        self.retry_seconds = retry_seconds
        self._monotonic = monotonic
        self._redis: Redis | None = None
        self._take_script: AsyncScript | None = None
        self._is_down = False
        self._retry_at = 0.0

    @property
    def is_shared(self) -> bool:
        """Whether limits are counted in Redis now (False while falling back to this process)."""
        return not self._is_down

    def _client(self) -> Redis:
        if self._redis is None:
            self._redis = Redis.from_url(
                self.url, socket_timeout=REDIS_TIMEOUT_SECONDS,
                socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
                retry=Retry(NoBackoff(), 0),  # a failure falls back at once, never waits twice
            )
        return self._redis

    def _usable(self) -> Redis | None:
        if self._is_down and self._monotonic() < self._retry_at:
            return None
        return self._client()

    def _failed(self, exc: BaseException) -> None:
        self._retry_at = self._monotonic() + self.retry_seconds
        if not self._is_down:
            self._is_down = True
            log.warning("Redis at %s cannot be reached (%s): rate limits are counted in each "
                        "process on its own until it answers", self.where, _reason(exc))

    def _answered(self) -> None:
        if self._is_down:
            self._is_down = False
            log.warning("Redis at %s is reachable again: rate limits are shared again", self.where)

    async def before_serving(self) -> None:
        try:
            await self._client().ping()
        except (RedisError, OSError, TimeoutError) as exc:
            self._failed(exc)
        else:
            log.info("rate limits are shared through Redis at %s", self.where)

    async def get(self, key: str, default: datetime) -> datetime:
        redis = self._usable()
        if redis is not None:
            try:
                value = await redis.get(KEY_PREFIX + key)
            except (RedisError, OSError, TimeoutError) as exc:
                self._failed(exc)
            else:
                self._answered()
                if value is None:
                    return default
                try:
                    return datetime.fromtimestamp(float(value), UTC)
                except ValueError:  # not a time of ours: as if there were none
                    return default
        return await self.fallback.get(key, default)

    async def set(self, key: str, tat: datetime) -> None:
        redis = self._usable()
        if redis is not None:
            try:
                # the key goes when its time has come: then it limits nothing any more
                await redis.set(KEY_PREFIX + key, repr(tat.timestamp()),
                                pxat=int(tat.timestamp() * 1000) + 1000)
            except (RedisError, OSError, TimeoutError) as exc:
                self._failed(exc)
            else:
                self._answered()
                return
        await self.fallback.set(key, tat)

    async def take(self, limits: Sequence[Limit], now: datetime) -> float | None:
        """Check and count one arrival under every limit at once: None when counted, else the
        seconds until one is allowed (nothing counted then)."""
        redis = self._usable()
        if redis is not None:
            args: list[float] = [now.timestamp()]
            for _, count, period in limits:
                args += [period / count, period - period / count]
            if self._take_script is None:  # sent once, then called by its SHA1 (EVALSHA)
                self._take_script = redis.register_script(TAKE_SCRIPT)
            try:
                wait = await self._take_script(
                    keys=[KEY_PREFIX + key for key, _, _ in limits], args=args)
            except (RedisError, OSError, TimeoutError) as exc:
                self._failed(exc)
            else:
                self._answered()
                return None if wait is None else float(wait)
        return await take_in(self.fallback, limits, now)

    async def after_serving(self) -> None:
        if self._redis is not None:
            redis, self._redis, self._take_script = self._redis, None, None
            try:
                await redis.aclose()
            except (RedisError, OSError, TimeoutError):  # it is gone already; nothing to close
                pass


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def take_in(store: RateLimiterStoreABC, limits: Sequence[Limit],
                  now: datetime) -> float | None:
    """`take` on a store of this process (its steps are not interleaved with another request's:
    nothing is awaited but the store's dictionary)."""
    arrivals = []
    for key, count, period in limits:
        interval = period / count
        stored = await store.get(key, now)
        tat = max(stored if stored.tzinfo else stored.astimezone(UTC), now)
        wait = (tat - now).total_seconds() - (period - interval)
        if wait > 0:
            return wait
        arrivals.append((key, tat + timedelta(seconds=interval)))
    for key, tat in arrivals:
        await store.set(key, tat)
    return None


async def take(store: RateLimiterStoreABC, limits: Sequence[Limit]) -> float | None:
    """Check and count one arrival under every limit, in Redis when the store is shared: None
    when counted, else the seconds until one is allowed (nothing counted then)."""
    now = datetime.now(UTC)
    if isinstance(store, SharedLimitStore):
        return await store.take(limits, now)
    return await take_in(store, limits, now)


class PushcartRateLimiter(RateLimiter):
    """quart-rate-limiter's, but a request's limits are checked and counted in one step (`take`),
    atomic in Redis, where its own reads every limit and then writes it: with several processes
    a burst at one moment could pass a spent limit in each of them."""

    async def _raise_on_rejection(self, endpoint: str, rate_limits: list[RateLimit]) -> None:
        limits = [(await self._create_key(endpoint, limit), limit.count,
                   limit.period.total_seconds()) for limit in rate_limits]
        if limits and (wait := await take(self.store, limits)) is not None:
            raise RateLimitExceeded(int(ceil(wait)))

    async def _update_limits(self, endpoint: str, rate_limits: list[RateLimit]) -> None:
        """Nothing: `_raise_on_rejection`, called just before, counted them."""


def limit_store(redis_url: str) -> RateLimiterStoreABC:
    """The rate limiter's store: shared through Redis when PUSHCART_REDIS_URL is set, else this
    process's memory (one process, or limits that may be N times looser with N processes)."""
    return SharedLimitStore(redis_url) if redis_url else MemoryStore()
