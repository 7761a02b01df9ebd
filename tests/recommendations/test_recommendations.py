"""Recommendations from a store's own orders: bought together (with a minimum support), the
category's bestsellers as the fallback, the merchant's pins and exclusions, never what cannot be
bought; counted once per confirmed order, as it is confirmed."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from server.checkout.orders import sign_webhook
from server.models import ProductPair, ProductSales
from server.recommendations.counts import rebuild
from tests.conftest import ShopFixture
from tests.recommendations.conftest import add_products, buy, cart_with, skus_of


async def _history(shop: ShopFixture) -> None:
    """Tea goes with the mug twice (support 2); the kettle once (below the support)."""
    await add_products(shop)
    await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "TEA", "HONEY")
    await buy(shop, "MUG", "KETTLE")
    await buy(shop, "CUPS")
    await buy(shop, "CUPS", "SPOON")


async def test_bought_together_comes_first_then_the_categorys_bestsellers(shop) -> None:
    await _history(shop)
    cart = await cart_with(shop, "MUG")
    recs = cart["recommendations"]
    assert [(r["sku"], r["reason"]) for r in recs] == [
        ("TEA", "bought_together"),  # in 2 orders with the mug
        ("CUPS", "bestseller"),  # kitchen, like the mug: 2 orders
        ("KETTLE", "bestseller"),  # 1 order with the mug is below the support of 2
    ]
    assert recs[0] == {"sku": "TEA", "name": "Assam tea", "price": 34900,
                       "compare_at_price": None, "image_url": "", "url": "",
                       "reason": "bought_together"}


async def test_what_the_cart_holds_is_not_recommended(shop) -> None:
    await _history(shop)
    cart = await cart_with(shop, "MUG", "TEA")
    assert skus_of(cart) == ["CUPS", "KETTLE", "HONEY"]  # bestsellers: 2 orders, 1, 1 (older first)


async def test_the_merchant_sets_the_minimum_support_and_how_many_are_shown(shop) -> None:
    await _history(shop)
    response = await shop.admin("PUT", "/recommendations/settings",
                                {"enabled": True, "min_support": 1, "count": 2})
    assert response.status_code == 200, await response.get_json()
    cart = await cart_with(shop, "MUG", "TEA")
    assert [(r["sku"], r["reason"]) for r in cart["recommendations"]] == [
        ("HONEY", "bought_together"), ("KETTLE", "bought_together")]
    await shop.admin("PUT", "/recommendations/settings", {"enabled": False})
    assert (await cart_with(shop, "MUG"))["recommendations"] == []


async def test_out_of_stock_and_inactive_products_never_appear(shop) -> None:
    await _history(shop)
    assert (await shop.admin("PUT", "/products/TEA", {"name": "Assam tea", "price": 34900,
                                                      "category": "tea", "stock": 0})).status_code == 200
    response = await shop.admin("PUT", "/products/CUPS", {"name": "Tea cups", "price": 60000,
                                                         "category": "kitchen", "stock": 5,
                                                         "active": False})
    assert response.status_code == 200, await response.get_json()
    cart = await cart_with(shop, "MUG")
    assert skus_of(cart) == ["KETTLE", "SPOON"]


async def test_pinned_products_come_first_and_excluded_ones_never(shop) -> None:
    await _history(shop)
    response = await shop.admin("POST", "/recommendations/rules",
                                {"product": "MUG", "target": "SPOON", "action": "pin"})
    assert response.status_code == 201, await response.get_json()
    response = await shop.admin("POST", "/recommendations/rules",
                                {"product": None, "target": "TEA", "action": "exclude"})
    assert response.status_code == 201, await response.get_json()
    cart = await cart_with(shop, "MUG")
    assert [(r["sku"], r["reason"]) for r in cart["recommendations"]] == [
        ("SPOON", "pinned"), ("CUPS", "bestseller"), ("KETTLE", "bestseller")]
    rules = (await (await shop.admin("GET", "/recommendations/rules")).get_json())["rules"]
    assert [(r["product"], r["target"], r["action"]) for r in rules] == [
        ("MUG", "SPOON", "pin"), (None, "TEA", "exclude")]

    response = await shop.admin("DELETE", f"/recommendations/rules/{rules[1]['id']}")
    assert response.status_code == 204
    assert "TEA" in skus_of(await cart_with(shop, "MUG"))


async def test_a_new_order_is_folded_in_as_it_is_confirmed(shop) -> None:
    await _history(shop)
    assert skus_of(await cart_with(shop, "SPOON"))[0] == "MUG"  # the kitchen's bestseller
    await buy(shop, "SPOON", "HONEY")
    await buy(shop, "SPOON", "HONEY")
    assert skus_of(await cart_with(shop, "SPOON"))[0] == "HONEY"


async def _paid(shop: ShopFixture, clock: Any, order: dict[str, Any], status: str = "paid") -> Any:
    body = json.dumps({"order_number": order["number"], "status": status,
                       "amount": order["total"], "currency": "INR"}).encode()
    signature = sign_webhook(shop.secret_key, int(clock.now().timestamp()), body)
    return await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=body,
        headers={"X-Pushcart-Signature": signature, "Content-Type": "application/json"})


async def _pair_count(shop: ShopFixture, a: str, b: str) -> int:
    pair = await ProductPair.get_or_none(store_id=shop.store.id, product__sku=a, partner__sku=b)
    return pair.order_count if pair else 0


async def test_an_online_order_counts_once_when_it_is_paid_and_never_if_it_fails(shop, clock) -> None:
    first = await buy(shop, "MUG", "TEA", payment="upi")
    second = await buy(shop, "MUG", "TEA", payment="upi")
    assert await _pair_count(shop, "MUG", "TEA") == 0  # pending: not bought yet
    assert (await _paid(shop, clock, first)).status_code == 200
    assert (await _paid(shop, clock, first)).status_code == 200  # the provider repeats itself
    assert (await _paid(shop, clock, second, "failed")).status_code == 200
    assert await _pair_count(shop, "MUG", "TEA") == 1
    assert await _pair_count(shop, "TEA", "MUG") == 1


async def test_a_rebuild_from_scratch_gives_the_counts_kept_incrementally(shop) -> None:
    await _history(shop)
    kept = sorted(await ProductPair.filter(store_id=shop.store.id).values_list(
        "product_id", "partner_id", "order_count"))
    sales = sorted(await ProductSales.filter(store_id=shop.store.id).values_list(
        "product_id", "order_count"))
    result = await rebuild(shop.store.id)
    assert sorted(await ProductPair.filter(store_id=shop.store.id).values_list(
        "product_id", "partner_id", "order_count")) == kept
    assert sorted(await ProductSales.filter(store_id=shop.store.id).values_list(
        "product_id", "order_count")) == sales
    assert (result.pairs, result.products) == (len(kept), 6)


async def test_concurrent_orders_of_the_same_products_are_all_counted(shop) -> None:
    await asyncio.gather(*(buy(shop, "MUG", "TEA") for _ in range(8)))
    assert await _pair_count(shop, "MUG", "TEA") == 8
    assert await _pair_count(shop, "TEA", "MUG") == 8
    sales = dict(await ProductSales.filter(store_id=shop.store.id).values_list(
        "product__sku", "order_count"))
    assert sales == {"MUG": 8, "TEA": 8}
