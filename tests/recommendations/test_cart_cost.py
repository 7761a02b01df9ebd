"""What recommendations add to a widget cart request (issue 19 counts the statements): one, the
read of the chosen products' price and stock as they are now; none for an empty cart or one
with nothing to recommend; a product's candidates are read once, then cached."""

from __future__ import annotations

import pytest

from tests.blueprints.test_cart_queries import count
from tests.conftest import ShopFixture
from tests.recommendations.conftest import buy


@pytest.fixture
async def history(shop: ShopFixture) -> str:
    """Tea went with the mug twice; a cart with one mug whose candidates are cached: its token."""
    await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "TEA")
    token = (await shop.new_cart("visitor-0001"))["token"]
    response = await shop.add(token, "MUG")
    assert [r["sku"] for r in (await response.get_json())["recommendations"]][0] == "TEA"
    return token


async def test_a_cart_update_with_recommendations_costs_one_statement_more(
        shop: ShopFixture, history: str, monkeypatch: pytest.MonkeyPatch) -> None:
    put = await count(monkeypatch, lambda: shop.widget("PUT", f"/carts/{history}/items/MUG",
                                                       {"quantity": 2}))
    assert len(put) == 3 + 1, put  # the cart, the quantity, its activity; the chosen products
    assert "FROM product p WHERE p.store_id" in put[-1]
    read = await count(monkeypatch, lambda: shop.widget("GET", f"/carts/{history}"))
    assert len(read) == 1 + 1, read


async def test_an_empty_cart_costs_nothing_more(shop: ShopFixture, history: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    removed = await count(monkeypatch, lambda: shop.widget("DELETE",
                                                           f"/carts/{history}/items/MUG"))
    assert len(removed) == 3, removed


async def test_recommendations_turned_off_cost_nothing(shop: ShopFixture, history: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    await shop.admin("PUT", "/recommendations/settings", {"enabled": False})
    await shop.widget("GET", f"/carts/{history}")  # the store read again, then cached
    put = await count(monkeypatch, lambda: shop.widget("PUT", f"/carts/{history}/items/MUG",
                                                       {"quantity": 2}))
    assert len(put) == 3, put
