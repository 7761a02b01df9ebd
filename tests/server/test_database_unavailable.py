"""A database that is locked or down: writes answer 503 with Retry-After, /healthz says so, and
the service comes back by itself (/healthz a few seconds after the last refusal)."""

from __future__ import annotations

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
