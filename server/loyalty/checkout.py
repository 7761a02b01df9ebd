"""Loyalty at checkout: what the cart's shopper has, what the quote may take off for their points
(only once they proved the address is theirs with a one-time code), and what they will earn."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from server.checkout.pricing import Breakdown, PointsOffer
from server.errors import ApiError, Conflict
from server.loyalty import ledger
from server.loyalty.settings import LoyaltySettings
from server.models import Cart, Store

ALL_POINTS = 1_000_000_000  # "max": as many as the balance and the cart allow


def is_verified(cart: Cart) -> bool:
    """Whether the cart's shopper entered the code sent to its address. (A cart read with only
    some of its columns, without these, spends no points.)"""
    return bool(cart.email) and getattr(cart, "loyalty_email", None) == cart.email


async def offer(store: Store, cart: Cart,
                now: datetime) -> tuple[LoyaltySettings | None, int, PointsOffer | None]:
    """The program (None when off or the cart has no email yet), the shopper's balance, and the
    points the quote should try to spend."""
    program = LoyaltySettings.of(store)
    if not program.enabled or not cart.email:
        return None, 0, None
    points = await ledger.balance(store, cart.email, now)
    wanted = getattr(cart, "loyalty_points", 0) if is_verified(cart) else 0
    return program, points, (PointsOffer(requested=wanted, available=points,
                                         point_value=program.point_value,
                                         minimum=program.min_redeem) if wanted > 0 else None)


def view(program: LoyaltySettings, cart: Cart, points: int,
         breakdown: Breakdown) -> dict[str, Any]:
    """What the widget shows: the balance and its worth, whether the shopper may spend it, and
    what this cart would earn."""
    goods = breakdown.subtotal - breakdown.discount - breakdown.points_discount
    return {"points": points, "value": points * program.point_value,
            "min_redeem": program.min_redeem, "verified": is_verified(cart),
            "redeeming": breakdown.points_redeemed,
            "will_earn": max(0, goods) // program.spend_per_point}


def check_request(program: LoyaltySettings | None, points: int, requested: int | None,
                  breakdown: Breakdown, point_value: int) -> None:
    """Refuse a number of points the shopper cannot spend on this cart, saying why."""
    if program is None:
        raise ApiError("this store has no loyalty program, or the cart has no email yet",
                       code="loyalty_unavailable")
    if requested is None or requested == 0:
        return
    if requested > points:
        raise ApiError(f"you have {points} points", code="insufficient_points",
                       details={"points": points})
    if requested < program.min_redeem:
        raise ApiError(f"at least {program.min_redeem} points can be spent at once",
                       code="below_minimum_redemption",
                       details={"min_redeem": program.min_redeem})
    goods = breakdown.subtotal - breakdown.discount
    if requested * point_value > goods:
        raise ApiError("that many points are worth more than the cart",
                       code="above_cart_total",
                       details={"max_points": goods // point_value})


def check_still_redeemable(store: Store, cart: Cart, breakdown: Breakdown) -> None:
    """Before an order is placed: the number of points the shopper chose to spend must still be
    there (a checkout of theirs elsewhere may have spent them), rather than the order silently
    costing more than the cart showed. ("max" spends what there is; the order's own lock keeps
    it from spending more.)"""
    requested = getattr(cart, "loyalty_points", 0)
    if not is_verified(cart) or requested <= 0 or requested >= ALL_POINTS:
        return
    program = LoyaltySettings.of(store)
    if not program.enabled:
        return
    cap = max(0, breakdown.subtotal - breakdown.discount) // program.point_value
    wanted = min(requested, cap)
    if wanted < program.min_redeem:
        return  # the cart shrank below what the minimum allows: the quote spends none
    if breakdown.points_redeemed < wanted:
        raise Conflict("your points balance changed since you chose to spend it; review the "
                       "cart", code="points_unavailable",
                       details={"redeemable": breakdown.points_redeemed})
