"""The one lease that lets a single process prune at a time, across every Pushcart process."""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from server.models import RetentionLease

NAME = "prune"
LEASE = timedelta(minutes=10)  # renewed after every batch; a dead holder's expires
EVERY = timedelta(hours=24)  # how often the scheduler prunes


async def take(holder: str, now: datetime, *, only_if_due: bool) -> bool:
    """Take the lease if nobody holds it (or the holder's has expired); with *only_if_due*, only
    when the last complete prune is a day old. One conditional UPDATE: one process wins."""
    if not await RetentionLease.exists(name=NAME):
        try:
            await RetentionLease.create(name=NAME)
        except IntegrityError:
            pass  # another process made it first
    free = RetentionLease.filter(name=NAME).filter(
        Q(leased_until__isnull=True) | Q(leased_until__lt=now))
    if only_if_due:
        free = free.filter(Q(finished_at__isnull=True) | Q(finished_at__lte=now - EVERY))
    return bool(await free.update(holder=holder, leased_until=now + LEASE))


async def renew(holder: str, now: datetime) -> bool:
    """Keep the lease a while longer; False if it was lost (expired and taken by another)."""
    return bool(await RetentionLease.filter(name=NAME, holder=holder).update(
        leased_until=now + LEASE))


async def release(holder: str, now: datetime, *, finished: bool) -> None:
    """Give the lease back; *finished* records a complete prune (the next is due a day later)."""
    update: dict[str, object] = {"leased_until": None}
    if finished:
        update["finished_at"] = now
    await RetentionLease.filter(name=NAME, holder=holder).update(**update)
