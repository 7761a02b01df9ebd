"""POST /api/v1/orders/{number}/fulfilment as a merchant's backend calls it: each step answered
with the order and its timeline, bad input and steps that make no sense refused with a code."""

from __future__ import annotations

from typing import Any

from server.models import AutomationEvent, Flow, OrderEvent
from tests.conftest import ShopFixture

TRACKING = "https://track.example.in/AWB123456"


async def _order(shop: ShopFixture, payment: str = "cash_on_delivery") -> str:
    cart = await shop.ready_to_order()
    response = await shop.widget("POST", f"/carts/{cart['token']}/order",
                                 {"payment_method": payment})
    assert response.status_code == 201, await response.get_json()
    return str((await response.get_json())["number"])


async def _step(shop: ShopFixture, number: str, body: Any) -> tuple[int, dict[str, Any]]:
    response = await shop.admin("POST", f"/orders/{number}/fulfilment", body)
    return response.status_code, await response.get_json()


async def test_a_step_answers_with_the_order_and_its_timeline(shop: ShopFixture, clock) -> None:
    number = await _order(shop)
    status, body = await _step(shop, number, {"status": "shipped", "carrier": "Delhivery",
                                              "tracking_url": TRACKING})
    assert status == 200, body
    assert body["number"] == number and body["fulfilment_status"] == "shipped"
    assert body["timeline"] == [{"status": "shipped", "carrier": "Delhivery",
                                 "tracking_url": TRACKING, "at": clock.now().isoformat()}]

    clock.advance(hours=20)
    status, body = await _step(shop, number, {"status": "delivered", "carrier": None})
    assert status == 200
    assert [(s["status"], s["carrier"]) for s in body["timeline"]] == [
        ("shipped", "Delhivery"), ("delivered", "")]
    read = await (await shop.admin("GET", f"/orders/{number}")).get_json()
    assert read["fulfilment_status"] == "delivered" and read["timeline"] == body["timeline"]
    assert await AutomationEvent.filter(flow=Flow.ORDER_UPDATES).count() == 2


async def test_an_order_without_steps_says_so(shop: ShopFixture) -> None:
    number = await _order(shop)
    body = await (await shop.admin("GET", f"/orders/{number}")).get_json()
    assert body["fulfilment_status"] is None and body["timeline"] == []
    listed = await (await shop.admin("GET", "/orders")).get_json()
    assert listed["orders"][0]["timeline"] == []


async def test_bad_bodies_are_refused_with_the_field_at_fault(shop: ShopFixture) -> None:
    number = await _order(shop)
    for body, field in (
        ({"status": "lost"}, "status"),
        ({}, "status"),
        ({"status": "shipped", "tracking_url": "javascript:alert(1)"}, "tracking_url"),
        ({"status": "shipped", "tracking_url": "ftp://track.example/1"}, "tracking_url"),
        ({"status": "shipped", "carrier": "x" * 101}, "carrier"),
        ({"status": "shipped", "carrier": 7}, "carrier"),
        ({"status": "shipped", "eta": "tomorrow"}, "eta"),
    ):
        status, answer = await _step(shop, number, body)
        assert status == 400, body
        assert answer["error"]["code"] == "invalid_request"
        assert answer["error"]["details"][0]["field"] == field, body
    status, answer = await _step(shop, number, {"status": "shipped", "tracking_url": "x.in/1"})
    assert "must be an http:// or https:// address" in answer["error"]["message"]
    assert not await OrderEvent.exists()


async def test_an_unknown_order_is_a_404(shop: ShopFixture) -> None:
    status, body = await _step(shop, "999999", {"status": "shipped"})
    assert (status, body["error"]["code"]) == (404, "unknown_order")
    status, body = await _step(shop, "9" * 40, {"status": "shipped"})
    assert (status, body["error"]["code"]) == (404, "unknown_order")


async def test_another_stores_key_cannot_move_the_order(shop: ShopFixture) -> None:
    from server.stores import create_store
    from tests.conftest import TEST_SECRET

    number = await _order(shop)
    other = await create_store(TEST_SECRET, "Other", ["http://other.test"])
    response = await shop.client.post(
        f"/api/v1/orders/{number}/fulfilment", json={"status": "shipped"},
        headers={"Authorization": f"Bearer {other.secret_key}"})
    assert response.status_code == 404
    response = await shop.client.post(f"/api/v1/orders/{number}/fulfilment",
                                      json={"status": "shipped"})
    assert response.status_code == 401


async def test_an_order_waiting_for_its_payment_cannot_ship(shop: ShopFixture) -> None:
    number = await _order(shop, payment="upi")
    status, body = await _step(shop, number, {"status": "shipped", "tracking_url": TRACKING})
    assert (status, body["error"]["code"]) == (409, "order_not_confirmed")
    assert body["error"]["details"] == {"order_status": "pending"}
    assert "waiting for its payment" in body["error"]["message"]


async def test_nothing_follows_a_delivered_order(shop: ShopFixture) -> None:
    number = await _order(shop)
    assert (await _step(shop, number, {"status": "delivered"}))[0] == 200
    status, body = await _step(shop, number, {"status": "cancelled"})
    assert (status, body["error"]["code"]) == (409, "order_closed")
    assert body["error"]["details"] == {"fulfilment_status": "delivered"}
    status, body = await _step(shop, number, {"status": "delivered"})
    assert (status, body["error"]["code"]) == (409, "status_unchanged")
    timeline = (await (await shop.admin("GET", f"/orders/{number}")).get_json())["timeline"]
    assert [s["status"] for s in timeline] == ["delivered"]


async def test_the_route_is_in_the_openapi_document(client) -> None:
    doc = await (await client.get("/openapi.json")).get_json()
    operation = doc["paths"]["/api/v1/orders/{number}/fulfilment"]["post"]
    assert "409" in operation["responses"] and "orders" in operation["tags"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert "status" in str(doc["components"]["schemas"].get("FulfilmentIn", schema))
