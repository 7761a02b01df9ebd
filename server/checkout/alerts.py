"""Shoppers waiting for a product to come back ("Notify me" in the widget, by push or by email),
what the widget needs to know to offer it, and how many wait, for the admin's catalog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count

from server.automations.settings import flow_settings
from server.checkout.catalog import get_product
from server.errors import ApiError, Conflict, NotFound
from server.models import (
    EmailSuppression,
    Flow,
    Product,
    ProductAlert,
    PushSubscription,
    Store,
    SuppressionReason,
    Visitor,
)

STOCK = "stock"  # ProductAlert.kind of a back-in-stock alert
PRICE = "price"  # of a price watch: told of every drop (the price drop flow)
MAX_SKUS = 100  # per availability request: a page's buttons
MAX_SKUS_LENGTH = 1000  # characters of them, with their commas


FLOW_OF = {STOCK: Flow.BACK_IN_STOCK, PRICE: Flow.PRICE_DROP}


def alert_channels(store: Store, email_enabled: bool, kind: str = STOCK) -> list[str]:
    """How this store tells shoppers who wait (none when the flow is off; no email when this
    Pushcart has no mail server)."""
    settings = flow_settings(store, FLOW_OF[kind])
    return [c.value for c in settings.channels
            if settings.enabled and (email_enabled or c.value != "email")]


async def availability(store: Store, skus: list[str]) -> dict[str, bool]:
    """Whether each of *skus* can be bought now (stock not tracked counts as in stock); unknown
    and hidden products are left out."""
    wanted = list(dict.fromkeys(s for s in skus if 0 < len(s) <= 64))
    if len(wanted) > MAX_SKUS:
        raise ApiError(f"ask for at most {MAX_SKUS} SKUs at once", code="too_many_skus")
    if not wanted:
        return {}
    rows = await Product.filter(store=store, sku__in=wanted, is_active=True).values_list(
        "sku", "stock")
    return {str(sku): stock is None or int(stock) > 0 for sku, stock in rows}


@dataclass(frozen=True)
class AlertRequest:
    """What the widget sends when a shopper asks to be told that a product is back (or, with
    kind "price", whenever its price drops)."""

    visitor_key: str
    channel: Literal["push", "email"]
    kind: Literal["stock", "price"] = "stock"
    email: str | None = None
    consent: bool = False
    locale: str = ""


async def ask_to_be_told(store: Store, sku: str, request: AlertRequest, now: datetime, *,
                         email_enabled: bool) -> tuple[ProductAlert, bool]:
    """Keep that a shopper waits for *sku*; returns the alert and whether it is new. Asking again
    while waiting changes nothing (their place in the queue is kept); asking again after an
    earlier restock told them puts them at the end of the queue for the next one."""
    product = await get_product(store, sku)
    if not product.is_active:
        raise NotFound(f"no product with SKU '{sku}'", code="unknown_sku")
    if request.channel not in alert_channels(store, email_enabled, request.kind):
        what = "back-in-stock alerts" if request.kind == STOCK else "price drops"
        raise Conflict(f"this shop does not send {what} by {request.channel}",
                       code="channel_unavailable")
    if request.kind == STOCK and (product.stock is None or product.stock > 0):
        raise Conflict(f"'{product.name}' is in stock: add it to the cart", code="in_stock")
    visitor: Visitor | None
    if request.channel == "email":
        if not request.email:
            raise ApiError("an email address is needed to be told by email",
                           code="email_required")
        if not request.consent:
            raise ApiError("the shopper must agree to be emailed (consent: true)",
                           code="consent_required")
        email: str | None = request.email.strip().lower()
        refused = await EmailSuppression.get_or_none(store=store, email=email)
        if refused is not None:  # the message would never be sent: say so now
            why = ("messages to it bounced" if refused.reason == SuppressionReason.BOUNCED
                   else "it unsubscribed from this shop's emails")
            raise Conflict(f"this shop cannot email {email}: {why}; choose notifications "
                           "instead", code="email_suppressed")
        visitor, _ = await Visitor.get_or_create(store=store, key=request.visitor_key)
        shopper = f"e:{email}"
    else:
        visitor = await Visitor.get_or_none(store=store, key=request.visitor_key)
        if visitor is None or not await PushSubscription.exists(store=store, visitor=visitor,
                                                                 is_active=True):
            raise Conflict("turn on notifications first: this browser has no subscription",
                           code="not_subscribed")
        email, shopper = None, f"v:{visitor.id}"
    return await _keep(store, product, request.kind, shopper[:260], {
        "visitor_id": visitor.id, "email": email, "channel": request.channel,
        "locale": request.locale[:16]}, now)


async def _keep(store: Store, product: Product, kind: str, shopper: str,
                values: dict[str, Any], now: datetime) -> tuple[ProductAlert, bool]:
    alert = await ProductAlert.get_or_none(product=product, kind=kind, shopper=shopper)
    if alert is None:
        try:
            created = await ProductAlert.create(store=store, product=product, kind=kind,
                                                shopper=shopper, created_at=now, **values)
            return created, True
        except IntegrityError:  # the same shopper's other tab got there first
            return await ProductAlert.get(product=product, kind=kind, shopper=shopper), False
    if alert.notified_at is None:
        return alert, False
    # told about an earlier restock, and it ran out again: waiting anew, at the end of the queue
    await ProductAlert.filter(id=alert.id).update(notified_at=None, created_at=now, **values)
    await alert.refresh_from_db()
    return alert, True


def alert_view(alert: ProductAlert, sku: str) -> dict[str, Any]:
    return {"sku": sku, "kind": alert.kind, "channel": alert.channel, "status": "waiting"}


async def waiting_counts(store: Store, product_ids: list[int]) -> dict[int, int]:
    """How many shoppers wait for each of these products to come back."""
    if not product_ids:
        return {}
    rows: list[Any] = await (ProductAlert.filter(store=store, kind=STOCK,
                                                 notified_at__isnull=True,
                                                 product_id__in=product_ids)
                             .group_by("product_id").annotate(n=Count("id"))
                             .values_list("product_id", "n"))
    return {int(product_id): int(n) for product_id, n in rows}
