"""Replenishment: a product lasts `replenish_days` (set by the merchant, else predicted from at
least five repeat purchases); `lead_days` (3) before a buyer's unit runs out they are reminded,
with the quantity they bought — unless they have ordered it again."""

from __future__ import annotations

from datetime import timedelta

from server.automations.replenishment import predict_replenishment
from server.clock import FrozenClock
from server.models import Flow, Order, Product, Store
from tests.automations.shoppers import buy, scanned
from tests.conftest import ShopFixture

TEA = {"name": "Assam tea", "price": 34900, "category": "tea"}


async def lasts(shop: ShopFixture, days: int | None, sku: str = "TEA") -> dict[str, object]:
    response = await shop.admin("PUT", f"/products/{sku}", {**TEA, "replenish_days": days})
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def reminded(shop: ShopFixture, clock: FrozenClock) -> list[tuple[str | None, str, dict[str, object]]]:
    until = clock.now()
    return [(o.email, o.occurrence, o.data)
            for o in await scanned(shop, "replenishment", until - timedelta(hours=1), until)]


async def test_the_store_api_keeps_how_long_a_product_lasts(shop) -> None:
    assert (await lasts(shop, 30))["replenish_days"] == 30
    shown = await (await shop.admin("GET", "/products/TEA")).get_json()
    assert shown["replenish_days"] == 30


async def test_a_replenish_days_out_of_range_is_refused(shop) -> None:
    for days in (0, 366):
        response = await shop.admin("PUT", "/products/TEA", {**TEA, "replenish_days": days})
        assert response.status_code == 400
        assert (await response.get_json())["error"]["message"]


async def test_a_buyer_is_reminded_lead_days_before_it_runs_out_with_their_quantity(shop, clock) -> None:
    await lasts(shop, 30)
    number = await buy(shop, "visitor-asha", "asha@example.com", "TEA", quantity=2)
    order = await Order.get(number=number)
    tea = await Product.get(sku="TEA")
    clock.advance(days=26, hours=23)
    assert await reminded(shop, clock) == []  # four days before: not yet
    clock.advance(hours=1, minutes=1)
    occurrences = await scanned(shop, "replenishment", clock.now() - timedelta(hours=1),
                                clock.now())
    assert [(o.flow, o.subject, o.occurrence, o.email, o.visitor_id, o.data)
            for o in occurrences] == [
        (Flow.REPLENISHMENT, f"product:{tea.id}", f"order:{order.id}", "asha@example.com",
         order.visitor_id, {"product_id": tea.id, "quantity": 2})]


async def test_a_buyer_who_ordered_it_again_is_not_reminded(shop, clock) -> None:
    await lasts(shop, 30)
    await buy(shop, "visitor-asha", "asha@example.com", "TEA")
    await buy(shop, "visitor-ravi", "ravi@example.com", "TEA")
    clock.advance(days=20)
    await buy(shop, "visitor-asha-phone", "asha@example.com", "TEA")  # another device
    clock.advance(days=7, minutes=1)
    assert [email for email, _, _ in await reminded(shop, clock)] == ["ravi@example.com"]


async def test_a_buyer_whose_later_order_was_something_else_is_still_reminded(shop, clock) -> None:
    await lasts(shop, 30)
    await buy(shop, "visitor-asha", "asha@example.com", "TEA")
    clock.advance(days=20)
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    clock.advance(days=7, minutes=1)
    assert [email for email, _, _ in await reminded(shop, clock)] == ["asha@example.com"]


async def test_a_product_without_days_or_prediction_reminds_nobody(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "TEA")
    for days in (7, 27, 30, 60):
        clock.advance(days=days)
        assert await reminded(shop, clock) == []


async def repeat_buyers(shop: ShopFixture, clock: FrozenClock, gaps: dict[str, list[int]]) -> None:
    """Each address buys TEA, then again after each of its gaps (in days)."""
    start = clock.now()
    plan = sorted((sum(days[:i]), email) for email, days in gaps.items()
                  for i in range(len(days) + 1))
    for offset, email in plan:
        clock.current = start + timedelta(days=offset, minutes=len(email))
        await buy(shop, f"visitor-{email.split('@')[0]}", email, "TEA")


async def test_five_repeat_purchases_predict_the_median_interval(shop, clock) -> None:
    await repeat_buyers(shop, clock, {"asha@example.com": [20, 21, 40],
                                      "ravi@example.com": [19, 22]})
    store = await Store.get(id=shop.store.id)
    assert await predict_replenishment(store, clock.now()) == 1
    tea = await Product.get(sku="TEA")
    assert (tea.replenish_days, tea.predicted_replenish_days) == (None, 21)


async def test_fewer_than_five_repeats_predict_nothing(shop, clock) -> None:
    await repeat_buyers(shop, clock, {"asha@example.com": [20, 21],
                                      "ravi@example.com": [19, 22]})
    store = await Store.get(id=shop.store.id)
    assert await predict_replenishment(store, clock.now()) == 0
    assert (await Product.get(sku="TEA")).predicted_replenish_days is None


async def test_the_merchants_days_are_never_replaced_by_a_prediction(shop, clock) -> None:
    await lasts(shop, 45)
    await repeat_buyers(shop, clock, {"asha@example.com": [10, 10, 10, 10, 10]})
    await predict_replenishment(await Store.get(id=shop.store.id), clock.now())
    tea = await Product.get(sku="TEA")
    assert (tea.replenish_days, tea.predicted_replenish_days) == (45, None)


async def test_a_predicted_interval_times_the_reminder(shop, clock) -> None:
    await repeat_buyers(shop, clock, {"asha@example.com": [20, 20, 20, 20, 20]})
    await predict_replenishment(await Store.get(id=shop.store.id), clock.now())
    clock.advance(days=1)
    await buy(shop, "visitor-ravi", "ravi@example.com", "TEA")
    clock.advance(days=17, minutes=1)  # 20 days, reminded three before
    assert [email for email, _, _ in await reminded(shop, clock)] == ["ravi@example.com"]


async def test_the_daily_scan_refreshes_predictions_after_midnight(shop, clock) -> None:
    await repeat_buyers(shop, clock, {"asha@example.com": [20, 20, 20, 20, 20]})
    clock.current = clock.current.replace(hour=18, minute=20)  # 23:50 in Kolkata
    assert await scanned(shop, "replenish_predict", clock.now() - timedelta(minutes=5),
                         clock.now()) == []
    assert (await Product.get(sku="TEA")).predicted_replenish_days is None
    clock.advance(minutes=20)
    await scanned(shop, "replenish_predict", clock.now() - timedelta(minutes=20), clock.now())
    assert (await Product.get(sku="TEA")).predicted_replenish_days == 20
