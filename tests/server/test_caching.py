"""The read cache behind the widget's store and rules lookups: how long an entry lives, and
that a change is never undone by a read that was under way."""

from __future__ import annotations

import asyncio

from server.caching import ReadCache


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_an_entry_is_read_again_once_its_seconds_are_over() -> None:
    ticks, reads = Ticks(), []
    cache: ReadCache[str, int] = ReadCache(5.0, clock=ticks)

    async def load() -> int:
        reads.append(ticks.now)
        return len(reads)

    assert await cache.get("k", load) == 1
    ticks.now = 4.9
    assert await cache.get("k", load) == 1
    ticks.now = 5.0  # another process's change is seen within the cache's seconds
    assert await cache.get("k", load) == 2
    assert reads == [0.0, 5.0]


async def test_forget_makes_the_next_get_read_at_once() -> None:
    values = iter([1, 2])
    cache: ReadCache[str, int] = ReadCache(60.0, clock=Ticks())

    async def load() -> int:
        return next(values)

    assert await cache.get("k", load) == 1
    cache.forget()
    assert await cache.get("k", load) == 2


async def test_a_read_under_way_when_forgotten_is_not_kept() -> None:
    cache: ReadCache[str, str] = ReadCache(60.0, clock=Ticks())
    release = asyncio.Event()

    async def slow_old_value() -> str:
        await release.wait()
        return "old"

    reading = asyncio.create_task(cache.get("k", slow_old_value))
    await asyncio.sleep(0)
    cache.forget()  # a change was saved while the read was in flight
    release.set()
    assert await reading == "old"

    async def new_value() -> str:
        return "new"

    assert await cache.get("k", new_value) == "new"


async def test_a_missing_row_is_not_kept() -> None:
    cache: ReadCache[str, str] = ReadCache(60.0, clock=Ticks())
    rows: list[str | None] = [None, "created since"]

    async def load() -> str | None:
        return rows.pop(0)

    assert await cache.get("k", load) is None
    assert await cache.get("k", load) == "created since"
