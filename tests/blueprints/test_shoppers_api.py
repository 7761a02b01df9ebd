"""The store API's privacy requests refuse what they cannot act on with a JSON reason and save
nothing, and one store's key never reaches another store's shoppers."""

from __future__ import annotations

from typing import Any

import pytest

from server.models import Cart, Consent, ShopperErasure, Visitor
from server.stores import create_store
from tests.conftest import TEST_SECRET, ShopFixture

EMAIL = "asha@example.com"


async def _shopper(shop: ShopFixture) -> str:
    cart = await shop.new_cart()
    await shop.add(cart["token"], "TEA", 1)
    response = await shop.widget("PATCH", f"/carts/{cart['token']}", {
        "email": EMAIL, "marketing_consent": True, "name": "Asha Rao"})
    assert response.status_code == 200
    return str(cart["token"])


@pytest.fixture
async def other_store(shop: ShopFixture) -> ShopFixture:
    created = await create_store(TEST_SECRET, "Other Store", ["http://other.test"])
    return ShopFixture(store=created.store, secret_key=created.secret_key, client=shop.client,
                       origin="http://other.test")


async def test_another_stores_key_cannot_export_or_erase_the_shopper(shop, other_store) -> None:
    token = await _shopper(shop)
    response = await other_store.admin("GET", f"/shoppers?email={EMAIL}")
    assert response.status_code == 200
    export = await response.get_json()
    assert export["found"] is False and export["carts"] == [] and export["visitors"] == []
    assert export["consents"] == []

    response = await other_store.admin("DELETE", f"/shoppers?email={EMAIL}")
    assert response.status_code == 200
    assert set((await response.get_json())["erased"].values()) == {0}
    cart = await Cart.get(token=token)  # the shop's cart is untouched
    assert (cart.email, cart.name) == (EMAIL, "Asha Rao")
    assert await Visitor.filter(email=EMAIL).count() == 1 and await Consent.all().count() == 1
    export = await (await shop.admin("GET", f"/shoppers?email={EMAIL}")).get_json()
    assert export["found"] is True and len(export["carts"]) == 1


async def test_the_shops_own_erasure_leaves_the_other_stores_shopper_alone(shop, other_store) -> None:
    await _shopper(shop)
    cart = await other_store.new_cart()
    await other_store.widget("PATCH", f"/carts/{cart['token']}", {"email": EMAIL})
    assert (await shop.admin("DELETE", f"/shoppers?email={EMAIL}")).status_code == 200
    assert (await Cart.get(token=cart["token"])).email == EMAIL
    export = await (await other_store.admin("GET", f"/shoppers?email={EMAIL}")).get_json()
    assert export["found"] is True


@pytest.mark.parametrize("method", ["GET", "DELETE"])
@pytest.mark.parametrize("query", ["", "?email=", "?email=not-an-address", "?email=a@b",
                                   f"?email={EMAIL}&extra=1", "?mail=" + EMAIL,
                                   "?email=" + "a" * 300 + "@example.com"])
async def test_a_missing_or_invalid_email_is_a_400_with_a_reason(shop, method: str, query: str) -> None:
    await _shopper(shop)
    response = await shop.admin(method, f"/shoppers{query}")
    assert response.status_code == 400
    body: dict[str, Any] = await response.get_json()
    assert body["error"]["code"] and body["error"]["message"]
    assert not await ShopperErasure.exists()
    assert await Cart.filter(email=EMAIL).count() == 1


@pytest.mark.parametrize("method", ["GET", "DELETE"])
async def test_without_the_secret_key_nothing_is_told_or_erased(shop, method: str) -> None:
    await _shopper(shop)
    for headers in ({"Authorization": "Bearer sk_wrong"},
                    {"Authorization": f"Bearer {shop.store.public_key}"}):
        response = await shop.client.open(f"/api/v1/shoppers?email={EMAIL}", method=method,
                                          headers=headers)
        assert response.status_code == 401
        assert (await response.get_json())["error"]["code"] == "invalid_key"
    response = await shop.widget(method, f"/shoppers?email={EMAIL}")  # the public key
    assert response.status_code == 401
    assert not await ShopperErasure.exists() and await Cart.filter(email=EMAIL).count() == 1


async def test_the_routes_are_in_the_openapi_document(client) -> None:
    paths = (await (await client.get("/openapi.json")).get_json())["paths"]
    assert {"get", "delete"} <= set(paths["/api/v1/shoppers"])
    params = {p["name"] for p in paths["/api/v1/shoppers"]["get"]["parameters"]}
    assert "email" in params
