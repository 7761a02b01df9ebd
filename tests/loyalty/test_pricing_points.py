"""The points line of a quote, without a database: exact, capped at the goods, never below the
minimum, after any code; shipping and tax still paid."""

from __future__ import annotations

from server.checkout.pricing import Discount, Line, PointsOffer, ShippingOption, TaxRule, quote
from server.models import DiscountKind

LINES = [Line(unit_price=34900, quantity=1)]
SHIPPING = ShippingOption(rate=4900, free_above=99900)


def test_points_take_their_value_off_the_goods() -> None:
    b = quote(LINES, shipping=SHIPPING, tax=None, prices_include_tax=True,
              points=PointsOffer(requested=1240, available=1240, point_value=10, minimum=100))
    assert (b.points_redeemed, b.points_discount, b.total) == (1240, 12400, 34900 - 12400 + 4900)


def test_points_stop_at_the_goods_after_a_code_and_shipping_is_paid() -> None:
    b = quote(LINES, shipping=SHIPPING, tax=TaxRule(rate_bp=1800), prices_include_tax=False,
              discount=Discount(code="TEN", kind=DiscountKind.FIXED, value=900),
              points=PointsOffer(requested=10**9, available=10**6, point_value=10))
    assert b.points_redeemed == 3400 and b.points_discount == 34000
    assert b.tax == 0 and b.total == 4900  # goods at zero; this tax is not on shipping


def test_no_points_below_the_minimum() -> None:
    b = quote(LINES, shipping=SHIPPING, tax=None, prices_include_tax=True,
              points=PointsOffer(requested=50, available=50, point_value=10, minimum=100))
    assert b.points_redeemed == 0 and b.total == 34900 + 4900
