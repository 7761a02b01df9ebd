"""Win-back: a customer whose last order is 60 days old (the flow's `inactive_days`) and who has
neither ordered nor visited since is asked back, once for that order; not one who came back."""

from __future__ import annotations

from datetime import timedelta

from server.clock import FrozenClock
from server.models import Flow, Order, Visitor
from tests.automations.shoppers import buy, pin_last_seen, scanned, view
from tests.conftest import ShopFixture


async def asked_back(shop: ShopFixture, clock: FrozenClock, **settings: int) -> list[str | None]:
    until = clock.now()
    return [o.email for o in await scanned(shop, "win_back", until - timedelta(hours=1), until,
                                           **settings)]


async def test_a_customer_quiet_for_sixty_days_is_asked_back(shop, clock) -> None:
    number = await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await pin_last_seen(clock.now())
    order = await Order.get(number=number)
    clock.advance(days=60, minutes=1)
    occurrences = await scanned(shop, "win_back", clock.now() - timedelta(hours=1), clock.now())
    assert [(o.flow, o.subject, o.occurrence, o.email, o.visitor_id, o.data)
            for o in occurrences] == [
        (Flow.WIN_BACK, "store", f"order:{order.id}", "asha@example.com", order.visitor_id, {})]


async def test_the_merchants_inactive_days_decide_when(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await pin_last_seen(clock.now())
    clock.advance(days=30, minutes=1)
    assert await asked_back(shop, clock) == []
    assert await asked_back(shop, clock, inactive_days=30) == ["asha@example.com"]


async def test_a_customer_who_ordered_again_is_not_asked_back(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await buy(shop, "visitor-ravi", "ravi@example.com", "MUG")
    clock.advance(days=10)
    await buy(shop, "visitor-asha-phone", "asha@example.com", "TEA")  # another device
    await pin_last_seen(clock.now() - timedelta(days=10))
    clock.advance(days=50, minutes=1)
    assert await asked_back(shop, clock) == ["ravi@example.com"]


async def test_a_customer_who_came_back_to_look_is_not_asked_back(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await buy(shop, "visitor-ravi", "ravi@example.com", "MUG")
    await pin_last_seen(clock.now())
    clock.advance(days=20)
    await view(shop, "visitor-asha", "KETTLE")
    clock.advance(days=40, minutes=1)
    assert await asked_back(shop, clock) == ["ravi@example.com"]


async def test_a_customer_seen_since_is_not_asked_back(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    await buy(shop, "visitor-ravi", "ravi@example.com", "MUG")
    await pin_last_seen(clock.now())
    await Visitor.filter(key="visitor-asha").update(last_seen_at=clock.now() + timedelta(days=3))
    clock.advance(days=60, minutes=1)
    assert await asked_back(shop, clock) == ["ravi@example.com"]


async def test_a_customer_with_two_orders_that_day_is_asked_back_once(shop, clock) -> None:
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    clock.advance(minutes=20)
    number = await buy(shop, "visitor-asha", "asha@example.com", "TEA")
    await pin_last_seen(clock.now())
    clock.advance(days=60, minutes=1)
    occurrences = await scanned(shop, "win_back", clock.now() - timedelta(hours=1), clock.now())
    assert [o.occurrence for o in occurrences] == [f"order:{(await Order.get(number=number)).id}"]
