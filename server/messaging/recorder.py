"""A batch's outcomes on their way to the database: written in groups as they arrive, so that
what a crash loses is only what was in flight (server/messaging/outbox.py says the bound)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from push.sender import Outcome

if TYPE_CHECKING:
    from server.messaging.outbox import Claimed


class OutcomeRecorder:
    """One batch's outcomes on their way to the database, written in groups as they arrive:
    `size` at a time, whatever came `wait` seconds after a group's first, or the batch's last;
    one group at a time. add() returns once its outcome is written (or its write failed)."""

    def __init__(self, write: Callable[[list[Claimed], list[Any]], Awaitable[None]],
                 expected: int, size: int, wait: float) -> None:
        self._write, self._left, self._size, self._wait = write, expected, size, wait
        self._pending: list[tuple[Claimed, Outcome | Exception]] = []
        self._loop = asyncio.get_running_loop()
        self._written: asyncio.Future[None] = self._loop.create_future()
        self._due = asyncio.Event()
        self._timer: asyncio.TimerHandle | None = None
        self.error: Exception | None = None
        self.task = asyncio.create_task(self._writing())  # cancelled when the batch is done

    async def add(self, delivery: Claimed, outcome: Outcome | Exception | None) -> None:
        self._left -= 1
        if outcome is not None:  # None: not sent (the row stays leased), nothing to wait for
            self._pending.append((delivery, outcome))
        self._schedule()
        if outcome is not None:
            await asyncio.shield(self._written)

    def _schedule(self) -> None:
        if len(self._pending) >= self._size or (self._pending and not self._left):
            self._due.set()
        elif self._pending and self._timer is None:
            self._timer = self._loop.call_later(self._wait, self._due.set)

    async def _writing(self) -> None:
        while True:
            await self._due.wait()
            self._due.clear()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            group, written = self._pending, self._written
            self._pending, self._written = [], self._loop.create_future()
            try:
                if group:
                    await self._write([d for d, _ in group], [o for _, o in group])
            except Exception as exc:  # run_once raises it once the batch is done
                self.error = self.error or exc
            written.set_result(None)
            self._schedule()
