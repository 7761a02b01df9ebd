"""Rate limits on the public API, and malformed input that must never become a 500."""

from __future__ import annotations

from typing import Any, cast

import pytest

from server.settings import Settings
from tests.conftest import ShopFixture, make_settings


@pytest.fixture
def settings(database_url: str, tmp_path) -> Settings:
    return make_settings(database_url, tmp_path, PUSHCART_RATE_LIMIT_PER_MINUTE="5")


async def test_widget_api_is_rate_limited_per_client(shop: ShopFixture) -> None:
    statuses = [(await shop.widget("GET", "/widget/config")).status_code for _ in range(5)]
    assert statuses == [200] * 5
    limited = await shop.widget("GET", "/widget/config")
    assert limited.status_code == 429
    assert (await limited.get_json())["error"]["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) > 0
    # the merchant's server-to-server API is not limited by shoppers' traffic
    assert (await shop.admin("GET", "/products")).status_code == 200


WEIRD_BODIES = [b"[]", b"null", b"42", b'"text"', b"{\"quantity\": {}}", b"{\"sku\": [1,2]}",
                b"{\"email\": 5, \"address\": \"here\"}", b"\xff\xfe", b"{" * 50,
                b"{\"address\": {\"country\": 7}}", b"{\"discount_code\": null}"]


async def test_malformed_bodies_get_json_errors_never_500(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    routes = [("POST", "/api/v1/carts"), ("POST", f"/api/v1/carts/{token}/items"),
              ("PUT", f"/api/v1/carts/{token}/items/MUG"), ("PATCH", f"/api/v1/carts/{token}"),
              ("POST", f"/api/v1/carts/{token}/order"), ("POST", "/api/v1/carts/restore")]
    for method, path in routes:
        for body in WEIRD_BODIES:
            response = await cast(Any, shop.client).open(path, method=method, data=body, headers={
                **shop.public_headers, "Content-Type": "application/json"})
            assert response.status_code < 500, (method, path, body, response.status_code)
            if response.status_code >= 400:
                assert "error" in await response.get_json()


async def test_unusual_path_values_are_not_errors_of_ours(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    long = "x" * 300
    widget_calls = [("GET", f"/carts/{long}"), ("DELETE", f"/carts/{token}/items/{long}"),
                    ("PUT", f"/carts/{token}/items/%F0%9F%98%80")]
    for method, path in widget_calls:
        response = await shop.widget(method, path, {"quantity": 1} if method == "PUT" else None)
        assert response.status_code == 404, (method, path, response.status_code)
    store_calls = [("GET", f"/products/{long}"), ("DELETE", f"/products/{long}"),
                   ("GET", f"/orders/{long}"), ("DELETE", f"/discount-codes/{long}")]
    for method, path in store_calls:
        response = await shop.admin(method, path)
        assert response.status_code == 404, (method, path, response.status_code)
    response = await shop.widget("PATCH", f"/carts/{token}", {"discount_code": "Y" * 40})
    assert (await response.get_json())["error"]["code"] == "invalid_discount"
    response = await shop.admin("GET", "/products?limit=abc&offset=-1")
    assert response.status_code == 400


async def test_nul_characters_are_refused_everywhere(shop: ShopFixture) -> None:
    """PostgreSQL cannot store NUL in text; it must be a clear 400, never a 500."""
    token = (await shop.new_cart())["token"]
    for response in (
        await shop.widget("GET", "/carts/%00%ff"),
        await shop.admin("GET", "/products?category=tea%00"),
        await shop.widget("PATCH", f"/carts/{token}", {"name": "Asha\u0000Rao"}),
        await shop.widget("PATCH", f"/carts/{token}", {"address": {"city": "Pune\u0000"}}),
        await shop.admin("PUT", "/products/NULL", {"name": "Bad\u0000", "price": 100}),
    ):
        assert response.status_code == 400
        error = (await response.get_json())["error"]
        assert error["code"] in {"invalid_characters", "invalid_request"}
        assert "NUL" in error["message"]
