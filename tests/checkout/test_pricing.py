"""The cost breakdown's arithmetic, without a database."""

from __future__ import annotations

import pytest

from server.checkout.pricing import (
    Discount,
    Line,
    ShippingOption,
    TaxRule,
    divide_round_half_up,
    quote,
)
from server.models import DiscountKind

FLAT = ShippingOption(rate=4900, free_above=99900)
GST = TaxRule(rate_bp=1800, name="GST")


def test_rounding_is_half_up_to_a_whole_minor_unit() -> None:
    assert divide_round_half_up(5, 2) == 3
    assert divide_round_half_up(7, 2) == 4
    assert divide_round_half_up(4, 3) == 1
    assert divide_round_half_up(0, 7) == 0


def test_exclusive_tax_is_added_to_the_total() -> None:
    b = quote([Line(1000, 3)], shipping=ShippingOption(rate=500), tax=TaxRule(rate_bp=825),
              prices_include_tax=False)
    assert b.subtotal == 3000
    assert b.tax == 248  # 8.25 % of 3000 = 247.5, rounded half up
    assert b.total == 3000 + 500 + 248
    assert not b.tax_included


def test_inclusive_gst_is_shown_but_not_added() -> None:
    b = quote([Line(118000, 1)], shipping=FLAT, tax=GST, prices_include_tax=True)
    assert b.tax == 18000  # 1180 includes 180 of GST
    assert b.tax_included
    assert b.total == 118000  # free shipping above 999, GST already inside the price


def test_shipping_is_charged_below_the_free_threshold_and_free_at_it() -> None:
    below = quote([Line(99899, 1)], shipping=FLAT, tax=None, prices_include_tax=True)
    at = quote([Line(99900, 1)], shipping=FLAT, tax=None, prices_include_tax=True)
    assert (below.shipping, below.free_shipping, below.total) == (4900, False, 104799)
    assert (at.shipping, at.free_shipping, at.total) == (0, True, 99900)


def test_free_shipping_threshold_counts_the_discounted_subtotal() -> None:
    b = quote([Line(100000, 1)], shipping=FLAT, tax=None, prices_include_tax=True,
              discount=Discount("TEN", DiscountKind.PERCENT, 10))
    assert b.discount == 10000
    assert b.shipping == 4900  # 900 after discount is below the 999 threshold


def test_percent_discount_reduces_the_taxable_amount() -> None:
    b = quote([Line(10000, 2)], shipping=None, tax=TaxRule(rate_bp=1000),
              prices_include_tax=False, discount=Discount("QUARTER", DiscountKind.PERCENT, 25))
    assert b.discount == 5000
    assert b.tax == 1500
    assert b.total == 20000 - 5000 + 1500


def test_fixed_discount_never_exceeds_the_subtotal() -> None:
    b = quote([Line(3000, 1)], shipping=ShippingOption(rate=500), tax=None,
              prices_include_tax=False, discount=Discount("BIG", DiscountKind.FIXED, 10000))
    assert b.discount == 3000
    assert b.total == 500


def test_free_shipping_code_zeroes_shipping() -> None:
    b = quote([Line(3000, 1)], shipping=ShippingOption(rate=500), tax=None,
              prices_include_tax=False, discount=Discount("SHIPFREE", DiscountKind.FREE_SHIPPING))
    assert b.shipping == 0 and b.free_shipping
    assert b.discount_code == "SHIPFREE"
    assert b.total == 3000


def test_discount_below_its_minimum_is_rejected_not_applied() -> None:
    b = quote([Line(3000, 1)], shipping=None, tax=None, prices_include_tax=False,
              discount=Discount("MIN50", DiscountKind.FIXED, 1000, min_subtotal=5000))
    assert b.discount == 0
    assert b.discount_code is None
    assert b.discount_rejection == "below_minimum"
    assert b.total == 3000


def test_tax_on_shipping_when_the_rate_says_so() -> None:
    b = quote([Line(10000, 1)], shipping=ShippingOption(rate=1000), prices_include_tax=False,
              tax=TaxRule(rate_bp=2000, applies_to_shipping=True))
    assert b.tax == 2200
    assert b.total == 10000 + 1000 + 2200


def test_currency_without_minor_units_stays_whole() -> None:
    # JPY: 1 unit is 1 yen; 10 % consumption tax on ¥1,999 is ¥199.9 -> ¥200
    b = quote([Line(1999, 1)], shipping=ShippingOption(rate=0), tax=TaxRule(rate_bp=1000),
              prices_include_tax=False)
    assert b.tax == 200
    assert b.total == 2199
    assert isinstance(b.total, int)


def test_empty_cart_costs_nothing() -> None:
    b = quote([], shipping=FLAT, tax=GST, prices_include_tax=True)
    assert (b.subtotal, b.shipping, b.tax, b.total, b.free_shipping) == (0, 0, 0, 0, False)


@pytest.mark.parametrize("rate_bp", [500, 1200, 1800, 2800])
def test_inclusive_tax_plus_net_equals_gross(rate_bp: int) -> None:
    b = quote([Line(123457, 1)], shipping=None, tax=TaxRule(rate_bp=rate_bp),
              prices_include_tax=True)
    net = 123457 - b.tax
    assert abs(net * rate_bp / 10000 - b.tax) <= 1
