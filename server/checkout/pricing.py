"""A cart's cost breakdown: subtotal, shipping, tax, discount and total, in integer minor units.

Plain values in, plain values out, so every rule here is tested without a database.
Amounts are integers in the currency's minor unit (paise, cents; yen have none), and every
division rounds half up to a whole minor unit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from server.models import DiscountKind

MAX_PERCENT = 100


def divide_round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative integers."""
    if numerator < 0 or denominator <= 0:
        raise ValueError("needs a non-negative numerator and a positive denominator")
    return (2 * numerator + denominator) // (2 * denominator)


@dataclass(frozen=True)
class Line:
    unit_price: int
    quantity: int

    @property
    def total(self) -> int:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class ShippingOption:
    rate: int
    free_above: int | None = None
    name: str = "Standard"


@dataclass(frozen=True)
class TaxRule:
    rate_bp: int  # basis points: 1800 is 18 %
    applies_to_shipping: bool = False
    name: str = "Tax"


@dataclass(frozen=True)
class Discount:
    code: str
    kind: DiscountKind
    value: int = 0
    min_subtotal: int = 0


@dataclass(frozen=True)
class PointsOffer:
    """Loyalty points the shopper asked to spend: at most *available*, each worth *point_value*
    minor units, none unless at least *minimum* can be spent."""

    requested: int
    available: int
    point_value: int
    minimum: int = 0


@dataclass(frozen=True)
class Breakdown:
    subtotal: int
    shipping: int
    shipping_is_estimate: bool
    free_shipping: bool
    tax: int
    tax_included: bool
    tax_name: str
    discount: int
    discount_code: str | None
    discount_rejection: str | None
    total: int
    points_redeemed: int = 0
    points_discount: int = 0  # what the points took off the goods

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _tax_on(amount: int, rate_bp: int, included: bool) -> int:
    if rate_bp <= 0 or amount <= 0:
        return 0
    if included:  # the tax part of a price that already contains it
        return divide_round_half_up(amount * rate_bp, 10_000 + rate_bp)
    return divide_round_half_up(amount * rate_bp, 10_000)


def quote(
    lines: list[Line],
    *,
    shipping: ShippingOption | None,
    tax: TaxRule | None,
    prices_include_tax: bool,
    discount: Discount | None = None,
    shipping_is_estimate: bool = False,
    points: PointsOffer | None = None,
) -> Breakdown:
    subtotal = sum(line.total for line in lines)

    discount_amount = 0
    free_shipping = False
    rejection = None
    applied_code = None
    if discount is not None:
        if subtotal < discount.min_subtotal:
            rejection = "below_minimum"
        else:
            applied_code = discount.code
            if discount.kind == DiscountKind.PERCENT:
                percent = max(0, min(discount.value, MAX_PERCENT))
                discount_amount = divide_round_half_up(subtotal * percent, 100)
            elif discount.kind == DiscountKind.FIXED:
                discount_amount = max(0, discount.value)
            elif discount.kind == DiscountKind.FREE_SHIPPING:
                free_shipping = True
            discount_amount = min(discount_amount, subtotal)

    goods = subtotal - discount_amount

    shipping_amount = 0
    if lines and shipping is not None:
        threshold_met = shipping.free_above is not None and goods >= shipping.free_above
        if free_shipping or threshold_met:
            free_shipping = True
        else:
            shipping_amount = shipping.rate

    # points come off the goods after any code, never below zero: shipping and tax are paid
    points_used = points_discount = 0
    if points is not None and points.point_value > 0:
        points_used = max(0, min(points.requested, points.available,
                                 goods // points.point_value))
        if points_used < max(points.minimum, 1):
            points_used = 0
        points_discount = points_used * points.point_value
        goods -= points_discount

    rate_bp = tax.rate_bp if tax else 0
    taxable = goods + (shipping_amount if tax and tax.applies_to_shipping else 0)
    tax_amount = _tax_on(taxable, rate_bp, prices_include_tax)

    total = goods + shipping_amount + (0 if prices_include_tax else tax_amount)
    return Breakdown(
        subtotal=subtotal,
        shipping=shipping_amount,
        shipping_is_estimate=shipping_is_estimate,
        free_shipping=free_shipping and bool(lines),
        tax=tax_amount,
        tax_included=prices_include_tax,
        tax_name=tax.name if tax else "Tax",
        discount=discount_amount,
        discount_code=applied_code,
        discount_rejection=rejection,
        total=total,
        points_redeemed=points_used,
        points_discount=points_discount,
    )
