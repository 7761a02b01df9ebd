"""The checkout's data as merchants send it (the store API, the admin console, the demo):
products, shipping rules, tax rates, discount codes and payment events."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from server.models import DiscountKind, FulfilmentStatus
from server.schemas import Lenient, Strict, http_url

Sku = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._\-]{1,64}$")]
Money = Annotated[int, Field(ge=0, le=10**12)]  # minor units
Country = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
MAX_BULK = 1000


class ProductIn(Strict):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    price: Money
    compare_at_price: Money | None = None
    image_url: Annotated[str, StringConstraints(max_length=1000)] = ""
    url: Annotated[str, StringConstraints(max_length=1000)] = ""
    category: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    stock: Annotated[int, Field(ge=0, le=10**9)] | None = None  # None: not tracked
    active: bool = True
    # days a unit lasts, for replenishment reminders; None: Pushcart predicts it from orders
    replenish_days: Annotated[int, Field(ge=1, le=365)] | None = None

    _check_urls = field_validator("image_url", "url")(http_url)


class BulkProduct(ProductIn):
    sku: Sku


class BulkProducts(Strict):
    products: Annotated[list[BulkProduct], Field(min_length=1, max_length=MAX_BULK)]


class ShippingRuleIn(Strict):
    country: Country | None = None  # None: every other country
    name: Annotated[str, StringConstraints(max_length=100)] = "Standard"
    rate: Money
    free_above: Money | None = None


class ShippingRulesIn(Strict):
    rules: Annotated[list[ShippingRuleIn], Field(max_length=300)]


class TaxRateIn(Strict):
    country: Country
    region: Annotated[str, StringConstraints(max_length=10)] = ""  # "": the whole country
    name: Annotated[str, StringConstraints(max_length=50)] = "Tax"
    rate_bp: Annotated[int, Field(ge=0, le=10_000)]  # basis points: 1800 = 18 %
    applies_to_shipping: bool = False


class TaxRatesIn(Strict):
    prices_include_tax: bool | None = None
    rates: Annotated[list[TaxRateIn], Field(max_length=500)]


class DiscountCodeIn(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_\-]{3,40}$")]
    kind: DiscountKind
    value: Money = 0
    min_subtotal: Money = 0
    expires_at: datetime | None = Field(default=None, strict=False)
    usage_limit: Annotated[int, Field(ge=1, le=10**9)] | None = None


class FulfilmentIn(Strict):
    """An order's next step, as the merchant reports it (the buyer is told)."""

    status: FulfilmentStatus
    carrier: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] | None = None
    tracking_url: Annotated[str, StringConstraints(strip_whitespace=True,
                                                   max_length=1000)] | None = None

    @field_validator("tracking_url")
    @classmethod
    def _http_tracking_url(cls, value: str | None) -> str | None:
        try:
            return http_url(value) if value else value
        except ValueError:
            raise ValueError("the tracking URL must be an http:// or https:// address") from None


class PaymentEvent(Lenient):
    order_number: Annotated[str, StringConstraints(max_length=32)]
    status: Literal["paid", "failed"]
    amount: Annotated[int, Field(ge=0, le=10**12)]
    currency: Currency
    provider_reference: Annotated[str, StringConstraints(max_length=200)] = ""
