"""The store API's recommendations: bad input gets a JSON error with a reason and saves nothing;
one store never sees or changes another's."""

from __future__ import annotations

from typing import Any

import pytest

from server.models import RecommendationRule, Store
from server.recommendations.settings import RecommendationSettings
from server.stores import create_store
from tests.conftest import SHOP_ORIGIN, TEST_SECRET, ShopFixture
from tests.recommendations.conftest import buy, cart_with, skus_of


async def _error(response: Any, status: int) -> str:
    body = await response.get_json()
    assert response.status_code == status, body
    assert body["error"]["message"]
    return str(body["error"]["code"])


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"target": "TEA", "action": "promote"}, 400, "invalid_request"),
    ({"action": "pin"}, 400, "invalid_request"),
    ({"target": 5, "action": "pin"}, 400, "invalid_request"),
    ({"target": "TEA", "action": "pin", "weight": 3}, 400, "invalid_request"),
    ({"target": "", "action": "pin"}, 400, "invalid_request"),
    ({"target": "NOPE", "action": "pin"}, 404, "unknown_sku"),
    ({"target": "TEA", "action": "pin", "product": "NOPE"}, 404, "unknown_sku"),
    ({"target": "TEA", "action": "pin", "product": "TEA"}, 400, "same_product"),
])
async def test_bad_rules_are_refused_and_nothing_is_saved(shop: ShopFixture, body: dict[str, Any], status: int, code: str) -> None:
    response = await shop.admin("POST", "/recommendations/rules", body)
    got = await _error(response, status)
    if code != "invalid_request":  # the schema's refusals have their own code
        assert got == code
    assert not await RecommendationRule.exists(store_id=shop.store.id)


async def test_a_body_that_is_not_json_is_refused(shop: ShopFixture) -> None:
    response = await shop.client.post("/api/v1/recommendations/rules", data=b"target=TEA",
                                      headers={**shop.secret_headers,
                                               "Content-Type": "text/plain"})
    assert await _error(response, 400) == "invalid_json"
    response = await shop.client.post("/api/v1/recommendations/rules", data=b"{\"target\":",
                                      headers={**shop.secret_headers,
                                               "Content-Type": "application/json"})
    assert await _error(response, 400) == "invalid_json"


@pytest.mark.parametrize("body", [
    {"min_support": 0}, {"count": 9}, {"count": 0}, {"min_support": "2"}, {"enabled": "yes"},
    {"enabled": True, "colour": "red"},
])
async def test_bad_settings_are_refused_and_nothing_is_saved(shop: ShopFixture, body: dict[str, Any]) -> None:
    response = await shop.admin("PUT", "/recommendations/settings", body)
    await _error(response, 400)
    store = await Store.get(id=shop.store.id)
    assert store.recommendations == {}
    got = await (await shop.admin("GET", "/recommendations/settings")).get_json()
    assert got == RecommendationSettings().view() == {"enabled": True, "min_support": 2,
                                                      "count": 3}


async def test_unknown_rules_and_products_are_not_found(shop: ShopFixture) -> None:
    assert await _error(await shop.admin("DELETE", "/recommendations/rules/999"),
                        404) == "unknown_rule"
    assert await _error(await shop.admin("GET", "/products/NOPE/recommendations"),
                        404) == "unknown_sku"
    response = await shop.client.get("/api/v1/recommendations/rules")
    assert await _error(response, 401) == "invalid_key"


async def test_a_products_recommendations_say_why(shop: ShopFixture) -> None:
    await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "TEA")
    response = await shop.admin("GET", "/products/MUG/recommendations")
    body = await response.get_json()
    assert response.status_code == 200, body
    assert [(r["sku"], r["reason"], r["price"]) for r in body["recommendations"]] == [
        ("TEA", "bought_together", 34900)]  # nothing else sold in the kitchen yet


async def test_one_store_never_sees_or_changes_anothers(shop: ShopFixture) -> None:
    other = await create_store(TEST_SECRET, "Other", [SHOP_ORIGIN], currency="INR",
                               payment_methods=["cash_on_delivery"])
    theirs = ShopFixture(store=other.store, secret_key=other.secret_key, client=shop.client)
    await theirs.admin("POST", "/products/bulk", {"products": [
        {"sku": "MUG", "name": "Their mug", "price": 100, "category": "kitchen", "stock": 50},
        {"sku": "TEA", "name": "Their tea", "price": 100, "category": "tea", "stock": 50}]})
    await theirs.admin("PUT", "/shipping-rules", {"rules": [{"country": None, "rate": 0}]})
    for _ in range(3):  # the other store's shoppers buy mugs with tea
        await buy(theirs, "MUG", "TEA")
    rule = await (await theirs.admin("POST", "/recommendations/rules",
                                     {"target": "TEA", "action": "exclude"})).get_json()

    # this store's shoppers: no history here, so only bestsellers of its own (none yet)
    assert skus_of(await cart_with(shop, "MUG")) == []
    assert (await (await shop.admin("GET", "/recommendations/rules")).get_json())["rules"] == []
    assert await _error(await shop.admin("DELETE", f"/recommendations/rules/{rule['id']}"),
                        404) == "unknown_rule"
    assert await RecommendationRule.filter(store_id=other.store.id).count() == 1
    # and the other store's cart shows its own counts (the exclusion it made holds)
    assert skus_of(await cart_with(theirs, "MUG")) == []
    await theirs.admin("DELETE", f"/recommendations/rules/{rule['id']}")
    assert skus_of(await cart_with(theirs, "MUG")) == ["TEA"]
