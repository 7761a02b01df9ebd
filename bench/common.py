"""What the benches share: a fresh database to measure on, and the settings to open it with."""

from __future__ import annotations

import tempfile
from typing import Any

from server import db
from server.settings import Settings

SECRET = "bench-server-secret-0123456789abcdef"


async def fresh_database(database_url: str, *, schema: str = "") -> Any:
    """Migrate *database_url* (on PostgreSQL its *schema* dropped and made anew first) and open
    it; returns the ORM context for db.close_database()."""
    if schema and db.dialect_of(database_url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(database_url.split("?")[0].replace("postgres://",
                                                                         "postgresql://", 1))
        await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};")
        await conn.close()
        await db.migrate(database_url)
    elif schema:
        await db.migrate(database_url)
    return await open_database(database_url)


async def open_database(database_url: str) -> Any:
    settings = Settings.from_env({"DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
                                  "PUSHCART_DATA_DIR": tempfile.mkdtemp()})
    return await db.open_database(settings)
