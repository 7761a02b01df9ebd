"""Abandoned-cart recovery: find carts left behind, run each store's reminder sequence over push
and email, land shoppers back in their cart, and count what came back.

- `scan(now)` marks carts abandoned: open, with items, no activity for the store's threshold.
  Each store keeps a watermark (`recovery_scanned_until`); a scan reads only carts whose last
  activity fell between the previous watermark and the new one, through the
  (store, status, updated_at) index, so its cost follows new abandonment, not the table.
- `send_due(now)` runs the steps that are due (the `recovery_next_at` index). A step is taken by
  a conditional UPDATE of the cart's step counter in the same transaction that writes its
  outbox rows, so a step is queued once, whatever the number of workers and restarts.
- Activity of the shopper (carts.touch) clears the abandoned state; an order, an empty cart,
  an unsubscribe or a suppressed address stops the sequence; the outbox worker re-checks the
  cart right before sending.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from babel.numbers import format_currency, get_currency_precision
from itsdangerous import BadSignature, URLSafeSerializer
from jinja2 import Environment, FileSystemLoader, select_autoescape
from tortoise.transactions import in_transaction

from push import outbox
from server.carts import LOW_STOCK, cart_link_token, quote_cart
from server.models import (
    Cart,
    CartItem,
    CartStatus,
    Delivery,
    DeliveryKind,
    DiscountCode,
    DiscountKind,
    EmailSuppression,
    Order,
    PushSubscription,
    Store,
    Visitor,
    awaits_recovery,
)
from server.recovery_texts import EMAIL_TEXTS, RTL_LANGUAGES, STEP_TEXTS, language_of

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FIRST_SCAN_LOOKBACK = timedelta(days=7)  # how far back a store's first scan looks
SCAN_CHUNK = 1000
STEP_BATCH = 200
REMINDER_TTL = 24 * 3600

DEFAULT_STEPS: list[dict[str, Any]] = [
    {"delay_minutes": 60, "channels": ["push", "email"], "template": "help", "incentive": None,
     "texts": {}},
    {"delay_minutes": 24 * 60, "channels": ["push", "email"], "template": "items",
     "incentive": None, "texts": {}},
    {"delay_minutes": 72 * 60, "channels": ["push", "email"], "template": "incentive",
     "incentive": {"kind": "percent", "value": 10, "valid_hours": 48}, "texts": {}},
]
DEFAULTS: dict[str, Any] = {
    "enabled": True,
    "abandon_after_minutes": 60,
    "quiet_hours": {"start": 21, "end": 8},  # the shopper's local hours; None: send any time
    "daily_cap": 3,  # Pushcart messages per shopper in any 24 hours
    "contact_email": "",
    "landing_url": "",  # where recovery links land; default: the store's first origin
    "steps": DEFAULT_STEPS,
}

email_env = Environment(loader=FileSystemLoader(TEMPLATES / "email"),
                         autoescape=select_autoescape(["html"]), trim_blocks=True,
                         lstrip_blocks=True)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def config_of(store: Store) -> dict[str, Any]:
    """The store's sequence settings with defaults filled in."""
    return {**DEFAULTS, **(store.recovery or {})}


# -- tokens -----------------------------------------------------------------------------------

def _unsubscribe_serializer(server_secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(server_secret, salt="pushcart-email-unsubscribe")


def unsubscribe_token(server_secret: str, store_id: int, email: str, lang: str = "en") -> str:
    return _unsubscribe_serializer(server_secret).dumps({"s": store_id, "e": email, "l": lang})


def read_unsubscribe_token(server_secret: str, token: str) -> tuple[int, str, str] | None:
    """(store id, address, language) of a link we signed, else None."""
    try:
        data = _unsubscribe_serializer(server_secret).loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) \
            or not isinstance(data.get("e"), str):
        return None
    return data["s"], data["e"], language_of(str(data.get("l", "en")))


# -- detection --------------------------------------------------------------------------------

async def scan(now: datetime) -> int:
    """Mark newly abandoned carts in every store; returns how many."""
    found = 0
    for store in await Store.all():
        cfg = config_of(store)
        if cfg["enabled"]:
            found += await scan_store(store, cfg, now)
    return found


async def scan_store(store: Store, cfg: dict[str, Any], now: datetime) -> int:
    cutoff = now - timedelta(minutes=int(cfg["abandon_after_minutes"]))
    previous = store.recovery_scanned_until
    since = previous or cutoff - FIRST_SCAN_LOOKBACK
    if cutoff <= since:
        return 0
    async with in_transaction():
        # Take the range (since, cutoff] for this process: another scanner finds the
        # watermark moved and leaves. A failure rolls the watermark back with the rest.
        claim = Store.filter(id=store.id)
        claim = (claim.filter(recovery_scanned_until=previous) if previous is not None
                 else claim.filter(recovery_scanned_until__isnull=True))
        if not await claim.update(recovery_scanned_until=cutoff):
            return 0
        store.recovery_scanned_until = cutoff
        # The ranges never overlap, so a cart is marked once per spell of inactivity.
        rows = await (Cart.filter(store_id=store.id, status=CartStatus.OPEN,
                                  updated_at__gt=since, updated_at__lte=cutoff)
                      .values_list("id", "visitor_id", "email", "marketing_consent"))
        marked = 0
        for start in range(0, len(rows), SCAN_CHUNK):
            marked += await _mark_abandoned(store, rows[start:start + SCAN_CHUNK], now)
    return marked


async def _mark_abandoned(store: Store, rows: list[tuple[Any, ...]], now: datetime) -> int:
    with_items = set(await CartItem.filter(cart_id__in=[r[0] for r in rows])
                     .distinct().values_list("cart_id", flat=True))
    rows = [r for r in rows if r[0] in with_items]
    if not rows:
        return 0
    emails = {r[2] for r in rows if r[2] and r[3]}
    suppressed = set(await EmailSuppression.filter(store_id=store.id, email__in=emails)
                     .values_list("email", flat=True)) if emails else set()
    visitors = {r[1] for r in rows if r[1] is not None}
    subscribed = set(await PushSubscription.filter(visitor_id__in=visitors, is_active=True)
                     .distinct().values_list("visitor_id", flat=True)) if visitors else set()
    reachable = {r[0] for r in rows
                 if (r[2] and r[3] and r[2] not in suppressed) or r[1] in subscribed}
    unreachable = [r[0] for r in rows if r[0] not in reachable]
    if reachable:  # the step runner defers each to its own due time
        await Cart.filter(id__in=reachable).update(abandoned_at=now, reachable=True,
                                                    recovery_next_at=now)
    if unreachable:
        await Cart.filter(id__in=unreachable).update(abandoned_at=now, reachable=False)
    return len(rows)


# -- the sequence ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What sending needs from outside: the server secret, Pushcart's public URL, email."""

    server_secret: str
    base_url: str
    email_enabled: bool


async def send_due(now: datetime, ctx: Context) -> int:
    """Run every reminder step that is due; returns how many steps were queued."""
    carts = await (Cart.filter(recovery_next_at__lte=now).order_by("recovery_next_at")
                   .limit(STEP_BATCH))
    stores: dict[int, Store] = {}
    queued = 0
    for cart in carts:
        store_id = cart.store_id  # type: ignore[attr-defined]
        if store_id not in stores:
            stores[store_id] = await Store.get(id=store_id)
        try:
            queued += await _run_step(stores[store_id], cart, now, ctx)
        except Exception:  # one bad cart must not stop the others
            log.exception("recovery step for cart %s failed", cart.id)
    return queued


class _Lost(Exception):
    """Another process took this step first."""


async def _defer(cart: Cart, step: int, until: datetime | None, **extra: Any) -> None:
    await Cart.filter(id=cart.id, recovery_step=step).update(recovery_next_at=until, **extra)


def zone_of(*names: str | None) -> ZoneInfo:
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def quiet_until(local: datetime, quiet: dict[str, int] | None) -> datetime | None:
    """The local time quiet hours end, if *local* falls inside them."""
    if not quiet:
        return None
    start, end = int(quiet["start"]), int(quiet["end"])
    hour = local.hour
    inside = (start <= hour or hour < end) if start > end else (start <= hour < end)
    if not inside:
        return None
    day = local.date() if hour < end else local.date() + timedelta(days=1)
    return datetime.combine(day, time(end), tzinfo=local.tzinfo)


async def _run_step(store: Store, cart: Cart, now: datetime, ctx: Context) -> int:
    cfg = config_of(store)
    steps = cfg["steps"]
    k = cart.recovery_step
    if (not cfg["enabled"] or k >= len(steps)
            or not awaits_recovery(cart.status, cart.abandoned_at, cart.updated_at)):
        await _defer(cart, k, None)
        return 0
    step = steps[k]
    due_at = cart.updated_at + timedelta(minutes=int(step["delay_minutes"]))
    if due_at > now:
        await _defer(cart, k, due_at)
        return 0
    items = await CartItem.filter(cart=cart).select_related("product").order_by("id")
    if not items:
        await _defer(cart, k, None)
        return 0

    visitor = await Visitor.get_or_none(id=cart.visitor_id) if cart.visitor_id else None  # type: ignore[attr-defined]
    subscriptions = (await PushSubscription.filter(visitor_id=visitor.id, is_active=True)
                     if visitor is not None else [])
    email_ok = bool(ctx.email_enabled and cart.email and cart.marketing_consent
                    and not await EmailSuppression.exists(store_id=store.id, email=cart.email))
    if not subscriptions and not email_ok:  # unsubscribed everywhere: the sequence ends
        await _defer(cart, k, None, reachable=False)
        return 0
    channels = set(step["channels"])
    use_push = "push" in channels and bool(subscriptions)
    use_email = "email" in channels and email_ok
    next_at = (cart.updated_at + timedelta(minutes=int(steps[k + 1]["delay_minutes"]))
               if k + 1 < len(steps) else None)
    if not use_push and not use_email:  # this step's channels cannot reach them: skip it
        await Cart.filter(id=cart.id, recovery_step=k).update(recovery_step=k + 1,
                                                              recovery_next_at=next_at)
        return 0

    zone = zone_of(visitor.timezone if visitor else None,
                 *(s.timezone for s in subscriptions), store.timezone)
    morning = quiet_until(now.astimezone(zone), cfg["quiet_hours"])
    if morning is not None:
        await _defer(cart, k, morning)
        return 0
    recent = Delivery.filter(created_at__gt=now - timedelta(hours=24), created_at__lte=now)
    recent = (recent.filter(visitor_id=visitor.id) if visitor is not None
              else recent.filter(store_id=store.id, email_to=cart.email))
    sent_today = await recent.order_by("created_at").values_list("created_at", flat=True)
    if len(sent_today) >= int(cfg["daily_cap"]):
        oldest = sent_today[len(sent_today) - int(cfg["daily_cap"])]
        await _defer(cart, k, oldest + timedelta(hours=24, seconds=1))
        return 0

    lang = language_of(cart.locale or (visitor.locale if visitor else "") or store.locale)
    try:
        async with in_transaction():
            code, expires = await _incentive(store, cart, step, now)
            taken = await Cart.filter(id=cart.id, recovery_step=k,
                                      recovery_next_at__lte=now).update(
                recovery_step=k + 1, recovery_next_at=next_at,
                recovery_code=code or cart.recovery_code)
            if not taken:
                raise _Lost
            message = await _message(store, cart, items, step, lang, zone, code, expires,
                                     cfg, ctx, now)
            rows = []
            if use_push:
                rows += [Delivery(
                    store_id=store.id, subscription_id=s.id, visitor_id=visitor.id,  # type: ignore[union-attr]
                    cart_id=cart.id, kind=DeliveryKind.REMINDER, step=k + 1, channel="push",
                    payload=message.push(recovery_url(ctx, store, cart, k + 1, "push", code, cfg)),
                    topic=f"cart-{cart.id}", ttl=REMINDER_TTL, next_attempt_at=now,
                    created_at=now) for s in subscriptions]
            if use_email:
                rows.append(Delivery(
                    store_id=store.id, visitor_id=visitor.id if visitor else None,
                    cart_id=cart.id, kind=DeliveryKind.REMINDER, step=k + 1, channel="email",
                    email_to=cart.email,
                    payload=message.email(recovery_url(ctx, store, cart, k + 1, "email", code,
                                                       cfg),
                                          unsubscribe_url(ctx, store.id, cart.email or "", lang)),
                    ttl=3 * 24 * 3600, next_attempt_at=now, created_at=now))
            await Delivery.bulk_create(rows)
            await outbox.wake_workers()
    except _Lost:
        return 0
    return 1


async def _incentive(store: Store, cart: Cart, step: dict[str, Any],
                     now: datetime) -> tuple[str | None, datetime | None]:
    incentive = step.get("incentive")
    if not incentive:
        return None, None
    expires = now + timedelta(hours=int(incentive.get("valid_hours", 48)))
    code = "BACK-" + secrets.token_hex(4).upper()
    await DiscountCode.create(store=store, code=code, kind=DiscountKind(incentive["kind"]),
                              value=int(incentive.get("value", 0)), expires_at=expires,
                              usage_limit=1)
    return code, expires


def recovery_url(ctx: Context, store: Store, cart: Cart, step: int, channel: str,
                 code: str | None, cfg: dict[str, Any]) -> str:
    landing = cfg.get("landing_url") or (store.allowed_origins[0] + "/"
                                         if store.allowed_origins else ctx.base_url + "/")
    token = cart_link_token(ctx.server_secret, cart,
                            recovery={"s": step, "ch": channel, "k": code})
    return f"{landing}{'&' if '?' in landing else '?'}pushcart_cart={token}"


def unsubscribe_url(ctx: Context, store_id: int, email: str, lang: str = "en") -> str:
    token = unsubscribe_token(ctx.server_secret, store_id, email, lang)
    return f"{ctx.base_url}/email/unsubscribe/{token}"


# -- content ----------------------------------------------------------------------------------

def money(amount: int, currency: str, locale: str) -> str:
    digits = get_currency_precision(currency)
    try:
        return format_currency(amount / 10 ** digits, currency, locale=locale.replace("-", "_"))
    except (ValueError, LookupError):
        return f"{amount / 10 ** digits:.{digits}f} {currency}"


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {placeholders}; unknown ones stay as typed. Escaping is the renderer's job."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass
class Message:
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

    def push(self, url: str) -> dict[str, Any]:
        payload: dict[str, Any] = {"title": self.title, "body": self.body, "url": url,
                                   "tag": "pushcart-cart"}
        image = next((line["image"] for line in self.lines if line["image"]), "")
        if image:
            payload["image"] = image
        logo = (self.store.branding or {}).get("logo_url")
        if logo:
            payload["icon"] = logo
        return payload

    def email(self, url: str, unsubscribe: str) -> dict[str, Any]:
        words = EMAIL_TEXTS[self.lang]
        values = {"url": url, "unsubscribe_url": unsubscribe, "title": self.title,
                  "body": self.body, "lines": self.lines, "total": self.total, "code": self.code,
                  "expiry": self.expiry, "contact": self.contact, "store": self.store.name,
                  "color": (self.store.branding or {}).get("color") or "#1f6f5c",
                  "logo": (self.store.branding or {}).get("logo_url") or "",
                  "t": {k: v.replace("{store}", self.store.name) for k, v in words.items()},
                  "lang": self.lang, "dir": "rtl" if self.lang in RTL_LANGUAGES else "ltr"}
        return render_email("reminder", self.subject, values, from_name=self.store.name,
                            reply_to=self.contact, unsubscribe_url=unsubscribe)


def render_email(template: str, subject: str, values: dict[str, Any], *, from_name: str,
                 reply_to: str, unsubscribe_url: str = "") -> dict[str, Any]:
    """An email outbox payload: subject, HTML and text from templates/email/<template>.*."""
    return {
        "subject": subject,
        "html": email_env.get_template(f"{template}.html").render(**values),
        "text": email_env.get_template(f"{template}.txt").render(**values),
        "from_name": from_name,
        "reply_to": reply_to,
        "unsubscribe_url": unsubscribe_url,
    }


def babel_locale(lang: str, country: str) -> str:
    """'hi' + 'IN' -> 'hi_IN' where Babel knows it, else just the language."""
    try:
        return str(Locale.parse(f"{lang}_{country}"))
    except (UnknownLocaleError, ValueError):
        return lang


async def _message(store: Store, cart: Cart, items: list[CartItem], step: dict[str, Any],
                   lang: str, zone: ZoneInfo, code: str | None, expires: datetime | None,
                   cfg: dict[str, Any], ctx: Context, now: datetime) -> Message:
    quote = await quote_cart(store, cart, now)
    locale = babel_locale(lang, store.country)
    names = [item.product.name for item in items]
    values = {
        "first_name": (cart.name.split() or [EMAIL_TEXTS[lang]["friend"]])[0],
        "store": store.name,
        "items": ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else ""),
        "total": money(quote.breakdown.total, store.currency, locale),
        "code": code or "",
        "expiry": format_datetime(expires.astimezone(zone), "d MMM, HH:mm",
                                  locale=locale.replace("-", "_")) if expires else "",
    }
    defaults = STEP_TEXTS.get(step.get("template", "items"), STEP_TEXTS["items"])[0]
    texts = step.get("texts") or {}
    chosen = texts.get(lang) or defaults.get(lang) or texts.get("en") or defaults["en"]
    title, body = fill(chosen["title"], values), fill(chosen["body"], values)
    lines = [{
        "name": item.product.name, "quantity": item.quantity,
        "image": item.product.image_url, "price": money(item.product.price * item.quantity,
                                                        store.currency, locale),
        "low_stock": (EMAIL_TEXTS[lang]["low_stock"].replace("{n}", str(item.product.stock))
                      if item.product.stock is not None and 0 < item.product.stock <= LOW_STOCK
                      else ""),
    } for item in items]
    return Message(title=title[:120], body=body[:400], subject=title[:150], lang=lang,
                   store=store, lines=lines, total=values["total"], code=code,
                   expiry=values["expiry"], contact=cfg.get("contact_email") or "")


# -- landing ----------------------------------------------------------------------------------

async def record_landing(cart: Cart, recovery: dict[str, Any], now: datetime) -> None:
    """A shopper followed a reminder's link: the cart's landing and the message's click."""
    await Cart.filter(id=cart.id, recovery_landed_at__isnull=True).update(recovery_landed_at=now)
    step, channel = recovery.get("s"), recovery.get("ch")
    if isinstance(step, int) and channel in ("push", "email"):
        await Delivery.filter(cart_id=cart.id, step=step, channel=channel,
                              clicked_at__isnull=True).update(clicked_at=now)


# -- metrics ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayWindow:
    """The last *days* calendar days in the store's time zone, today included."""

    zone: ZoneInfo
    first_day: date
    days: int

    @classmethod
    def of(cls, store: Store, days: int, now: datetime) -> DayWindow:
        zone = zone_of(store.timezone)
        return cls(zone, now.astimezone(zone).date() - timedelta(days=days - 1), days)

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time(0), tzinfo=self.zone)

    @property
    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def day_of(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()


async def metrics(store: Store, days: int, now: datetime) -> dict[str, Any]:
    """Per day (the store's time zone) and per step and channel, over the last *days* days."""
    window = DayWindow.of(store, days, now)
    since, day_of = window.since, window.day_of
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for abandoned_at, reachable in await Cart.filter(
            store_id=store.id, abandoned_at__gte=since).values_list("abandoned_at", "reachable"):
        counts = per_day[day_of(abandoned_at)]
        counts["abandoned"] += 1
        counts["reachable"] += int(bool(reachable))
    reminders = await Delivery.filter(store_id=store.id, kind=DeliveryKind.REMINDER,
                                      created_at__gte=since).values(
        "id", "cart_id", "step", "channel", "status", "created_at", "sent_at", "clicked_at")
    per_step: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    reminded_carts: dict[date, set[int]] = defaultdict(set)
    clicked_carts: dict[date, set[int]] = defaultdict(set)
    for row in reminders:
        key = (row["step"], row["channel"])
        per_step[key]["sent"] += int(row["sent_at"] is not None)  # the service took it
        per_step[key]["delivered"] += int(row["status"] == "delivered")
        reminded_carts[day_of(row["created_at"])].add(row["cart_id"])
        if row["clicked_at"] is not None:
            per_step[key]["clicked"] += 1
            clicked_carts[day_of(row["clicked_at"])].add(row["cart_id"])
    for day, carts in reminded_carts.items():
        per_day[day]["reminded"] += len(carts)
    for day, carts in clicked_carts.items():
        per_day[day]["clicked"] += len(carts)
    orders = await Order.filter(store_id=store.id, created_at__gte=since,
                                attributed_delivery__kind=DeliveryKind.REMINDER).values(
        "created_at", "total", "attributed_delivery__step", "attributed_delivery__channel")
    for order in orders:
        counts = per_day[day_of(order["created_at"])]
        counts["recovered"] += 1
        counts["recovered_revenue"] += order["total"]
        key = (order["attributed_delivery__step"], order["attributed_delivery__channel"])
        per_step[key]["recovered"] += 1
        per_step[key]["recovered_revenue"] += order["total"]

    fields = ("abandoned", "reachable", "reminded", "clicked", "recovered", "recovered_revenue")
    daily = [{"date": day.isoformat(), **{f: per_day[day].get(f, 0) for f in fields}}
             for day in window.dates]
    step_fields = ("sent", "delivered", "clicked", "recovered", "recovered_revenue")
    by_step = [{"step": step, "channel": channel, **{f: counts.get(f, 0) for f in step_fields}}
               for (step, channel), counts in sorted(per_step.items())]
    totals = {f: sum(d[f] for d in daily) for f in fields}
    return {"currency": store.currency, "timezone": store.timezone, "days": daily,
            "by_step": by_step, "totals": totals}
