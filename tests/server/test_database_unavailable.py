"""A database that is locked or down: writes answer 503 with Retry-After, /healthz says so, and
the service comes back by itself (/healthz a few seconds after the last refusal)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from server.settings import Settings
from tests.conftest import ShopFixture, make_settings


@pytest.fixture
def settings(database_url: str, tmp_path) -> Settings:
    return make_settings(database_url, tmp_path)


async def test_a_database_locked_by_another_process_answers_503_then_recovers(shop: ShopFixture, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's file lock; PostgreSQL locks rows, not the database")
    locker = sqlite3.connect(database_url.split("://", 1)[1], isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # what a backup or another writer holds
    try:
        response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})
        assert response.status_code == 503
        assert (await response.get_json())["error"]["code"] == "database_unavailable"
        assert int(response.headers["Retry-After"]) > 0
        health = await shop.client.get("/healthz")
        assert health.status_code == 503 and (await health.get_json())["status"] == "database unavailable"
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert (await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})).status_code == 201


class _Relay:
    """A TCP relay to PostgreSQL that the test can cut, as a network or server outage would."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.server: asyncio.AbstractServer | None = None
        self.writers: list[asyncio.StreamWriter] = []

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self.writers += [writer, up_writer]

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                sink.close()
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in self.writers:
            writer.transport.abort()
        self.writers.clear()


async def test_a_postgresql_that_goes_away_answers_503_not_500(database_url: str, tmp_path) -> None:
    if not database_url.startswith("postgres"):
        pytest.skip("a PostgreSQL outage")
    from urllib.parse import urlsplit

    from server import db
    from server.app import create_app

    target = urlsplit(database_url)
    relay = _Relay(target.port or 5432)
    port = await relay.start()
    through_relay = database_url.replace(f":{target.port or 5432}/", f":{port}/", 1)
    app = create_app(make_settings(through_relay, tmp_path))
    async with app.test_app() as running:
        db.enter_context(app.extensions["tortoise_ctx"])
        client = running.test_client()
        assert (await client.get("/healthz")).status_code == 200
        await relay.cut()
        response = await client.get("/healthz")
        assert response.status_code == 503
        assert (await response.get_json())["status"] == "database unavailable"
        response = await client.post("/api/v1/carts", json={}, headers={"X-Pushcart-Key": "pk_x"})
        assert response.status_code == 503
        assert (await response.get_json())["error"]["code"] == "database_unavailable"
        assert int(response.headers["Retry-After"]) > 0
