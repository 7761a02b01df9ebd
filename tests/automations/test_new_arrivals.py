"""New arrivals: a product added to a category a shopper viewed or bought from is announced to
them, at most once a day, listing up to three new products; a shopper who never looked at that
category hears nothing."""

from __future__ import annotations

from datetime import timedelta

from server.automations.scans import run_scans
from server.clock import FrozenClock
from server.models import AutomationRun, Flow, Product
from tests.automations.shoppers import buy, enable, scanned, view, visitor_id
from tests.conftest import ShopFixture


async def add_product(shop: ShopFixture, sku: str, category: str, **fields: object) -> int:
    response = await shop.admin("PUT", f"/products/{sku}", {
        "name": sku.title(), "price": 19900, "category": category, **fields})
    assert response.status_code == 201, await response.get_json()
    return int((await Product.get(sku=sku)).id)


async def announced(shop: ShopFixture, clock: FrozenClock) -> dict[str, list[int]]:
    until = clock.now()
    return {o.shopper: o.data["product_ids"]
            for o in await scanned(shop, "new_arrivals", until - timedelta(minutes=5), until)}


async def test_a_new_product_is_announced_to_who_viewed_or_bought_its_category(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")  # kitchen
    await buy(shop, "visitor-ravi", "ravi@example.com", "KETTLE")  # kitchen, bought
    await view(shop, "visitor-meera", "TEA")  # tea only
    clock.advance(days=5)
    spoon = await add_product(shop, "SPOON", "kitchen")
    clock.advance(minutes=1)
    asha = await visitor_id("visitor-asha")
    assert await announced(shop, clock) == {f"v:{asha}": [spoon],
                                            "e:ravi@example.com": [spoon]}


async def test_the_message_lists_at_most_three_newest_first(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")
    clock.advance(days=1)
    ids = [await add_product(shop, sku, "kitchen") for sku in ("BOWL", "PLATE", "SPOON", "LADLE")]
    clock.advance(minutes=1)
    assert list((await announced(shop, clock)).values()) == [ids[::-1][:3]]


async def test_a_shopper_is_told_only_of_the_categories_they_looked_at(shop, clock) -> None:
    await view(shop, "visitor-asha", "TEA")
    clock.advance(days=1)
    await add_product(shop, "SPOON", "kitchen")
    green = await add_product(shop, "GREEN", "tea")
    clock.advance(minutes=1)
    assert list((await announced(shop, clock)).values()) == [[green]]


async def test_a_category_nobody_looked_at_is_announced_to_nobody(shop, clock) -> None:
    await view(shop, "visitor-asha", "TEA")
    clock.advance(days=1)
    await add_product(shop, "CANDLE", "home")
    await add_product(shop, "UNSORTED", "")
    clock.advance(minutes=1)
    assert await announced(shop, clock) == {}


async def test_a_view_older_than_the_lookback_does_not_count(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")
    clock.advance(days=15)  # lookback_days: 14
    await add_product(shop, "SPOON", "kitchen")
    clock.advance(minutes=1)
    assert await announced(shop, clock) == {}


async def test_the_merchant_sets_how_far_back_a_view_counts(shop, clock) -> None:
    response = await shop.admin("PUT", "/automations/new_arrivals", {
        "enabled": True, "channels": ["push"], "lookback_days": 30})
    assert response.status_code == 200, await response.get_json()
    assert (await response.get_json())["lookback_days"] == 30
    await view(shop, "visitor-asha", "MUG")
    clock.advance(days=20)
    spoon = await add_product(shop, "SPOON", "kitchen")
    clock.advance(minutes=1)
    assert list((await announced(shop, clock)).values()) == [[spoon]]


async def test_a_sold_out_or_hidden_new_product_is_not_announced(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")
    clock.advance(days=1)
    await add_product(shop, "SPOON", "kitchen", stock=0)
    await add_product(shop, "LADLE", "kitchen", active=False)
    clock.advance(minutes=1)
    assert await announced(shop, clock) == {}


async def test_a_shopper_gets_one_new_arrivals_message_a_day(shop, clock) -> None:
    await enable(shop, Flow.NEW_ARRIVALS)
    await view(shop, "visitor-asha", "MUG")
    clock.advance(days=1)
    await run_scans(clock.now(), only={"new_arrivals"})  # the first pass sets the mark
    first = await add_product(shop, "SPOON", "kitchen")
    clock.advance(minutes=1)
    await run_scans(clock.now(), only={"new_arrivals"})
    await add_product(shop, "BOWL", "kitchen")
    clock.advance(minutes=1)
    await run_scans(clock.now(), only={"new_arrivals"})
    runs = await AutomationRun.filter(flow=Flow.NEW_ARRIVALS)
    assert [(r.occurrence, r.data["product_ids"]) for r in runs] == [("2026-01-16", [first])]
    clock.advance(days=1)
    tomorrow = await add_product(shop, "PLATE", "kitchen")
    clock.advance(minutes=1)
    await run_scans(clock.now(), only={"new_arrivals"})
    assert [r.data["product_ids"] for r in await AutomationRun.filter(
        flow=Flow.NEW_ARRIVALS).order_by("id")] == [[first], [tomorrow]]
