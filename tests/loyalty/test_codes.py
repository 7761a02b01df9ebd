"""The one-time code that lets a shopper spend their points: emailed over real SMTP (aiosmtpd),
six digits, ten minutes, five tries; wrong, expired and exhausted codes are refused and spend
nothing."""

from __future__ import annotations

import re
from typing import Any

from server.models import Cart
from tests.conftest import ShopFixture
from tests.loyalty.conftest import SHOPPER, cart_of, credit, enable


async def _code_sent(shop: ShopFixture, token: str, background: Any, inbox: Any) -> str:
    response = await shop.widget("POST", f"/carts/{token}/loyalty/code")
    assert response.status_code == 202, await response.get_json()
    await background.outbox_worker().drain()
    message = inbox[0].to(SHOPPER)[-1]
    assert "points" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    return re.findall(r"\b(\d{6})\b", text)[0]


async def _redeem(shop: ShopFixture, token: str, **body: Any) -> Any:
    return await shop.widget("POST", f"/carts/{token}/loyalty", {"points": "max", **body})


async def _ready(shop: ShopFixture) -> str:
    await enable(shop)
    token = (await cart_of(shop, "TEA"))["token"]
    await credit(shop, 1240)
    return str(token)


async def test_the_emailed_code_lets_the_cart_spend_the_points(shop: ShopFixture,
                                                              background: Any,
                                                              inbox: Any) -> None:
    token = await _ready(shop)
    code = await _code_sent(shop, token, background, inbox)
    response = await _redeem(shop, token, code=code)
    assert response.status_code == 200, await response.get_json()
    cart = await response.get_json()
    assert cart["loyalty"]["verified"] is True
    assert cart["breakdown"]["points_redeemed"] == 1240
    assert cart["breakdown"]["points_discount"] == 12400  # ₹124
    assert cart["breakdown"]["total"] == 34900 + 4900 - 12400


async def test_spending_without_a_code_is_refused(shop: ShopFixture) -> None:
    token = await _ready(shop)
    response = await _redeem(shop, token)
    assert (await response.get_json())["error"]["code"] == "code_required"
    assert (await Cart.get(token=token)).loyalty_points == 0


async def test_a_wrong_code_is_refused_and_says_how_many_tries_are_left(
        shop: ShopFixture, background: Any, inbox: Any) -> None:
    token = await _ready(shop)
    code = await _code_sent(shop, token, background, inbox)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    response = await _redeem(shop, token, code=wrong)
    assert response.status_code == 400
    error = (await response.get_json())["error"]
    assert error["code"] == "wrong_code" and error["details"]["attempts_left"] == 4
    cart = await Cart.get(token=token)
    assert cart.loyalty_points == 0 and cart.loyalty_email is None


async def test_five_wrong_codes_use_the_code_up(shop: ShopFixture, background: Any,
                                               inbox: Any) -> None:
    token = await _ready(shop)
    code = await _code_sent(shop, token, background, inbox)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(5):
        assert (await _redeem(shop, token, code=wrong)).status_code == 400
    response = await _redeem(shop, token, code=code)  # even the right one, now
    assert response.status_code == 429
    assert (await response.get_json())["error"]["code"] == "too_many_attempts"
    assert (await Cart.get(token=token)).loyalty_points == 0


async def test_a_code_expires_after_ten_minutes(shop: ShopFixture, background: Any,
                                               inbox: Any, clock: Any) -> None:
    token = await _ready(shop)
    code = await _code_sent(shop, token, background, inbox)
    clock.advance(minutes=10, seconds=1)
    response = await _redeem(shop, token, code=code)
    assert response.status_code == 410
    assert (await response.get_json())["error"]["code"] == "code_expired"


async def test_a_code_proves_only_the_address_it_was_sent_to(shop: ShopFixture,
                                                            background: Any,
                                                            inbox: Any) -> None:
    token = await _ready(shop)
    code = await _code_sent(shop, token, background, inbox)
    assert (await _redeem(shop, token, code=code)).status_code == 200
    changed = await shop.widget("PATCH", f"/carts/{token}", {"email": "ravi@example.com"})
    cart = await changed.get_json()
    assert cart["breakdown"]["points_redeemed"] == 0  # another address: its own points only
    assert cart["loyalty"]["verified"] is False


async def test_codes_cannot_be_sent_in_a_flood(shop: ShopFixture, background: Any,
                                              inbox: Any) -> None:
    token = await _ready(shop)
    statuses = [(await shop.widget("POST", f"/carts/{token}/loyalty/code")).status_code
                for _ in range(4)]
    assert statuses == [202, 202, 202, 429]


async def test_no_code_for_a_shopper_below_the_minimum(shop: ShopFixture) -> None:
    await enable(shop)
    token = (await cart_of(shop, "TEA"))["token"]
    response = await shop.widget("POST", f"/carts/{token}/loyalty/code")
    assert (await response.get_json())["error"]["code"] == "not_enough_points"
