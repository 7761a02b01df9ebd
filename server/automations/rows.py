"""Bulk INSERTs of plain rows for the automations' hot paths (a price drop that concerns 100,000
shoppers writes as many runs and more deliveries): one statement run over many rows, with no ORM
object built for each. Times are timezone-aware (server/db.py gives them to SQLite in UTC)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from tortoise.models import Model

CHUNK = 5000


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


async def insert_rows(model: type[Model], columns: Sequence[str], rows: list[tuple[Any, ...]],
                      *, skip_conflicts: bool = False) -> None:
    """INSERT *rows* (tuples in the order of *columns*) into *model*'s table, in the current
    transaction if there is one; with *skip_conflicts*, a row that would break a unique key is
    left out (ON CONFLICT DO NOTHING, on SQLite as on PostgreSQL)."""
    if not rows:
        return
    db = model._meta.db
    on_postgres = db.capabilities.dialect == "postgres"
    marks = ", ".join(f"${i + 1}" if on_postgres else "?" for i in range(len(columns)))
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{model._meta.db_table}" ({names}) VALUES ({marks})'
    if skip_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    for start in range(0, len(rows), CHUNK):
        await db.execute_many(sql, [[_plain(v) for v in row]
                                    for row in rows[start:start + CHUNK]])


async def analyze(model: type[Model]) -> None:
    """Refresh PostgreSQL's statistics of a table that just grew by many rows, so the next
    queries on it plan for its real size (autovacuum would only get to it later)."""
    db = model._meta.db
    if db.capabilities.dialect == "postgres":
        await db.execute_script(f'ANALYZE "{model._meta.db_table}"')
