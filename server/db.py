"""Database connection, per-request ORM context and aerich migrations for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tortoise.backends.sqlite.executor  # noqa: F401  (registers its adapter, replaced below)
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.context import TortoiseContext, _current_context

from server.settings import Settings

log = logging.getLogger(__name__)

MODELS = ["server.models", "aerich.models"]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_MS = 3000
# In WAL mode (Tortoise's), NORMAL syncs the log at checkpoints instead of at every commit: a
# commit no longer waits for the disk (with FULL, each cart update waited for two fsyncs, one at
# a time, on the one connection), a killed process loses nothing and the file is never
# corrupted; a power cut or an OS crash may lose the last commits. `?synchronous=FULL` in
# DATABASE_URL restores a sync at every commit.
SQLITE_SYNCHRONOUS = "NORMAL"


def sqlite_time(value: datetime) -> str:
    """How SQLite is given a time, in a write or a filter alike: in UTC. SQLite compares stored
    times as text, so a moment written with its zone's offset (08:00+05:30, a Kolkata morning)
    would sort after 02:31+00:00 and be found 5.5 hours late. Tortoise writes isoformat(" ") as
    it is; this is the same text, always in UTC."""
    return (value.astimezone(UTC) if value.tzinfo is not None else value).isoformat(" ")


sqlite3.register_adapter(datetime, sqlite_time)


def dialect_of(database_url: str) -> str:
    scheme = database_url.split(":", 1)[0].lower()
    if scheme.startswith("sqlite"):
        return "sqlite"
    if scheme in {"postgres", "postgresql", "asyncpg", "psycopg"}:
        return "postgres"
    raise ValueError(f"unsupported DATABASE_URL scheme {scheme!r}: use sqlite:// or postgres://")


async def _keep_session(_connection: Any) -> None:
    """What asyncpg's pool does to a connection it gets back, instead of its default `RESET ALL;
    UNLISTEN *; …`, one more round trip after every query. Pushcart never changes a pooled
    connection's session (LISTEN has a connection of its own, server/messaging/outbox.py), and
    asyncpg still rolls back a transaction left open."""


def tortoise_config(database_url: str) -> dict[str, Any]:
    url = database_url
    if url.startswith("postgresql://"):
        url = "postgres://" + url[len("postgresql://") :]
    if dialect_of(url) == "sqlite":
        path = url.split("://", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if "busy_timeout" not in url:  # a write waits this long for another process's lock,
            # then answers 503 with Retry-After (server/errors.py)
            url += ("&" if "?" in url else "?") + f"busy_timeout={SQLITE_BUSY_MS}"
        if "synchronous" not in url:
            url += f"&synchronous={SQLITE_SYNCHRONOUS}"
    connection: str | dict[str, Any] = url
    if dialect_of(url) == "postgres":
        connection = expand_db_url(url)
        connection["credentials"]["reset"] = _keep_session
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODELS, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migration_location(database_url: str) -> Path:
    return MIGRATIONS_DIR / dialect_of(database_url)


async def open_database(settings: Settings) -> TortoiseContext:
    """Connect, make the context current for this task, and return it for other tasks to enter."""
    ctx = TortoiseContext()
    token = _current_context.set(ctx)
    try:
        await ctx.init(config=tortoise_config(settings.database_url))
    except Exception:
        _current_context.reset(token)
        raise
    return ctx


def enter_context(ctx: TortoiseContext) -> None:
    """Make *ctx* the ORM context of the running task (each request runs in its own task)."""
    _current_context.set(ctx)


async def close_database(ctx: TortoiseContext) -> None:
    await ctx.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply every aerich migration of this database's dialect that is not applied yet."""
    from aerich import Command

    location = migration_location(database_url)
    command = Command(tortoise_config(database_url), app="models", location=str(location))
    async with command:
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
    # aerich's context installs itself as the current one; leave none behind.
    _current_context.set(None)
    for name in applied:
        log.info("applied migration %s", name)
    return applied


async def make_migration(database_url: str, name: str) -> str | None:
    """Developer helper: write a new migration for this dialect from the models' changes."""
    from aerich import Command

    location = migration_location(database_url)
    command = Command(tortoise_config(database_url), app="models", location=str(location))
    async with command:
        if not (location / "models").exists():
            await command.init_db(safe=True)
            return "init"
        await command.init()
        await command.upgrade()
        return await command.migrate(name, no_input=True)

