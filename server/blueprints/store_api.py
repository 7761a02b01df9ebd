"""The store API: what a merchant's backend calls with the store's secret key."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints
from quart import Blueprint, request
from quart_schema import document_request, security_scheme_blueprint, tag, validate_querystring

from server import stores
from server.automations import metrics as automation_metrics
from server.automations.settings import (
    FlowSettings,
    all_flow_settings,
    flow_settings,
    save_flow_settings,
)
from server.blueprints import current
from server.blueprints.keys import forget_known_origins, require_secret_store
from server.blueprints.validation import json_body, validate_json
from server.campaigns import results, segments, sending
from server.campaigns.schemas import CampaignIn
from server.checkout import catalog, fulfilment, orders, rules
from server.checkout.schemas import (
    BulkProducts,
    DiscountCodeIn,
    FulfilmentIn,
    PaymentEvent,
    ProductIn,
    ShippingRulesIn,
    TaxRatesIn,
)
from server.errors import ApiError, NotFound, Unauthorized
from server.models import DiscountCode, Flow, OrderStatus, Segment, ShippingRule, Store, TaxRate
from server.recovery.metrics import recovery_metrics
from server.recovery.settings import RecoverySettings, save_recovery_settings
from server.schemas import QueryArgs
from server.stores import StoreSettingsIn

blueprint = Blueprint("store_api", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])
SIGNED_NOT_KEYED = {"store_api.payment_webhook"}  # the body is signed with the key instead


@blueprint.before_request
async def authenticate() -> None:
    """The key first: a request without it learns nothing, not even whether its body is valid."""
    if request.endpoint not in SIGNED_NOT_KEYED:
        await require_secret_store()



class Page(QueryArgs):
    limit: Annotated[int, Field(ge=1, le=500)] = 100
    offset: Annotated[int, Field(ge=0, le=10**9)] = 0


class ProductsQuery(Page):
    category: Annotated[str, StringConstraints(max_length=100)] | None = None


class OrdersQuery(Page):
    status: OrderStatus | None = None


class MetricsQuery(QueryArgs):
    days: Annotated[int, Field(ge=1, le=366)] = 30


# -- store settings -------------------------------------------------------------------------


@blueprint.get("/store")
@tag(["store"])
async def read_store() -> dict[str, Any]:
    return stores.store_settings_view(await require_secret_store())


@blueprint.patch("/store")
@tag(["store"])
@validate_json(StoreSettingsIn)
async def update_store(data: StoreSettingsIn) -> dict[str, Any]:
    store = await require_secret_store()
    await stores.update_settings(store, data)
    forget_known_origins()
    return stores.store_settings_view(store)


# -- catalog --------------------------------------------------------------------------------


@blueprint.put("/products/<sku:sku>")
@tag(["catalog"])
@validate_json(ProductIn)
async def put_product(sku: str, data: ProductIn) -> tuple[dict[str, Any], int]:
    """Create or update the product with this SKU."""
    store = await require_secret_store()
    if len(sku) > 64:
        raise ApiError("a SKU is at most 64 characters", code="invalid_sku")
    product, created = await catalog.upsert_product(store, sku, data, current.now())
    return catalog.product_view(product), 201 if created else 200


@blueprint.get("/products/<sku:sku>")
@tag(["catalog"])
async def get_product(sku: str) -> dict[str, Any]:
    store = await require_secret_store()
    return catalog.product_view(await catalog.get_product(store, sku))


@blueprint.delete("/products/<sku:sku>")
@tag(["catalog"])
async def delete_product(sku: str) -> tuple[str, int]:
    store = await require_secret_store()
    await catalog.delete_product(store, sku)
    return "", 204


@blueprint.get("/products")
@tag(["catalog"])
@validate_querystring(ProductsQuery)
async def list_products(query_args: ProductsQuery) -> dict[str, Any]:
    store = await require_secret_store()
    products, total = await catalog.list_products(
        store, limit=query_args.limit, offset=query_args.offset, category=query_args.category
    )
    return {"products": [catalog.product_view(p) for p in products], "total": total}


@blueprint.post("/products/bulk")
@tag(["catalog"])
@validate_json(BulkProducts)
async def bulk_products(data: BulkProducts) -> dict[str, Any]:
    """Create or update up to 1000 products at once; all succeed or none is written."""
    store = await require_secret_store()
    skus = [p.sku for p in data.products]
    if len(set(skus)) != len(skus):
        raise ApiError("each SKU may appear once in a bulk request", code="duplicate_sku")
    return await catalog.bulk_upsert(store, [(p.sku, p) for p in data.products],
                                     current.now())


# -- shipping, taxes, discounts ---------------------------------------------------------------


@blueprint.get("/shipping-rules")
@tag(["checkout rules"])
async def get_shipping_rules() -> dict[str, Any]:
    store = await require_secret_store()
    saved = await ShippingRule.filter(store=store).order_by("id")
    return {"rules": [rules.shipping_view(r) for r in saved]}


@blueprint.put("/shipping-rules")
@tag(["checkout rules"])
@validate_json(ShippingRulesIn)
async def put_shipping_rules(data: ShippingRulesIn) -> dict[str, Any]:
    """Replace the shipping rules: one per country, and one with country null for the rest."""
    store = await require_secret_store()
    saved = await rules.replace_shipping_rules(store, data.rules)
    return {"rules": [rules.shipping_view(r) for r in saved]}


@blueprint.get("/tax-rates")
@tag(["checkout rules"])
async def get_tax_rates() -> dict[str, Any]:
    store = await require_secret_store()
    rates = await TaxRate.filter(store=store).order_by("id")
    return {"prices_include_tax": store.prices_include_tax,
            "rates": [rules.tax_view(t) for t in rates]}


@blueprint.put("/tax-rates")
@tag(["checkout rules"])
@validate_json(TaxRatesIn)
async def put_tax_rates(data: TaxRatesIn) -> dict[str, Any]:
    """Replace the tax rates (per country, optionally per region) and say if prices include tax."""
    store = await require_secret_store()
    if data.prices_include_tax is not None:
        await stores.update_settings(
            store, StoreSettingsIn(prices_include_tax=data.prices_include_tax))
    rates = await rules.replace_tax_rates(store, data.rates)
    return {"prices_include_tax": store.prices_include_tax,
            "rates": [rules.tax_view(t) for t in rates]}


@blueprint.get("/discount-codes")
@tag(["checkout rules"])
async def list_discount_codes() -> dict[str, Any]:
    store = await require_secret_store()
    codes = await DiscountCode.filter(store=store).order_by("code")
    return {"discount_codes": [rules.discount_view(d) for d in codes]}


@blueprint.post("/discount-codes")
@tag(["checkout rules"])
@validate_json(DiscountCodeIn)
async def create_discount_code(data: DiscountCodeIn) -> tuple[dict[str, Any], int]:
    store = await require_secret_store()
    code = await rules.create_discount_code(store, data)
    return rules.discount_view(code), 201


@blueprint.delete("/discount-codes/<code>")
@tag(["checkout rules"])
async def delete_discount_code(code: str) -> tuple[str, int]:
    store = await require_secret_store()
    await rules.delete_discount_code(store, code)
    return "", 204


# -- orders -----------------------------------------------------------------------------------


@blueprint.get("/orders")
@tag(["orders"])
@validate_querystring(OrdersQuery)
async def list_orders(query_args: OrdersQuery) -> dict[str, Any]:
    store = await require_secret_store()
    found, total = await orders.list_orders(store, limit=query_args.limit,
                                            offset=query_args.offset, status=query_args.status)
    return {"orders": [await orders.order_view(o) for o in found], "total": total}


@blueprint.get("/orders/<number>")
@tag(["orders"])
async def get_order(number: str) -> dict[str, Any]:
    store = await require_secret_store()
    return await orders.order_view(await orders.get_order(store, number))


@blueprint.post("/orders/<number>/fulfilment")
@tag(["orders"])
@validate_json(FulfilmentIn)
async def record_fulfilment(number: str, data: FulfilmentIn) -> dict[str, Any]:
    """The order moved: `status` shipped, out_for_delivery, delivered or cancelled, with the
    `carrier` and a `tracking_url` (http or https) if there are. The buyer is told by push and
    email in their language (the order updates flow, on by default: it is transactional) and
    the order status page shows the timeline. A step that cannot follow the last one is a 409:
    order_not_confirmed (not paid yet, or its payment failed), order_closed (delivered or
    cancelled already), status_unchanged (the same again), invalid_transition (a step back).
    Answers with the order and its `timeline`."""
    store = await require_secret_store()
    order = await orders.get_order(store, number)
    await fulfilment.record_fulfilment(store, order, data.status, data.carrier or "",
                                       data.tracking_url or "", current.now())
    return await orders.order_view(order)


@blueprint.post("/webhooks/payments/<public_key>")
@tag(["orders"])
@document_request(PaymentEvent)
async def payment_webhook(public_key: str) -> dict[str, Any]:
    """The payment provider (or the merchant's backend) confirms a payment. The body is signed:
    header X-Pushcart-Signature: t=<unix time>,v1=<hex HMAC-SHA256(secret key, "t.body")>."""
    store = await stores.store_by_public_key(public_key)
    if store is None:
        raise Unauthorized("unknown store", code="invalid_key")
    body = await request.get_data(True, False, False)  # cache, as bytes, not as a form
    settings = current.settings()
    orders.verify_webhook(
        stores.webhook_signing_key(settings.secret_key, store),
        request.headers.get("X-Pushcart-Signature", ""), body, current.now(),
        settings.webhook_tolerance_seconds,
    )
    event = await json_body(PaymentEvent)
    order = await orders.apply_payment_event(
        store, event.order_number, OrderStatus(event.status), event.amount, event.currency,
        event.provider_reference, current.now(), current.message_context(),
    )
    return {"number": order.number, "status": order.status.value}


# -- campaigns --------------------------------------------------------------------------------


@blueprint.post("/campaigns")
@tag(["push"])
@validate_json(CampaignIn)
async def create_campaign(data: CampaignIn) -> tuple[dict[str, Any], int]:
    """Send a push now (`send_at` null) or at a time, to `segment` "all" of the store's
    subscribers or to one of its segments (by id). `local_time: true` sends at `send_at`'s date
    and clock time in each subscriber's own time zone. `variants` (2-4 messages with weights)
    makes it an A/B test. Answers with the campaign's id; its counts are at
    GET /campaigns/{id}."""
    store = await require_secret_store()
    campaign = await sending.create_campaign(store, data, current.now())
    return {"id": campaign.id, "status": campaign.status.value,
            "send_at": campaign.send_at.isoformat(),
            "local_time": campaign.local_time or None}, 201


@blueprint.get("/campaigns/<id:campaign_id>")
@tag(["push"])
async def get_campaign(campaign_id: int) -> dict[str, Any]:
    """Status and counts: targeted, sent, delivered, failed, expired, clicked."""
    store = await require_secret_store()
    return await results.campaign_view(await sending.get_campaign(store, campaign_id))


@blueprint.post("/campaigns/<id:campaign_id>/cancel")
@tag(["push"])
async def cancel_campaign(campaign_id: int) -> dict[str, Any]:
    store = await require_secret_store()
    return await results.campaign_view(await sending.cancel_campaign(store, campaign_id))


# -- segments ---------------------------------------------------------------------------------


@blueprint.get("/segments")
@tag(["push"])
async def list_segments() -> dict[str, Any]:
    """The store's saved segments with their current counts (shoppers, and of them reachable
    by push and by email)."""
    store = await require_secret_store()
    now = current.now()
    rows = await Segment.filter(store=store).order_by("name", "id")
    return {"segments": [await segments.view(s, now) for s in rows]}


@blueprint.post("/segments")
@tag(["push"])
@validate_json(segments.SegmentIn)
async def create_segment(data: segments.SegmentIn) -> tuple[dict[str, Any], int]:
    """Save a segment: rules (viewed, added_to_cart, purchased, abandoned_cart, last_seen,
    locale, country, device, browser, channel; each may be negated) matched "all" or "any".
    Its id can be a campaign's `segment`."""
    store = await require_secret_store()
    segment, counts = await segments.create(store, data, current.now())
    return await segments.view(segment, current.now(), counts), 201


@blueprint.get("/segments/<id:segment_id>")
@tag(["push"])
async def get_segment(segment_id: int) -> dict[str, Any]:
    store = await require_secret_store()
    return await segments.view(await segments.get(store, segment_id), current.now())


@blueprint.put("/segments/<id:segment_id>")
@tag(["push"])
@validate_json(segments.SegmentIn)
async def put_segment(segment_id: int, data: segments.SegmentIn) -> dict[str, Any]:
    store = await require_secret_store()
    segment, counts = await segments.update(await segments.get(store, segment_id), data,
                                            current.now())
    return await segments.view(segment, current.now(), counts)


# -- abandoned-cart recovery ------------------------------------------------------------------


@blueprint.get("/recovery/settings")
@tag(["recovery"])
async def get_recovery_settings() -> dict[str, Any]:
    """The abandoned-cart sequence: threshold, steps, quiet hours, daily cap; and the messages
    after a purchase (confirmation channels, feedback request). Defaults filled in."""
    return _recovery_settings(await require_secret_store())


@blueprint.put("/recovery/settings")
@tag(["recovery"])
@validate_json(RecoverySettings)
async def put_recovery_settings(data: RecoverySettings) -> dict[str, Any]:
    """Replace the sequence. Texts may use {first_name}, {store}, {items}, {total}, {code},
    {expiry} and {recommendations} (what goes well with the cart, by name); a language left
    out uses Pushcart's text for that step. `post_purchase` sets the order confirmation's
    channels ([] if the shop sends its own) and the feedback request (off by default; `url`
    sends shoppers to the shop's own review page instead of the order page's rating form)."""
    store = await require_secret_store()
    await save_recovery_settings(store, data, current.message_context().base_url)
    return _recovery_settings(store)


def _recovery_settings(store: Store) -> dict[str, Any]:
    return RecoverySettings.of(store).model_dump(mode="json")


@blueprint.get("/recovery/metrics")
@tag(["recovery"])
@validate_querystring(MetricsQuery)
async def get_recovery_metrics(query_args: MetricsQuery) -> dict[str, Any]:
    """Per day in the store's time zone: abandoned, reachable, reminded, clicked, recovered and
    recovered revenue (minor units); and the same by step and channel."""
    store = await require_secret_store()
    return await recovery_metrics(store, query_args.days, current.now())


# -- automations -----------------------------------------------------------------------------


def _flow(name: str) -> Flow:
    try:
        return Flow(name)
    except ValueError:
        raise NotFound(f"no automation '{name[:40]}'; the flows are "
                       + ", ".join(f.value for f in Flow), code="unknown_flow") from None


@blueprint.get("/automations")
@tag(["automations"])
async def list_automations() -> dict[str, Any]:
    """Every flow with its settings (defaults filled in), placeholders and built-in texts."""
    store = await require_secret_store()
    return {"automations": [settings.view(flow)
                            for flow, settings in all_flow_settings(store).items()]}


@blueprint.get("/automations/metrics")
@tag(["automations"])
@validate_querystring(MetricsQuery)
async def get_automation_metrics(query_args: MetricsQuery) -> dict[str, Any]:
    """Per flow over the last `days` days: sent, delivered, clicked, orders attributed within
    the store's window and their revenue (minor units), with a row per day."""
    store = await require_secret_store()
    return await automation_metrics.flow_metrics(store, query_args.days, current.now())


@blueprint.get("/automations/<name>")
@tag(["automations"])
async def get_automation(name: str) -> dict[str, Any]:
    """One flow's settings."""
    flow = _flow(name)
    return flow_settings(await require_secret_store(), flow).view(flow)


@blueprint.put("/automations/<name>")
@tag(["automations"])
@validate_json(FlowSettings)
async def put_automation(name: str, data: FlowSettings) -> dict[str, Any]:
    """Replace one flow's settings: `enabled`, `delay_minutes`, `channels`, `cooldown_hours`,
    `texts` per language ({"en": {"title", "body"}}; a language left out uses Pushcart's text;
    each flow's placeholders are listed by GET), `incentive` (a single-use code, or null), and
    the flow's own figures (`threshold_percent`, `lookback_days`, `factor`, `lead_days`,
    `inactive_days`). Refused whole on any error."""
    flow = _flow(name)
    store = await require_secret_store()
    await save_flow_settings(store, flow, data, current.message_context().base_url)
    return flow_settings(store, flow).view(flow)
