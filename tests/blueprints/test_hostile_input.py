"""What a hostile or careless client sends gets a JSON error with a reason, never a 500."""

from __future__ import annotations

from typing import Any, cast

import pytest

from tests.conftest import ShopFixture

NOT_UTF8 = b'{"name": "\xff\xfe tea", "price": 100}'
DEEP = b'{"a":' * 7000 + b"1" + b"}" * 7000  # 35 KB
BIG = str(2**63)


def _json_routes(token: str) -> list[tuple[str, str, str]]:
    """(key kind, method, path) of every operation that reads a JSON body."""
    return [
        ("secret", "PATCH", "/store"), ("secret", "PUT", "/products/TEA"),
        ("secret", "POST", "/products/bulk"), ("secret", "PUT", "/shipping-rules"),
        ("secret", "PUT", "/tax-rates"), ("secret", "POST", "/discount-codes"),
        ("secret", "POST", "/campaigns"), ("secret", "POST", "/segments"),
        ("secret", "PUT", "/recovery/settings"),
        ("public", "POST", "/carts"), ("public", "PATCH", f"/carts/{token}"),
        ("public", "POST", f"/carts/{token}/items"), ("public", "PUT", f"/carts/{token}/items/MUG"),
        ("public", "POST", f"/carts/{token}/order"), ("public", "POST", "/carts/restore"),
        ("public", "POST", "/push/subscriptions"), ("public", "POST", "/push/unsubscribe"),
        ("public", "POST", "/views"),
    ]


async def _send(shop: ShopFixture, kind: str, method: str, path: str, body: bytes) -> Any:
    headers = shop.secret_headers if kind == "secret" else shop.public_headers
    return await cast(Any, shop.client).open(
        f"/api/v1{path}", method=method, data=body,
        headers={**headers, "Content-Type": "application/json"})


@pytest.mark.parametrize("body, code", [(NOT_UTF8, "invalid_encoding"), (DEEP, "invalid_json")],
                         ids=["not-utf-8", "deeply-nested"])
async def test_bodies_that_are_not_json_of_any_shape_get_400_everywhere(shop: ShopFixture, body: bytes, code: str) -> None:
    token = (await shop.new_cart())["token"]
    for kind, method, path in _json_routes(token):
        response = await _send(shop, kind, method, path, body)
        assert response.status_code == 400, (method, path, response.status_code)
        assert (await response.get_json())["error"]["code"] == code, (method, path)


async def test_numbers_and_booleans_are_taken_only_as_json_numbers_and_booleans(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    for quantity in ('"2"', "true", "2.0"):
        response = await _send(shop, "public", "POST", f"/carts/{token}/items",
                               f'{{"sku": "MUG", "quantity": {quantity}}}'.encode())
        assert response.status_code == 400, quantity
        assert (await response.get_json())["error"]["code"] == "invalid_request"
    ok = await _send(shop, "public", "POST", f"/carts/{token}/items", b'{"sku": "MUG", "quantity": 2}')
    assert ok.status_code == 200 and (await ok.get_json())["items"][0]["quantity"] == 2
    price = await _send(shop, "secret", "PUT", "/products/TEA", b'{"name": "Tea", "price": "349"}')
    assert price.status_code == 400


async def test_an_unknown_order_status_filter_is_a_400_that_lists_the_statuses(shop: ShopFixture) -> None:
    response = await shop.admin("GET", "/orders?status=foo")
    assert response.status_code == 400
    assert "paid" in (await response.get_json())["error"]["message"]
    assert (await shop.admin("GET", "/orders?status=paid")).status_code == 200


async def test_integers_too_large_for_any_id_are_not_found_or_refused(shop: ShopFixture) -> None:
    for path in (f"/campaigns/{BIG}", f"/segments/{BIG}", f"/campaigns/{BIG}/cancel"):
        method = "POST" if path.endswith("cancel") else "GET"
        response = await shop.admin(method, path)
        assert response.status_code == 404, path
        assert (await response.get_json())["error"]["code"] == "not_found"
    for query in (f"offset={BIG}", f"limit={BIG}", "offset=-1"):
        response = await shop.admin("GET", f"/products?{query}")
        assert response.status_code == 400, query
        assert (await response.get_json())["error"]["code"] == "invalid_request"


async def test_the_admins_json_endpoints_take_bad_bodies_without_a_500(app) -> None:
    from server.admin_auth import hash_password
    from server.models import AdminUser, StoreMembership
    from server.stores import create_store
    from tests.blueprints.admin.conftest import PASSWORD, Browser
    from tests.conftest import TEST_SECRET

    created = await create_store(TEST_SECRET, "Admin JSON", ["http://shop.test"])
    user = await AdminUser.create(email="json@shop.test", password_hash=hash_password(PASSWORD))
    await StoreMembership.create(user=user, store=created.store, role="owner")
    browser = Browser(app.test_client())
    await browser.sign_in("json@shop.test")
    base = f"/admin/stores/{created.store.id}"
    token = await browser.token(f"{base}/segments")
    for path in (f"{base}/segments/count", f"{base}/test-push"):
        for body in (NOT_UTF8, DEEP):
            response = await browser.client.post(path, data=body, headers={
                "Content-Type": "application/json", "X-CSRF-Token": token})
            assert response.status_code == 400, (path, response.status_code)
