"""Browse abandonment: a shopper who looked at products and then did nothing with a cart for the
flow's delay (4 hours by default) is told about the product they viewed most, once; not one who
added to a cart or bought after looking, nor one whose cart is in its reminder sequence."""

from __future__ import annotations

from datetime import timedelta

from server.clock import FrozenClock
from server.models import Flow, Product
from server.recovery import sequence
from tests.automations.shoppers import add_to_cart, buy, scanned, view, visitor_id
from tests.conftest import ShopFixture

DELAY = timedelta(hours=4)


async def found(shop: ShopFixture, clock: FrozenClock) -> dict[int, tuple[str, str]]:
    """Visitor -> (subject, occurrence) of what a scan of the last hour finds."""
    until = clock.now()
    return {o.visitor_id or 0: (o.subject, o.occurrence)
            for o in await scanned(shop, "browse", until - timedelta(hours=1), until)}


async def product_id(sku: str) -> int:
    return int((await Product.get(sku=sku)).id)


async def test_a_shopper_who_only_looked_hears_about_the_product_they_viewed_most(shop, clock) -> None:
    await view(shop, "visitor-asha", "TEA")
    await view(shop, "visitor-asha", "MUG", times=3)
    clock.advance(hours=4, minutes=1)
    occurrences = await scanned(shop, "browse", clock.now() - timedelta(hours=1), clock.now())
    assert len(occurrences) == 1
    occurrence = occurrences[0]
    mug = await product_id("MUG")
    assert occurrence.flow == Flow.BROWSE_ABANDONMENT
    assert occurrence.visitor_id == await visitor_id("visitor-asha")
    assert (occurrence.subject, occurrence.occurrence) == (f"product:{mug}", "2026-01-15")
    assert occurrence.data == {"product_id": mug}
    assert occurrence.due_at == clock.now()  # the delay is already behind the view


async def test_a_shopper_is_not_told_before_the_delay_has_passed(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")
    clock.advance(hours=3)
    assert await found(shop, clock) == {}


async def test_a_shopper_who_added_to_a_cart_after_looking_is_not_told(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG")
    clock.advance(minutes=10)
    await add_to_cart(shop, "visitor-asha", "TEA")
    clock.advance(hours=4)
    assert await found(shop, clock) == {}


async def test_a_shopper_who_bought_after_looking_is_not_told(shop, clock) -> None:
    await view(shop, "visitor-asha", "KETTLE")
    clock.advance(minutes=10)
    await buy(shop, "visitor-asha", "asha@example.com", "MUG")
    clock.advance(hours=4)
    assert await found(shop, clock) == {}


async def test_a_shopper_whose_cart_awaits_recovery_is_not_told(shop, clock) -> None:
    await add_to_cart(shop, "visitor-asha", "TEA", email="asha@example.com")
    clock.advance(hours=2)
    await view(shop, "visitor-asha", "MUG")
    assert await sequence.scan(clock.now()) == 1  # the cart is now in its reminder sequence
    await view(shop, "visitor-ravi", "MUG")
    clock.advance(hours=4, minutes=1)
    assert list(await found(shop, clock)) == [await visitor_id("visitor-ravi")]


async def test_a_shopper_still_browsing_is_told_once_they_stop_about_the_most_viewed(shop, clock) -> None:
    await view(shop, "visitor-asha", "MUG", times=2)
    clock.advance(minutes=40)
    await view(shop, "visitor-asha", "TEA")
    clock.advance(hours=4, minutes=1)
    first = await scanned(shop, "browse", clock.now() - timedelta(minutes=42),
                          clock.now() - timedelta(minutes=30))
    assert first == []  # the MUG views are in this range, but TEA came after
    later = await found(shop, clock)
    assert later == {await visitor_id("visitor-asha"): (f"product:{await product_id('MUG')}",
                                                         "2026-01-15")}


async def test_a_sold_out_product_is_not_the_one_suggested(shop, clock) -> None:
    await view(shop, "visitor-asha", "KETTLE", times=5)
    await view(shop, "visitor-asha", "TEA")
    response = await shop.admin("PUT", "/products/KETTLE",
                                {"name": "Copper kettle", "price": 249900, "category": "kitchen",
                                 "stock": 0})
    assert response.status_code == 200
    clock.advance(hours=4, minutes=1)
    assert (await found(shop, clock))[await visitor_id("visitor-asha")][0] == \
        f"product:{await product_id('TEA')}"
