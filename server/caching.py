"""A short-lived, in-process cache of rows that every request reads and few requests change."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ReadCache(Generic[K, V]):
    """What `load` returns for a key, kept for *seconds* (a missing row, None, is not kept, so a
    new one is found at once). Whoever changes the rows in this process calls `forget()`, and
    the change is seen at once; another process's change is seen within *seconds*. A load under
    way when `forget()` is called does not put what it read back (the generation tells), so a
    slow read never brings back what a change replaced."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._entries: dict[K, tuple[float, V]] = {}
        self._generation = 0

    async def get(self, key: K, load: Callable[[], Awaitable[V | None]]) -> V | None:
        entry = self._entries.get(key)
        now = self._clock()
        if entry is not None and now - entry[0] < self.seconds:
            return entry[1]
        generation = self._generation
        value = await load()
        if value is not None and generation == self._generation:
            self._entries[key] = (now, value)
        return value

    def forget(self) -> None:
        """Drop every entry (changes are rare: finding the one entry they touch is not worth
        it)."""
        self._entries.clear()
        self._generation += 1
