"""A shopper who did everything the widget allows, for the privacy tests to export and erase."""

from __future__ import annotations

from typing import Any

from tests.conftest import ShopFixture
from tests.push.service import PushService

EMAIL = "asha@example.com"
ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
           "country": "IN"}


async def busy_shopper(shop: ShopFixture, service: PushService, *, visitor: str = "visitor-0001",
                       email: str = EMAIL, lang: str = "en") -> dict[str, Any]:
    """Views a product, allows notifications, orders a kettle (consenting to offers, with name,
    phone and address), rates it with a comment, then fills another cart and leaves it."""
    assert (await shop.widget("POST", "/views", {"visitor_id": visitor, "sku": "TEA"})
            ).status_code == 204
    endpoint, keys = service.subscribe()
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": visitor, "subscription": keys.subscription(endpoint), "locale": lang})
    assert response.status_code == 201, await response.get_json()
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": lang})
    token = (await response.get_json())["token"]
    assert (await shop.add(token, "KETTLE", 1)).status_code == 200
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "email": email, "marketing_consent": True, "locale": lang, "name": "Asha Rao",
        "phone": "+91 98450 12345", "address": ADDRESS})
    assert response.status_code == 200, await response.get_json()
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201, await response.get_json()
    order = await response.get_json()
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": lang})
    second = await response.get_json()
    assert (await shop.add(second["token"], "TEA", 2)).status_code == 200
    return {"order": order, "endpoint": endpoint, "cart": second["token"], "visitor": visitor}
