"""The store API: what a merchant's backend calls with the store's secret key."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AnyHttpUrl, Field, StringConstraints, field_validator
from quart import Blueprint, request
from quart_schema import document_request, tag, validate_querystring, validate_request

from server import (
    campaigns,
    catalog,
    checkout_rules,
    orders,
    post_purchase,
    recovery,
    runtime,
    segments,
    stores,
)
from server.blueprints.keys import forget_known_origins, require_secret_store
from server.blueprints.schemas import Lenient, Strict
from server.errors import ApiError, Unauthorized
from server.models import DiscountCode, Segment, ShippingRule, Store, TaxRate

blueprint = Blueprint("store_api", __name__)

Sku = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._\-]{1,64}$")]
Money = Annotated[int, Field(ge=0, le=10**12)]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
SegmentName = Annotated[str, StringConstraints(max_length=32)]
MAX_BULK = 1000


def _url(value: str) -> str:
    if value:
        AnyHttpUrl(value)  # raises ValueError for anything but an http(s) URL
    return value


class ProductIn(Strict):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    price: Money
    compare_at_price: Money | None = None
    image_url: Annotated[str, StringConstraints(max_length=1000)] = ""
    url: Annotated[str, StringConstraints(max_length=1000)] = ""
    category: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    stock: Annotated[int, Field(ge=0, le=10**9)] | None = None
    active: bool = True

    _check_urls = field_validator("image_url", "url")(_url)

    def as_data(self) -> catalog.ProductData:
        return catalog.ProductData(
            name=self.name, price=self.price, compare_at_price=self.compare_at_price,
            image_url=self.image_url, url=self.url, category=self.category, stock=self.stock,
            is_active=self.active,
        )


class BulkProduct(ProductIn):
    sku: Sku


class BulkProducts(Strict):
    products: Annotated[list[BulkProduct], Field(min_length=1, max_length=MAX_BULK)]


class Page(Strict):
    limit: Annotated[int, Field(ge=1, le=500)] = 100
    offset: Annotated[int, Field(ge=0)] = 0
    category: str | None = None
    status: str | None = None


class PushPromptIn(Strict):
    moment: Literal["after_add", "confirmation", "never"] = "after_add"
    title: Annotated[str, StringConstraints(max_length=80)] = ""
    body: Annotated[str, StringConstraints(max_length=200)] = ""
    snooze_days: Annotated[int, Field(ge=1, le=365)] = 14


class StoreSettingsIn(Strict):
    name: Annotated[str, StringConstraints(max_length=120)] | None = None
    allowed_origins: Annotated[list[str], Field(max_length=50)] | None = None
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")] | None = None
    locale: Annotated[str, StringConstraints(max_length=16)] | None = None
    timezone: Annotated[str, StringConstraints(max_length=64)] | None = None
    country: Country | None = None
    prices_include_tax: bool | None = None
    payment_methods: list[str] | None = None
    trust: dict[str, Annotated[str, StringConstraints(max_length=300)]] | None = None
    branding: dict[str, Annotated[str, StringConstraints(max_length=300)]] | None = None
    push_prompt: PushPromptIn | None = None
    attribution_window_hours: Annotated[int, Field(ge=1, le=24 * 30)] | None = None


class ShippingRuleIn(Strict):
    country: Country | None = None
    name: Annotated[str, StringConstraints(max_length=100)] = "Standard"
    rate: Money
    free_above: Money | None = None


class ShippingRulesIn(Strict):
    rules: Annotated[list[ShippingRuleIn], Field(max_length=300)]


class TaxRateIn(Strict):
    country: Country
    region: Annotated[str, StringConstraints(max_length=10)] = ""
    name: Annotated[str, StringConstraints(max_length=50)] = "Tax"
    rate_bp: Annotated[int, Field(ge=0, le=10_000)]
    applies_to_shipping: bool = False


class TaxRatesIn(Strict):
    prices_include_tax: bool | None = None
    rates: Annotated[list[TaxRateIn], Field(max_length=500)]


class DiscountCodeIn(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_\-]{3,40}$")]
    kind: Literal["percent", "fixed", "free_shipping"]
    value: Money = 0
    min_subtotal: Money = 0
    expires_at: datetime | None = None
    usage_limit: Annotated[int, Field(ge=1)] | None = None


class CampaignAction(Strict):
    action: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]{1,20}$")]
    title: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    url: Annotated[str, StringConstraints(max_length=1000)]

    _check_url = field_validator("url")(_url)


class MessageIn(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    body: Annotated[str, StringConstraints(max_length=400)] = ""
    url: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    icon: Annotated[str, StringConstraints(max_length=1000)] = ""
    image: Annotated[str, StringConstraints(max_length=1000)] = ""
    actions: Annotated[list[CampaignAction], Field(max_length=2)] = []

    _check_urls = field_validator("url", "icon", "image")(_url)


class VariantIn(MessageIn):
    weight: Annotated[int, Field(ge=1, le=100)] = 1  # relative share of the audience


class CampaignIn(MessageIn):
    """A push campaign. With `variants` (2-4) it is an A/B test: each variant's message goes to
    its share of the audience, and the top-level message fields are taken from variant A."""

    segment: Literal["all"] | Annotated[int, Field(ge=1)] | SegmentName = "all"
    send_at: datetime | None = None
    local_time: bool = False  # send_at's date and clock time in each subscriber's own zone
    kind: Literal["flash_sale", "new_launch", "offer", "custom"] = "custom"
    ttl: Annotated[int, Field(ge=0, le=28 * 24 * 3600)] = 24 * 3600
    urgency: Literal["very-low", "low", "normal", "high"] = "normal"
    variants: Annotated[list[VariantIn], Field(max_length=4)] = []

    @field_validator("variants")
    @classmethod
    def _two_to_four(cls, variants: list[VariantIn]) -> list[VariantIn]:
        if len(variants) == 1:
            raise ValueError("an A/B test has 2 to 4 variants")
        return variants

    def as_data(self) -> campaigns.CampaignData:
        values = self.model_dump(exclude={"variants"})
        values["segment"] = str(values["segment"])
        return campaigns.CampaignData(**values, variants=[
            campaigns.Variant(**v.model_dump()) for v in self.variants])


class PaymentEvent(Lenient):
    order_number: Annotated[str, StringConstraints(max_length=32)]
    status: Literal["paid", "failed"]
    amount: int
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
    provider_reference: Annotated[str, StringConstraints(max_length=200)] = ""


# -- store settings -------------------------------------------------------------------------


@blueprint.get("/store")
@tag(["store"])
async def read_store() -> dict[str, Any]:
    return stores.store_settings_view(await require_secret_store())


@blueprint.patch("/store")
@tag(["store"])
@validate_request(StoreSettingsIn)
async def update_store(data: StoreSettingsIn) -> dict[str, Any]:
    store = await require_secret_store()
    await stores.update_settings(store, data.model_dump(exclude_unset=True))
    forget_known_origins()
    return stores.store_settings_view(store)


# -- catalog --------------------------------------------------------------------------------


@blueprint.put("/products/<sku>")
@tag(["catalog"])
@validate_request(ProductIn)
async def put_product(sku: str, data: ProductIn) -> tuple[dict[str, Any], int]:
    """Create or update the product with this SKU."""
    store = await require_secret_store()
    if len(sku) > 64:
        raise ApiError("a SKU is at most 64 characters", code="invalid_sku")
    product, created = await catalog.upsert_product(store, sku, data.as_data())
    return catalog.product_view(product), 201 if created else 200


@blueprint.get("/products/<sku>")
@tag(["catalog"])
async def get_product(sku: str) -> dict[str, Any]:
    store = await require_secret_store()
    return catalog.product_view(await catalog.get_product(store, sku))


@blueprint.delete("/products/<sku>")
@tag(["catalog"])
async def delete_product(sku: str) -> tuple[str, int]:
    store = await require_secret_store()
    await catalog.delete_product(store, sku)
    return "", 204


@blueprint.get("/products")
@tag(["catalog"])
@validate_querystring(Page)
async def list_products(query_args: Page) -> dict[str, Any]:
    store = await require_secret_store()
    products, total = await catalog.list_products(
        store, limit=query_args.limit, offset=query_args.offset, category=query_args.category
    )
    return {"products": [catalog.product_view(p) for p in products], "total": total}


@blueprint.post("/products/bulk")
@tag(["catalog"])
@validate_request(BulkProducts)
async def bulk_products(data: BulkProducts) -> dict[str, Any]:
    """Create or update up to 1000 products at once; all succeed or none is written."""
    store = await require_secret_store()
    skus = [p.sku for p in data.products]
    if len(set(skus)) != len(skus):
        raise ApiError("each SKU may appear once in a bulk request", code="duplicate_sku")
    return await catalog.bulk_upsert(store, [(p.sku, p.as_data()) for p in data.products])


# -- shipping, taxes, discounts ---------------------------------------------------------------


@blueprint.get("/shipping-rules")
@tag(["checkout rules"])
async def get_shipping_rules() -> dict[str, Any]:
    store = await require_secret_store()
    rules = await ShippingRule.filter(store=store).order_by("id")
    return {"rules": [checkout_rules.shipping_view(r) for r in rules]}


@blueprint.put("/shipping-rules")
@tag(["checkout rules"])
@validate_request(ShippingRulesIn)
async def put_shipping_rules(data: ShippingRulesIn) -> dict[str, Any]:
    """Replace the shipping rules: one per country, and one with country null for the rest."""
    store = await require_secret_store()
    rules = await checkout_rules.replace_shipping_rules(
        store, [checkout_rules.ShippingRuleData(**r.model_dump()) for r in data.rules]
    )
    return {"rules": [checkout_rules.shipping_view(r) for r in rules]}


@blueprint.get("/tax-rates")
@tag(["checkout rules"])
async def get_tax_rates() -> dict[str, Any]:
    store = await require_secret_store()
    rates = await TaxRate.filter(store=store).order_by("id")
    return {"prices_include_tax": store.prices_include_tax,
            "rates": [checkout_rules.tax_view(t) for t in rates]}


@blueprint.put("/tax-rates")
@tag(["checkout rules"])
@validate_request(TaxRatesIn)
async def put_tax_rates(data: TaxRatesIn) -> dict[str, Any]:
    """Replace the tax rates (per country, optionally per region) and say if prices include tax."""
    store = await require_secret_store()
    if data.prices_include_tax is not None:
        await stores.update_settings(store, {"prices_include_tax": data.prices_include_tax})
    rates = await checkout_rules.replace_tax_rates(
        store, [checkout_rules.TaxRateData(**r.model_dump()) for r in data.rates]
    )
    return {"prices_include_tax": store.prices_include_tax,
            "rates": [checkout_rules.tax_view(t) for t in rates]}


@blueprint.get("/discount-codes")
@tag(["checkout rules"])
async def list_discount_codes() -> dict[str, Any]:
    store = await require_secret_store()
    codes = await DiscountCode.filter(store=store).order_by("code")
    return {"discount_codes": [checkout_rules.discount_view(d) for d in codes]}


@blueprint.post("/discount-codes")
@tag(["checkout rules"])
@validate_request(DiscountCodeIn)
async def create_discount_code(data: DiscountCodeIn) -> tuple[dict[str, Any], int]:
    store = await require_secret_store()
    code = await checkout_rules.create_discount_code(
        store, checkout_rules.DiscountCodeData(**data.model_dump())
    )
    return checkout_rules.discount_view(code), 201


@blueprint.delete("/discount-codes/<code>")
@tag(["checkout rules"])
async def delete_discount_code(code: str) -> tuple[str, int]:
    store = await require_secret_store()
    await checkout_rules.delete_discount_code(store, code)
    return "", 204


# -- orders -----------------------------------------------------------------------------------


@blueprint.get("/orders")
@tag(["orders"])
@validate_querystring(Page)
async def list_orders(query_args: Page) -> dict[str, Any]:
    store = await require_secret_store()
    found, total = await orders.list_orders(store, limit=query_args.limit,
                                            offset=query_args.offset, status=query_args.status)
    return {"orders": [await orders.order_view(o) for o in found], "total": total}


@blueprint.get("/orders/<number>")
@tag(["orders"])
async def get_order(number: str) -> dict[str, Any]:
    store = await require_secret_store()
    return await orders.order_view(await orders.get_order(store, number))


@blueprint.post("/webhooks/payments/<public_key>")
@tag(["orders"])
@document_request(PaymentEvent)
async def payment_webhook(public_key: str) -> dict[str, Any]:
    """The payment provider (or the merchant's backend) confirms a payment. The body is signed:
    header X-Pushcart-Signature: t=<unix time>,v1=<hex HMAC-SHA256(secret key, "t.body")>."""
    store = await stores.store_by_public_key(public_key)
    if store is None:
        raise Unauthorized("unknown store", code="invalid_key")
    body = await request.get_data()
    settings = runtime.settings()
    orders.verify_webhook(
        stores.webhook_signing_key(settings.secret_key, store),
        request.headers.get("X-Pushcart-Signature", ""), body, runtime.now(),
        settings.webhook_tolerance_seconds,
    )
    try:
        event = PaymentEvent.model_validate(json.loads(body))
    except (ValueError, TypeError) as exc:
        raise ApiError("the event body is not a valid payment event",
                       code="invalid_request") from exc
    order = await orders.apply_payment_event(
        store, event.order_number, event.status, event.amount, event.currency,
        event.provider_reference, runtime.now(), runtime.message_context(),
    )
    return {"number": order.number, "status": order.status.value}


# -- campaigns --------------------------------------------------------------------------------


@blueprint.post("/campaigns")
@tag(["push"])
@validate_request(CampaignIn)
async def create_campaign(data: CampaignIn) -> tuple[dict[str, Any], int]:
    """Send a push now (`send_at` null) or at a time, to `segment` "all" of the store's
    subscribers or to one of its segments (by id). `local_time: true` sends at `send_at`'s date
    and clock time in each subscriber's own time zone. `variants` (2-4 messages with weights)
    makes it an A/B test. Answers with the campaign's id; its counts are at
    GET /campaigns/{id}."""
    store = await require_secret_store()
    campaign = await campaigns.create_campaign(store, data.as_data(), runtime.now())
    return {"id": campaign.id, "status": campaign.status.value,
            "send_at": campaign.send_at.isoformat(),
            "local_time": campaign.local_time or None}, 201


@blueprint.get("/campaigns/<int:campaign_id>")
@tag(["push"])
async def get_campaign(campaign_id: int) -> dict[str, Any]:
    """Status and counts: targeted, sent, delivered, failed, expired, clicked."""
    store = await require_secret_store()
    return await campaigns.campaign_view(await campaigns.get_campaign(store, campaign_id))


@blueprint.post("/campaigns/<int:campaign_id>/cancel")
@tag(["push"])
async def cancel_campaign(campaign_id: int) -> dict[str, Any]:
    store = await require_secret_store()
    return await campaigns.campaign_view(await campaigns.cancel_campaign(store, campaign_id))


# -- segments ---------------------------------------------------------------------------------


@blueprint.get("/segments")
@tag(["push"])
async def list_segments() -> dict[str, Any]:
    """The store's saved segments with their current counts (shoppers, and of them reachable
    by push and by email)."""
    store = await require_secret_store()
    now = runtime.now()
    rows = await Segment.filter(store=store).order_by("name", "id")
    return {"segments": [await segments.view(s, now) for s in rows]}


@blueprint.post("/segments")
@tag(["push"])
@validate_request(segments.SegmentIn)
async def create_segment(data: segments.SegmentIn) -> tuple[dict[str, Any], int]:
    """Save a segment: rules (viewed, added_to_cart, purchased, abandoned_cart, last_seen,
    locale, country, device, browser, channel; each may be negated) matched "all" or "any".
    Its id can be a campaign's `segment`."""
    store = await require_secret_store()
    segment = await segments.create(store, data, runtime.now())
    return await segments.view(segment, runtime.now()), 201


@blueprint.get("/segments/<int:segment_id>")
@tag(["push"])
async def get_segment(segment_id: int) -> dict[str, Any]:
    store = await require_secret_store()
    return await segments.view(await segments.get(store, segment_id), runtime.now())


@blueprint.put("/segments/<int:segment_id>")
@tag(["push"])
@validate_request(segments.SegmentIn)
async def put_segment(segment_id: int, data: segments.SegmentIn) -> dict[str, Any]:
    store = await require_secret_store()
    segment = await segments.update(await segments.get(store, segment_id), data, runtime.now())
    return await segments.view(segment, runtime.now())


# -- abandoned-cart recovery ------------------------------------------------------------------

Lang = Literal["en", "hi", "bn", "gu", "ur"]


class ReminderTextIn(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class IncentiveIn(Strict):
    kind: Literal["percent", "fixed", "free_shipping"]
    value: Annotated[int, Field(ge=0, le=10**9)] = 0  # percent 1-90, or minor units
    valid_hours: Annotated[int, Field(ge=1, le=24 * 30)] = 48

    @field_validator("value")
    @classmethod
    def _value(cls, value: int, info: Any) -> int:
        if info.data.get("kind") == "percent" and not 1 <= value <= 90:
            raise ValueError("a percent incentive is between 1 and 90")
        return value


class ReminderStepIn(Strict):
    delay_minutes: Annotated[int, Field(ge=5, le=60 * 24 * 30)]
    channels: Annotated[list[Literal["push", "email"]], Field(min_length=1, max_length=2)]
    template: Literal["help", "items", "incentive"] = "items"
    incentive: IncentiveIn | None = None
    texts: dict[Lang, ReminderTextIn] = {}


class QuietHoursIn(Strict):
    start: Annotated[int, Field(ge=0, le=23)]
    end: Annotated[int, Field(ge=0, le=23)]


class FeedbackIn(Strict):
    enabled: bool = False
    after_days: Annotated[int, Field(ge=1, le=60)] = 7
    channels: Annotated[list[Literal["push", "email"]], Field(min_length=1, max_length=2)] = [
        "email", "push"]
    url: Annotated[str, StringConstraints(max_length=500)] = ""  # default: the order page

    @field_validator("url")
    @classmethod
    def _feedback_url(cls, value: str) -> str:
        return _url(value)


class PostPurchaseIn(Strict):
    confirmation_channels: Annotated[list[Literal["push", "email"]], Field(max_length=2)] = [
        "push", "email"]
    feedback: FeedbackIn = FeedbackIn()


class RecoverySettingsIn(Strict):
    enabled: bool = True
    abandon_after_minutes: Annotated[int, Field(ge=5, le=60 * 24 * 7)] = 60
    quiet_hours: QuietHoursIn | None = None
    daily_cap: Annotated[int, Field(ge=1, le=20)] = 3
    contact_email: Annotated[str, StringConstraints(max_length=254)] = ""
    landing_url: Annotated[str, StringConstraints(max_length=500)] = ""
    steps: Annotated[list[ReminderStepIn], Field(min_length=1, max_length=5)]
    post_purchase: PostPurchaseIn = PostPurchaseIn()

    @field_validator("steps")
    @classmethod
    def _increasing(cls, steps: list[ReminderStepIn]) -> list[ReminderStepIn]:
        delays = [s.delay_minutes for s in steps]
        if delays != sorted(set(delays)):
            raise ValueError("each step's delay must be longer than the one before")
        return steps

    @field_validator("landing_url")
    @classmethod
    def _landing(cls, value: str) -> str:
        return _url(value)


class MetricsQuery(Strict):
    days: Annotated[int, Field(ge=1, le=366)] = 30


@blueprint.get("/recovery/settings")
@tag(["recovery"])
async def get_recovery_settings() -> dict[str, Any]:
    """The abandoned-cart sequence: threshold, steps, quiet hours, daily cap; and the messages
    after a purchase (confirmation channels, feedback request). Defaults filled in."""
    return _recovery_settings(await require_secret_store())


@blueprint.put("/recovery/settings")
@tag(["recovery"])
@validate_request(RecoverySettingsIn)
async def put_recovery_settings(data: RecoverySettingsIn) -> dict[str, Any]:
    """Replace the sequence. Texts may use {first_name}, {store}, {items}, {total}, {code} and
    {expiry}; a language left out uses Pushcart's text for that step. `post_purchase` sets the
    order confirmation's channels ([] if the shop sends its own) and the feedback request
    (off by default; `url` sends shoppers to the shop's own review page instead of the order
    page's rating form)."""
    store = await require_secret_store()
    await save_recovery_settings(store, data)
    return _recovery_settings(store)


async def save_recovery_settings(store: Store, data: RecoverySettingsIn) -> None:
    """Replace the store's sequence (the store API and the admin console both come here)."""
    values = data.model_dump()
    if values["landing_url"]:
        origin = stores.normalize_origin(values["landing_url"])
        if origin not in store.allowed_origins:
            raise ApiError("landing_url must be on one of the store's allowed origins",
                           code="invalid_landing_url")
    if values["contact_email"] and "@" not in values["contact_email"]:
        raise ApiError("contact_email is not an email address", code="invalid_contact_email")
    store.recovery = values
    await store.save(update_fields=["recovery"])


def _recovery_settings(store: Store) -> dict[str, Any]:
    return {**recovery.config_of(store), "post_purchase": post_purchase.config_of(store.recovery)}


@blueprint.get("/recovery/metrics")
@tag(["recovery"])
@validate_querystring(MetricsQuery)
async def get_recovery_metrics(query_args: MetricsQuery) -> dict[str, Any]:
    """Per day in the store's time zone: abandoned, reachable, reminded, clicked, recovered and
    recovered revenue (minor units); and the same by step and channel."""
    store = await require_secret_store()
    return await recovery.metrics(store, query_args.days, runtime.now())
