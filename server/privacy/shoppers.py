"""A shopper as a store knows them by their email address: the rows that are theirs, and the
one JSON document of everything held about them (the export of a privacy request)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from server.loyalty import ledger
from server.models import (
    AutomationRun,
    Cart,
    CartItem,
    Consent,
    Delivery,
    EmailSuppression,
    LoyaltyAccount,
    Order,
    OrderEvent,
    OrderItem,
    ProductAlert,
    ProductView,
    PushSubscription,
    ShopperErasure,
    Store,
    Visitor,
    WebhookEvent,
)
from server.privacy.consents import consent_view
from server.webhooks.events import shopper_key as webhook_key


def normalize_email(email: str) -> str:
    """Addresses are kept as the shopper typed them, trimmed and lower-cased (carts.py)."""
    return email.strip().lower()


@dataclass(frozen=True)
class Shopper:
    email: str
    visitor_ids: list[int]  # browsers that gave this address, or bought or carted with it
    cart_ids: list[int]  # carts with this address, and those browsers' carts without one
    order_ids: list[int]
    subscription_ids: list[int]  # those browsers' push subscriptions


def _none() -> Q:
    return Q(id__in=[])


async def find_shopper(store: Store, email: str) -> Shopper:
    """The store's rows that belong to the shopper of *email* (another store's never do)."""
    email = normalize_email(email)
    visitors: set[Any] = set(await Visitor.filter(store_id=store.id, email=email).values_list(
        "id", flat=True))
    visitors |= {v for v in await Cart.filter(store_id=store.id, email=email).values_list(
        "visitor_id", flat=True) if v is not None}
    visitors |= {v for v in await Order.filter(store_id=store.id, email=email).values_list(
        "visitor_id", flat=True) if v is not None}
    visitor_ids: list[int] = sorted(visitors)
    theirs = Q(visitor_id__in=visitor_ids) if visitor_ids else _none()
    carts: list[Any] = await Cart.filter(Q(store_id=store.id) & (
        Q(email=email) | (theirs & Q(email__isnull=True)))).order_by("id").values_list(
        "id", flat=True)
    orders: list[Any] = await Order.filter(store_id=store.id, email=email).order_by(
        "id").values_list(
        "id", flat=True)
    subscriptions: list[Any] = await PushSubscription.filter(
        Q(store_id=store.id) & theirs).order_by("id").values_list(
        "id", flat=True) if visitor_ids else []
    return Shopper(email, visitor_ids, list(carts), list(orders), list(subscriptions))


def _at(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _message_title(payload: dict[str, Any]) -> str:
    notification = payload.get("notification")
    if isinstance(notification, dict) and notification.get("title"):
        return str(notification["title"])
    return str(payload.get("subject") or payload.get("title") or "")


async def export_shopper(store: Store, email: str, now: datetime,
                         server_secret: str = "") -> dict[str, Any]:
    """Everything *store* holds about the shopper of *email*, as one JSON-ready document; with
    the server secret, also the erasures of that address (recognised by its keyed hash)."""
    from server.privacy.erasure import email_hash, erasure_view

    shopper = await find_shopper(store, email)
    email, visitor_ids = shopper.email, shopper.visitor_ids
    theirs = Q(visitor_id__in=visitor_ids) if visitor_ids else _none()
    by_store = Q(store_id=store.id)

    visitors = [{
        "visitor_id": v.key, "email": v.email, "name": v.name, "phone": v.phone,
        "address": v.address, "locale": v.locale, "timezone": v.timezone, "country": v.country,
        "marketing_consent": v.marketing_consent, "sms_consent": v.sms_consent,
        "whatsapp_consent": v.whatsapp_consent, "first_seen_at": _at(v.created_at),
        "last_seen_at": _at(v.last_seen_at),
    } for v in await Visitor.filter(id__in=visitor_ids).order_by("id")]

    cart_items: dict[int, list[dict[str, Any]]] = {}
    for item in await CartItem.filter(cart_id__in=shopper.cart_ids).select_related(
            "product").order_by("id"):
        cart_items.setdefault(item.cart_id, []).append(
            {"sku": item.product.sku, "name": item.product.name, "quantity": item.quantity,
             "added_at": _at(item.added_at)})
    carts = [{
        "id": c.id, "status": c.status.value, "email": c.email, "name": c.name,
        "phone": c.phone, "address": c.address, "marketing_consent": c.marketing_consent,
        "sms_consent": c.sms_consent, "whatsapp_consent": c.whatsapp_consent,
        "locale": c.locale, "checkout_step": c.checkout_step, "discount_code": c.discount_code,
        "payment_method": c.payment_method, "created_at": _at(c.created_at),
        "updated_at": _at(c.updated_at), "converted_at": _at(c.converted_at),
        "abandoned_at": _at(c.abandoned_at), "reminders_sent": c.recovery_step,
        "items": cart_items.get(c.id, []),
    } for c in await Cart.filter(id__in=shopper.cart_ids).order_by("id")]

    order_items: dict[int, list[dict[str, Any]]] = {}
    for line in await OrderItem.filter(order_id__in=shopper.order_ids).order_by("id"):
        order_items.setdefault(line.order_id, []).append(
            {"sku": line.sku, "name": line.name, "unit_price": line.unit_price,
             "quantity": line.quantity, "line_total": line.line_total})
    order_events: dict[int, list[dict[str, Any]]] = {}
    for event in await OrderEvent.filter(order_id__in=shopper.order_ids).order_by(
            "created_at", "id"):
        order_events.setdefault(event.order_id, []).append(
            {"status": event.status.value, "carrier": event.carrier,
             "tracking_url": event.tracking_url, "at": _at(event.created_at)})
    orders, feedback = [], []
    for o in await Order.filter(id__in=shopper.order_ids).order_by("id"):
        orders.append({
            "number": o.number, "status": o.status.value, "email": o.email, "name": o.name,
            "phone": o.phone, "address": o.address, "currency": o.currency,
            "subtotal": o.subtotal, "shipping": o.shipping, "tax": o.tax,
            "tax_included": o.tax_included, "discount": o.discount, "total": o.total,
            "discount_code": o.discount_code, "payment_method": o.payment_method,
            "created_at": _at(o.created_at), "paid_at": _at(o.paid_at),
            "fulfilment_status": o.fulfilment_status, "items": order_items.get(o.id, []),
            "events": order_events.get(o.id, []),
        })
        if o.feedback_at is not None:
            feedback.append({"order": o.number, "rating": o.feedback_rating,
                             "comment": o.feedback_comment, "at": _at(o.feedback_at)})

    subscriptions = [{
        "id": s.id, "endpoint": s.endpoint, "browser": s.browser, "device": s.device,
        "locale": s.locale, "timezone": s.timezone, "is_active": s.is_active,
        "subscribed_at": _at(s.created_at), "deactivated_at": _at(s.deactivated_at),
        "deactivated_reason": s.deactivated_reason,
    } for s in await PushSubscription.filter(id__in=shopper.subscription_ids).order_by("id")]

    deliveries_of = by_store & (
        Q(email_to=email) | theirs
        | (Q(cart_id__in=shopper.cart_ids) if shopper.cart_ids else _none())
        | (Q(subscription_id__in=shopper.subscription_ids) if shopper.subscription_ids
           else _none()))
    deliveries = [{  # values, not models: a subscriber of long standing has thousands
        "id": d["id"], "kind": str(d["kind"]), "flow": d["flow"], "channel": d["channel"],
        "email_to": d["email_to"], "title": _message_title(d["payload"] or {}),
        "status": str(d["status"]), "created_at": _at(d["created_at"]),
        "sent_at": _at(d["sent_at"]), "delivered_at": _at(d["delivered_at"]),
        "clicked_at": _at(d["clicked_at"]),
    } for d in await Delivery.filter(deliveries_of).order_by("id").values(
        "id", "kind", "flow", "channel", "email_to", "payload", "status", "created_at",
        "sent_at", "delivered_at", "clicked_at")]

    views = [{
        "sku": v.product.sku, "name": v.product.name, "views": v.views,
        "first_viewed_at": _at(v.first_viewed_at), "last_viewed_at": _at(v.last_viewed_at),
    } for v in await ProductView.filter(by_store & theirs).select_related("product")
        .order_by("id")] if visitor_ids else []

    alerts = [{
        "sku": a.product.sku, "kind": a.kind, "channel": a.channel, "email": a.email,
        "locale": a.locale, "asked_at": _at(a.created_at), "notified_at": _at(a.notified_at),
    } for a in await ProductAlert.filter(
        by_store & (Q(email=email) | Q(shopper=f"e:{email}") | theirs)).select_related(
        "product").order_by("id")]

    runs = [{
        "flow": r.flow.value, "subject": r.subject, "status": r.status.value,
        "reason": r.reason, "due_at": _at(r.due_at), "created_at": _at(r.created_at),
        "sent_at": _at(r.sent_at),
    } for r in await AutomationRun.filter(
        by_store & (Q(email=email) | Q(shopper=f"e:{email}") | theirs)).order_by("id")]

    consents = [consent_view(c) for c in await Consent.filter(
        by_store & (Q(email=email) | theirs)).order_by("created_at", "id")]
    suppressions = [{"reason": s.reason, "detail": s.detail, "at": _at(s.created_at)}
                    for s in await EmailSuppression.filter(store_id=store.id, email=email)]

    webhook_events = [{  # what the store's webhooks were sent about the shopper
        "id": event_id, "type": kind, "created_at": _at(at), "data": payload.get("data", {}),
    } for event_id, kind, at, payload in await WebhookEvent.filter(
        store_id=store.id, shopper__in=[webhook_key(None, email)]
        + [webhook_key(v, None) for v in visitor_ids]).order_by("id").values_list(
        "event_id", "kind", "created_at", "payload")]

    account = await LoyaltyAccount.get_or_none(store_id=store.id, email=email)
    loyalty = await ledger.shopper_view(store, email, now, limit=10_000) \
        if account is not None else None

    erasures = [erasure_view(e) for e in await ShopperErasure.filter(
        store_id=store.id, email_hash=email_hash(server_secret, email)).order_by(
        "created_at", "id")] if server_secret else []

    return {
        "email": email, "store": {"id": store.id, "name": store.name},
        "exported_at": now.isoformat(),
        "found": bool(visitors or carts or orders or alerts or runs or consents
                      or suppressions or deliveries or loyalty),
        "visitors": visitors, "carts": carts, "orders": orders, "feedback": feedback,
        "push_subscriptions": subscriptions, "deliveries": deliveries, "product_views": views,
        "product_alerts": alerts, "automation_runs": runs, "consents": consents,
        "email_suppressions": suppressions, "webhook_events": webhook_events,
        "loyalty": loyalty,
        "erasures": erasures,
    }
