"""What a reminder says and where it leads: its push and email content in the shopper's
language, the link that restores the cart on any device, and the landing when it is followed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from server.checkout.carts import LOW_STOCK, cart_link_token, live_quote
from server.messaging.context import MessageContext
from server.messaging.email import render_email
from server.messaging.formatting import babel_locale, local_time, money
from server.messaging.texts import direction_of, fill, texts_of
from server.models import Cart, CartItem, Channel, Delivery, Store
from server.recommendations import messages as recommendation_messages
from server.recovery.settings import RecoverySettings, ReminderStep
from server.stores import Branding


@dataclass
class ReminderContent:
    """One step's message for one cart, ready to become push and email payloads."""

    title: str
    body: str
    subject: str
    lang: str
    store: Store
    lines: list[dict[str, Any]]
    total: str
    code: str | None
    expiry: str
    contact: str
    values: dict[str, str]  # what its placeholders were filled with (a text message's too)
    recommendations: list[dict[str, Any]] = field(default_factory=list)

    def push(self, url: str) -> dict[str, Any]:
        payload: dict[str, Any] = {"title": self.title, "body": self.body, "url": url,
                                   "tag": "pushcart-cart", "lang": self.lang}
        image = next((line["image"] for line in self.lines if line["image"]), "")
        if image:
            payload["image"] = image
        logo = Branding.of(self.store).logo_url
        if logo:
            payload["icon"] = logo
        return payload

    def email(self, url: str, unsubscribe: str) -> dict[str, Any]:
        words = texts_of("reminder_email", self.lang)
        branding = Branding.of(self.store)
        values = {"url": url, "unsubscribe_url": unsubscribe, "title": self.title,
                  "body": self.body, "lines": self.lines, "total": self.total, "code": self.code,
                  "expiry": self.expiry, "contact": self.contact, "store": self.store.name,
                  "color": branding.color, "logo": branding.logo_url,
                  "t": {k: v.replace("{store}", self.store.name) for k, v in words.items()},
                  "lang": self.lang, "dir": direction_of(self.lang),
                  "recommendations": self.recommendations}
        return render_email("reminder", self.subject, values, from_name=self.store.name,
                            reply_to=self.contact, unsubscribe_url=unsubscribe)


async def reminder_content(store: Store, cart: Cart, items: list[CartItem], step: ReminderStep,
                           lang: str, zone: ZoneInfo, code: str | None,
                           expires: datetime | None, settings: RecoverySettings,
                           now: datetime) -> ReminderContent:
    words = texts_of("reminder_email", lang)
    quote = await live_quote(store, cart, items, now)  # of the lines read with the cart
    locale = babel_locale(lang, store.country)
    names = [item.product.name for item in items]
    values = {
        "first_name": (cart.name.split() or [words["friend"]])[0],
        "store": store.name,
        "items": ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else ""),
        "total": money(quote.breakdown.total, store.currency, locale),
        "code": code or "",
        "expiry": local_time(expires, zone, "d MMM, HH:mm", locale) if expires else "",
        # the shopper's loyalty balance and its worth (0 without a program)
        "points": format_decimal((quote.loyalty or {}).get("points", 0), locale=locale),
        "points_value": money((quote.loyalty or {}).get("value", 0), store.currency, locale),
    }
    found = await recommendation_messages.for_cart(store, items)
    values["recommendations"] = recommendation_messages.placeholder(found)
    own = next((text for key, text in step.texts.items() if key == lang), None)
    chosen = own.model_dump() if own else texts_of("reminder_steps", lang)[step.template]
    title, body = fill(chosen["title"], values), fill(chosen["body"], values)
    lines = [{
        "name": item.product.name, "quantity": item.quantity,
        "image": item.product.image_url, "price": money(item.product.price * item.quantity,
                                                        store.currency, locale),
        "low_stock": (words["low_stock"].replace("{n}", str(item.product.stock))
                      if item.product.stock is not None and 0 < item.product.stock <= LOW_STOCK
                      else ""),
    } for item in items]
    return ReminderContent(title=title[:120], body=body[:400], subject=title[:150], lang=lang,
                           store=store, lines=lines, total=values["total"], code=code,
                           expiry=values["expiry"], contact=settings.contact_email,
                           values=values,
                           recommendations=recommendation_messages.shown(found, store.currency,
                                                                         locale))


def recovery_url(ctx: MessageContext, store: Store, cart: Cart, step: int, channel: Channel,
                 code: str | None, settings: RecoverySettings) -> str:
    """The link that lands the shopper in their cart (with its code) on the store's site."""
    return recovery_link(ctx, store, cart.token, step, channel, code, settings)


def recovery_link(ctx: MessageContext, store: Store, cart_token: str, step: int,
                  channel: Channel, code: str | None, settings: RecoverySettings) -> str:
    """`recovery_url` of the cart whose token is *cart_token*."""
    landing = settings.landing_url or (store.allowed_origins[0] + "/"
                                       if store.allowed_origins else ctx.base_url + "/")
    token = cart_link_token(ctx.server_secret, cart_token,
                            recovery={"s": step, "ch": channel.value, "k": code})
    return f"{landing}{'&' if '?' in landing else '?'}pushcart_cart={token}"


async def record_landing(cart: Cart, recovery: dict[str, Any], now: datetime) -> None:
    """A shopper followed a reminder's link: the cart's landing and the message's click."""
    await Cart.filter(id=cart.id, recovery_landed_at__isnull=True).update(recovery_landed_at=now)
    step, channel = recovery.get("s"), recovery.get("ch")
    if isinstance(step, int) and channel in set(Channel):
        await Delivery.filter(cart_id=cart.id, step=step, channel=channel,
                              clicked_at__isnull=True).update(clicked_at=now)
