"""Helpers for the recommendation tests: orders placed through the widget, as shoppers do."""

from __future__ import annotations

import itertools
from typing import Any

from tests.conftest import ShopFixture
from tests.mailbox import inbox, settings  # noqa: F401 (fixtures: email is sent for real)

ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
           "country": "IN"}
_visitors = itertools.count(1)

MORE_PRODUCTS = [
    {"sku": "HONEY", "name": "Forest honey", "price": 25000, "category": "tea", "stock": 20},
    {"sku": "CUPS", "name": "Tea cups", "price": 60000, "category": "kitchen", "stock": 20},
    {"sku": "SPOON", "name": "Brass spoon", "price": 9900, "category": "kitchen", "stock": 20},
]


async def add_products(shop: ShopFixture) -> None:
    response = await shop.admin("POST", "/products/bulk", {"products": MORE_PRODUCTS})
    assert response.status_code == 200, await response.get_json()


async def buy(shop: ShopFixture, *skus: str, payment: str = "cash_on_delivery") -> dict[str, Any]:
    """A new shopper orders one of each of *skus* (cash on delivery: confirmed at once)."""
    visitor = f"visitor-{next(_visitors):06d}"
    token = (await shop.new_cart(visitor))["token"]
    for sku in skus:
        response = await shop.add(token, sku)
        assert response.status_code == 200, await response.get_json()
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "email": f"{visitor}@example.com", "name": "Asha Rao", "address": ADDRESS})
    assert response.status_code == 200, await response.get_json()
    response = await shop.widget("POST", f"/carts/{token}/order", {"payment_method": payment})
    assert response.status_code == 201, await response.get_json()
    return dict(await response.get_json())


async def cart_with(shop: ShopFixture, *skus: str) -> dict[str, Any]:
    """A new shopper's cart holding *skus*, as the widget last received it."""
    token = (await shop.new_cart(f"visitor-{next(_visitors):06d}"))["token"]
    body: dict[str, Any] = {}
    for sku in skus:
        response = await shop.add(token, sku)
        assert response.status_code == 200, await response.get_json()
        body = await response.get_json()
    return body


def skus_of(cart: dict[str, Any]) -> list[str]:
    return [r["sku"] for r in cart["recommendations"]]
