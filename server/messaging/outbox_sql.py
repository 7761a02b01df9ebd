"""The outbox's two hot statements as plain SQL: a claim in one round trip, and an outcome
group's UPDATE.

Through the ORM a claim took four statements (two SELECT … FOR UPDATE SKIP LOCKED, an UPDATE, a
SELECT joining the subscriptions) and every statement was rendered by pypika and its rows made
into model objects: a sixth of a push worker's CPU per message. Here a claim is one statement
on PostgreSQL (the row locks and the UPDATE in one transaction of their own, RETURNING the rows
with their subscriptions' keys) and two on SQLite (an UPDATE … RETURNING, which SQLite has since
3.35, then the subscriptions), and an outcome group is one UPDATE of a fixed text.
"""

from __future__ import annotations

import functools
import sqlite3
from datetime import UTC, datetime
from typing import Any

from tortoise import connections

from server.models import Channel, Delivery, DeliveryStatus

SENDING = DeliveryStatus.SENDING.value
QUEUED = DeliveryStatus.QUEUED.value
PUSH = Channel.PUSH.value
HAS_RETURNING = sqlite3.sqlite_version_info >= (3, 35, 0)  # PostgreSQL always has it

_ROW = ("id, store_id, subscription_id, payload, ttl, urgency, topic, attempts, created_at, "
        "sent_at, channel, email_to, kind, cart_id, step, automation_run_id, flow")

# The rows of dead workers whose lease ran out come first, then what is due, each by its own
# status so the (status, next_attempt_at) index answers it. The CTEs holding FOR UPDATE are
# read only as far as the outer LIMIT asks, so rows past it are neither locked nor claimed.
_CLAIM_POSTGRES = f"""
WITH stale AS (
    SELECT id FROM delivery WHERE status = '{SENDING}' AND locked_until < $1
    ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED),
due AS (
    SELECT id FROM delivery WHERE status = '{QUEUED}' AND next_attempt_at <= $1
    ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED),
picked AS (SELECT id FROM stale UNION ALL SELECT id FROM due LIMIT $2),
claimed AS (
    UPDATE delivery SET status = '{SENDING}', locked_until = $3, claimed_by = $4,
        attempts = delivery.attempts + 1
    FROM picked WHERE delivery.id = picked.id
    RETURNING {", ".join(f"delivery.{column}" for column in _ROW.split(", "))})
SELECT claimed.*, s.endpoint AS sub_endpoint, s.p256dh AS sub_p256dh, s.auth AS sub_auth,
       s.is_active AS sub_is_active
FROM claimed LEFT JOIN push_subscription s ON s.id = claimed.subscription_id
ORDER BY claimed.id"""

# No row locks in SQLite: one UPDATE, which tests that each row is still due as it writes it.
_CLAIM_SQLITE = f"""
UPDATE delivery SET status = '{SENDING}', locked_until = ?, claimed_by = ?,
    attempts = attempts + 1
WHERE id IN (
    SELECT id FROM (SELECT id FROM delivery WHERE status = '{SENDING}' AND locked_until < ?
                    ORDER BY next_attempt_at LIMIT ?)
    UNION ALL
    SELECT id FROM (SELECT id FROM delivery WHERE status = '{QUEUED}' AND next_attempt_at <= ?
                    ORDER BY next_attempt_at LIMIT ?)
    LIMIT ?)
RETURNING {_ROW}"""

_COLUMNS = _ROW.split(", ")
_FIELDS = Delivery._meta.fields_map
_payload = _FIELDS["payload"].to_python_value
_parse_time = _FIELDS["created_at"].to_python_value


def _time(value: Any) -> datetime | None:
    """A stored time, aware and in UTC: PostgreSQL gives datetimes, SQLite the text that
    db.sqlite_time wrote, read by datetime.fromisoformat (the ORM's own parser took a tenth of
    what a claim costs on SQLite)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            parsed: datetime | None = _parse_time(value)
            return parsed
    if value is None:
        return None
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _is_postgres() -> bool:
    return bool(connections.get("default").capabilities.dialect == "postgres")


_SUBSCRIPTION = ("subscription__endpoint", "subscription__p256dh", "subscription__auth",
                 "subscription__is_active")
_NO_SUBSCRIPTION = (None, None, None, False)


@functools.lru_cache(maxsize=64)
def _shared_payload(text: str) -> dict[str, Any]:
    """One dictionary for the push rows that store the same text (a campaign's): decoded once,
    and the outbox makes their message once (payloads.Template). Nothing changes a claimed
    row's payload."""
    payload: dict[str, Any] = _payload(text)
    return payload


def _row(row: Any, subscription: tuple[Any, ...] | None) -> dict[str, Any]:
    """A claimed row as plain values, named as `Claimed.from_row` reads them."""
    values = {column: row[column] for column in _COLUMNS}
    raw = values["payload"]
    values["payload"] = (_shared_payload(raw) if isinstance(raw, str) and values["channel"]
                         == PUSH else _payload(raw))
    values["created_at"] = _time(values["created_at"])
    values["sent_at"] = _time(values["sent_at"])
    values.update(zip(_SUBSCRIPTION, subscription or _NO_SUBSCRIPTION, strict=True))
    return values


async def claim_rows(now: datetime, limit: int, claimer: str,
                     locked_until: datetime) -> list[dict[str, Any]]:
    """Claim up to *limit* due rows for *claimer* until *locked_until*: each row's columns and
    its subscription's, by id."""
    db = connections.get("default")
    if _is_postgres():
        _, rows = await db.execute_query(_CLAIM_POSTGRES, [now, limit, locked_until, claimer])
        return [_row(r, (r["sub_endpoint"], r["sub_p256dh"], r["sub_auth"], r["sub_is_active"])
                     if r["sub_endpoint"] is not None else None) for r in rows]
    _, rows = await db.execute_query(
        _CLAIM_SQLITE, [locked_until, claimer, now, limit, now, limit, limit])
    subscription_ids = sorted({r["subscription_id"] for r in rows if r["subscription_id"]})
    subscriptions: dict[int, tuple[str, str, str, bool]] = {}
    if subscription_ids:
        _, found = await db.execute_query(
            "SELECT id, endpoint, p256dh, auth, is_active FROM push_subscription "
            f"WHERE id IN ({', '.join('?' * len(subscription_ids))})", subscription_ids)
        subscriptions = {s["id"]: (s["endpoint"], s["p256dh"], s["auth"], bool(s["is_active"]))
                         for s in found}
    return sorted((_row(r, subscriptions.get(r["subscription_id"])) for r in rows),
                  key=lambda r: int(r["id"]))


async def record_outcome(ids: list[int], claimer: str, values: dict[str, Any]) -> None:
    """Set *values* (column -> value) on the rows of *ids* that *claimer* still holds."""
    db = connections.get("default")
    columns = sorted(values)
    if _is_postgres():
        sets = ", ".join(f"{column} = ${i}" for i, column in enumerate(columns, 1))
        await db.execute_query(
            f"UPDATE delivery SET {sets} WHERE claimed_by = ${len(columns) + 1} "
            f"AND id = ANY(${len(columns) + 2}::bigint[])",
            [*(values[c] for c in columns), claimer, ids])
        return
    sets = ", ".join(f"{column} = ?" for column in columns)
    await db.execute_query(
        f"UPDATE delivery SET {sets} WHERE claimed_by = ? "
        f"AND id IN ({', '.join('?' * len(ids))})",
        [*(values[c] for c in columns), claimer, *ids])
