"""Placing orders (all or nothing, recomputed on the server) and payment webhooks."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from server.checkout.orders import sign_webhook
from server.models import Cart, CartStatus, DiscountCode, Order, OrderItem, Product
from tests.conftest import ShopFixture


async def _order(shop: ShopFixture, token: str, method: str = "cash_on_delivery") -> Any:
    return await shop.widget("POST", f"/carts/{token}/order", {"payment_method": method,
                                                               "total": 1})


async def test_cash_on_delivery_order_is_placed_with_server_totals(shop: ShopFixture) -> None:
    cart = await shop.ready_to_order("MUG", 2)
    response = await _order(shop, cart["token"])
    body = await response.get_json()
    assert response.status_code == 201
    assert body["status"] == "placed" and body["number"] == "1001"
    assert body["total"] == 100000  # not the 1 the browser sent; shipping free above 999
    order = await Order.get(number="1001")
    assert (order.subtotal, order.shipping, order.tax, order.total) == (100000, 0, 15254, 100000)
    assert order.tax_included and order.email == "asha@example.com"
    assert (await Product.get(sku="MUG")).stock == 8
    assert (await Cart.get(token=cart["token"])).status == CartStatus.CONVERTED


async def test_order_numbers_count_up_per_store(shop: ShopFixture) -> None:
    first = await _order(shop, (await shop.ready_to_order())["token"])
    second = await _order(shop, (await shop.ready_to_order())["token"])
    assert [(await r.get_json())["number"] for r in (first, second)] == ["1001", "1002"]


async def test_a_cart_is_ordered_once(shop: ShopFixture) -> None:
    token = (await shop.ready_to_order())["token"]
    assert (await _order(shop, token)).status_code == 201
    again = await _order(shop, token)
    assert again.status_code == 409
    assert (await again.get_json())["error"]["code"] == "cart_converted"
    assert await Order.all().count() == 1


async def test_stock_running_out_before_the_order_writes_nothing(shop: ShopFixture) -> None:
    token = (await shop.ready_to_order("KETTLE", 2))["token"]
    await shop.add(token, "MUG", 1)
    await Product.filter(sku="KETTLE").update(stock=1)  # someone else bought one meanwhile
    response = await _order(shop, token)
    error = (await response.get_json())["error"]
    assert response.status_code == 409
    assert error["code"] == "out_of_stock" and error["details"]["sku"] == "KETTLE"
    assert await Order.all().count() == 0 and await OrderItem.all().count() == 0
    assert (await Product.get(sku="MUG")).stock == 10  # not decremented either
    assert (await Cart.get(token=token)).status == CartStatus.OPEN


async def test_two_shoppers_racing_for_the_last_units_one_wins(shop: ShopFixture) -> None:
    a = (await shop.ready_to_order("KETTLE", 2))["token"]
    b = (await shop.ready_to_order("KETTLE", 2))["token"]
    results = await asyncio.gather(_order(shop, a), _order(shop, b))
    codes = sorted(r.status_code for r in results)
    assert codes == [201, 409]
    assert (await Product.get(sku="KETTLE")).stock == 0
    assert await Order.all().count() == 1


async def test_order_needs_email_and_a_full_address(shop: ShopFixture) -> None:
    token = (await shop.new_cart(visitor_id="new-visitor-01"))["token"]
    await shop.add(token, "TEA")
    assert (await (await _order(shop, token)).get_json())["error"]["code"] == "email_required"
    await shop.widget("PATCH", f"/carts/{token}", {"email": "a@b.co",
                                                   "address": {"country": "IN"}})
    error = (await (await _order(shop, token)).get_json())["error"]
    assert error["code"] == "address_incomplete"
    assert error["details"]["missing"] == ["line1", "city", "postal_code"]


async def test_payment_method_must_be_one_the_store_offers(shop: ShopFixture) -> None:
    token = (await shop.ready_to_order())["token"]
    response = await _order(shop, token, "pix")
    assert (await response.get_json())["error"]["code"] == "invalid_payment_method"


async def test_used_up_discount_code_blocks_the_order(shop: ShopFixture) -> None:
    await shop.admin("POST", "/discount-codes", {"code": "ONCE", "kind": "fixed", "value": 500,
                                                 "usage_limit": 1})
    first = (await shop.ready_to_order())["token"]
    await shop.widget("PATCH", f"/carts/{first}", {"discount_code": "ONCE"})
    second = (await shop.ready_to_order())["token"]
    await shop.widget("PATCH", f"/carts/{second}", {"discount_code": "ONCE"})
    assert (await (await _order(shop, first)).get_json())["total"] == 54900 - 500
    response = await _order(shop, second)
    assert (await response.get_json())["error"]["code"] == "discount_used_up"
    assert (await DiscountCode.get(code="ONCE")).times_used == 1


async def _webhook(shop: ShopFixture, clock: Any, event: dict[str, Any],
                   key: str | None = None) -> Any:
    body = json.dumps(event).encode()
    signature = sign_webhook(key or shop.secret_key, int(clock.now().timestamp()), body)
    return await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=body,
        headers={"X-Pushcart-Signature": signature, "Content-Type": "application/json"},
    )


async def test_online_payment_is_pending_until_the_signed_webhook(shop: ShopFixture, clock) -> None:
    token = (await shop.ready_to_order())["token"]
    order = await (await _order(shop, token, "upi")).get_json()
    assert order["status"] == "pending"
    event = {"order_number": order["number"], "status": "paid", "amount": order["total"],
             "currency": "INR", "provider_reference": "upi_123"}
    response = await _webhook(shop, clock, event)
    assert (await response.get_json())["status"] == "paid"
    assert (await _webhook(shop, clock, event)).status_code == 200  # a repeat changes nothing
    stored = await Order.get(number=order["number"])
    assert stored.status == "paid" and stored.provider_reference == "upi_123"


async def test_webhook_with_a_wrong_signature_or_amount_is_refused(shop: ShopFixture, clock) -> None:
    token = (await shop.ready_to_order())["token"]
    order = await (await _order(shop, token, "card")).get_json()
    event = {"order_number": order["number"], "status": "paid", "amount": order["total"],
             "currency": "INR"}
    forged = await _webhook(shop, clock, event, key="sk_guess")
    assert forged.status_code == 401
    wrong_amount = await _webhook(shop, clock, {**event, "amount": 1})
    assert (await wrong_amount.get_json())["error"]["code"] == "amount_mismatch"
    stale = json.dumps(event).encode()
    old_signature = sign_webhook(shop.secret_key, int(clock.now().timestamp()) - 3600, stale)
    response = await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=stale,
        headers={"X-Pushcart-Signature": old_signature})
    assert (await response.get_json())["error"]["code"] == "stale_signature"
    assert (await Order.get(number=order["number"])).status == "pending"


async def test_failed_payment_returns_the_stock(shop: ShopFixture, clock) -> None:
    token = (await shop.ready_to_order("KETTLE", 1))["token"]
    order = await (await _order(shop, token, "card")).get_json()
    assert (await Product.get(sku="KETTLE")).stock == 1
    await _webhook(shop, clock, {"order_number": order["number"], "status": "failed",
                                 "amount": order["total"], "currency": "INR"})
    assert (await Product.get(sku="KETTLE")).stock == 2


async def test_store_api_lists_and_reads_orders(shop: ShopFixture) -> None:
    await _order(shop, (await shop.ready_to_order("TEA", 3))["token"])
    listing = await (await shop.admin("GET", "/orders")).get_json()
    assert listing["total"] == 1
    order = await (await shop.admin("GET", "/orders/1001")).get_json()
    assert order["items"] == [{"sku": "TEA", "name": "Assam tea", "unit_price": 34900,
                               "quantity": 3, "line_total": 104700}]
    assert (await shop.admin("GET", "/orders/9999")).status_code == 404
