"""Orders: placing one from a cart (recomputed, stock-checked, all or nothing); payment webhooks."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from server.checkout import post_purchase
from server.checkout.carts import REQUIRED_ADDRESS_FIELDS, get_cart, quote_cart
from server.errors import ApiError, Conflict, NotFound, Unauthorized
from server.loyalty import checkout as redeeming
from server.loyalty import ledger as loyalty
from server.messaging.clicks import attributed_delivery
from server.messaging.context import MessageContext
from server.models import (
    OFFLINE_PAYMENT_METHODS,
    Cart,
    CartStatus,
    DiscountCode,
    Order,
    OrderEvent,
    OrderItem,
    OrderStatus,
    Product,
    Store,
)
from server.recommendations.counts import fold_order
from server.webhooks import events as webhooks


class _Rollback(Exception):
    """Raised inside the order transaction to undo it, carrying the error to report."""

    def __init__(self, error: ApiError) -> None:
        self.error = error


def _check_ready(store: Store, cart: Cart, payment_method: str) -> None:
    if not cart.email:
        raise ApiError("an email address is needed to place the order", code="email_required")
    missing = [f for f in REQUIRED_ADDRESS_FIELDS if not cart.address.get(f)]
    if missing:
        raise ApiError(f"the delivery address is missing {', '.join(missing)}",
                       code="address_incomplete", details={"missing": missing})
    if payment_method not in store.payment_methods:
        raise ApiError(f"{store.name} does not accept '{payment_method}'",
                       code="invalid_payment_method")


async def place_order(store: Store, cart_token: str, payment_method: str, now: datetime,
                      messages: MessageContext | None = None) -> Order:
    """Turn an open cart into an order. Every amount is recomputed from the catalog; stock and
    discount uses are taken atomically; on any failure nothing is written. With *messages*, an
    order confirmed at once (offline payment) has its confirmation queued in the same
    transaction."""
    cart = await get_cart(store, cart_token)
    if cart.status != CartStatus.OPEN:
        raise Conflict("this cart has already been ordered", code="cart_converted")
    _check_ready(store, cart, payment_method)
    cart_quote = await quote_cart(store, cart, now)
    if not cart_quote.items:
        raise ApiError("the cart is empty", code="cart_empty")
    if cart_quote.discount_error:
        raise ApiError("the discount code can no longer be used; remove it or try another",
                       code=cart_quote.discount_error)
    breakdown = cart_quote.breakdown
    redeeming.check_still_redeemable(store, cart, breakdown)
    try:
        async with in_transaction():
            claimed = await Cart.filter(id=cart.id, status=CartStatus.OPEN).update(
                status=CartStatus.CONVERTED, converted_at=now, updated_at=now,
                payment_method=payment_method,
            )
            if not claimed:
                raise _Rollback(Conflict("this cart has already been ordered",
                                         code="cart_converted"))
            for item in cart_quote.items:
                product = item.product
                if not product.is_active:
                    raise _Rollback(Conflict(f"'{product.name}' is no longer sold",
                                             code="unknown_sku", details={"sku": product.sku}))
                if product.stock is None:
                    continue
                taken = await Product.filter(id=product.id, stock__gte=item.quantity).update(
                    stock=F("stock") - item.quantity
                )
                if not taken:
                    left = await Product.filter(id=product.id).values_list("stock", flat=True)
                    raise _Rollback(Conflict(
                        f"'{product.name}' ran out of stock",
                        code="out_of_stock",
                        details={"sku": product.sku, "available": left[0] if left else 0},
                    ))
            if breakdown.discount_code:
                used = await DiscountCode.filter(
                    store=store, code=breakdown.discount_code
                ).filter(is_active=True).update(times_used=F("times_used") + 1)
                limited = await DiscountCode.get(store=store, code=breakdown.discount_code)
                if not used or (limited.usage_limit is not None
                                and limited.times_used > limited.usage_limit):
                    raise _Rollback(ApiError("the discount code has been used up",
                                             code="discount_used_up"))
            await Store.filter(id=store.id).update(next_order_number=F("next_order_number") + 1)
            numbers: list[Any] = await Store.filter(id=store.id).values_list(
                "next_order_number", flat=True)
            number = int(numbers[0]) - 1
            is_offline = payment_method in OFFLINE_PAYMENT_METHODS
            delivery_id = await attributed_delivery(store, cart.visitor_id, cart.id, now)
            order = await Order.create(
                store=store, cart=cart, visitor_id=cart.visitor_id,
                number=str(number),
                status=OrderStatus.PLACED if is_offline else OrderStatus.PENDING,
                email=cart.email, name=cart.name, phone=cart.phone, address=cart.address,
                currency=store.currency, subtotal=breakdown.subtotal, shipping=breakdown.shipping,
                tax=breakdown.tax, tax_included=breakdown.tax_included,
                discount=breakdown.discount, total=breakdown.total,
                discount_code=breakdown.discount_code, payment_method=payment_method,
                attributed_delivery_id=delivery_id, created_at=now,
                points_redeemed=breakdown.points_redeemed,
                points_discount=breakdown.points_discount,
            )
            # the points are spent with the order, or the order is not placed
            await loyalty.reserve_for_order(store, order, breakdown.points_redeemed, now)
            await OrderItem.bulk_create([
                OrderItem(order=order, sku=i.product.sku, name=i.product.name,
                          unit_price=i.product.price, quantity=i.quantity,
                          line_total=i.product.price * i.quantity)
                for i in cart_quote.items
            ])
            await loyalty.earn_for_order(store, order, now)  # an offline payment: confirmed
            if is_offline:  # confirmed now: counted once, with the order (recommendations)
                await fold_order(store.id, order.id)
            if messages is not None:
                await post_purchase.queue_messages(store, order, now, messages)
            await webhooks.order_placed(store.id, order.id, now)
    except _Rollback as rollback:
        raise rollback.error from None
    return order


async def order_view(order: Order) -> dict[str, Any]:
    items = await OrderItem.filter(order=order).order_by("id")
    events = await OrderEvent.filter(order_id=order.id).order_by("created_at", "id")
    return {
        "number": order.number,
        "status": order.status.value,
        "email": order.email,
        "name": order.name,
        "phone": order.phone,
        "address": order.address,
        "currency": order.currency,
        "subtotal": order.subtotal,
        "shipping": order.shipping,
        "tax": order.tax,
        "tax_included": order.tax_included,
        "discount": order.discount,
        "discount_code": order.discount_code,
        "points_redeemed": order.points_redeemed,
        "points_discount": order.points_discount,
        "total": order.total,
        "payment_method": order.payment_method,
        "provider_reference": order.provider_reference,
        "attributed_delivery_id": order.attributed_delivery_id,
        "created_at": order.created_at.isoformat(),
        "paid_at": order.paid_at.isoformat() if order.paid_at else None,
        "feedback": {"rating": order.feedback_rating, "comment": order.feedback_comment,
                     "at": order.feedback_at.isoformat()} if order.feedback_at else None,
        "items": [
            {"sku": i.sku, "name": i.name, "unit_price": i.unit_price, "quantity": i.quantity,
             "line_total": i.line_total}
            for i in items
        ],
        "fulfilment_status": order.fulfilment_status or None,
        "timeline": [
            {"status": e.status.value, "carrier": e.carrier, "tracking_url": e.tracking_url,
             "at": e.created_at.isoformat()}
            for e in events
        ],
    }


async def get_order(store: Store, number: str) -> Order:
    order = await Order.get_or_none(store=store, number=number) if len(number) <= 32 else None
    if order is None:
        raise NotFound(f"no order number '{number}'", code="unknown_order")
    return order


async def list_orders(store: Store, *, limit: int, offset: int,
                      status: OrderStatus | None = None) -> tuple[list[Order], int]:
    query = Order.filter(store=store)
    if status:
        query = query.filter(status=status)
    return await query.order_by("-id").offset(offset).limit(limit), await query.count()


def sign_webhook(signing_key: str, timestamp: int, body: bytes) -> str:
    """The X-Pushcart-Signature value: t=<unix time>,v1=<hex HMAC-SHA256 of 't.body'>."""
    mac = hmac.new(signing_key.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_webhook(signing_key: str, header: str, body: bytes, now: datetime,
                   tolerance_seconds: int) -> None:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError) as exc:
        raise Unauthorized("missing or malformed X-Pushcart-Signature header",
                           code="invalid_signature") from exc
    if abs(now.timestamp() - timestamp) > tolerance_seconds:
        raise Unauthorized("the webhook timestamp is too old or in the future",
                           code="stale_signature")
    expected = sign_webhook(signing_key, timestamp, body).split("v1=", 1)[1]
    if not hmac.compare_digest(expected, given):
        raise Unauthorized("the webhook signature does not match", code="invalid_signature")


async def apply_payment_event(store: Store, number: str, target: OrderStatus, amount: int,
                              currency: str, reference: str, now: datetime,
                              messages: MessageContext | None = None) -> Order:
    """Mark a pending order paid or failed. Repeats of the same event change nothing. With
    *messages*, a paid order's confirmation is queued in the same transaction."""
    order = await get_order(store, number)
    if amount != order.total or currency.upper() != order.currency:
        raise ApiError("amount or currency does not match the order", code="amount_mismatch")
    if order.status == target:
        return order
    if order.status != OrderStatus.PENDING:
        raise Conflict(f"order {number} is {order.status.value}, not pending",
                       code="order_not_pending")
    async with in_transaction():
        changed = await Order.filter(id=order.id, status=OrderStatus.PENDING).update(
            status=target, provider_reference=reference[:200],
            paid_at=now if target == OrderStatus.PAID else None,
        )
        if changed and target == OrderStatus.FAILED:  # give the stock back
            for item in await OrderItem.filter(order=order):
                await Product.filter(store=store, sku=item.sku, stock__isnull=False).update(
                    stock=F("stock") + item.quantity
                )
            await loyalty.undo_order(store, order, now, "payment failed")  # points come back
        if changed and target == OrderStatus.PAID:
            await webhooks.order_event(store.id, order.id, webhooks.ORDER_PAID, now)
            await fold_order(store.id, order.id)  # counted once, with the payment
            await order.refresh_from_db()
            await loyalty.earn_for_order(store, order, now)
        if changed and target == OrderStatus.PAID and messages is not None:
            await order.refresh_from_db()
            await post_purchase.queue_messages(store, order, now, messages)
    await order.refresh_from_db()
    return order
