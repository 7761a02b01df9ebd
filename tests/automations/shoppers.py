"""What shoppers do, through the widget's API at the test clock's time, for the periodic scans'
tests: look at a product, put it in a cart, buy it, come back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from server.automations import scans, triggers
from server.automations.engine import Occurrence
from server.automations.settings import FlowSettings, flow_settings, save_flow_settings
from server.models import Flow, Store, Visitor
from tests.conftest import ShopFixture

assert triggers  # the flows' scans registered

ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
           "country": "IN"}


async def view(shop: ShopFixture, visitor: str, sku: str, times: int = 1) -> None:
    for _ in range(times):
        response = await shop.widget("POST", "/views", {"visitor_id": visitor, "sku": sku})
        assert response.status_code == 204, await response.get_json()


async def add_to_cart(shop: ShopFixture, visitor: str, sku: str, quantity: int = 1,
                      email: str | None = None) -> str:
    """A new cart with *sku* in it (and the shopper's email, with consent, if given)."""
    token = str((await shop.new_cart(visitor))["token"])
    response = await shop.add(token, sku, quantity)
    assert response.status_code == 200, await response.get_json()
    if email:
        response = await shop.widget("PATCH", f"/carts/{token}", {
            "email": email, "marketing_consent": True, "name": "Asha Rao", "address": ADDRESS})
        assert response.status_code == 200, await response.get_json()
    return token


async def buy(shop: ShopFixture, visitor: str, email: str, sku: str = "TEA",
              quantity: int = 1) -> str:
    """The shopper orders *quantity* of *sku*, cash on delivery (placed at once); its number."""
    token = await add_to_cart(shop, visitor, sku, quantity, email)
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201, await response.get_json()
    return str((await response.get_json())["number"])


async def pin_last_seen(at: datetime) -> None:
    """The database layer stamps Visitor.last_seen_at with the wall clock; pin it to the test's
    time so that it says what the test means."""
    await Visitor.all().update(last_seen_at=at)


async def enable(shop: ShopFixture, flow: Flow, **changes: Any) -> Store:
    store = await Store.get(id=shop.store.id)
    settings = flow_settings(store, flow).model_copy(update={"enabled": True, **changes})
    await save_flow_settings(store, flow, settings)
    return store


async def scanned(shop: ShopFixture, name: str, since: datetime, until: datetime,
                  **changes: Any) -> list[Occurrence]:
    """What the scan *name* finds in (since, until], with the flow's settings (plus *changes*)."""
    flow, function = scans.SCANS[name]
    store = await Store.get(id=shop.store.id)
    settings: FlowSettings = flow_settings(store, flow).model_copy(update=changes)
    return await function(store, settings, since, until, until)


async def visitor_id(key: str) -> int:
    return int((await Visitor.get(key=key)).id)
