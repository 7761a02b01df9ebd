"""Push encryption in a pool of processes, so that one sending process can use every core.

Encrypting a message (a fresh P-256 key pair, ECDH, HKDF, AES-GCM: RFC 8291) costs more CPU
than everything else the sender does for it, and a Python process runs on one core. The pool
takes messages as the sender asks for them, hands them to its processes in chunks (one IPC
round trip for `chunk` messages, not one per message) and gives each caller its body.

A pool process that dies (killed, out of memory) breaks the pool: the chunks it held are
encrypted again by a fresh pool, and after `max_breaks` breaks within a minute the pool gives
up and encrypts in the calling process, so no message is ever lost to it. Pool processes
ignore SIGINT (Ctrl-C reaches the whole process group; the parent stops them itself once its
batches are done) and exit on their own when their parent has died.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from push.sender import PayloadTooLarge, Subscription, encode_payload, encrypt

log = logging.getLogger(__name__)

Job = tuple[str, str, Any]  # the subscription's p256dh and auth, the payload (dict or bytes)
PARENT_CHECK_SECONDS = 1.0


def encrypt_jobs(jobs: list[Job]) -> list[bytes | str]:
    """Each job's encrypted body, or (a str) why its payload cannot be sent."""
    bodies: list[bytes | str] = []
    for p256dh, auth, payload in jobs:
        try:
            bodies.append(encrypt(Subscription("", p256dh, auth), encode_payload(payload)))
        except PayloadTooLarge as exc:
            bodies.append(str(exc))
    return bodies


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)  # the parent died without stopping us (SIGKILL): nothing of ours is in flight


def _start_process(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


class EncryptionPool:
    """`processes` processes encrypting for the caller's event loop, `chunk` messages at a time.

    `await pool.encrypt(subscription, payload)` returns the body (raises PayloadTooLarge);
    calls made in the same turn of the event loop travel together."""

    def __init__(self, processes: int, *, chunk: int = 32, max_breaks: int = 3) -> None:
        self.processes = processes
        self.chunk = chunk
        self.max_breaks = max_breaks
        self.breaks = 0  # how many times a pool process died
        self.in_process = False  # gave up on the pool: encrypting in the caller
        self.is_ready = False  # every process has answered once (start())
        self._break_times: deque[float] = deque(maxlen=max_breaks)
        self._executor: ProcessPoolExecutor | None = None
        self._pending: list[tuple[Job, asyncio.Future[bytes | str]]] = []
        self._flushing = False
        self._running: set[asyncio.Task[None]] = set()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_process, initargs=(os.getpid(),))

    def start(self) -> None:
        """Start the processes now rather than at the first message. They take a moment to be
        ready (an interpreter each, seconds on a busy machine); messages asked for meanwhile
        are encrypted in the calling process, so starting never delays a message."""
        self._executor = self._new_executor()
        waiting = [self.processes]

        def answered(_: object) -> None:  # in the executor's thread
            waiting[0] -= 1
            if waiting[0] == 0:
                self.is_ready = True
                log.info("%d encryption processes ready", self.processes)

        for _ in range(self.processes):
            self._executor.submit(encrypt_jobs, []).add_done_callback(answered)

    @property
    def pids(self) -> list[int]:
        """The process ids of the pool as it is now (none once it encrypts in the caller)."""
        return list(self._executor._processes) if self._executor is not None else []

    async def encrypt(self, subscription: Subscription, payload: Any) -> bytes:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[bytes | str] = loop.create_future()
        self._pending.append(((subscription.p256dh, subscription.auth, payload), done))
        if len(self._pending) >= self.chunk:
            self._flush()
        elif not self._flushing:
            self._flushing = True
            loop.call_soon(self._flush)
        body = await done
        if isinstance(body, str):
            raise PayloadTooLarge(body)
        return body

    def _flush(self) -> None:
        self._flushing = False
        if not self._pending:
            return
        jobs, self._pending = self._pending, []
        task = asyncio.ensure_future(self._encrypt_chunk(jobs))
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _encrypt_chunk(self, jobs: list[tuple[Job, asyncio.Future[bytes | str]]]) -> None:
        try:
            bodies = await self._bodies([job for job, _ in jobs])
        except Exception as exc:  # each caller sees it (recorded as a retry by the outbox)
            for _, done in jobs:
                if not done.done():
                    done.set_exception(exc)
            return
        for (_, done), body in zip(jobs, bodies, strict=True):
            if not done.done():  # its caller may have been cancelled meanwhile
                done.set_result(body)

    async def _bodies(self, jobs: list[Job]) -> list[bytes | str]:
        while self.is_ready and not self.in_process:
            executor = self._executor
            assert executor is not None  # ready: start() made it
            try:
                return await asyncio.wrap_future(executor.submit(encrypt_jobs, jobs))
            except BrokenProcessPool:
                self._broken(executor)
        return encrypt_jobs(jobs)

    def _broken(self, executor: ProcessPoolExecutor) -> None:
        """A process of *executor* died: a fresh pool, starting (and this process encrypting
        until it is ready), unless they keep dying."""
        if self._executor is not executor:
            return  # another chunk already saw it break
        self.breaks += 1
        self._break_times.append(time.monotonic())
        self._executor, self.is_ready = None, False
        executor.shutdown(wait=False, cancel_futures=True)
        if (len(self._break_times) == self.max_breaks
                and self._break_times[-1] - self._break_times[0] < 60):
            self.in_process = True
            log.error("encryption processes died %d times within a minute; encrypting in the "
                      "sending process from now on", self.max_breaks)
        else:
            log.warning("an encryption process died; starting a new pool (its messages are "
                        "encrypted again)")
            self.start()

    async def close(self) -> None:
        """Stop the processes, after the chunks in hand are done."""
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, wait=True)
