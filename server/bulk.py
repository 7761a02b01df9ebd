"""Statements over many rows at once, for the hot paths (a price drop that concerns 100,000 shoppers
writes as many runs and more deliveries), on SQLite and PostgreSQL alike: INSERTs of plain rows
with no ORM object built for each, and filters on a set of values passed as one parameter (an
array on PostgreSQL, a JSON array on SQLite) instead of one parameter per member, which the query
builder would wrap and render one by one. Times are timezone-aware (server/db.py gives them to
SQLite in UTC); a statement runs in the current transaction when there is one."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

SQLITE_CHUNK = 5000
POSTGRES_CHUNK = 20_000


def json_text(value: Any) -> str:
    """How a JSON column's value is given to `insert_rows`."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_time(value: datetime | str) -> datetime:
    """A time read by `Statement.rows`: SQLite hands it over as text (in UTC, server/db.py)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict | list):
        return json_text(value)
    return value


def _on_postgres(db: BaseDBAsyncClient) -> bool:
    return bool(db.capabilities.dialect == "postgres")


class Members:
    """A set of values passed as one parameter of a `Statement` (see `Statement.among`)."""

    def __init__(self, values: Collection[Any]) -> None:
        self.values = [_plain(v) for v in values]


class Statement:
    """SQL written with `?` marks, spelled for *model*'s database ($1, $2 … on PostgreSQL), where
    `among(column)` with a `Members` parameter says "this column is one of these values": one
    array parameter on PostgreSQL; on SQLite, one mark per member (its planner estimates a
    literal list well, where it would scan a table for `IN (SELECT … FROM json_each(?))`)."""

    def __init__(self, model: type[Model]) -> None:
        self.db: BaseDBAsyncClient = model._meta.db
        self.postgres = _on_postgres(self.db)

    def among(self, column: str) -> str:
        """The condition that *column* is one of the values of a `Members` parameter."""
        return f"{column} = ANY(?)" if self.postgres else f"{column} IN (?)"

    def _spelled(self, sql: str, params: Sequence[Any]) -> tuple[str, list[Any]]:
        parts = sql.split("?")
        if len(parts) != len(params) + 1:
            raise ValueError(f"{len(parts) - 1} marks for {len(params)} parameters: {sql}")
        text, values = [parts[0]], []
        for param, part in zip(params, parts[1:], strict=True):
            if not isinstance(param, Members):
                values.append(param)
                text.append(f"${len(values)}" if self.postgres else "?")
            elif self.postgres:
                values.append(param.values)
                text.append(f"${len(values)}")
            else:
                values += param.values
                text.append(", ".join("?" * len(param.values)))
            text.append(part)
        return "".join(text), values

    async def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows a statement returns: a SELECT's, or an UPDATE's RETURNING (Tortoise's
        execute_query drops those on PostgreSQL)."""
        return list(await self.db.execute_query_dict(*self._spelled(sql, params)))

    async def records(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Mapping[str, Any]]:
        """The rows of a SELECT as the driver hands them over (asyncpg's Records, sqlite3's
        Rows), read by column name: for the hot paths, where making a dict of each was a
        sixth of the CPU that deciding a price drop's runs took. Not for RETURNING (see
        `rows`)."""
        return (await self.db.execute_query(*self._spelled(sql, params)))[1]


_TYPES: dict[str, dict[str, str]] = {}  # PostgreSQL: table -> column -> type name


async def _column_types(db: BaseDBAsyncClient, table: str) -> dict[str, str]:
    types = _TYPES.get(table)
    if types is None:
        rows = await db.execute_query_dict(
            "SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type "
            "FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 "
            "AND NOT a.attisdropped", [f'"{table}"'])
        types = _TYPES[table] = {r["name"]: r["type"] for r in rows}
    return types


async def insert_rows(model: type[Model], columns: Sequence[str], rows: list[tuple[Any, ...]],
                      *, skip_conflicts: bool = False,
                      same: Mapping[str, Any] | None = None) -> None:
    """INSERT *rows* (tuples in the order of *columns*, of plain values: numbers, text, None,
    times, and JSON as text, see `json_text`) into *model*'s table, each with the columns of
    *same* set to its values too; with *skip_conflicts*, a row that would break a unique key is
    left out (ON CONFLICT DO NOTHING, on SQLite as on PostgreSQL). On PostgreSQL one statement
    takes a chunk of rows as one array per column (unnest), where a prepared INSERT run once
    per row costs a round trip each, and a value all rows share is sent once, not as an array
    of copies: encoding the arrays was a seventh of a price drop's CPU."""
    if not rows:
        return
    db = model._meta.db
    table = model._meta.db_table
    same = same or {}
    names = ", ".join(f'"{c}"' for c in (*same, *columns))
    conflict = " ON CONFLICT DO NOTHING" if skip_conflicts else ""
    if _on_postgres(db):
        types = await _column_types(db, table)
        shared = [f"${i + 1}::{types[c]}" for i, c in enumerate(same)]
        arrays = ", ".join(f"${len(same) + i + 1}::{types[c]}[]" for i, c in enumerate(columns))
        sql = (f'INSERT INTO "{table}" ({names}) SELECT {", ".join([*shared, "u.*"])} '
               f"FROM unnest({arrays}) AS u{conflict}")
        values = [_plain(v) for v in same.values()]
        for start in range(0, len(rows), POSTGRES_CHUNK):
            await db.execute_query(sql, [*values, *(list(c) for c in zip(
                *rows[start:start + POSTGRES_CHUNK], strict=True))])
        return
    marks = ", ".join("?" for _ in (*same, *columns))
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks}){conflict}'
    shared_values = tuple(_plain(v) for v in same.values())
    for start in range(0, len(rows), SQLITE_CHUNK):
        await db.execute_many(sql, [[*shared_values, *row]
                                    for row in rows[start:start + SQLITE_CHUNK]])


async def analyze(model: type[Model]) -> None:
    """Refresh PostgreSQL's statistics of a table that just grew by many rows, so the next
    queries on it plan for its real size (autovacuum would only get to it later)."""
    db = model._meta.db
    if _on_postgres(db):
        await db.execute_script(f'ANALYZE "{model._meta.db_table}"')


GROWTH_FLOOR = 20_000
_grown: dict[str, tuple[int, int]] = {}  # table -> (rows written since refreshed, due at)


async def grew(model: type[Model], rows: int) -> None:
    """Count *rows* this process just added to *model*'s table, and refresh PostgreSQL's
    statistics of it once they reach the table's size when they were last refreshed here (at
    least GROWTH_FLOOR): a table that grows fast from empty is planned for its real size, and
    a price drop writing 126,000 deliveries pays for three ANALYZEs, not one per 20,000 rows
    (each reads a sample of the whole table: 0.4 s here at a few hundred thousand rows)."""
    if not _on_postgres(model._meta.db):
        return
    table = model._meta.db_table
    written, due = _grown.get(table, (0, GROWTH_FLOOR))
    written += rows
    if written < due:
        _grown[table] = (written, due)
        return
    await analyze(model)
    _grown[table] = (0, max(GROWTH_FLOOR, await _estimated_rows(model)))


async def _estimated_rows(model: type[Model]) -> int:
    rows = await model._meta.db.execute_query_dict(
        "SELECT reltuples::bigint AS n FROM pg_class WHERE oid = $1::regclass",
        [f'"{model._meta.db_table}"'])
    return max(0, int(rows[0]["n"])) if rows else 0
