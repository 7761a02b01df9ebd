"""Loyalty tests read the codes Pushcart emails: the SMTP sink and settings that send to it; and
helpers to turn the program on and give a shopper points."""

from __future__ import annotations

from typing import Any

from server.models import Cart
from tests.conftest import ShopFixture
from tests.mailbox import inbox, settings  # noqa: F401 (fixtures)

SHOPPER = "asha@example.com"
ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
           "country": "IN"}


async def enable(shop: ShopFixture, **fields: Any) -> dict[str, Any]:
    response = await shop.admin("PUT", "/loyalty/settings", {"enabled": True, **fields})
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def credit(shop: ShopFixture, points: int, email: str = SHOPPER) -> dict[str, Any]:
    response = await shop.admin("POST", "/loyalty/adjust", {"email": email, "points": points,
                                                            "reason": "welcome gift"})
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def balance(shop: ShopFixture, email: str = SHOPPER) -> int:
    response = await shop.admin("GET", f"/loyalty?email={email}")
    assert response.status_code == 200, await response.get_json()
    return int((await response.get_json())["points"])


async def cart_of(shop: ShopFixture, sku: str = "TEA", quantity: int = 1,
                  email: str = SHOPPER, visitor: str = "visitor-0001") -> dict[str, Any]:
    cart = await shop.new_cart(visitor)
    assert (await shop.add(cart["token"], sku, quantity)).status_code == 200
    response = await shop.widget("PATCH", f"/carts/{cart['token']}", {
        "email": email, "name": "Asha Rao", "address": ADDRESS})
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def proven(token: str) -> None:
    """Arrange: the cart's shopper has entered their one-time code (tested in test_codes.py)."""
    cart = await Cart.get(token=token)
    cart.loyalty_email = cart.email
    await cart.save(update_fields=["loyalty_email"])


async def order(shop: ShopFixture, token: str, method: str = "cash_on_delivery") -> Any:
    return await shop.widget("POST", f"/carts/{token}/order", {"payment_method": method})
