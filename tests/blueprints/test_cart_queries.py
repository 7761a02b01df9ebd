"""How many statements each widget cart request sends the database (issue 19): counted where the
database is reached (SQLite's trace callback; asyncpg's query methods), so a query that creeps
back into the path fails here. The store and its shipping and tax rules are read once, then
served from their caches; a change to them is seen at once."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import asyncpg
import pytest
from tortoise import connections

from tests.conftest import ShopFixture

# aiosqlite runs this in the same call as the INSERT before it: no round trip of its own
_SAME_CALL = "SELECT last_insert_rowid()"


@contextlib.asynccontextmanager
async def statements(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[list[str]]:
    """The statements sent to the database inside the block, in order."""
    sent: list[str] = []
    client = connections.get("default")
    if client.capabilities.dialect == "sqlite":
        def trace(sql: str) -> None:
            if sql != _SAME_CALL:
                sent.append(sql)

        await client._connection.set_trace_callback(trace)
        try:
            yield sent
        finally:
            await client._connection.set_trace_callback(None)
        return
    with monkeypatch.context() as patch:
        for name in ("execute", "executemany", "fetch", "fetchrow", "fetchval"):
            original = getattr(asyncpg.connection.Connection, name)

            def counting(self: Any, query: str, *args: Any,
                         _original: Callable[..., Awaitable[Any]] = original,
                         **kwargs: Any) -> Awaitable[Any]:
                sent.append(query)
                return _original(self, query, *args, **kwargs)

            patch.setattr(asyncpg.connection.Connection, name, counting)
        yield sent


async def count(monkeypatch: pytest.MonkeyPatch, request: Callable[[], Awaitable[Any]],
                status: int = 200) -> list[str]:
    async with statements(monkeypatch) as sent:
        response = await request()
        assert response.status_code == status, await response.get_json()
    return sent


@pytest.fixture
async def warm(shop: ShopFixture) -> str:
    """A cart with one mug, the store and its rules read once (so cached): its token."""
    token = (await shop.new_cart("visitor-0001"))["token"]
    assert (await shop.add(token, "MUG")).status_code == 200
    return token


async def test_a_cart_update_sends_three_statements(shop: ShopFixture, warm: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # the cart with its lines; the new quantity; the cart's last activity
    put = await count(monkeypatch, lambda: shop.widget("PUT", f"/carts/{warm}/items/MUG",
                                                       {"quantity": 3}))
    assert len(put) == 3, put
    again = await count(monkeypatch, lambda: shop.add(warm, "MUG"))
    assert len(again) == 3, again
    removed = await count(monkeypatch, lambda: shop.widget("DELETE", f"/carts/{warm}/items/MUG"))
    assert len(removed) == 3, removed


async def test_a_product_new_to_the_cart_adds_its_own_lookup(
        shop: ShopFixture, warm: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = await count(monkeypatch, lambda: shop.add(warm, "TEA", 2))
    # the cart, the product, the new line, the cart's activity, and what goes well with the
    # product (its recommendation candidates, then cached: server/recommendations/picks.py)
    assert len(sent) == 5, sent


async def test_reading_a_cart_is_one_statement(shop: ShopFixture, warm: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sent = await count(monkeypatch, lambda: shop.widget("GET", f"/carts/{warm}"))
    assert len(sent) == 1, sent


async def test_typing_the_email_saves_the_cart_and_the_visitor(
        shop: ShopFixture, warm: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = await count(monkeypatch, lambda: shop.widget("PATCH", f"/carts/{warm}",
                                                        {"email": "asha@example.com"}))
    assert len(sent) == 3, sent


async def test_a_new_cart_costs_its_visitor_and_its_row(shop: ShopFixture, warm: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    new_visitor = await count(monkeypatch, lambda: shop.widget(
        "POST", "/carts", {"visitor_id": "visitor-0002"}), 201)
    assert len(new_visitor) == 3, new_visitor  # look for the visitor, make them, the cart
    returning = await count(monkeypatch, lambda: shop.widget(
        "POST", "/carts", {"visitor_id": "visitor-0001"}), 201)
    assert len(returning) == 2, returning


async def test_changed_shipping_rules_show_in_the_next_cart_update(shop: ShopFixture,
                                                                   warm: str) -> None:
    before = await (await shop.widget("GET", f"/carts/{warm}")).get_json()
    assert before["breakdown"]["shipping"] == 4900
    await shop.admin("PUT", "/shipping-rules", {"rules": [{"country": None, "rate": 7000}]})
    after = await (await shop.widget("GET", f"/carts/{warm}")).get_json()
    assert after["breakdown"]["shipping"] == 7000


async def test_an_origin_the_store_stops_allowing_is_refused_at_once(shop: ShopFixture,
                                                                     warm: str) -> None:
    response = await shop.admin("PATCH", "/store", {"allowed_origins": ["https://other.test"]})
    assert response.status_code == 200, await response.get_json()
    refused = await shop.widget("GET", f"/carts/{warm}")
    assert refused.status_code == 403
    assert (await refused.get_json())["error"]["code"] == "origin_not_allowed"


async def test_a_deleted_stores_key_stops_working_at_once(shop: ShopFixture, warm: str) -> None:
    await shop.store.delete()
    refused = await shop.widget("GET", f"/carts/{warm}")
    assert refused.status_code == 401
