"""What an automation's message says and where it leads, in the shopper's language: the flow's
texts filled in (product, prices, order, code), the push payload, the email, and the link (the
product, the cart with the item already in it, the order page, or the shop)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from server.automations.runs import Run
from server.automations.settings import FlowSettings
from server.checkout.post_purchase import order_url
from server.loyalty import ledger
from server.loyalty.settings import LoyaltySettings
from server.messaging.context import MessageContext
from server.messaging.email import render_email
from server.messaging.formatting import babel_locale, local_time, money
from server.messaging.suppressions import unsubscribe_url
from server.messaging.texts import direction_of, fill, language_of, texts_of
from server.models import Flow, Order, Product, Store
from server.recovery.settings import RecoverySettings
from server.stores import Branding

# the flows whose link puts the item in the cart and opens it (the widget reads pushcart_add)
ADDS_TO_CART = frozenset({Flow.PRICE_DROP, Flow.REPLENISHMENT})
CTA = {Flow.PRICE_DROP: "cta_cart", Flow.REPLENISHMENT: "cta_reorder",
       Flow.ORDER_UPDATES: "cta_order", Flow.WIN_BACK: "cta_shop", Flow.NEW_ARRIVALS: "cta_shop"}
WHY = {Flow.BACK_IN_STOCK: "why_alert", Flow.ORDER_UPDATES: "why_order"}


def language(locale: str | None) -> str:
    return language_of(locale)


def landing_of(store: Store, ctx: MessageContext,
               recovery: RecoverySettings | None = None) -> str:
    """Where a message that is about no one product leads: the store's landing page."""
    landing = (recovery or RecoverySettings.of(store)).landing_url
    return landing or (store.allowed_origins[0] + "/" if store.allowed_origins
                       else ctx.base_url + "/")


def product_link(store: Store, product: Product, landing: str, add: int = 0) -> str:
    """The product's page (on the store's origin), with `pushcart_add` when the link should put
    *add* of it in the cart; the landing page for a product without one."""
    url = product.url
    if not urlsplit(url).scheme:
        origin = store.allowed_origins[0] if store.allowed_origins else ""
        url = (origin + url) if origin and url.startswith("/") else landing
    if add:
        value = quote(product.sku, safe="") + (f":{add}" if add > 1 else "")
        url += ("&" if "?" in url else "?") + f"pushcart_add={value}"
    return url


UNSUBSCRIBE_SLOT = "https://unsubscribe.invalid/slot"  # replaced per address after rendering


@dataclass
class Message:
    """One run's message, ready to become a push payload and an email."""

    flow: Flow
    builder: Builder
    title: str
    body: str
    url: str
    image: str
    lang: str
    lines: list[dict[str, Any]]
    code: str | None
    expiry: str
    extra: dict[str, str]
    values: dict[str, str]  # what its placeholders were filled with (a text message's too)

    def push(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"title": self.title, "body": self.body, "url": self.url,
                                   "tag": f"pushcart-{self.flow.value}", "lang": self.lang}
        if self.image:
            payload["image"] = self.image
        if self.builder.branding.logo_url:
            payload["icon"] = self.builder.branding.logo_url
        return payload

    def push_json(self) -> str:
        """The push payload as JSON text; shoppers who get the same words share one."""
        key = (self.flow, self.lang, self.title, self.body, self.url, self.image)
        encoded = self.builder.pushes.get(key)
        if encoded is None:
            encoded = self.builder.pushes[key] = json.dumps(self.push(), ensure_ascii=False,
                                                            separators=(",", ":"))
        return encoded

    def email_json(self, ctx: MessageContext, address: str, *, transactional: bool) -> str:
        """The email to *address*, as the JSON text of its outbox payload. Shoppers who get the
        same words get the same rendering (a price drop to 100,000 shoppers renders and encodes
        once per language), their own unsubscribe link put in afterwards (a URL: the same in
        JSON text as in the values it encodes)."""
        key = (self.flow, self.lang, self.title, self.body, self.url, self.image, self.code,
               self.expiry, repr(self.lines), repr(sorted(self.extra.items())), transactional)
        rendered = self.builder.renders.get(key)
        if rendered is None:
            rendered = self.builder.renders[key] = json.dumps(
                self._render("" if transactional else UNSUBSCRIBE_SLOT), ensure_ascii=False,
                separators=(",", ":"))
        if transactional:
            return rendered
        return rendered.replace(UNSUBSCRIBE_SLOT,
                                unsubscribe_url(ctx, self.builder.store.id, address, self.lang))

    def _render(self, unsubscribe: str) -> dict[str, Any]:
        store, branding = self.builder.store, self.builder.branding
        words = {k: v.replace("{store}", store.name)
                 for k, v in texts_of("automation_email", self.lang).items()}
        words["contact"] = texts_of("reminder_email", self.lang)["contact"]
        contact = self.builder.contact
        values = {"url": self.url, "unsubscribe_url": unsubscribe, "title": self.title,
                  "body": self.body, "lines": self.lines, "code": self.code,
                  "expiry": self.expiry, "store": store.name, "contact": contact,
                  "color": branding.color, "logo": branding.logo_url, "t": words,
                  "lang": self.lang, "dir": direction_of(self.lang), "image": self.image,
                  "cta": words[CTA.get(self.flow, "cta_product")],
                  "why": words[WHY.get(self.flow, "why")], **self.extra}
        return render_email("automation", self.title[:150], values, from_name=store.name,
                            reply_to=contact, unsubscribe_url=unsubscribe)


class Builder:
    """Builds the messages of a batch of runs, with their products and orders read once."""

    def __init__(self, store: Store, ctx: MessageContext, products: dict[int, Product],
                 orders: dict[int, Order], points: dict[str, int] | None = None) -> None:
        self.store = store
        self.points = points or {}  # address -> loyalty balance, for {points}
        self.point_value = LoyaltySettings.of(store).point_value
        self.ctx = ctx
        self.products = products
        self.orders = orders
        self.branding = Branding.of(store)
        recovery = RecoverySettings.of(store)
        self.contact = recovery.contact_email
        self.landing = landing_of(store, ctx, recovery)
        self.renders: dict[tuple[Any, ...], str] = {}
        self.messages: dict[tuple[Any, ...], Message] = {}
        self.pushes: dict[tuple[Any, ...], str] = {}
        self._money: dict[tuple[int, str], str] = {}

    @classmethod
    async def for_runs(cls, store: Store, runs: list[Run], ctx: MessageContext,
                       now: datetime | None = None) -> Builder:
        product_ids = {int(i) for r in runs for i in
                       [r.data.get("product_id"), *(r.data.get("product_ids") or [])] if i}
        order_ids = {int(r.data["order_id"]) for r in runs if r.data.get("order_id")}
        products = ({p.id: p for p in await Product.filter(id__in=product_ids, store_id=store.id)}
                    if product_ids else {})
        orders = ({o.id: o for o in await Order.filter(id__in=order_ids, store_id=store.id)}
                  if order_ids else {})
        points = (await ledger.balances(store, {r.email for r in runs if r.email},
                                        now or datetime.now(UTC))
                  if LoyaltySettings.of(store).enabled else {})
        return cls(store, ctx, products, orders, points)

    def message(self, run: Run, flow: FlowSettings, lang: str, zone_name: str, name: str,
                code: str | None, expires: datetime | None) -> Message:
        """The message of *run*; runs that would say the same words share one (a price drop
        to 100,000 shoppers builds one per language and first name)."""
        key = (run.flow, run.data_text, lang, name, code, expires,
               zone_name if expires else "", self.points.get(run.email or ""))
        message = self.messages.get(key)
        if message is None:
            message = self.messages[key] = self._message(run, flow, lang, zone_name, name, code,
                                                         expires)
        return message

    def _message(self, run: Run, flow: FlowSettings, lang: str, zone_name: str, name: str,
                 code: str | None, expires: datetime | None) -> Message:
        store, data = self.store, run.data
        locale = babel_locale(lang, store.country)

        def price(amount: Any) -> str:
            key = (int(amount or 0), lang)
            if key not in self._money:
                self._money[key] = money(key[0], store.currency, locale)
            return self._money[key]

        order = self.orders.get(int(data.get("order_id") or 0))
        first_name = ((name or (order.name if order else "")).split()
                      or [texts_of("automation_email", lang)["friend"]])[0]
        values = {"store": store.name, "first_name": first_name, "code": code or "",
                  "expiry": local_time(expires, ZoneInfo(zone_name), "d MMM, HH:mm", locale)
                  if expires else ""}
        points = self.points.get(run.email or "", 0)
        values.update(points=format_decimal(points, locale=locale),
                      points_value=price(points * self.point_value))
        if "expiring" in data:
            values.update(expiring=format_decimal(int(data["expiring"]), locale=locale),
                          days=str(data.get("days") or ""),
                          expiry_date=local_time(datetime.fromisoformat(data["expires_at"]),
                                                 ZoneInfo(zone_name), "d MMM y", locale))
        product = self.products.get(int(data.get("product_id") or 0))
        listed = [self.products[int(i)] for i in data.get("product_ids") or []
                  if int(i) in self.products] or ([product] if product else [])
        url, image, extra = self.landing, "", {}
        if product is not None:
            quantity = int(data.get("quantity") or 1)
            values.update(product=product.name, price=price(product.price),
                          quantity=str(quantity))
            if "old_price" in data:
                values.update(old_price=price(data["old_price"]),
                              new_price=price(data.get("new_price", product.price)),
                              saving=price(int(data["old_price"])
                                           - int(data.get("new_price", product.price))))
            url = product_link(store, product, self.landing,
                               quantity if run.flow in ADDS_TO_CART else 0)
            image = product.image_url
        if run.flow == Flow.NEW_ARRIVALS and listed:
            values.update(products=", ".join(p.name for p in listed), product=listed[0].name,
                          count=str(len(listed)))
            image = next((p.image_url for p in listed if p.image_url), "")
        if order is not None:
            status = str(data.get("status") or "")
            values.update(number=order.number, total=price(order.total),
                          status=texts_of("fulfilment", lang).get(status, status),
                          carrier=str(data.get("carrier") or ""))
            url = order_url(self.ctx, order, lang)
            extra = {"carrier": values["carrier"],
                     "tracking_url": str(data.get("tracking_url") or "")}
        text = flow.text(run.flow, lang)
        lines = [{"name": p.name, "image": p.image_url, "price": price(p.price),
                  "url": product_link(store, p, self.landing)} for p in listed]
        return Message(flow=run.flow, builder=self, title=fill(text.title, values)[:120],
                       body=fill(text.body, values)[:400], url=url, image=image, lang=lang,
                       lines=lines, code=code, expiry=values["expiry"], extra=extra,
                       values=values)
