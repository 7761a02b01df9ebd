"""After a purchase: the order confirmation by email, and by push where the shopper subscribed,
linking to the order status page; optionally a feedback request some days later.

The messages are outbox rows written in the transaction that confirms the order (an offline
order when it is placed, an online one when its payment arrives), so a confirmation is queued
exactly once and nothing is lost on a restart. The feedback request is queued at the same time
with its send time days ahead; the outbox drops it if the address unsubscribed meanwhile.

Confirmations are transactional: they go to an address that unsubscribed from marketing, not to
one that bounced. Feedback requests respect both, and carry a one-click unsubscribe.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from babel.numbers import format_decimal
from itsdangerous import BadSignature, URLSafeSerializer

from server.checkout.order_texts import texts
from server.loyalty import ledger as loyalty
from server.messaging.context import MessageContext
from server.messaging.email import render_email
from server.messaging.formatting import babel_locale, local_time, money, zone_of
from server.messaging.outbox import wake_workers
from server.messaging.suppressions import unsubscribe_url
from server.messaging.texts import direction_of, fill, language_of
from server.models import (
    ORDER_CONFIRMATION,
    ORDER_FEEDBACK,
    Cart,
    Channel,
    Delivery,
    DeliveryKind,
    EmailSuppression,
    Order,
    OrderItem,
    OrderStatus,
    Product,
    PushSubscription,
    Store,
    SuppressionReason,
    Visitor,
)
from server.recommendations import messages as recommendation_messages
from server.recommendations.picks import Recommendation
from server.recovery.settings import RecoverySettings
from server.stores import Branding

CONFIRMATION_TTL = 7 * 24 * 3600
FEEDBACK_TTL = 3 * 24 * 3600
CONFIRMED = (OrderStatus.PLACED, OrderStatus.PAID)


# -- the order status link --------------------------------------------------------------------

def _serializer(server_secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(server_secret, salt="pushcart-order-status")


def order_token(server_secret: str, order: Order, lang: str) -> str:
    return _serializer(server_secret).dumps({"o": order.id, "l": lang})


def read_order_token(server_secret: str, token: str) -> tuple[int, str] | None:
    """(order id, language) of a link we signed, else None."""
    if len(token) > 500:
        return None
    try:
        data = _serializer(server_secret).loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("o"), int):
        return None
    return data["o"], language_of(str(data.get("l", "en")))


def order_url(ctx: MessageContext, order: Order, lang: str) -> str:
    return f"{ctx.base_url}/orders/{order_token(ctx.server_secret, order, lang)}"


async def language_of_order(store: Store, order: Order) -> str:
    cart = await Cart.get_or_none(id=order.cart_id) if order.cart_id else None
    visitor = await Visitor.get_or_none(id=order.visitor_id) if order.visitor_id else None
    return language_of((cart.locale if cart else "") or (visitor.locale if visitor else "")
                       or store.locale)


# -- queuing ----------------------------------------------------------------------------------

async def queue_messages(store: Store, order: Order, now: datetime, ctx: MessageContext) -> int:
    """Queue the confirmation (and the feedback request, if the store asks for one) of an order
    that just became confirmed. Call it inside the transaction that confirmed it."""
    if order.status not in CONFIRMED:
        return 0
    settings = RecoverySettings.of(store).post_purchase
    lang = await language_of_order(store, order)
    subscriptions = (await PushSubscription.filter(store_id=store.id, is_active=True,
                                                   visitor_id=order.visitor_id)
                     if order.visitor_id else [])
    suppression = await EmailSuppression.get_or_none(store_id=store.id, email=order.email.lower())
    refused = suppression is not None and suppression.reason == SuppressionReason.BOUNCED
    content = await OrderContent.load(store, order, lang, ctx)
    rows: list[Delivery] = []

    def add(step: int, channel: Channel, payload: dict[str, Any], at: datetime, ttl: int,
            subscription: PushSubscription | None = None) -> None:
        rows.append(Delivery(
            store_id=store.id, subscription_id=subscription.id if subscription else None,
            visitor_id=order.visitor_id, cart_id=order.cart_id,
            kind=DeliveryKind.ORDER, step=step, channel=channel,
            email_to=order.email if channel == Channel.EMAIL else None, payload=payload,
            topic=f"order-{order.id}"[:32], ttl=ttl, next_attempt_at=at, created_at=at))

    # a confirmation is not marketing: it goes to an address that unsubscribed, not one refused
    if Channel.PUSH in settings.confirmation_channels:
        for s in subscriptions:
            add(ORDER_CONFIRMATION, Channel.PUSH, content.confirmation_push(), now,
                CONFIRMATION_TTL, s)
    if Channel.EMAIL in settings.confirmation_channels and ctx.email_enabled and not refused:
        add(ORDER_CONFIRMATION, Channel.EMAIL, content.confirmation_email(), now,
            CONFIRMATION_TTL)

    feedback = settings.feedback
    if feedback.enabled:
        later = now + timedelta(days=feedback.after_days)
        if Channel.PUSH in feedback.channels:
            for s in subscriptions:
                add(ORDER_FEEDBACK, Channel.PUSH, content.feedback_push(feedback.url), later,
                    FEEDBACK_TTL, s)
        if Channel.EMAIL in feedback.channels and ctx.email_enabled and suppression is None:
            add(ORDER_FEEDBACK, Channel.EMAIL, content.feedback_email(feedback.url), later,
                FEEDBACK_TTL)
    if rows:
        await Delivery.bulk_create(rows)
        await wake_workers()
    return len(rows)


# -- content ----------------------------------------------------------------------------------

class OrderContent:
    """An order's messages and its status page, in the shopper's language."""

    def __init__(self, store: Store, order: Order, items: list[OrderItem],
                 images: dict[str, str], lang: str, ctx: MessageContext | None,
                 url: str = "", recommendations: list[Recommendation] | None = None) -> None:
        self.store, self.order, self.items, self.lang, self.ctx = store, order, items, lang, ctx
        self.locale = babel_locale(lang, store.country)
        self.images = images
        self.url = url
        self.points_earned = 0  # loyalty points the order earned (set by load)
        self.recommendations = recommendations or []
        first_name = (order.name.split() or [""])[0]
        self.values = {"number": order.number, "store": store.name,
                       "total": self.money(order.total), "first_name": first_name}
        self.t = {k: fill(v, self.values) if isinstance(v, str) else v
                  for k, v in texts(lang).items()}
        if not first_name:  # "Thank you, !" reads badly: drop the name and its comma
            for key in ("confirm_push", "confirm_intro"):
                self.t[key] = fill(texts(lang)[key].replace(", {first_name}", "")
                                   .replace("، {first_name}", ""), self.values)

    @classmethod
    async def load(cls, store: Store, order: Order, lang: str,
                   ctx: MessageContext | None) -> OrderContent:
        items = await OrderItem.filter(order_id=order.id).order_by("id")
        images = dict(await Product.filter(store_id=store.id, sku__in=[i.sku for i in items])
                      .values_list("sku", "image_url"))
        url = order_url(ctx, order, lang) if ctx else ""
        found = await recommendation_messages.for_order(store, [i.sku for i in items])
        content = cls(store, order, items, images, lang, ctx, url, found)
        content.points_earned = (await loyalty.points_of_order(store, order))["earned"]
        return content

    def money(self, amount: int) -> str:
        return money(amount, self.order.currency, self.locale)

    def placed_on(self) -> str:
        return local_time(self.order.created_at, zone_of(self.store.timezone), "d MMM y, HH:mm",
                          self.locale)

    def view(self) -> dict[str, Any]:
        """What the email templates and the order page show."""
        order, t = self.order, self.t
        rows = [(t["subtotal"], self.money(order.subtotal))]
        rows.append((t["shipping"], self.money(order.shipping) if order.shipping else t["free"]))
        if order.tax and not order.tax_included:
            rows.append((t["tax"], self.money(order.tax)))
        if order.discount:
            label = t["discount"] + (f" ({order.discount_code})" if order.discount_code else "")
            rows.append((label, "−" + self.money(order.discount)))
        if order.points_discount:
            points = format_decimal(order.points_redeemed, locale=self.locale)
            rows.append((fill(t["points"], {"points": points}),
                         "−" + self.money(order.points_discount)))
        address = order.address or {}
        branding = Branding.of(self.store)
        return {
            "t": t, "lang": self.lang, "dir": direction_of(self.lang),
            "store": self.store.name, "color": branding.color,
            "logo": branding.logo_url, "order": order, "url": self.url,
            "lines": [{"name": i.name, "quantity": i.quantity, "price": self.money(i.line_total),
                       "image": self.images.get(i.sku) or ""} for i in self.items],
            "rows": rows, "total": self.money(order.total),
            "status": t.get(f"status_{order.status.value}", order.status.value),
            "address": address_lines(order.name, address),
            "payment": t.get(f"pay_{order.payment_method}", order.payment_method),
            "placed_on": self.placed_on(),
            "contact": RecoverySettings.of(self.store).contact_email,
            "points_earned": fill(t["points_earned"], {"points": format_decimal(
                self.points_earned, locale=self.locale)}) if self.points_earned else "",
            "recommendations": recommendation_messages.shown(
                self.recommendations, order.currency, self.locale),
        }

    def _payload(self, template: str, subject: str, **extra: Any) -> dict[str, Any]:
        values = {**self.view(), "title": subject, **extra}
        return render_email(template, subject[:150], values, from_name=self.store.name,
                            reply_to=values["contact"],
                            unsubscribe_url=extra.get("unsubscribe_url", ""))

    def _push(self, title: str, body: str, url: str) -> dict[str, Any]:
        payload: dict[str, Any] = {"title": title[:120], "body": body[:400], "url": url,
                                   "tag": f"pushcart-order-{self.order.id}", "lang": self.lang}
        logo = Branding.of(self.store).logo_url
        if logo:
            payload["icon"] = logo
        image = next((self.images.get(i.sku) for i in self.items if self.images.get(i.sku)), "")
        if image:
            payload["image"] = image
        return payload

    def confirmation_email(self) -> dict[str, Any]:
        return self._payload("order", self.t["confirm_title"])

    def confirmation_push(self) -> dict[str, Any]:
        return self._push(self.t["confirm_title"], self.t["confirm_push"], self.url)

    def _rating_url(self, merchant_url: str, rating: int | None = None) -> str:
        if merchant_url:
            return merchant_url
        return self.url + (f"?rating={rating}" if rating else "") + "#feedback"

    def feedback_email(self, merchant_url: str) -> dict[str, Any]:
        assert self.ctx is not None
        stars = [{"n": n, "url": self._rating_url(merchant_url, n),
                  "label": self.t["stars"].replace("{n}", str(n))} for n in range(1, 6)]
        return self._payload("feedback", self.t["feedback_title"], stars=stars,
                             rate_url=self._rating_url(merchant_url),
                             unsubscribe_url=unsubscribe_url(self.ctx, self.store.id,
                                                             self.order.email, self.lang))

    def feedback_push(self, merchant_url: str) -> dict[str, Any]:
        return self._push(self.t["feedback_title"], self.t["feedback_push"],
                          self._rating_url(merchant_url))


def address_lines(name: str, address: dict[str, Any]) -> list[str]:
    """Name, street lines, "City, Region 560001", country: how a label reads."""
    place = ", ".join(str(address[k]) for k in ("city", "region") if address.get(k))
    place = " ".join(p for p in (place, str(address.get("postal_code") or "")) if p)
    lines = [name, address.get("line1"), address.get("line2"), place, address.get("country")]
    return [str(line) for line in lines if line]


# -- the order page's feedback ----------------------------------------------------------------

async def record_feedback(order: Order, rating: int, comment: str, now: datetime) -> None:
    """The shopper's rating of their order; sending again replaces it."""
    await Order.filter(id=order.id).update(feedback_rating=rating, feedback_comment=comment,
                                           feedback_at=now)
    order.feedback_rating, order.feedback_comment, order.feedback_at = rating, comment, now
    await loyalty.award_feedback_bonus(await Store.get(id=order.store_id), order, now)
