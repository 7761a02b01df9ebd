"""The points ledger: earned with confirmed orders, reversed with failed payments and
cancellations, spent at checkout in the order's own transaction, expired after 12 months, and
never below zero, even with 20 checkouts of one shopper at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from server.checkout import orders
from server.checkout.orders import sign_webhook
from server.errors import ApiError
from server.loyalty import ledger
from server.models import LoyaltyEntry, Store
from tests.conftest import ShopFixture
from tests.loyalty.conftest import (
    SHOPPER,
    balance,
    cart_of,
    credit,
    enable,
    order,
    proven,
)


async def _webhook(shop: ShopFixture, clock: Any, number: str, status: str, amount: int) -> Any:
    body = json.dumps({"order_number": number, "status": status, "amount": amount,
                       "currency": "INR", "provider_reference": "upi_1"}).encode()
    signature = sign_webhook(shop.secret_key, int(clock.now().timestamp()), body)
    return await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=body,
        headers={"X-Pushcart-Signature": signature, "Content-Type": "application/json"})


async def _ledger(shop: ShopFixture) -> list[dict[str, Any]]:
    body = await (await shop.admin("GET", f"/loyalty?email={SHOPPER}")).get_json()
    return list(body["entries"])


async def test_cash_on_delivery_order_earns_a_point_per_ten_rupees(shop: ShopFixture) -> None:
    await enable(shop)
    cart = await cart_of(shop, "MUG", 2)  # ₹1,000 of goods
    assert cart["loyalty"]["will_earn"] == 100
    placed = await (await order(shop, cart["token"])).get_json()
    assert placed["points"] == {"earned": 100, "spent": 0, "on_payment": 0}
    assert await balance(shop) == 100
    [entry] = await _ledger(shop)
    assert entry["kind"] == "earn" and entry["order"] == placed["number"]
    assert entry["expires_at"].startswith("2027-01-15")  # 12 months after earning


async def test_program_turned_off_earns_nothing(shop: ShopFixture) -> None:
    cart = await cart_of(shop, "MUG", 2)
    assert cart["loyalty"] is None
    await order(shop, cart["token"])
    assert await LoyaltyEntry.all().count() == 0


async def test_online_order_earns_when_paid_and_not_when_its_payment_fails(
        shop: ShopFixture, clock: Any) -> None:
    await enable(shop)
    paid = await (await order(shop, (await cart_of(shop, "MUG"))["token"], "upi")).get_json()
    assert paid["points"] == {"earned": 0, "spent": 0, "on_payment": 50}  # pending: not yet
    assert await balance(shop) == 0
    await _webhook(shop, clock, paid["number"], "paid", paid["total"])
    assert await balance(shop) == 50
    failed = await (await order(shop, (await cart_of(shop, "MUG"))["token"], "upi")).get_json()
    await _webhook(shop, clock, failed["number"], "failed", failed["total"])
    assert await balance(shop) == 50
    assert [e["kind"] for e in await _ledger(shop)] == ["earn"]


async def test_spent_points_come_back_when_the_payment_fails(shop: ShopFixture,
                                                            clock: Any) -> None:
    await enable(shop)
    cart = await cart_of(shop, "TEA")
    await credit(shop, 1000)
    await proven(cart["token"])
    response = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 500})
    quoted = (await response.get_json())["breakdown"]
    assert quoted["points_redeemed"] == 500 and quoted["points_discount"] == 5000  # ₹50
    placed = await (await order(shop, cart["token"], "upi")).get_json()
    assert placed["total"] == 34900 + 4900 - 5000  # tea + shipping - points
    assert await balance(shop) == 500  # reserved with the order
    await _webhook(shop, clock, placed["number"], "failed", placed["total"])
    assert await balance(shop) == 1000
    assert [e["kind"] for e in await _ledger(shop)] == ["release", "redeem", "adjust"]


async def test_cancelled_order_takes_back_what_it_earned_and_returns_what_it_spent(
        shop: ShopFixture) -> None:
    await enable(shop)
    cart = await cart_of(shop, "MUG", 2)
    await credit(shop, 200)
    await proven(cart["token"])
    await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 200})
    placed = await (await order(shop, cart["token"])).get_json()
    assert placed["points"] == {"earned": 98, "spent": 200, "on_payment": 0}  # ₹980 of goods after ₹20 of points
    assert await balance(shop) == 98
    response = await shop.admin("POST", f"/orders/{placed['number']}/fulfilment",
                                {"status": "cancelled"})
    assert response.status_code == 200, await response.get_json()
    assert await balance(shop) == 200
    again = await shop.admin("POST", f"/orders/{placed['number']}/fulfilment",
                             {"status": "cancelled"})
    assert again.status_code == 409 and await balance(shop) == 200


async def test_points_expire_twelve_months_after_earning(shop: ShopFixture, clock: Any,
                                                        background: Any) -> None:
    await enable(shop)
    await order(shop, (await cart_of(shop, "MUG", 2))["token"])
    await background.automations()  # the expiry scan's first pass sets its mark
    clock.advance(days=200)
    await credit(shop, 30)
    clock.advance(days=166)  # one year and a day after the order
    assert await balance(shop) == 30  # the order's 100 are gone, the later 30 are not
    await background.automations()
    kinds = [(e["kind"], e["points"]) for e in await _ledger(shop)]
    assert kinds[0] == ("expire", -100)
    figures = await (await shop.admin("GET", "/loyalty/figures")).get_json()
    assert figures["issued"] == 130 and figures["expired"] == 100
    assert figures["outstanding"] == 30


async def test_points_spent_first_are_the_ones_that_expire_first(shop: ShopFixture,
                                                                clock: Any) -> None:
    await enable(shop, min_redeem=1)
    cart = await cart_of(shop, "TEA")
    await credit(shop, 100)
    clock.advance(days=100)
    await credit(shop, 100)
    await proven(cart["token"])
    await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 150})
    await order(shop, cart["token"])
    clock.advance(days=270)  # the first credit has expired: all of it was spent
    assert await balance(shop) == 50 + 33  # and what the ₹334 order earned


async def test_twenty_concurrent_checkouts_of_one_shopper_never_overspend(
        shop: ShopFixture, clock: Any) -> None:
    await enable(shop)
    carts = [await cart_of(shop, "TEA", visitor=f"visitor-{i:04d}") for i in range(20)]
    await credit(shop, 1000)
    tokens = []
    for cart in carts:
        await proven(cart["token"])
        response = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 100})
        assert (await response.get_json())["breakdown"]["points_redeemed"] == 100
        tokens.append(cart["token"])
    # placed at once (the service, as 20 requests in 20 processes would call it); paid online,
    # so nothing is earned until the payment is confirmed and only the 1,000 can be spent
    store = await Store.get(id=shop.store.id)  # with the program as saved

    async def place(token: str) -> str:
        try:
            await orders.place_order(store, token, "upi", clock.now())
        except ApiError as exc:
            return exc.code
        return "placed"

    outcomes = await asyncio.gather(*(place(t) for t in tokens))
    assert sorted(outcomes) == ["placed"] * 10 + ["points_unavailable"] * 10
    redeemed: list[Any] = await LoyaltyEntry.filter(kind="redeem").values_list("points",
                                                                               flat=True)
    assert sum(redeemed) == -1000
    assert await balance(shop) == 0


async def test_first_order_and_push_bonuses_are_given_once(shop: ShopFixture,
                                                          service: Any) -> None:
    from tests.conftest import subscribe

    await enable(shop, bonus_first_order=50, bonus_push=20)
    await order(shop, (await cart_of(shop, "TEA"))["token"])
    await order(shop, (await cart_of(shop, "TEA"))["token"])
    assert await balance(shop) == 34 + 34 + 50
    await subscribe(shop, service, "visitor-0001")
    await subscribe(shop, service, "visitor-0001")
    assert await balance(shop) == 34 + 34 + 50 + 20


async def test_twenty_concurrent_debits_stop_at_zero(shop: ShopFixture, clock: Any) -> None:
    """The account's lock alone (no order number's row lock in between): without it, this
    test saw 14 of the 20 debits pass on PostgreSQL."""
    await enable(shop)
    await cart_of(shop, "TEA")
    await credit(shop, 1000)

    async def debit(i: int) -> str:
        try:
            await ledger.adjust(shop.store, SHOPPER, -100, f"debit {i}", clock.now())
        except ApiError as exc:
            return exc.code
        return "ok"

    outcomes = await asyncio.gather(*(debit(i) for i in range(20)))
    assert sorted(outcomes) == ["insufficient_points"] * 10 + ["ok"] * 10
    assert await balance(shop) == 0
    points: list[Any] = await LoyaltyEntry.all().values_list("points", flat=True)
    assert sum(points) == 0


async def test_the_confirmation_email_shows_the_points_line_and_what_was_earned(
        shop: ShopFixture, background: Any, inbox: Any) -> None:
    await enable(shop)
    cart = await cart_of(shop, "MUG", 2)
    await credit(shop, 200)
    await proven(cart["token"])
    await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 200})
    await order(shop, cart["token"])
    await background.outbox_worker().drain()
    [message] = inbox[0].to(SHOPPER)
    text = message.get_body(("plain",)).get_content()
    assert "Points (200): −₹20.00" in text
    assert "You earned 98 loyalty points with this order." in text


async def test_rating_an_order_earns_the_feedback_bonus_once(shop: ShopFixture,
                                                            clock: Any) -> None:
    from server.checkout import post_purchase
    from server.models import Order

    await enable(shop, bonus_feedback=25)
    placed = await (await order(shop, (await cart_of(shop, "TEA"))["token"])).get_json()
    stored = await Order.get(number=placed["number"])
    await post_purchase.record_feedback(stored, 5, "Lovely tea", clock.now())
    await post_purchase.record_feedback(stored, 4, "Changed my mind", clock.now())
    assert await balance(shop) == 34 + 25


async def test_a_cart_shrunk_below_the_minimum_orders_without_points(shop: ShopFixture) -> None:
    await enable(shop, point_value=100, min_redeem=400)  # ₹1 a point, 400 at least
    cart = await cart_of(shop, "TEA", 2)  # ₹698: up to 698 points
    await credit(shop, 600)
    await proven(cart["token"])
    spent = await shop.widget("POST", f"/carts/{cart['token']}/loyalty", {"points": 500})
    assert (await spent.get_json())["breakdown"]["points_redeemed"] == 500
    shrunk = await shop.widget("PUT", f"/carts/{cart['token']}/items/TEA", {"quantity": 1})
    assert (await shrunk.get_json())["breakdown"]["points_redeemed"] == 0  # ₹349 < 400 points
    placed = await order(shop, cart["token"])
    assert placed.status_code == 201 and (await placed.get_json())["total"] == 34900 + 4900
    assert await balance(shop) == 600 + 34
