"""Tortoise ORM models: stores, their catalog and checkout rules, visitors, carts and orders."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

PAYMENT_METHODS = ("card", "upi", "pix", "wallet", "bank_transfer", "cash_on_delivery")
OFFLINE_PAYMENT_METHODS = frozenset({"bank_transfer", "cash_on_delivery"})


def _required(model: str, related_name: str) -> Any:
    """A link every row has, to what it belongs to: deleted with it."""
    return fields.ForeignKeyField(f"models.{model}", related_name=related_name,
                                  on_delete=fields.CASCADE)


def _optional(model: str, related_name: str, on_delete: fields.OnDelete = fields.SET_NULL) -> Any:
    """A link a row may lack; by default the row outlives what it links to."""
    return fields.ForeignKeyField(f"models.{model}", related_name=related_name, null=True,
                                  on_delete=on_delete)


class CartStatus(StrEnum):
    OPEN = "open"
    CONVERTED = "converted"


class OrderStatus(StrEnum):
    PENDING = "pending"  # waiting for the payment provider's webhook
    PLACED = "placed"  # offline payment (COD, bank transfer): confirmed at once
    PAID = "paid"
    FAILED = "failed"


class Channel(StrEnum):
    """How a message reaches a shopper."""

    PUSH = "push"
    EMAIL = "email"
    SMS = "sms"  # text messages, through the store's message webhook (server/messaging/sms.py)
    WHATSAPP = "whatsapp"


TEXT_CHANNELS = frozenset({Channel.SMS, Channel.WHATSAPP})


class SuppressionReason(StrEnum):
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"  # refused for good by the receiving server


class DiscountKind(StrEnum):
    PERCENT = "percent"
    FIXED = "fixed"
    FREE_SHIPPING = "free_shipping"


class Store(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120)
    public_key = fields.CharField(max_length=64, unique=True)
    secret_key_hash = fields.CharField(max_length=64, unique=True)
    secret_key_sealed = fields.TextField()  # encrypted with the server secret; signs webhooks
    secret_key_hint = fields.CharField(max_length=8)
    allowed_origins: fields.JSONField[list[str]] = fields.JSONField(default=list)
    currency = fields.CharField(max_length=3, default="USD")
    locale = fields.CharField(max_length=16, default="en-US")
    timezone = fields.CharField(max_length=64, default="UTC")
    country = fields.CharField(max_length=2, default="US")
    prices_include_tax = fields.BooleanField(default=False)
    payment_methods: fields.JSONField[list[str]] = fields.JSONField(default=list)
    trust: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    branding: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    push_prompt: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    vapid_public_key = fields.CharField(max_length=128)
    vapid_private_key_sealed = fields.TextField()
    next_order_number = fields.IntField(default=1001)
    attribution_window_hours = fields.IntField(default=72)
    recovery: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    recovery_scanned_until = fields.DatetimeField(null=True)  # abandonment scan watermark
    # per flow ("price_drop", …): its saved settings; Pushcart's defaults where none is saved
    automations: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    # SMS and WhatsApp: the message webhook and the length limit (server/messaging/sms.py)
    text_messages: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    loyalty: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)  # points program
    # recommendations' settings (server/recommendations/settings.py); defaults where empty
    recommendations: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    is_demo = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "store"


class Product(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "products")
    store_id: int
    sku = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    price = fields.BigIntField()
    compare_at_price = fields.BigIntField(null=True)
    image_url = fields.CharField(max_length=1000, default="")
    url = fields.CharField(max_length=1000, default="")
    category = fields.CharField(max_length=100, default="")
    stock = fields.IntField(null=True)  # None: not tracked
    is_active = fields.BooleanField(default=True)
    # days a unit lasts (the merchant's figure), and Pushcart's estimate from repeat orders
    replenish_days = fields.IntField(null=True)
    predicted_replenish_days = fields.IntField(null=True)
    created_at = fields.DatetimeField(null=True)  # null for products older than automations
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "product"
        unique_together = (("store", "sku"),)
        indexes = (Index(fields=("store_id", "created_at")),
                   Index(fields=("store_id", "category")))


class ShippingRule(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "shipping_rules")
    store_id: int
    country = fields.CharField(max_length=2, null=True)  # None: every other country
    name = fields.CharField(max_length=100, default="Standard")
    rate = fields.BigIntField(default=0)
    free_above = fields.BigIntField(null=True)

    class Meta:
        table = "shipping_rule"
        unique_together = (("store", "country"),)


class TaxRate(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "tax_rates")
    store_id: int
    country = fields.CharField(max_length=2)
    region = fields.CharField(max_length=10, default="")  # "" applies to the whole country
    name = fields.CharField(max_length=50, default="Tax")
    rate_bp = fields.IntField()  # basis points: 1800 = 18 %
    applies_to_shipping = fields.BooleanField(default=False)

    class Meta:
        table = "tax_rate"
        unique_together = (("store", "country", "region"),)


class DiscountCode(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "discount_codes")
    store_id: int
    code = fields.CharField(max_length=40)
    kind = fields.CharEnumField(DiscountKind, max_length=16)
    value = fields.BigIntField(default=0)  # percent (1-100) or minor units
    min_subtotal = fields.BigIntField(default=0)
    expires_at = fields.DatetimeField(null=True)
    usage_limit = fields.IntField(null=True)
    times_used = fields.IntField(default=0)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "discount_code"
        unique_together = (("store", "code"),)


class Visitor(Model):
    """A browser on a merchant's site, known by the random id the widget keeps there."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "visitors")
    store_id: int
    key = fields.CharField(max_length=64)
    email = fields.CharField(max_length=254, null=True)
    marketing_consent = fields.BooleanField(default=False)
    name = fields.CharField(max_length=120, default="")
    phone = fields.CharField(max_length=32, default="")
    address: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    locale = fields.CharField(max_length=16, default="")
    timezone = fields.CharField(max_length=64, default="")
    sms_consent = fields.BooleanField(default=False)  # texts to `phone` (E.164), per channel
    whatsapp_consent = fields.BooleanField(default=False)
    country = fields.CharField(max_length=2, default="")  # of the last delivery address given
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "visitor"
        unique_together = (("store", "key"),)
        indexes = (Index(fields=("store_id", "email")),)


class Cart(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "carts")
    store_id: int
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "carts")
    visitor_id: int | None
    token = fields.CharField(max_length=64, unique=True)
    status = fields.CharEnumField(CartStatus, max_length=16, default=CartStatus.OPEN)
    email = fields.CharField(max_length=254, null=True)
    email_captured_at = fields.DatetimeField(null=True)
    marketing_consent = fields.BooleanField(default=False)
    name = fields.CharField(max_length=120, default="")
    phone = fields.CharField(max_length=32, default="")
    sms_consent = fields.BooleanField(default=False)  # texts to `phone` (E.164), per channel
    whatsapp_consent = fields.BooleanField(default=False)
    address: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    discount_code = fields.CharField(max_length=40, null=True)
    payment_method = fields.CharField(max_length=32, null=True)
    locale = fields.CharField(max_length=16, default="")
    checkout_step = fields.CharField(max_length=16, default="cart")
    created_at = fields.DatetimeField()  # set from the app's clock, as are the times below
    updated_at = fields.DatetimeField()
    converted_at = fields.DatetimeField(null=True)
    # Recovery: set when the cart is found abandoned; cleared by any activity of the shopper.
    abandoned_at = fields.DatetimeField(null=True)
    reachable = fields.BooleanField(default=False)  # by email with consent, or by push
    recovery_step = fields.IntField(default=0)  # reminders sent so far
    recovery_next_at = fields.DatetimeField(null=True)  # when the next reminder is due
    recovery_code = fields.CharField(max_length=40, null=True)  # its single-use incentive
    recovery_landed_at = fields.DatetimeField(null=True)
    # Loyalty: the points the shopper asked to spend (capped when quoted), and the address whose
    # one-time code they entered (the points are spent only while the cart's email is that one)
    loyalty_points = fields.IntField(default=0)
    loyalty_email = fields.CharField(max_length=254, null=True)

    items: fields.ReverseRelation[CartItem]

    class Meta:
        table = "cart"
        indexes = (Index(fields=("store_id", "status", "updated_at")),
                   Index(fields=("recovery_next_at",)),
                   Index(fields=("store_id", "abandoned_at")),
                   Index(fields=("visitor_id",)))


def awaits_recovery(status: CartStatus, abandoned_at: datetime | None,
                    updated_at: datetime) -> bool:
    """A cart found abandoned that is not ordered and saw no activity of the shopper since."""
    return (status == CartStatus.OPEN and abandoned_at is not None
            and updated_at <= abandoned_at)


class CartItem(Model):
    id = fields.IntField(primary_key=True)
    cart: fields.ForeignKeyRelation[Cart] = _required("Cart", "items")
    cart_id: int
    product: fields.ForeignKeyRelation[Product] = _required("Product", "cart_items")
    product_id: int
    quantity = fields.IntField()
    added_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "cart_item"
        unique_together = (("cart", "product"),)
        indexes = (Index(fields=("product_id",)),)  # who has a product in their cart


class Order(Model):
    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "orders")
    store_id: int
    cart: fields.ForeignKeyNullableRelation[Cart] = _optional("Cart", "orders")
    cart_id: int | None
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "orders")
    visitor_id: int | None
    number = fields.CharField(max_length=32)
    status = fields.CharEnumField(OrderStatus, max_length=16)
    email = fields.CharField(max_length=254)
    name = fields.CharField(max_length=120, default="")
    phone = fields.CharField(max_length=32, default="")
    address: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    currency = fields.CharField(max_length=3)
    subtotal = fields.BigIntField()
    shipping = fields.BigIntField()
    tax = fields.BigIntField()
    tax_included = fields.BooleanField(default=False)
    discount = fields.BigIntField()
    total = fields.BigIntField()
    discount_code = fields.CharField(max_length=40, null=True)
    payment_method = fields.CharField(max_length=32)
    provider_reference = fields.CharField(max_length=200, default="")
    attributed_delivery: fields.ForeignKeyNullableRelation[Delivery] = _optional("Delivery",
                                                                                 "orders")
    attributed_delivery_id: int | None
    created_at = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)
    feedback_rating = fields.SmallIntField(null=True)  # 1-5, from the order status page
    feedback_comment = fields.TextField(default="")
    feedback_at = fields.DatetimeField(null=True)
    fulfilment_status = fields.CharField(max_length=24, default="")  # the last OrderEvent's
    points_redeemed = fields.IntField(default=0)  # loyalty points spent on it
    points_discount = fields.BigIntField(default=0)  # what they took off the total

    items: fields.ReverseRelation[OrderItem]

    class Meta:
        table = "order"
        unique_together = (("store", "number"),)
        indexes = (Index(fields=("store_id", "created_at")),
                   Index(fields=("store_id", "email", "created_at")),
                   Index(fields=("attributed_delivery_id",)))


class FulfilmentStatus(StrEnum):
    SHIPPED = "shipped"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class OrderEvent(Model):
    """A step of an order's journey after it was placed, as the merchant reported it."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = _required("Order", "events")
    order_id: int
    status = fields.CharEnumField(FulfilmentStatus, max_length=24)
    carrier = fields.CharField(max_length=100, default="")
    tracking_url = fields.CharField(max_length=1000, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "order_event"
        indexes = (Index(fields=("order_id", "created_at")),)


class OrderItem(Model):
    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = _required("Order", "items")
    order_id: int
    sku = fields.CharField(max_length=64)
    name = fields.CharField(max_length=200)
    unit_price = fields.BigIntField()
    quantity = fields.IntField()
    line_total = fields.BigIntField()

    class Meta:
        table = "order_item"
        indexes = (Index(fields=("order_id",)), Index(fields=("sku", "order_id")))


class PushSubscription(Model):
    """A browser's push subscription, deduplicated by endpoint within a store."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "push_subscriptions")
    store_id: int
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor",
                                                                    "push_subscriptions")
    visitor_id: int | None
    endpoint_hash = fields.CharField(max_length=64)
    endpoint = fields.TextField()
    p256dh = fields.CharField(max_length=100)
    auth = fields.CharField(max_length=32)
    is_active = fields.BooleanField(default=True)
    browser = fields.CharField(max_length=32, default="")
    device = fields.CharField(max_length=16, default="")
    locale = fields.CharField(max_length=16, default="")
    timezone = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    deactivated_at = fields.DatetimeField(null=True)
    deactivated_reason = fields.CharField(max_length=32, default="")

    class Meta:
        table = "push_subscription"
        unique_together = (("store", "endpoint_hash"),)
        indexes = (Index(fields=("store_id", "is_active")),
                   Index(fields=("visitor_id", "is_active")))  # the gates read a batch's


class ProductView(Model):
    """That a visitor looked at a product page: one row per visitor and product, for segments."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "product_views")
    store_id: int
    visitor: fields.ForeignKeyRelation[Visitor] = _required("Visitor", "product_views")
    visitor_id: int
    product: fields.ForeignKeyRelation[Product] = _required("Product", "views")
    product_id: int
    views = fields.IntField(default=1)
    first_viewed_at = fields.DatetimeField()
    last_viewed_at = fields.DatetimeField()

    class Meta:
        table = "product_view"
        unique_together = (("visitor", "product"),)
        indexes = (Index(fields=("store_id", "last_viewed_at")),
                   Index(fields=("product_id", "last_viewed_at")))


class Segment(Model):
    """A saved audience: rules over shopper activity, all of them or any of them matching."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "segments")
    store_id: int
    name = fields.CharField(max_length=80)
    match = fields.CharField(max_length=3, default="all")  # all | any
    rules: fields.JSONField[list[Any]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "segment"


class CampaignStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENDING = "sending"  # deliveries are queued in the outbox
    CANCELLED = "cancelled"
    FAILED = "failed"  # its audience could not be computed (Campaign.failure says why)


class Campaign(Model):
    """A push message to a segment of a store's subscribers, now or at a time."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "campaigns")
    store_id: int
    kind = fields.CharField(max_length=16, default="custom")
    title = fields.CharField(max_length=120)
    body = fields.CharField(max_length=400, default="")
    url = fields.CharField(max_length=1000)
    icon = fields.CharField(max_length=1000, default="")
    image = fields.CharField(max_length=1000, default="")
    actions: fields.JSONField[list[Any]] = fields.JSONField(default=list)
    ttl = fields.IntField(default=24 * 3600)
    urgency = fields.CharField(max_length=10, default="normal")
    segment = fields.CharField(max_length=32, default="all")  # "all" or a Segment id
    # A/B test: 2-4 variants [{"title", "body", "url", "icon", "image", "actions", "weight"}];
    # empty for a single message (the fields above)
    variants: fields.JSONField[list[Any]] = fields.JSONField(default=list)
    status = fields.CharEnumField(CampaignStatus, max_length=16, default=CampaignStatus.SCHEDULED)
    # when fan-out starts; for a local-time campaign, the first zone's moment (UTC+14)
    send_at = fields.DatetimeField()
    local_time = fields.CharField(max_length=16, default="")  # "2026-12-01T09:00" in each zone
    created_at = fields.DatetimeField()
    started_at = fields.DatetimeField(null=True)
    targeted = fields.IntField(default=0)
    failure = fields.CharField(max_length=300, default="")  # why it failed, for people

    class Meta:
        table = "campaign"
        indexes = (Index(fields=("status", "send_at")),)


class DeliveryStatus(StrEnum):
    QUEUED = "queued"  # waiting for its next attempt
    SENDING = "sending"  # claimed by a worker until locked_until
    DELIVERED = "delivered"
    FAILED = "failed"
    EXPIRED = "expired"  # subscription gone, or the message outlived its TTL


class DeliveryKind(StrEnum):
    CAMPAIGN = "campaign"
    REMINDER = "reminder"  # a step of the abandoned-cart sequence
    ORDER = "order"  # after a purchase: the confirmation, a feedback request
    AUTOMATION = "automation"  # a triggered flow's message (Delivery.flow says which)
    LOYALTY = "loyalty"  # a one-time code to spend loyalty points


ORDER_CONFIRMATION = 1  # Delivery.step of an order's messages
ORDER_FEEDBACK = 2


class Delivery(Model):
    """One message to one push subscription or one email address: the outbox row, written
    before anything is sent."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "deliveries")
    store_id: int
    subscription: fields.ForeignKeyNullableRelation[PushSubscription] = _optional(
        "PushSubscription", "deliveries", on_delete=fields.CASCADE)
    subscription_id: int | None
    campaign: fields.ForeignKeyNullableRelation[Campaign] = _optional(
        "Campaign", "deliveries", on_delete=fields.CASCADE)
    campaign_id: int | None
    variant = fields.SmallIntField(null=True)  # an A/B campaign's variant (0-based)
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "deliveries")
    visitor_id: int | None
    cart: fields.ForeignKeyNullableRelation[Cart] = _optional("Cart", "deliveries")
    cart_id: int | None
    kind = fields.CharEnumField(DeliveryKind, max_length=10, default=DeliveryKind.CAMPAIGN)
    flow = fields.CharField(max_length=24, null=True)  # an automation's Flow
    automation_run: fields.ForeignKeyNullableRelation[AutomationRun] = _optional(
        "AutomationRun", "deliveries")
    automation_run_id: int | None
    step = fields.IntField(null=True)  # a reminder's step (1-based); an order message's ORDER_*
    channel = fields.CharField(max_length=8, default="push")  # push | email | sms | whatsapp
    email_to = fields.CharField(max_length=254, null=True)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField()
    topic = fields.CharField(max_length=32, null=True)
    ttl = fields.IntField(default=24 * 3600)
    urgency = fields.CharField(max_length=10, default="normal")
    status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)
    claimed_by = fields.CharField(max_length=40, null=True)
    last_status_code = fields.IntField(null=True)
    last_error = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField()  # when it is due to go out; the TTL counts from here
    sent_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    clicked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "delivery"
        indexes = (
            Index(fields=("status", "next_attempt_at")),
            Index(fields=("campaign_id", "status")),
            Index(fields=("subscription_id", "clicked_at")),
            Index(fields=("visitor_id", "created_at")),
            Index(fields=("cart_id", "clicked_at")),
            Index(fields=("store_id", "kind", "created_at")),
            Index(fields=("automation_run_id",)),
        )


class Flow(StrEnum):
    """The triggered automations: each turns what a shopper did into a message."""

    PRICE_DROP = "price_drop"
    BACK_IN_STOCK = "back_in_stock"
    BROWSE_ABANDONMENT = "browse_abandonment"
    REPLENISHMENT = "replenishment"
    WIN_BACK = "win_back"
    NEW_ARRIVALS = "new_arrivals"
    ORDER_UPDATES = "order_updates"
    POINTS_EXPIRY = "points_expiry"


class AutomationEvent(Model):
    """Something that happened to a product or an order that a flow answers (a price went down,
    stock came back, a product was added, an order moved); expanded once into runs, one per
    shopper it concerns, by whichever process claims it first."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "automation_events")
    store_id: int
    flow = fields.CharEnumField(Flow, max_length=24)
    product: fields.ForeignKeyNullableRelation[Product] = _optional(
        "Product", "automation_events", on_delete=fields.CASCADE)
    product_id: int | None
    order: fields.ForeignKeyNullableRelation[Order] = _optional(
        "Order", "automation_events", on_delete=fields.CASCADE)
    order_id: int | None
    data: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()
    expanded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "automation_event"
        indexes = (Index(fields=("expanded_at", "created_at")),)


class RunStatus(StrEnum):
    PENDING = "pending"  # waiting for its time (the delay, quiet hours, the daily cap)
    SENT = "sent"  # its messages are in the outbox
    SKIPPED = "skipped"  # not sent, for good: AutomationRun.reason says why


class AutomationRun(Model):
    """One flow's message to one shopper about one subject for one occurrence. The unique key is
    the once-only guarantee: however many processes find the occurrence, one row exists, and
    the conditional UPDATE that queues its deliveries succeeds once."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "automation_runs")
    store_id: int
    flow = fields.CharEnumField(Flow, max_length=24)
    shopper = fields.CharField(max_length=260)  # "v:<visitor id>" or "e:<email>"
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "automation_runs",
                                                                    on_delete=fields.CASCADE)
    visitor_id: int | None
    email = fields.CharField(max_length=254, null=True)
    subject = fields.CharField(max_length=64)  # "product:<id>", "order:<id>", "arrivals"
    occurrence = fields.CharField(max_length=64)  # which time: an event's id, a date, an order
    data: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    status = fields.CharEnumField(RunStatus, max_length=10, default=RunStatus.PENDING)
    due_at = fields.DatetimeField()
    reason = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "automation_run"
        unique_together = (("store", "flow", "shopper", "subject", "occurrence"),)
        indexes = (Index(fields=("status", "due_at")),
                   Index(fields=("store_id", "flow", "shopper", "sent_at")))


class ProductAlert(Model):
    """A shopper who asked to be told about a product: when it is back in stock (the widget's
    "Notify me") or when its price drops. Told in the order they asked."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "product_alerts")
    store_id: int
    product: fields.ForeignKeyRelation[Product] = _required("Product", "alerts")
    product_id: int
    kind = fields.CharField(max_length=8)  # stock | price
    shopper = fields.CharField(max_length=260)  # as AutomationRun.shopper
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "product_alerts",
                                                                    on_delete=fields.CASCADE)
    visitor_id: int | None
    email = fields.CharField(max_length=254, null=True)
    channel = fields.CharField(max_length=8)  # push | email: how they chose to hear
    locale = fields.CharField(max_length=16, default="")
    created_at = fields.DatetimeField()
    notified_at = fields.DatetimeField(null=True)

    class Meta:
        table = "product_alert"
        unique_together = (("product", "kind", "shopper"),)
        indexes = (Index(fields=("product_id", "kind", "notified_at", "created_at")),)


class AutomationMark(Model):
    """How far a store's periodic scan (browse abandonment, win-back, …) has looked: each pass
    takes the range from here to now by moving it, so two processes never scan one range."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "automation_marks")
    store_id: int
    scan = fields.CharField(max_length=24)
    until = fields.DatetimeField()

    class Meta:
        table = "automation_mark"
        unique_together = (("store", "scan"),)


class EmailSuppression(Model):
    """An address that gets no more email from a store: unsubscribed, or rejected for good."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "email_suppressions")
    store_id: int
    email = fields.CharField(max_length=254)
    reason = fields.CharField(max_length=32)  # unsubscribed | bounced
    detail = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "email_suppression"
        unique_together = (("store", "email"),)


class AdminUser(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "admin_user"


class AdminSession(Model):
    """A signed-in browser of the admin console. Its cookie carries a random token; only the
    token's SHA-256 is kept. Signing out ends it; a password change ends every one."""

    id = fields.CharField(max_length=64, primary_key=True)  # sha256 hex of the cookie's token
    user: fields.ForeignKeyRelation[AdminUser] = _required("AdminUser", "sessions")
    user_id: int
    created_at = fields.DatetimeField()
    last_seen_at = fields.DatetimeField()
    ended_at = fields.DatetimeField(null=True)
    user_agent = fields.CharField(max_length=200, default="")
    # of the password it began with: a new password, set by any means, ends the session
    password_stamp = fields.CharField(max_length=64)

    class Meta:
        table = "admin_session"
        indexes = (Index(fields=("user_id", "ended_at")),)


class StoreMembership(Model):
    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[AdminUser] = _required("AdminUser", "memberships")
    user_id: int
    store: fields.ForeignKeyRelation[Store] = _required("Store", "memberships")
    store_id: int
    role = fields.CharField(max_length=16, default="owner")

    class Meta:
        table = "store_membership"
        unique_together = (("user", "store"),)


# -- Retention: what the pruned rows counted (server/retention) ------------------------------
# A pruned row's figures are added here in the transaction that deletes it, so every report
# reads these counters plus the rows still kept and shows the same numbers after a prune. The
# days are of the store's time zone when the row was pruned, as the reports bucket them; a key
# a row lacks is NO_DAY, 0, -1 or "" (never NULL: the keys are unique together).

NO_DAY = date(1, 1, 1)


class DeliveryTally(Model):
    """Pruned deliveries: how many, per day they were due and per everything a report groups
    them by (kind, campaign and variant, flow, step, channel, final status, the day they were
    clicked; for failures the push service's answer, the browser and the day it was sent)."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "delivery_tallies")
    store_id: int
    day = fields.DateField()  # of created_at
    kind = fields.CharField(max_length=10)
    campaign_id = fields.IntField(default=0)  # 0: not a campaign's
    variant = fields.SmallIntField(default=-1)  # -1: not an A/B variant
    flow = fields.CharField(max_length=24, default="")
    step = fields.IntField(default=0)
    channel = fields.CharField(max_length=8)
    status = fields.CharField(max_length=10)
    clicked_day = fields.DateField(default=NO_DAY)
    # a failed delivery's: the status code (-1: none), the reason, the browser, the day sent
    status_code = fields.IntField(default=-1)
    reason = fields.CharField(max_length=300, default="")
    browser = fields.CharField(max_length=32, default="")
    sent_day = fields.DateField(default=NO_DAY)
    rows = fields.BigIntField(default=0)
    sent = fields.BigIntField(default=0)  # of them, taken by the push service or mail server

    class Meta:
        table = "delivery_tally"
        unique_together = (("store", "kind", "day", "campaign_id", "variant", "flow", "step",
                            "channel", "status", "clicked_day", "status_code", "reason",
                            "browser", "sent_day"),)
        indexes = (Index(fields=("campaign_id",)),)


class ReminderCartTally(Model):
    """Carts whose reminders were pruned, counted once per day as the recovery report does:
    `reminded` per day a reminder was due; `clicked` per day one was clicked, by the latest day
    one of those clicked that day was due (the report counts clicks of its window's reminders)."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "reminder_cart_tallies")
    store_id: int
    measure = fields.CharField(max_length=8)  # reminded | clicked
    day = fields.DateField()
    due_day = fields.DateField()
    carts = fields.BigIntField(default=0)

    class Meta:
        table = "reminder_cart_tally"
        unique_together = (("store", "measure", "day", "due_day"),)


class CartTally(Model):
    """Pruned carts that had been found abandoned, per day they were (and how many of them
    could be reminded)."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "cart_tallies")
    store_id: int
    day = fields.DateField()  # of abandoned_at
    abandoned = fields.BigIntField(default=0)
    reachable = fields.BigIntField(default=0)

    class Meta:
        table = "cart_tally"
        unique_together = (("store", "day"),)


class RetentionLease(Model):
    """The one prune that runs at a time, whichever process starts it: taken by a conditional
    UPDATE while free (or expired), renewed after every batch, released when done."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=16, unique=True)
    holder = fields.CharField(max_length=64, default="")
    leased_until = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)  # the last complete prune

    class Meta:
        table = "retention_lease"


# -- outbound webhooks (server/webhooks/) -----------------------------------------------------

class WebhookEndpoint(Model):
    """A merchant's URL subscribed to some events, with its own signing secret (sealed)."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "webhook_endpoints")
    store_id: int
    url = fields.CharField(max_length=2048)
    events: fields.JSONField[list[str]] = fields.JSONField(default=list)
    description = fields.CharField(max_length=200, default="")
    is_active = fields.BooleanField(default=True)
    secret_sealed = fields.TextField()  # encrypted with the server secret
    secret_hint = fields.CharField(max_length=12)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "webhook_endpoint"
        indexes = (Index(fields=("store_id", "is_active")),)


class WebhookEvent(Model):
    """Something that happened in a store, written in the transaction that made it happen."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "webhook_events")
    store_id: int
    event_id = fields.CharField(max_length=40, unique=True)  # X-Pushcart-Event-Id
    kind = fields.CharField(max_length=40)
    shopper = fields.CharField(max_length=300, default="")  # whose events go out in order
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "webhook_event"
        indexes = (Index(fields=("store_id", "created_at")),)


class WebhookDelivery(Model):
    """One event to one endpoint: queued, retried with backoff, then delivered or failed."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "webhook_deliveries")
    store_id: int
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = _required("WebhookEndpoint",
                                                                     "deliveries")
    endpoint_id: int
    event: fields.ForeignKeyRelation[WebhookEvent] = _required("WebhookEvent", "deliveries")
    event_id: int
    shopper = fields.CharField(max_length=300, default="")  # the event's, for the ordering
    status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)
    claimed_by = fields.CharField(max_length=40, null=True)
    last_status_code = fields.IntField(null=True)
    last_response = fields.CharField(max_length=1000, default="")  # a bounded excerpt
    last_duration_ms = fields.IntField(null=True)
    last_error = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField()
    last_attempt_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_delivery"
        indexes = (Index(fields=("status", "next_attempt_at")),
                   Index(fields=("endpoint_id", "shopper", "status")),
                   Index(fields=("store_id", "created_at")))


# -- shoppers' privacy: consents, and erasures (server/privacy/) -----------------------------


class Consent(Model):
    """That a shopper agreed to hear from a store by a channel, or withdrew: when, what text
    they saw and in which language, and where. Append-only: a change is a new row."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "consents")
    store_id: int
    visitor: fields.ForeignKeyNullableRelation[Visitor] = _optional("Visitor", "consents")
    visitor_id: int | None
    email = fields.CharField(max_length=254, null=True)
    channel = fields.CharField(max_length=16)  # email | push | sms | whatsapp | …, a plain string
    is_granted = fields.BooleanField()  # False: withdrawn
    text_key = fields.CharField(max_length=64, default="")  # the locale text's name ("consent")
    text = fields.TextField(default="")  # exactly what was shown
    language = fields.CharField(max_length=16, default="")
    source = fields.CharField(max_length=24)  # widget | admin | api | unsubscribe_link
    created_at = fields.DatetimeField()

    class Meta:
        table = "consent"
        indexes = (Index(fields=("store_id", "email")), Index(fields=("visitor_id",)))


class ShopperErasure(Model):
    """That a shopper's personal data was erased, when and at whose request; and, by a keyed
    hash of the address (never the address), that nothing more is sent to it."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "shopper_erasures")
    store_id: int
    email_hash = fields.CharField(max_length=64)  # HMAC-SHA256 of the address, hex
    anonymous_id = fields.CharField(max_length=40)  # what their orders are known by since
    requested_by = fields.CharField(max_length=300)  # "api:sk_…hint" or "admin:<id>:<email>"
    counts: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)  # rows per table
    created_at = fields.DatetimeField()

    class Meta:
        table = "shopper_erasure"
        indexes = (Index(fields=("store_id", "email_hash")),)


# -- loyalty points --------------------------------------------------------------------------


class LoyaltyAccount(Model):
    """A shopper's points at a store, known by their email. The row holds no balance (that is
    the sum of the ledger): it is what a change of the balance locks, so two checkouts of the
    same shopper spend their points one after the other."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "loyalty_accounts")
    store_id: int
    email = fields.CharField(max_length=254)
    created_at = fields.DatetimeField()

    class Meta:
        table = "loyalty_account"
        unique_together = (("store", "email"),)


class LoyaltyEntry(Model):
    """One change of a shopper's points, never updated or deleted: earned with an order, a bonus,
    a redemption at checkout, its release, a reversal, an expiry or a manual adjustment. `key`
    makes a change that must happen once (an order's earning, a bonus) happen once."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "loyalty_entries")
    store_id: int
    account: fields.ForeignKeyRelation[LoyaltyAccount] = _required("LoyaltyAccount", "entries")
    account_id: int
    kind = fields.CharField(max_length=16)  # earn, bonus, redeem, release, reverse, expire, adjust
    points = fields.IntField()  # positive: credited; negative: debited
    reason = fields.CharField(max_length=200, default="")
    order: fields.ForeignKeyNullableRelation[Order] = _optional("Order", "loyalty_entries")
    order_id: int | None
    key = fields.CharField(max_length=64, null=True)
    expires_at = fields.DatetimeField(null=True)  # of a credit that expires
    created_at = fields.DatetimeField()

    class Meta:
        table = "loyalty_entry"
        unique_together = (("account", "key"),)
        indexes = (Index(fields=("store_id", "kind", "created_at")),
                   Index(fields=("account_id", "created_at")),
                   Index(fields=("store_id", "expires_at")))


class LoyaltyCode(Model):
    """A one-time code sent to a shopper's email so that only they spend their points: six
    digits, kept as a hash, valid for minutes and for a few attempts."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "loyalty_codes")
    store_id: int
    cart: fields.ForeignKeyRelation[Cart] = _required("Cart", "loyalty_codes")
    cart_id: int
    email = fields.CharField(max_length=254)
    code_hash = fields.CharField(max_length=64)
    attempts = fields.IntField(default=0)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "loyalty_code"
        indexes = (Index(fields=("cart_id", "created_at")),)


# -- Recommendations (issue 15): "bought together" counts, sales, the merchant's pins ----------

class ProductPair(Model):
    """How many confirmed orders of a store held both products ("bought together"). Kept in both
    directions, (a, b) and (b, a), so a product's partners are one range of one index."""

    id = fields.BigIntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "product_pairs")
    store_id: int
    product: fields.ForeignKeyRelation[Product] = _required("Product", "pairs")
    product_id: int
    partner: fields.ForeignKeyRelation[Product] = _required("Product", "partnered")
    partner_id: int
    order_count = fields.IntField(default=0)

    class Meta:
        table = "product_pair"
        unique_together = (("product", "partner"),)
        indexes = (Index(fields=("product_id", "order_count")),
                   Index(fields=("store_id",)))


class ProductSales(Model):
    """How many confirmed orders held a product: the bestsellers of its category."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "product_sales")
    store_id: int
    product: fields.OneToOneRelation[Product] = fields.OneToOneField(
        "models.Product", related_name="sales", on_delete=fields.CASCADE)
    product_id: int
    order_count = fields.IntField(default=0)

    class Meta:
        table = "product_sales"
        indexes = (Index(fields=("store_id", "order_count")),)


class RecommendationRule(Model):
    """A merchant's say over recommendations: *target* pinned first, or excluded, next to
    *product* (or, with no product, next to every product of the store)."""

    id = fields.IntField(primary_key=True)
    store: fields.ForeignKeyRelation[Store] = _required("Store", "recommendation_rules")
    store_id: int
    product: fields.ForeignKeyNullableRelation[Product] = _optional(
        "Product", "recommendation_rules", on_delete=fields.CASCADE)
    product_id: int | None
    target: fields.ForeignKeyRelation[Product] = _required("Product", "recommended_by_rules")
    target_id: int
    action = fields.CharField(max_length=8)  # pin | exclude
    created_at = fields.DatetimeField()

    class Meta:
        table = "recommendation_rule"
        indexes = (Index(fields=("store_id", "product_id")),)
