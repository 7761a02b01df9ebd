"""The events a store's webhooks can receive, and writing them: each call is made inside the
transaction of what happened (the outbox pattern), and writes one event row and one delivery row
per endpoint subscribed to it, so an event exists exactly when its cause was committed.

An event's `shopper` (a visitor, else an email address) is the key the worker orders by: one
shopper's events reach one endpoint in the order they happened.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

from tortoise.transactions import in_transaction

from server.models import (
    Cart,
    CartItem,
    Delivery,
    Order,
    OrderItem,
    PushSubscription,
    Store,
    Visitor,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)

ORDER_PLACED = "order.placed"
ORDER_PAID = "order.paid"
ORDER_FULFILMENT = "order.fulfilment"
CART_ABANDONED = "cart.abandoned"
CART_RECOVERED = "cart.recovered"
SUBSCRIPTION_CREATED = "subscription.created"
SUBSCRIPTION_LOST = "subscription.lost"
SHOPPER_UNSUBSCRIBED = "shopper.unsubscribed"
MESSAGE_SENT = "message.sent"
EVENT_KINDS = (ORDER_PLACED, ORDER_PAID, ORDER_FULFILMENT, CART_ABANDONED, CART_RECOVERED,
               SUBSCRIPTION_CREATED, SUBSCRIPTION_LOST, SHOPPER_UNSUBSCRIBED, MESSAGE_SENT)

# Which kinds each store's active endpoints take, kept this long per process, so the outbox's
# hot paths (message.sent) cost no query for stores without webhooks. An endpoint saved in
# another process is seen within this time; in this one at once (forget_subscriptions).
SUBSCRIPTIONS_SECONDS = 3.0
_subscribed: dict[int, tuple[float, frozenset[str]]] = {}


def forget_subscriptions(store_id: int | None = None) -> None:
    if store_id is None:
        _subscribed.clear()
    else:
        _subscribed.pop(store_id, None)


async def _kinds_of(store_id: int) -> frozenset[str]:
    cached = _subscribed.get(store_id)
    if cached is not None and time.monotonic() - cached[0] < SUBSCRIPTIONS_SECONDS:
        return cached[1]
    rows = await WebhookEndpoint.filter(store_id=store_id, is_active=True).values_list(
        "events", flat=True)
    kinds = frozenset(k for row in rows for k in (row or []))
    _subscribed[store_id] = (time.monotonic(), kinds)
    return kinds


async def _endpoints_for(store_id: int, kind: str) -> list[int]:
    if kind not in await _kinds_of(store_id):  # a stale "yes" costs a query, never an event
        return []
    rows = await WebhookEndpoint.filter(store_id=store_id, is_active=True).values_list(
        "id", "events")
    return [endpoint_id for endpoint_id, events in rows if kind in (events or [])]


@contextlib.asynccontextmanager
async def together(store_ids: Iterable[int], kind: str) -> AsyncIterator[None]:
    """One transaction around what happened and its *kind* event, where some endpoint of these
    stores takes that kind; no transaction (and, mostly, no query) where none does. For the
    outbox's hot paths, which write outside transactions."""
    if any([kind in await _kinds_of(s) for s in set(store_ids)]):
        async with in_transaction():
            yield
    else:
        yield


def new_event_id() -> str:
    return "evt_" + secrets.token_hex(12)


async def emit(store_id: int, kind: str, shopper: str, data: dict[str, Any],
               now: datetime) -> WebhookEvent | None:
    """Write *kind* with *data* for every endpoint of the store subscribed to it (call it inside
    the transaction of what happened); None when no endpoint takes it."""
    endpoint_ids = await _endpoints_for(store_id, kind)
    if not endpoint_ids:
        return None
    event_id = new_event_id()
    payload = {"id": event_id, "type": kind, "created_at": now.isoformat(), "data": data}
    event = await WebhookEvent.create(store_id=store_id, event_id=event_id, kind=kind,
                                      shopper=shopper[:300], payload=payload, created_at=now)
    await WebhookDelivery.bulk_create([
        WebhookDelivery(store_id=store_id, endpoint_id=endpoint_id, event_id=event.id,
                        shopper=shopper[:300], next_attempt_at=now, created_at=now)
        for endpoint_id in endpoint_ids])
    return event


def shopper_key(visitor_id: int | None, email: str | None) -> str:
    if visitor_id is not None:
        return f"visitor:{visitor_id}"
    return f"email:{email.strip().lower()}" if email else ""


async def _visitor_keys(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(await Visitor.filter(id__in=wanted).values_list("id", "key"))


def _shopper(visitor_key: str | None, email: str | None) -> dict[str, Any]:
    return {"visitor_id": visitor_key, "email": email or None}


# -- orders -----------------------------------------------------------------------------------

async def _order_data(order: Order) -> dict[str, Any]:
    items = await OrderItem.filter(order_id=order.id).order_by("id").values(
        "sku", "name", "unit_price", "quantity", "line_total")
    keys = await _visitor_keys([order.visitor_id])
    return {"order": {
        "number": order.number, "status": order.status.value,
        "fulfilment_status": order.fulfilment_status or None,
        "currency": order.currency, "subtotal": order.subtotal, "shipping": order.shipping,
        "tax": order.tax, "tax_included": order.tax_included, "discount": order.discount,
        "discount_code": order.discount_code, "total": order.total,
        "payment_method": order.payment_method, "name": order.name,
        "address": order.address, "items": items, "created_at": order.created_at.isoformat(),
        "paid_at": order.paid_at.isoformat() if order.paid_at else None,
    }, "shopper": _shopper(keys.get(order.visitor_id or 0), order.email)}


async def order_event(store_id: int, order_id: int, kind: str, now: datetime,
                      extra: dict[str, Any] | None = None) -> None:
    """order.placed, order.paid or order.fulfilment (with *extra*: the step) of an order."""
    if not await _endpoints_for(store_id, kind):
        return
    order = await Order.get(id=order_id, store_id=store_id)
    data = {**await _order_data(order), **(extra or {})}
    await emit(store_id, kind, shopper_key(order.visitor_id, order.email), data, now)


async def order_placed(store_id: int, order_id: int, now: datetime) -> None:
    """order.placed; and cart.recovered when the order's cart had been found abandoned."""
    await order_event(store_id, order_id, ORDER_PLACED, now)
    if not await _endpoints_for(store_id, CART_RECOVERED):
        return
    order = await Order.get(id=order_id, store_id=store_id)
    cart = await Cart.get_or_none(id=order.cart_id or 0, store_id=store_id)
    if cart is None or cart.abandoned_at is None:
        return
    keys = await _visitor_keys([cart.visitor_id])
    await emit(store_id, CART_RECOVERED, shopper_key(order.visitor_id, order.email), {
        "cart": {"id": cart.id, "abandoned_at": cart.abandoned_at.isoformat(),
                 "reminders_sent": cart.recovery_step},
        "order": {"number": order.number, "total": order.total, "currency": order.currency,
                  "attributed_delivery_id": order.attributed_delivery_id},
        "shopper": _shopper(keys.get(cart.visitor_id or 0), order.email),
    }, now)


# -- carts ------------------------------------------------------------------------------------

async def carts_abandoned(store_id: int, cart_ids: Sequence[int], now: datetime) -> None:
    """cart.abandoned for each of *cart_ids*, just marked abandoned."""
    if not cart_ids or not await _endpoints_for(store_id, CART_ABANDONED):
        return
    carts = await Cart.filter(id__in=list(cart_ids), store_id=store_id).order_by("id")
    items: dict[int, list[dict[str, Any]]] = {}
    for cart_id, sku, name, price, quantity in await (
            CartItem.filter(cart_id__in=[c.id for c in carts]).order_by("id")
            .values_list("cart_id", "product__sku", "product__name", "product__price",
                         "quantity")):
        items.setdefault(cart_id, []).append(
            {"sku": sku, "name": name, "unit_price": price, "quantity": quantity})
    keys = await _visitor_keys(c.visitor_id for c in carts)
    currency = (await Store.get(id=store_id)).currency
    for cart in carts:
        await emit(store_id, CART_ABANDONED, shopper_key(cart.visitor_id, cart.email), {
            "cart": {"id": cart.id, "currency": currency, "items": items.get(cart.id, []),
                     "reachable": cart.reachable, "updated_at": cart.updated_at.isoformat()},
            "shopper": _shopper(keys.get(cart.visitor_id or 0), cart.email),
        }, now)


# -- subscriptions and unsubscribes -----------------------------------------------------------

def _subscription_data(row: dict[str, Any], keys: dict[int, str]) -> dict[str, Any]:
    return {"subscription": {"id": row["id"], "browser": row["browser"],
                             "device": row["device"]},
            "shopper": _shopper(keys.get(row["visitor_id"] or 0), None)}


_SUBSCRIPTION_FIELDS = ("id", "store_id", "visitor_id", "browser", "device")


async def subscription_created(store_id: int, subscription_id: int, now: datetime) -> None:
    if not await _endpoints_for(store_id, SUBSCRIPTION_CREATED):
        return
    rows = await PushSubscription.filter(id=subscription_id, store_id=store_id).values(
        *_SUBSCRIPTION_FIELDS)
    keys = await _visitor_keys(r["visitor_id"] for r in rows)
    for row in rows:
        await emit(store_id, SUBSCRIPTION_CREATED, shopper_key(row["visitor_id"], None),
                   _subscription_data(row, keys), now)


async def subscriptions_lost(store_ids: Iterable[int], subscription_ids: Iterable[int | None],
                             reason: str, now: datetime) -> None:
    """subscription.lost for those of *subscription_ids* still active: call it just before
    they are deactivated (by the shopper, or because the push service says they are gone)."""
    stores = [s for s in set(store_ids) if await _endpoints_for(s, SUBSCRIPTION_LOST)]
    ids = [i for i in subscription_ids if i is not None]
    if not stores or not ids:
        return
    rows = await PushSubscription.filter(id__in=ids, store_id__in=stores, is_active=True).values(
        *_SUBSCRIPTION_FIELDS)
    keys = await _visitor_keys(r["visitor_id"] for r in rows)
    for row in rows:
        data = _subscription_data(row, keys)
        data["reason"] = reason
        await emit(row["store_id"], SUBSCRIPTION_LOST, shopper_key(row["visitor_id"], None),
                   data, now)


async def shopper_unsubscribed(store_id: int, email: str, now: datetime) -> None:
    """shopper.unsubscribed: the address asked for no more email from the store."""
    if not await _endpoints_for(store_id, SHOPPER_UNSUBSCRIBED):
        return
    await emit(store_id, SHOPPER_UNSUBSCRIBED, shopper_key(None, email),
               {"channel": "email", "shopper": _shopper(None, email)}, now)


# -- messages ---------------------------------------------------------------------------------

class _Sent(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def store_id(self) -> int: ...


async def messages_sent(deliveries: Sequence[_Sent], now: datetime) -> None:
    """message.sent for outbox rows just recorded delivered (the push service or the mail
    server took them)."""
    stores = [s for s in {d.store_id for d in deliveries}
              if await _endpoints_for(s, MESSAGE_SENT)]
    if not stores:
        return
    rows = await Delivery.filter(id__in=[d.id for d in deliveries], store_id__in=stores).values(
        "id", "store_id", "channel", "kind", "flow", "step", "campaign_id", "cart_id",
        "visitor_id", "email_to", "payload")
    keys = await _visitor_keys(r["visitor_id"] for r in rows)
    for row in sorted(rows, key=lambda r: int(r["id"])):
        payload = row["payload"] or {}
        await emit(row["store_id"], MESSAGE_SENT, shopper_key(row["visitor_id"], row["email_to"]),
                   {"message": {"id": row["id"], "channel": row["channel"], "kind": row["kind"],
                                "flow": row["flow"], "step": row["step"],
                                "campaign_id": row["campaign_id"], "cart_id": row["cart_id"],
                                "title": payload.get("title") or payload.get("subject"),
                                "sent_at": now.isoformat()},
                    "shopper": _shopper(keys.get(row["visitor_id"] or 0), row["email_to"])},
                   now)
