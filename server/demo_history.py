"""Ninety days of generated but coherent history for the demo store, so that its first screen
shows what Pushcart does for a shop."""

# The story is planned in memory from one random.Random(seed), the way things happen (a shopper
# arrives, fills a cart, orders or leaves; the sequence reminds them within its quiet hours; a
# click brings some back; two campaigns and the flows reach subscribers), then written in bulk
# through the models. Amounts come from pricing.quote, texts from the locales and the flows'
# Builder, the campaigns from create_campaign, the price drop and the restock from
# catalog.upsert_product: nothing writes a report's number, every figure is counted from rows.
#
# Nothing of it can reach anyone or be sent again: every delivery has its final status
# (delivered, failed or expired), endpoints and addresses are on reserved `.invalid` hosts
# (RFC 6761), every automation run is decided, the events are expanded, and the store's
# abandonment watermark is set to the moment the history ends.

from __future__ import annotations

import base64
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from server.automations.content import Builder
from server.automations.flows import SPECS, spec_of
from server.automations.runs import Run
from server.automations.settings import flow_settings
from server.campaigns.schemas import CampaignIn, VariantIn
from server.campaigns.sending import create_campaign, messages_of, split
from server.campaigns.subscriptions import endpoint_hash
from server.checkout import catalog, pricing, rules
from server.checkout.carts import CHECKOUT_STEPS, new_token
from server.checkout.post_purchase import CONFIRMATION_TTL, order_url
from server.checkout.schemas import DiscountCodeIn, ProductIn
from server.messaging.context import MessageContext
from server.messaging.formatting import DayWindow, babel_locale, local_time, money, zone_of
from server.messaging.frequency import quiet_until
from server.messaging.suppressions import unsubscribe_url
from server.messaging.texts import fill, texts_of
from server.models import (
    ORDER_CONFIRMATION,
    AutomationEvent,
    AutomationRun,
    Campaign,
    CampaignStatus,
    Cart,
    CartItem,
    CartStatus,
    Channel,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DiscountCode,
    DiscountKind,
    Flow,
    FulfilmentStatus,
    Order,
    OrderEvent,
    OrderItem,
    OrderStatus,
    Product,
    ProductAlert,
    ProductView,
    PushSubscription,
    RunStatus,
    Store,
    Visitor,
)
from server.recovery.content import recovery_url
from server.recovery.settings import RecoverySettings
from server.recovery.steps import REMINDER_EMAIL_TTL, REMINDER_TTL

DEMO_SEED = 20261122
HISTORY_DAYS = 90
PUSH_ORIGIN = "https://push.demo.invalid"  # reserved names: no push service, no mailbox
MAIL_DOMAIN = "demo.invalid"
TRACKING_ORIGIN = "https://track.demo.invalid"
# the P-256 base point: a valid public key that belongs to no browser
P256DH = base64.urlsafe_b64encode(bytes.fromhex(
    "04" "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
    "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")).rstrip(b"=").decode()

COUNTED = (OrderStatus.PLACED, OrderStatus.PAID)
RECOVERING = (DeliveryKind.REMINDER, DeliveryKind.AUTOMATION)
UNREACHABLE = "the shopper cannot be reached on this flow's channels"

# -- the shop's figures ---------------------------------------------------------------------

NEW_SHOPPERS = (13.0, 27.0)  # a day, on the first and on the last day: the shop grows
BROWSERS_PER_SHOPPER = 1.2  # visitors who only look, per visitor who fills a cart
HOUR_WEIGHTS = (1, .5, .3, .2, .2, .3, .6, 1.2, 2, 3, 4, 5, 5.5, 5, 4, 3.5, 3.5, 4, 5, 6, 7,
                6.5, 4.5, 2.5)  # an Indian shop's day, in its own time zone
POPULARITY = {"TEA-ASSAM": 30, "MUG-BLUE": 18, "SPICE-BOX": 15, "TEA-DARJ": 14,
              "KETTLE-CU": 13, "SCARF-SILK": 10}
PAYMENT_WEIGHTS = {"upi": 46, "card": 24, "wallet": 10, "cash_on_delivery": 20}
STEP_WEIGHTS = (45, 27, 16, 12)  # how far an abandoned cart got: cart, contact, delivery, payment
ORDER_RATE = (0.25, 0.36, 0.5)  # a first cart, a returning shopper's, after a click on a message
SUBSCRIBE_RATE = 0.17  # of shoppers who see the prompt after their first add to cart
CONSENT_RATE = 0.55  # tick "email me offers"
UNSUBSCRIBE_RATE = 0.07  # turn notifications off again
STALE_RATE = 0.25  # a browser that drops its subscription once its shopper stops coming
FAILED_PAYMENT_RATE = 0.05
WELCOME_RATE = 0.14
# per step of the sequence: the share of delivered reminders clicked, by channel
REMINDER_CLICKS = ({"push": 0.09, "email": 0.05}, {"push": 0.07, "email": 0.04},
                   {"push": 0.11, "email": 0.07})
BACK_AFTER_CLICK = (0.48, 0.6)  # orders after a reminder's click: without, with its code
CLICK_MINUTES = {"push": 18.0, "email": 95.0}  # median time to a click
DELIVERED = {"push": 0.935, "email": 0.975}
FAILED = {"push": 0.03, "email": 0.02}  # the rest expire unsent (their TTL ran out)

NAMES = ("Aarav", "Aditi", "Ananya", "Arjun", "Asha", "Deepa", "Dev", "Divya", "Farah", "Gaurav",
         "Isha", "Kabir", "Kavya", "Meera", "Mohan", "Neha", "Nikhil", "Pooja", "Priya", "Rahul",
         "Ravi", "Riya", "Rohan", "Sahil", "Sana", "Shreya", "Sneha", "Tara", "Varun", "Vikram",
         "Zoya", "Imran", "Lakshmi", "Suresh", "Anjali", "Harsh", "Nandini", "Yash")
SURNAMES = ("Sharma", "Iyer", "Rao", "Nair", "Patel", "Das", "Gupta", "Menon", "Reddy", "Khan",
            "Mehta", "Bose", "Pillai", "Joshi", "Kulkarni", "Banerjee", "Singh", "Verma",
            "Chatterjee", "Desai", "Naidu", "Qureshi", "Shah", "Kapoor")
CITIES = {  # by language: (city, region, postal code)
    "en": (("Bengaluru", "KA", "560001"), ("Mumbai", "MH", "400001"), ("Chennai", "TN", "600004"),
           ("Pune", "MH", "411001"), ("Hyderabad", "TS", "500001"), ("Kochi", "KL", "682011")),
    "hi": (("New Delhi", "DL", "110001"), ("Jaipur", "RJ", "302001"), ("Lucknow", "UP", "226001")),
    "bn": (("Kolkata", "WB", "700016"),),
    "gu": (("Ahmedabad", "GJ", "380009"),),
    "ur": (("Lucknow", "UP", "226003"), ("Hyderabad", "TS", "500002")),
}
LANGS = {"en": 78, "hi": 14, "bn": 4, "gu": 3, "ur": 1}
STREETS = ("MG Road", "Park Street", "Linking Road", "Anna Salai", "FC Road", "Church Street",
           "Ashram Road", "Hazratganj", "Banjara Hills Rd 3", "Marine Drive")
BROWSER_NAMES = {"chrome": 68, "safari": 13, "firefox": 7, "edge": 6, "samsung": 6}
CARRIERS = ("Delhivery", "Blue Dart", "India Post", "Ecom Express")


@dataclass(frozen=True)
class Broadcast:
    """One of the demo's two campaigns: when, what, and how its audience answers."""

    title: str
    body: str
    sku: str  # what its link shows, and what its clickers buy
    days_before: int  # before the history's end
    hour: int
    ctr: tuple[float, ...]  # per variant: the share of delivered messages clicked
    kind: Literal["flash_sale", "new_launch", "offer", "custom"] = "custom"
    variants: tuple[tuple[str, str, str], ...] = ()  # (title, body, sku)
    code: str = ""  # a discount code it announces, valid three days,
    percent: int = 0  # for this much off


CAMPAIGNS = (
    Broadcast("Tea festival weekend: 15% off all teas",
              "Assam, Darjeeling and more, three days only. Code TEAFEST15 at checkout.",
              "TEA-ASSAM", 41, 18, (0.085,), kind="offer", code="TEAFEST15", percent=15),
    Broadcast("Flash sale: 10% off every tea today", "Stock up on Assam and Darjeeling.",
              "TEA-ASSAM", 12, 11, (0.055, 0.11), kind="flash_sale", variants=(
                  ("Flash sale: 10% off every tea today", "Stock up on Assam and Darjeeling.",
                   "TEA-ASSAM"),
                  ("Free shipping on every order today", "Kettles, mugs, teas: delivered free.",
                   "KETTLE-CU"))),
)
PRICE_DROP = ("KETTLE-CU", 299900, 19, 12)  # sku, the price before, days before the end, hour
OUT_OF_STOCK = ("TEA-DARJ", 35, 9, 10, 20)  # sku, sold out and restocked (days before), hour, stock
FLOW_CLICKS = {Flow.PRICE_DROP: {"push": 0.14, "email": 0.08},
               Flow.BACK_IN_STOCK: {"push": 0.3, "email": 0.2},
               Flow.ORDER_UPDATES: {"push": 0.2, "email": 0.1}}
FLOW_ORDERS = {Flow.PRICE_DROP: 0.45, Flow.BACK_IN_STOCK: 0.6}
CAMPAIGN_ORDERS = (0.35, 0.4)  # of a campaign's clickers: who order at once, who fill a cart


@dataclass(frozen=True)
class HistoryTotals:
    """What the generated history holds, counted from the plan before it was written: the figures
    the dashboard, the recovery metrics, the campaign reports and the flow metrics must show."""

    visitors: int
    carts: int
    email_captured: int
    checkout_started: int
    abandoned: int
    reachable: int
    orders: int  # placed or paid
    revenue: int
    recovered_orders: int  # after a reminder's or an automation's click
    recovered_revenue: int
    failed_orders: int
    subscribers: int  # active at the end
    lost_subscribers: int
    # per (step, channel) of the cart sequence: sent, delivered, clicked, recovered, revenue
    reminders: dict[tuple[int, str], dict[str, int]]
    # per campaign title: targeted, sent, delivered, failed, expired, clicked, orders, revenue,
    # and for an A/B test "variants": per variant recipients, delivered, clicked, orders, revenue
    campaigns: dict[str, dict[str, Any]]
    flows: dict[str, dict[str, int]]  # per flow: queued, sent, delivered, clicked, orders, revenue


def _first_moment(since: datetime) -> datetime:
    """The history's first moment: the window's first midnight, or in a zone east of UTC the
    next midnight in UTC (05:30 in Kolkata). The reports compare times with the window's start
    written in the store's zone, which SQLite compares as text with times stored in UTC, so a
    row of the first day's first hours would be counted by the dashboard's rolling figures and
    missed by its day-by-day ones."""
    offset = since.utcoffset()
    if not offset or offset < timedelta(0):
        return since.astimezone(UTC)
    return datetime.combine(since.astimezone(UTC).date() + timedelta(days=1), time(0),
                            tzinfo=UTC)


def history_start(timezone: str, now: datetime, days: int = HISTORY_DAYS) -> datetime:
    """Where the history begins: midnight, *days* - 1 days before today in the store's zone."""
    return DayWindow.of(timezone, days, now).since.astimezone(UTC)


async def generate_history(store: Store, ctx: MessageContext, now: datetime, *,
                           seed: int = DEMO_SEED, days: int = HISTORY_DAYS) -> HistoryTotals:
    """Write *days* days of history ending at *now* into the demo *store* (its catalog and rules
    made, nothing else yet), the same for the same seed; returns what it holds. Call it inside a
    transaction: a failure leaves nothing half written."""
    shipping = await rules.shipping_for(store, store.country)
    tax = await rules.tax_for(store, store.country, None)
    welcome = await DiscountCode.get_or_none(store=store, code="WELCOME10")
    products = {p.sku: p for p in await Product.filter(store=store)}
    story = _Story(store, products, now, days, random.Random(seed), shipping, tax, welcome)
    story.plan()
    await _Writer(story, ctx).write()
    return story.totals()


# -- the plan --------------------------------------------------------------------------------

def _weighted(rng: random.Random, weights: dict[str, float] | dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass(eq=False)
class _Shopper:
    n: int
    key: str
    lang: str
    name: str
    city: tuple[str, str, str]
    street: str
    created_at: datetime
    consents: bool
    browser: str
    device: str
    seen: datetime
    email_at: datetime | None = None  # when they first typed their email in a checkout
    consent: bool = False
    has_address: bool = False
    asked: bool = False  # saw the push prompt
    subscribed_at: datetime | None = None
    gone_at: datetime | None = None
    gone_reason: str = ""
    stale: bool = False
    auth: str = ""
    orders: int = 0
    id: int = 0
    subscription_id: int = 0

    @property
    def locale(self) -> str:
        return f"{self.lang}-IN"

    @property
    def address_email(self) -> str:
        return f"{self.name.lower().replace(' ', '.')}.{self.n}@{MAIL_DOMAIN}"

    @property
    def email(self) -> str | None:
        return self.address_email if self.email_at is not None else None

    @property
    def endpoint(self) -> str:
        return f"{PUSH_ORIGIN}/send/{self.key}"

    def email_known(self, at: datetime) -> str | None:
        return self.address_email if self.email_at is not None and self.email_at <= at else None

    def subscribed(self, at: datetime) -> bool:
        return (self.subscribed_at is not None and self.subscribed_at <= at
                and (self.gone_at is None or at < self.gone_at))

    def saw(self, at: datetime) -> None:
        self.seen = max(self.seen, at)

    @property
    def address(self) -> dict[str, str]:
        city, region, postal = self.city
        return {"line1": f"{self.n % 180 + 1} {self.street}", "city": city, "region": region,
                "postal_code": postal, "country": "IN"}


@dataclass(eq=False)
class _Cart:
    shopper: _Shopper
    created_at: datetime
    lines: list[tuple[str, int]]
    updated_at: datetime
    email: str | None = None
    consent: bool = False
    email_captured_at: datetime | None = None
    status: CartStatus = CartStatus.OPEN
    step: str = "cart"
    has_address: bool = False
    payment_method: str | None = None
    discount_code: str | None = None
    converted_at: datetime | None = None
    abandoned_at: datetime | None = None
    reachable: bool = False
    recovery_step: int = 0
    recovery_code: str | None = None
    landed_at: datetime | None = None
    token: str = field(default_factory=new_token)
    id: int = 0

    def open_at(self, at: datetime) -> bool:
        return self.created_at <= at and (self.converted_at is None or self.converted_at > at)


@dataclass(eq=False)
class _Step:
    status: FulfilmentStatus
    carrier: str
    tracking_url: str
    created_at: datetime
    id: int = 0


@dataclass(eq=False)
class _Order:
    cart: _Cart
    created_at: datetime
    payment_method: str
    lines: list[tuple[str, int, int]]  # sku, quantity, unit price
    breakdown: pricing.Breakdown
    status: OrderStatus
    paid_at: datetime | None = None
    reference: str = ""
    attributed: _Message | None = None
    steps: list[_Step] = field(default_factory=list)
    number: str = ""
    id: int = 0

    @property
    def counted(self) -> bool:
        return self.status in COUNTED

    @property
    def confirmed_at(self) -> datetime:
        return self.paid_at or self.created_at


@dataclass(eq=False)
class _Run:
    flow: Flow
    shopper: _Shopper
    created_at: datetime
    email: str | None
    data: dict[str, Any]
    status: RunStatus = RunStatus.SENT
    reason: str = ""
    sku: str | None = None  # subject: the product, or
    order: _Order | None = None  # the order (and occurrence: its step)
    step: _Step | None = None
    event: str = ""  # the catalog change it answers: its AutomationEvent's flow
    id: int = 0

    @property
    def key(self) -> str:
        return f"e:{self.email}" if self.email else f"v:{self.shopper.id}"


@dataclass(eq=False)
class _Message:
    kind: DeliveryKind
    shopper: _Shopper
    channel: str
    created_at: datetime
    status: DeliveryStatus
    sent_at: datetime | None
    status_code: int | None
    error: str
    cart: _Cart | None = None
    step: int | None = None
    code: str | None = None  # a reminder's incentive
    campaign: int | None = None  # index in CAMPAIGNS
    variant: int | None = None
    run: _Run | None = None
    order: _Order | None = None
    email_to: str | None = None
    clicked_at: datetime | None = None

    @property
    def delivered(self) -> bool:
        return self.status == DeliveryStatus.DELIVERED


@dataclass(eq=False)
class _Alert:
    shopper: _Shopper
    sku: str
    kind: str  # stock | price
    channel: str
    created_at: datetime
    email: str | None
    notified_at: datetime | None = None

    @property
    def key(self) -> str:
        return f"e:{self.email}" if self.email else f"v:{self.shopper.id}"


@dataclass(eq=False)
class _Sent:
    """A campaign as it went out."""

    broadcast: Broadcast
    send_at: datetime
    targeted: int = 0
    id: int = 0


class _Story:
    """Every visitor, cart, message and order of the history, in memory, before a row is
    written."""

    def __init__(self, store: Store, products: dict[str, Product], now: datetime, days: int,
                 rng: random.Random, shipping: pricing.ShippingOption | None,
                 tax: pricing.TaxRule | None, welcome: DiscountCode | None) -> None:
        self.store, self.products, self.now, self.rng = store, products, now, rng
        self.zone = zone_of(store.timezone)
        self.window = DayWindow.of(store.timezone, days, now)
        self.start = _first_moment(self.window.since)
        self.shipping, self.tax, self.welcome = shipping, tax, welcome
        self.recovery = RecoverySettings.of(store)
        self.window_hours = timedelta(hours=store.attribution_window_hours)
        self.shoppers: list[_Shopper] = []
        self.carts: list[_Cart] = []
        self.orders: list[_Order] = []
        self.messages: list[_Message] = []
        self.runs: list[_Run] = []
        self.alerts: list[_Alert] = []
        self.views: dict[tuple[_Shopper, str], list[datetime]] = {}
        self.codes: list[tuple[str, datetime]] = []  # a reminder's incentive code, its expiry
        self.code_uses: dict[str, int] = defaultdict(int)
        self.discounts = {welcome.code: rules.as_pricing_discount(welcome)} if welcome else {}
        self.sent: list[_Sent] = []
        last = days - 1
        self.drop_at = self._at(last - PRICE_DROP[2], PRICE_DROP[3], 5)
        _, sold_out, back, hour, _ = OUT_OF_STOCK
        self.sold_out_at = self._at(last - sold_out, 9, 40)
        self.restock_at = self._at(last - back, hour, 15)

    # -- time ----------------------------------------------------------------------------------

    def _at(self, day: int, hour: int, minute: int = 0) -> datetime:
        local = datetime.combine(self.window.dates[0] + timedelta(days=day), time(hour, minute),
                                 tzinfo=self.zone)
        return local.astimezone(UTC)

    def _moment(self, day: date) -> datetime:
        hour = self.rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
        local = datetime.combine(day, time(hour, self.rng.randrange(60), self.rng.randrange(60)),
                                 tzinfo=self.zone)
        return local.astimezone(UTC)

    def _minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def price(self, sku: str, at: datetime) -> int:
        """What *sku* cost at *at* (the kettle was dearer before its price drop)."""
        product = self.products[sku]
        if sku == PRICE_DROP[0] and at < self.drop_at:
            return PRICE_DROP[1]
        return int(product.price)

    def _sold_out(self, sku: str, at: datetime) -> bool:
        return sku == OUT_OF_STOCK[0] and self.sold_out_at <= at < self.restock_at

    # -- the plan ----------------------------------------------------------------------------

    def plan(self) -> None:
        for day in self.window.dates:
            self._day(day)
        happenings: list[tuple[datetime, Any]] = [(self.drop_at, self._price_drop),
                                                   (self.restock_at, self._restock)]
        for index, broadcast in enumerate(CAMPAIGNS):
            at = self._at(len(self.window.dates) - 1 - broadcast.days_before, broadcast.hour)
            sent = _Sent(broadcast, at)
            self.sent.append(sent)
            happenings.append((at, lambda s=sent, i=index: self._campaign(s, i)))
        for at, happen in sorted(happenings, key=lambda h: h[0]):
            if self.start <= at < self.now:
                happen()
        self._attribute()
        self._fail_some_payments()
        for order in self.orders:
            self._fulfil(order)
        self._attribute()

    def _day(self, day: date) -> None:
        d = (day - self.window.dates[0]).days
        first, last = NEW_SHOPPERS
        rate = first + (last - first) * d / max(1, len(self.window.dates) - 1)
        rate *= {4: 1.1, 5: 1.25, 6: 1.25}.get(day.weekday(), 1.0)
        for _ in range(max(0, round(self.rng.gauss(rate, rate ** 0.5)))):
            at = self._moment(day)
            if self.start <= at < self.now - timedelta(minutes=10):
                self._visits(self._shopper(at), at)
        for _ in range(round(rate * BROWSERS_PER_SHOPPER)):
            at = self._moment(day)
            if self.start <= at < self.now:
                self._browse(self._shopper(at), at)

    def _shopper(self, at: datetime) -> _Shopper:
        rng = self.rng
        lang = _weighted(rng, LANGS)
        n = len(self.shoppers) + 1
        shopper = _Shopper(
            n=n, key=f"demo-{n:05d}-{rng.getrandbits(24):06x}", lang=lang,
            name=f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            city=rng.choice(CITIES[lang]), street=rng.choice(STREETS), created_at=at,
            consents=rng.random() < CONSENT_RATE, browser=_weighted(rng, BROWSER_NAMES),
            device="mobile" if rng.random() < 0.66 else "desktop", seen=at)
        self.shoppers.append(shopper)
        return shopper

    def _visits(self, shopper: _Shopper, at: datetime) -> None:
        """A shopper's first cart and the returns that follow it, in order."""
        again = 0.38
        while True:
            self._cart(shopper, at)
            if self.rng.random() >= again:
                return
            again *= 0.6
            day = (at + timedelta(days=self.rng.uniform(2, 21))).astimezone(self.zone).date()
            at = self._moment(day)
            if at >= self.now - timedelta(minutes=10):
                return

    def _view(self, shopper: _Shopper, sku: str, at: datetime) -> None:
        if at <= self.now:
            self.views.setdefault((shopper, sku), []).append(at)
            shopper.saw(at)

    def _browse(self, shopper: _Shopper, at: datetime) -> None:
        for sku in self.rng.sample(list(POPULARITY), self.rng.choice((1, 1, 2, 3))):
            self._view(shopper, sku, at)
            if self._sold_out(sku, at):
                self._want(shopper, sku, at, 0.2)
            elif sku == PRICE_DROP[0] and at < self.drop_at and self.rng.random() < 0.06:
                self._alert(shopper, sku, "price", at)
            at += self._minutes(0.5, 4)

    def _want(self, shopper: _Shopper, sku: str, at: datetime, rate: float) -> None:
        """A shopper finds *sku* sold out and may ask to be told when it is back."""
        if self.rng.random() < rate:
            self._alert(shopper, sku, "stock", at)

    def _alert(self, shopper: _Shopper, sku: str, kind: str, at: datetime) -> None:
        if any(a.shopper is shopper and a.sku == sku and a.kind == kind for a in self.alerts):
            return
        push = shopper.subscribed(at)
        self.alerts.append(_Alert(shopper, sku, kind, "push" if push else "email",
                                  at + timedelta(seconds=20),
                                  None if push else shopper.address_email))

    def _lines(self, shopper: _Shopper, at: datetime) -> list[tuple[str, int]]:
        wanted = self.rng.choices((1, 2, 3), weights=(62, 29, 9))[0]
        lines: list[tuple[str, int]] = []
        for _ in range(wanted * 2):
            sku = _weighted(self.rng, POPULARITY)
            if len(lines) == wanted or any(s == sku for s, _ in lines):
                continue
            if self._sold_out(sku, at):
                self._view(shopper, sku, at)
                self._want(shopper, sku, at, 0.4)
                continue
            tea = sku.startswith("TEA")
            quantity = self.rng.choices((1, 2, 3), weights=(70, 22, 8))[0] if tea else \
                self.rng.choices((1, 2), weights=(88, 12))[0]
            lines.append((sku, quantity))
        return lines or [("TEA-ASSAM", 1)]

    def _cart(self, shopper: _Shopper, at: datetime, lines: list[tuple[str, int]] | None = None,
              *, keen: bool = False, ordering: bool | None = None,
              code: str | None = None) -> _Cart:
        """A cart from its first add to its order or abandonment (and its reminders)."""
        rng = self.rng
        lines = lines or self._lines(shopper, at)
        for sku, _ in lines:
            self._view(shopper, sku, at - self._minutes(0.5, 6))
        cart = _Cart(shopper, at, lines, at)
        self.carts.append(cart)
        if not shopper.asked:  # the widget's prompt after the first add
            shopper.asked = True
            if rng.random() < SUBSCRIBE_RATE:
                shopper.subscribed_at = at + timedelta(seconds=rng.uniform(20, 90))
                shopper.auth = base64.urlsafe_b64encode(rng.randbytes(16)).rstrip(b"=").decode()
                if rng.random() < UNSUBSCRIBE_RATE:
                    gone = shopper.subscribed_at + timedelta(days=rng.uniform(3, 60))
                    if gone < self.now:
                        shopper.gone_at, shopper.gone_reason = gone, "unsubscribed"
                else:
                    shopper.stale = rng.random() < STALE_RATE
        known = shopper.email_known(at)
        if known:  # a returning shopper's details are filled in for them
            cart.email, cart.consent = known, shopper.consent
        if ordering is None:
            rate = ORDER_RATE[2] if keen else ORDER_RATE[1] if shopper.orders else ORDER_RATE[0]
            ordering = rng.random() < rate
        cart.step = "payment" if ordering else rng.choices(CHECKOUT_STEPS, STEP_WEIGHTS)[0]
        t = at + self._minutes(1, 4)
        if cart.step != "cart" and (cart.email or cart.step != "contact" or rng.random() < 0.6):
            self._give_email(cart, t)
            t += self._minutes(1, 3)
        if cart.step in ("delivery", "payment"):
            cart.has_address = shopper.has_address = True
            t += self._minutes(1, 4)
        if cart.step == "payment":
            cart.payment_method = _weighted(rng, PAYMENT_WEIGHTS)
            t += self._minutes(0.5, 3)
        cart.updated_at = min(t, self.now - timedelta(seconds=1))
        shopper.saw(cart.updated_at)
        if ordering and t < self.now:
            self._order(cart, t, code)
        else:
            self._abandon(cart)
        return cart

    def _give_email(self, cart: _Cart, at: datetime) -> None:
        shopper = cart.shopper
        if shopper.email_at is None:
            shopper.email_at, shopper.consent = at, shopper.consents
        cart.email, cart.consent = shopper.address_email, shopper.consent
        cart.email_captured_at = cart.email_captured_at or at

    def _order(self, cart: _Cart, at: datetime, code: str | None = None) -> _Order:
        rng, shopper = self.rng, cart.shopper
        if cart.email is None:  # the checkout asks for it on its first step
            self._give_email(cart, at - self._minutes(2, 5))
        cart.has_address = shopper.has_address = True
        method = cart.payment_method or _weighted(rng, PAYMENT_WEIGHTS)
        if code is None and self.welcome is not None and not shopper.orders \
                and rng.random() < WELCOME_RATE:
            code = self.welcome.code
        discount = self.discounts.get(code) if code else None
        priced = [(sku, quantity, self.price(sku, at)) for sku, quantity in cart.lines]
        breakdown = pricing.quote([pricing.Line(price, quantity) for _, quantity, price in priced],
                                  shipping=self.shipping, tax=self.tax,
                                  prices_include_tax=self.store.prices_include_tax,
                                  discount=discount)
        if breakdown.discount_code:
            self.code_uses[breakdown.discount_code] += 1
            cart.discount_code = breakdown.discount_code
        offline = method == "cash_on_delivery"
        order = _Order(cart, at, method, priced, breakdown,
                       OrderStatus.PLACED if offline else OrderStatus.PAID)
        if not offline:
            order.paid_at = at + timedelta(seconds=rng.uniform(15, 100))
            order.reference = f"pay_demo{rng.getrandbits(48):012x}"
        cart.status, cart.converted_at, cart.updated_at = CartStatus.CONVERTED, at, at
        cart.step, cart.payment_method = "payment", method
        shopper.orders += 1
        shopper.saw(at)
        self.orders.append(order)
        return order

    # -- the cart sequence -------------------------------------------------------------------

    def _abandon(self, cart: _Cart) -> None:
        """What the recovery scan and the sequence did with a cart left behind: each step due
        after the cart's last activity, moved out of quiet hours, to the shopper's active
        subscriptions and their address (with consent); a click lands them in the cart, and
        some order."""
        rng, shopper, steps = self.rng, cart.shopper, self.recovery.steps
        quiet = self.recovery.quiet_hours
        spell, k = cart.updated_at, 0
        while True:
            abandoned = spell + timedelta(minutes=self.recovery.abandon_after_minutes,
                                          seconds=rng.uniform(1, 15))
            if abandoned > self.now:
                return
            cart.abandoned_at = abandoned
            email_ok = bool(cart.email and cart.consent)
            cart.reachable = email_ok or shopper.subscribed(abandoned)
            if not cart.reachable:
                return
            clicked: tuple[_Message, datetime] | None = None
            while k < len(steps) and clicked is None:
                step = steps[k]
                due = max(spell + timedelta(minutes=step.delay_minutes), abandoned)
                morning = (quiet_until(due.astimezone(self.zone), quiet.start, quiet.end)
                           if quiet else None)
                due = (morning.astimezone(UTC) if morning else due) + \
                    timedelta(seconds=rng.uniform(1, 15))
                if due > self.now:
                    return
                push = Channel.PUSH in step.channels and shopper.subscribed(due)
                email = Channel.EMAIL in step.channels and email_ok
                if not shopper.subscribed(due) and not email_ok:
                    cart.reachable = False  # unsubscribed everywhere: the sequence ends
                    return
                k += 1
                if not push and not email:
                    continue
                code = None
                if step.incentive is not None:
                    code = f"BACK-{rng.getrandbits(32):08X}"
                    self.discounts[code] = pricing.Discount(code, step.incentive.kind,
                                                            step.incentive.value)
                    self.codes.append((code, due + timedelta(hours=step.incentive.valid_hours)))
                    cart.recovery_code = code
                cart.recovery_step = k
                sent = []
                if push:
                    sent.append(self._message(DeliveryKind.REMINDER, shopper, "push", due,
                                              cart=cart, step=k, code=code))
                if email:
                    sent.append(self._message(DeliveryKind.REMINDER, shopper, "email", due,
                                              cart=cart, step=k, code=code,
                                              email_to=cart.email))
                clicked = self._click(sent, REMINDER_CLICKS[k - 1])
            if clicked is None:
                return
            message, at = clicked
            cart.landed_at = cart.landed_at or at
            cart.updated_at = spell = at
            shopper.saw(at)
            if rng.random() < BACK_AFTER_CLICK[message.code is not None]:
                ordered_at = at + self._minutes(3, 30)
                if ordered_at < self.now:
                    cart.step = "payment"
                    self._order(cart, ordered_at, message.code)
                    return
            # they looked and left again: a new spell of inactivity, the next steps after it

    # -- messages ----------------------------------------------------------------------------

    def _message(self, kind: DeliveryKind, shopper: _Shopper, channel: str, at: datetime,
                 **links: Any) -> _Message:
        rng, roll = self.rng, self.rng.random()
        sent_at = at + timedelta(seconds=rng.uniform(0.3, 4))
        outcome: tuple[DeliveryStatus, datetime | None, int | None, str]
        if roll < DELIVERED[channel]:
            outcome = (DeliveryStatus.DELIVERED, sent_at, 201 if channel == "push" else 250, "")
        elif roll < DELIVERED[channel] + FAILED[channel]:
            outcome = (DeliveryStatus.FAILED, sent_at, 503 if channel == "push" else 451,
                       "gave up after 8 attempts; last: the service was unavailable")
        else:
            outcome = (DeliveryStatus.EXPIRED, None, None, "the message outlived its TTL")
        message = _Message(kind, shopper, channel, at, *outcome, **links)
        self.messages.append(message)
        return message

    def _click(self, messages: list[_Message],
               rates: dict[str, float]) -> tuple[_Message, datetime] | None:
        """The first click among *messages* (each delivered one clicked at its channel's
        rate), if any came before the history's end."""
        first: tuple[_Message, datetime] | None = None
        for message in messages:
            if message.delivered and self.rng.random() < rates[message.channel]:
                at = self._click_time(message)
                if at is not None and (first is None or at < first[1]):
                    first = (message, at)
        if first is not None:
            first[0].clicked_at = first[1]
            first[0].shopper.saw(first[1])
        return first

    def _click_time(self, message: _Message) -> datetime | None:
        assert message.sent_at is not None
        median = CLICK_MINUTES[message.channel]
        minutes = min(36 * 60.0, max(0.4, self.rng.lognormvariate(0, 1.1) * median))
        at = message.sent_at + timedelta(minutes=minutes)
        return at if at < self.now else None

    # -- campaigns and flows -----------------------------------------------------------------

    def _campaign(self, sent: _Sent, index: int) -> None:
        """A campaign fanned out to every active subscriber (an A/B test's split by weights,
        shuffled); the browsers that dropped their subscription answer 410 and are let go; its
        clicks bring shoppers back, and some order what it showed."""
        rng, broadcast, at = self.rng, sent.broadcast, sent.send_at
        if broadcast.code:
            self.discounts[broadcast.code] = pricing.Discount(broadcast.code, DiscountKind.PERCENT,
                                                              broadcast.percent)
        audience = [s for s in self.shoppers if s.subscribed(at)]
        sent.targeted = len(audience)
        variants = broadcast.variants or ((broadcast.title, broadcast.body, broadcast.sku),)
        order = list(range(len(audience)))
        rng.shuffle(order)
        variant_of = [0] * len(audience)
        start = 0
        for v, part in enumerate(split(len(audience), [1] * len(variants))):
            for position in order[start:start + part]:
                variant_of[position] = v
            start += part
        delivered: list[list[_Message]] = [[] for _ in variants]
        for i, (shopper, v) in enumerate(zip(audience, variant_of, strict=True)):
            out = at + timedelta(seconds=i * 0.02)
            if shopper.stale and shopper.seen < at - timedelta(days=30):
                message = _Message(DeliveryKind.CAMPAIGN, shopper, "push", out,
                                   DeliveryStatus.EXPIRED, out + timedelta(seconds=1), 410,
                                   "gone", campaign=index)
                self.messages.append(message)
                shopper.gone_at, shopper.gone_reason = out + timedelta(seconds=1), "gone"
            else:
                message = self._message(DeliveryKind.CAMPAIGN, shopper, "push", out,
                                        campaign=index)
            if broadcast.variants:
                message.variant = v
            if message.delivered:
                delivered[v].append(message)
        for v, messages in enumerate(delivered):
            clicks = []
            for message in rng.sample(messages, round(len(messages) * broadcast.ctr[v])):
                message.clicked_at = self._click_time(message)
                if message.clicked_at is not None:
                    message.shopper.saw(message.clicked_at)
                    clicks.append(message)
            buying = set(rng.sample(clicks, round(len(clicks) * CAMPAIGN_ORDERS[0])))
            for message in clicks:
                assert message.clicked_at is not None
                if message in buying or rng.random() < CAMPAIGN_ORDERS[1]:
                    self._cart(message.shopper, message.clicked_at + self._minutes(1, 4),
                               [(variants[v][2], 1)], ordering=message in buying,
                               code=broadcast.code or None)

    def _run(self, flow: Flow, shopper: _Shopper, at: datetime, data: dict[str, Any], *,
             email: str | None, channel: str | None = None, consent: bool = False,
             **subject: Any) -> tuple[_Message, datetime] | None:
        """One run of *flow* decided as the engine decides it: sent to the shopper's active
        subscriptions and address, or skipped when neither can be used."""
        spec, settings = spec_of(flow), flow_settings(self.store, flow)
        run = _Run(flow, shopper, at, email, data, **subject)
        self.runs.append(run)
        channels = {c.value for c in settings.channels if channel in (None, c.value)}
        push = "push" in channels and shopper.subscribed(at)
        address = email if "email" in channels and (
            spec.transactional or consent or shopper.consent) else None
        if not push and not address:
            run.status, run.reason = RunStatus.SKIPPED, UNREACHABLE
            return None
        messages = []
        if push:
            messages.append(self._message(DeliveryKind.AUTOMATION, shopper, "push", at, run=run))
        if address:
            messages.append(self._message(DeliveryKind.AUTOMATION, shopper, "email", at,
                                          run=run, email_to=address))
        return self._click(messages, FLOW_CLICKS[flow])

    def _price_drop(self) -> None:
        """The kettle's price went down: told to shoppers with it in an open cart, who viewed
        it within the lookback or watch its price, but not those who bought it meanwhile."""
        sku, old, at = PRICE_DROP[0], PRICE_DROP[1], self.drop_at
        settings = flow_settings(self.store, Flow.PRICE_DROP)
        if not settings.enabled:
            return
        since = at - timedelta(days=settings.lookback_days)
        bought = {o.cart.shopper for o in self.orders
                  if since <= o.created_at <= at and any(s == sku for s, _, _ in o.lines)}
        found: dict[_Shopper, _Alert | None] = {}
        for cart in self.carts:
            if cart.open_at(at) and any(s == sku for s, _ in cart.lines):
                found.setdefault(cart.shopper, None)
        for (shopper, viewed), times in self.views.items():
            if viewed == sku and any(since <= t <= at for t in times):
                found.setdefault(shopper, None)
        for alert in self.alerts:
            if alert.sku == sku and alert.kind == "price" and alert.created_at <= at:
                found[alert.shopper] = alert
        new_price = self.products[sku].price
        for shopper, watch in found.items():
            if shopper in bought:
                continue
            extra = {} if watch is None else {"email_consent": watch.channel == "email",
                                              "channel": watch.channel, "locale": shopper.locale}
            clicked = self._run(Flow.PRICE_DROP, shopper, at + timedelta(seconds=2),
                                {"old_price": old, "new_price": new_price, **extra},
                                email=(watch.email if watch else None) or shopper.email_known(at),
                                channel=watch.channel if watch else None,
                                consent=bool(watch and watch.channel == "email"), sku=sku,
                                event="price_drop")
            self._maybe_buy(clicked, sku, FLOW_ORDERS[Flow.PRICE_DROP])

    def _restock(self) -> None:
        """Darjeeling is back: the shoppers who asked are told in the order they asked, at
        most stock × the flow's factor, each the way they chose."""
        sku, at, stock = OUT_OF_STOCK[0], self.restock_at, OUT_OF_STOCK[4]
        settings = flow_settings(self.store, Flow.BACK_IN_STOCK)
        if not settings.enabled:
            return
        waiting = sorted((a for a in self.alerts if a.sku == sku and a.kind == "stock"
                          and a.notified_at is None and a.created_at <= at),
                         key=lambda a: a.created_at)[:stock * settings.factor]
        for alert in waiting:
            alert.notified_at = at + timedelta(seconds=1)
            clicked = self._run(Flow.BACK_IN_STOCK, alert.shopper, at + timedelta(seconds=2),
                                {"email_consent": alert.channel == "email",
                                 "channel": alert.channel, "locale": alert.shopper.locale},
                                email=alert.email, channel=alert.channel,
                                consent=alert.channel == "email", sku=sku, event="restock")
            self._maybe_buy(clicked, sku, FLOW_ORDERS[Flow.BACK_IN_STOCK])

    def _maybe_buy(self, clicked: tuple[_Message, datetime] | None, sku: str,
                   rate: float) -> None:
        if clicked is not None and self.rng.random() < rate:
            at = clicked[1] + self._minutes(1, 5)
            if at < self.now:
                self._cart(clicked[0].shopper, at, [(sku, 1)], keen=True)

    # -- after the order -----------------------------------------------------------------------

    def _fail_some_payments(self) -> None:
        """A few online payments fail (the provider's webhook says so): orders after no click,
        so that every attributed order stays counted."""
        for order in self.orders:
            if order.paid_at and order.attributed is None and \
                    self.rng.random() < FAILED_PAYMENT_RATE:
                order.status, order.paid_at = OrderStatus.FAILED, None

    def _fulfil(self, order: _Order) -> None:
        """The confirmation, then the steps the merchant reported (shipped, out for delivery,
        delivered; or a cash-on-delivery order cancelled), each told by the order updates
        flow."""
        if not order.counted:
            return
        rng, shopper, at = self.rng, order.cart.shopper, order.confirmed_at
        if shopper.subscribed(at):
            self._message(DeliveryKind.ORDER, shopper, "push", at, cart=order.cart,
                          step=ORDER_CONFIRMATION, order=order)
        self._message(DeliveryKind.ORDER, shopper, "email", at, cart=order.cart,
                      step=ORDER_CONFIRMATION, order=order, email_to=order.cart.email)
        carrier = rng.choice(CARRIERS)
        tracking = f"{TRACKING_ORIGIN}/{carrier.split()[0].lower()}/{rng.getrandbits(40):012d}"
        if order.payment_method == "cash_on_delivery" and rng.random() < 0.04:
            plan = [(FulfilmentStatus.CANCELLED, rng.uniform(2, 20), "", "")]
        else:
            plan = [(FulfilmentStatus.SHIPPED, rng.uniform(16, 40), carrier, tracking)]
            if rng.random() < 0.6:
                plan.append((FulfilmentStatus.OUT_FOR_DELIVERY, rng.uniform(30, 70), carrier,
                             tracking))
            plan.append((FulfilmentStatus.DELIVERED, rng.uniform(6, 40), carrier, tracking))
        for status, hours, name, url in plan:
            at += timedelta(hours=hours)
            if at >= self.now:
                return
            step = _Step(status, name, url, at)
            order.steps.append(step)
            if flow_settings(self.store, Flow.ORDER_UPDATES).enabled:
                self._run(Flow.ORDER_UPDATES, shopper, at + timedelta(seconds=1),
                          {"status": status.value, "carrier": name, "tracking_url": url,
                           "locale": order.cart.shopper.locale},
                          email=order.cart.email, order=order, step=step)

    def _attribute(self) -> None:
        """Each order to the latest message its shopper (or its cart) clicked within the
        store's attribution window, as placing an order does."""
        clicks: dict[_Shopper, list[_Message]] = defaultdict(list)
        for message in self.messages:
            if message.clicked_at is not None:
                clicks[message.shopper].append(message)
        for order in self.orders:
            since = order.created_at - self.window_hours
            best = None
            for message in clicks.get(order.cart.shopper, []):
                assert message.clicked_at is not None
                if since <= message.clicked_at <= order.created_at and (
                        best is None or message.clicked_at > (best.clicked_at or since)):
                    best = message
            order.attributed = best

    # -- what it holds -----------------------------------------------------------------------

    def totals(self) -> HistoryTotals:
        counted = [o for o in self.orders if o.counted]
        recovered = [o for o in counted if o.attributed and o.attributed.kind in RECOVERING]
        reminders: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(
            ("sent", "delivered", "clicked", "recovered", "recovered_revenue"), 0))
        flows: dict[str, dict[str, int]] = {
            flow.value: dict.fromkeys(("queued", "sent", "delivered", "clicked", "orders",
                                       "revenue"), 0) for flow in SPECS}
        campaigns: dict[str, dict[str, Any]] = {}
        figures: dict[str, Any]
        for sent in self.sent:
            b = sent.broadcast
            campaigns[b.title] = {"targeted": sent.targeted, **dict.fromkeys(
                ("sent", "delivered", "failed", "expired", "clicked", "orders", "revenue"), 0)}
            if b.variants:
                campaigns[b.title]["variants"] = [dict.fromkeys(
                    ("recipients", "delivered", "clicked", "orders", "revenue"), 0)
                    for _ in b.variants]
        for m in self.messages:
            if m.kind == DeliveryKind.REMINDER:
                figures = reminders[(m.step or 0, m.channel)]
                figures["sent"] += m.sent_at is not None
                figures["delivered"] += m.delivered
                figures["clicked"] += m.clicked_at is not None
            elif m.kind == DeliveryKind.AUTOMATION and m.run is not None:
                figures = flows[m.run.flow.value]
                figures["queued"] += 1
                figures["sent"] += m.sent_at is not None
                figures["delivered"] += m.delivered
                figures["clicked"] += m.clicked_at is not None
            elif m.kind == DeliveryKind.CAMPAIGN and m.campaign is not None:
                figures = campaigns[CAMPAIGNS[m.campaign].title]
                figures["sent"] += m.sent_at is not None
                figures[m.status.value] += 1
                figures["clicked"] += m.clicked_at is not None
                if m.variant is not None:
                    variant = figures["variants"][m.variant]
                    variant["recipients"] += 1
                    variant["delivered"] += m.delivered
                    variant["clicked"] += m.clicked_at is not None
        for o in counted:
            attributed, total = o.attributed, o.breakdown.total
            if attributed is None:
                continue
            m = attributed
            if m.kind == DeliveryKind.REMINDER:
                figures = reminders[(m.step or 0, m.channel)]
            elif m.kind == DeliveryKind.AUTOMATION and m.run is not None:
                figures = flows[m.run.flow.value]
            elif m.kind == DeliveryKind.CAMPAIGN and m.campaign is not None:
                figures = campaigns[CAMPAIGNS[m.campaign].title]
                if m.variant is not None:
                    figures["variants"][m.variant]["orders"] += 1
                    figures["variants"][m.variant]["revenue"] += total
            else:
                continue
            key = ("recovered", "recovered_revenue") if m.kind == DeliveryKind.REMINDER \
                else ("orders", "revenue")
            figures[key[0]] += 1
            figures[key[1]] += total
        return HistoryTotals(
            visitors=len(self.shoppers), carts=len(self.carts),
            email_captured=sum(c.email_captured_at is not None for c in self.carts),
            checkout_started=sum(c.step in ("delivery", "payment")
                                 or c.status == CartStatus.CONVERTED for c in self.carts),
            abandoned=sum(c.abandoned_at is not None for c in self.carts),
            reachable=sum(c.abandoned_at is not None and c.reachable for c in self.carts),
            orders=len(counted), revenue=sum(o.breakdown.total for o in counted),
            recovered_orders=len(recovered),
            recovered_revenue=sum(o.breakdown.total for o in recovered),
            failed_orders=sum(o.status == OrderStatus.FAILED for o in self.orders),
            subscribers=sum(s.subscribed_at is not None and s.gone_at is None
                            for s in self.shoppers),
            lost_subscribers=sum(s.gone_at is not None for s in self.shoppers),
            reminders=dict(sorted(reminders.items())),
            campaigns=campaigns, flows=flows)


# -- writing it --------------------------------------------------------------------------------

def _email_payload(store: Store, subject: str, body: str, url: str,
                   unsubscribe: str = "") -> dict[str, Any]:
    """An email as the outbox keeps it, without its HTML: a demo email is never sent."""
    return {"subject": subject[:150], "html": "", "text": f"{body}\n\n{url}\n",
            "from_name": store.name, "reply_to": "", "unsubscribe_url": unsubscribe}


class _Writer:
    """Writes the plan, table by table, reading back the ids the next table links to."""

    def __init__(self, story: _Story, ctx: MessageContext) -> None:
        self.story, self.ctx, self.store = story, ctx, story.store
        self.events: dict[str, AutomationEvent] = {}
        self.campaigns: list[Campaign] = []
        self.products: dict[str, Product] = {}
        self.cart_rows: dict[int, Cart] = {}
        self.order_rows: dict[int, Order] = {}
        self.run_rows: dict[int, AutomationRun] = {}

    async def write(self) -> None:
        story, store = self.story, self.store
        await self._catalog()
        await self._visitors()
        await self._subscriptions()
        await ProductView.bulk_create([
            ProductView(store_id=store.id, visitor_id=shopper.id,
                        product_id=self.products[sku].id, views=len(times),
                        first_viewed_at=min(times), last_viewed_at=max(times))
            for (shopper, sku), times in story.views.items()])
        await self._carts()
        await self._codes()
        await self._campaigns()
        await ProductAlert.bulk_create([
            ProductAlert(store_id=store.id, product_id=self.products[a.sku].id, kind=a.kind,
                         shopper=a.key, visitor_id=a.shopper.id, email=a.email,
                         channel=a.channel, locale=a.shopper.locale, created_at=a.created_at,
                         notified_at=a.notified_at) for a in story.alerts])
        await self._orders()
        await self._runs()
        await self._deliveries()
        await Store.filter(id=store.id).update(
            next_order_number=store.next_order_number + len(story.orders),
            recovery_scanned_until=story.now)  # the scan starts where the history ends

    async def _catalog(self) -> None:
        """The catalog's history through the catalog service: the kettle dearer at first and
        its price dropped, Darjeeling sold out and restocked; the flows' events kept, and
        marked expanded (the plan holds what they were expanded into)."""
        story, store = self.story, self.store
        self.products = dict(story.products)

        async def save(sku: str, at: datetime, **changes: Any) -> None:
            product = self.products[sku]
            view = {k: v for k, v in catalog.product_view(product).items()
                    if k not in ("sku", "predicted_replenish_days")}
            self.products[sku], _ = await catalog.upsert_product(
                store, sku, ProductIn(**{**view, **changes}), at)

        kettle, darjeeling = self.products[PRICE_DROP[0]], self.products[OUT_OF_STOCK[0]]
        price, compare_at, stock = kettle.price, kettle.compare_at_price, darjeeling.stock
        await save(PRICE_DROP[0], story.start, price=PRICE_DROP[1], compare_at_price=None)
        await save(OUT_OF_STOCK[0], story.start, stock=OUT_OF_STOCK[4])
        changes = sorted([
            (story.drop_at, PRICE_DROP[0], {"price": price, "compare_at_price": compare_at}),
            (story.sold_out_at, OUT_OF_STOCK[0], {"stock": 0}),
            (story.restock_at, OUT_OF_STOCK[0], {"stock": OUT_OF_STOCK[4]}),
        ], key=lambda h: h[0])
        for at, sku, change in changes:
            if story.start <= at < story.now:
                await save(sku, at, **change)
        await save(OUT_OF_STOCK[0], story.now, stock=stock)  # sold since
        for name, flow in (("price_drop", Flow.PRICE_DROP), ("restock", Flow.BACK_IN_STOCK)):
            event = await AutomationEvent.filter(store=store, flow=flow).order_by("-id").first()
            if event is not None:
                self.events[name] = event
        for event in self.events.values():
            await AutomationEvent.filter(id=event.id).update(
                expanded_at=event.created_at + timedelta(seconds=1))

    async def _visitors(self) -> None:
        store = self.store
        await Visitor.bulk_create([Visitor(
            store_id=store.id, key=s.key, email=s.email, marketing_consent=s.consent,
            name=s.name if s.email else "", address=s.address if s.has_address else {},
            locale=s.locale, timezone=store.timezone, country="IN" if s.has_address else "",
            created_at=s.created_at) for s in self.story.shoppers])
        ids = dict(await Visitor.filter(store_id=store.id).values_list("key", "id"))
        for s in self.story.shoppers:
            s.id = int(ids[s.key])
        # last_seen_at is stamped with the database layer's clock on every save; the history's
        # own times go in by one statement per visitor, prepared once
        conn = Visitor._meta.db
        marks = ("$1", "$2") if conn.capabilities.dialect == "postgres" else ("?", "?")
        await conn.execute_many(
            f'UPDATE "visitor" SET "last_seen_at"={marks[0]} WHERE "id"={marks[1]}',
            [[s.seen, s.id] for s in self.story.shoppers])

    async def _subscriptions(self) -> None:
        store = self.store
        subscribed = [s for s in self.story.shoppers if s.subscribed_at is not None]
        await PushSubscription.bulk_create([PushSubscription(
            store_id=store.id, visitor_id=s.id, endpoint_hash=endpoint_hash(s.endpoint),
            endpoint=s.endpoint, p256dh=P256DH, auth=s.auth, is_active=s.gone_at is None,
            browser=s.browser, device=s.device, locale=s.locale, timezone=store.timezone,
            created_at=s.subscribed_at, updated_at=s.gone_at or s.subscribed_at,
            deactivated_at=s.gone_at, deactivated_reason=s.gone_reason) for s in subscribed])
        ids = dict(await PushSubscription.filter(store_id=store.id).values_list("visitor_id",
                                                                                  "id"))
        for s in subscribed:
            s.subscription_id = int(ids[s.id])

    async def _carts(self) -> None:
        store, carts = self.store, self.story.carts
        rows = [Cart(
            store_id=store.id, visitor_id=c.shopper.id, token=c.token, status=c.status,
            email=c.email, email_captured_at=c.email_captured_at, marketing_consent=c.consent,
            name=c.shopper.name if c.email else "",
            address=c.shopper.address if c.has_address else {}, discount_code=c.discount_code,
            payment_method=c.payment_method, locale=c.shopper.locale, checkout_step=c.step,
            created_at=c.created_at, updated_at=c.updated_at, converted_at=c.converted_at,
            abandoned_at=c.abandoned_at, reachable=c.reachable, recovery_step=c.recovery_step,
            recovery_code=c.recovery_code, recovery_landed_at=c.landed_at) for c in carts]
        await Cart.bulk_create(rows)
        ids = dict(await Cart.filter(store_id=store.id).values_list("token", "id"))
        for cart, row in zip(carts, rows, strict=True):
            cart.id = row.id = int(ids[cart.token])
            self.cart_rows[cart.id] = row
        await CartItem.bulk_create([
            CartItem(cart_id=c.id, product_id=self.products[sku].id, quantity=quantity,
                     added_at=c.created_at) for c in carts for sku, quantity in c.lines])

    async def _codes(self) -> None:
        story, store = self.story, self.store
        incentive = next((s.incentive for s in story.recovery.steps if s.incentive), None)
        if incentive is not None:
            await DiscountCode.bulk_create([DiscountCode(
                store_id=store.id, code=code, kind=incentive.kind, value=incentive.value,
                expires_at=expires, usage_limit=1, times_used=story.code_uses.get(code, 0))
                for code, expires in story.codes])
        for sent in story.sent:
            if sent.broadcast.code:
                await rules.create_discount_code(store, DiscountCodeIn(
                    code=sent.broadcast.code, kind=DiscountKind.PERCENT,
                    value=sent.broadcast.percent,
                    expires_at=sent.send_at + timedelta(days=3)))
        for code in {sent.broadcast.code for sent in story.sent if sent.broadcast.code} | {
                story.welcome.code if story.welcome else ""}:
            if code:
                await DiscountCode.filter(store=store, code=code).update(
                    times_used=story.code_uses.get(code, 0))

    async def _campaigns(self) -> None:
        """Each campaign as the console creates it, then as its fan-out left it."""
        store, base = self.store, self.ctx.base_url
        for sent in self.story.sent:
            b = sent.broadcast
            url = self.products[b.sku].url
            variants = [VariantIn(title=t, body=body, url=self.products[sku].url)
                        for t, body, sku in b.variants]
            campaign = await create_campaign(store, CampaignIn(
                title=b.title, body=b.body, url=url or f"{base}/demo", kind=b.kind,
                send_at=sent.send_at, variants=variants), sent.send_at - timedelta(hours=3))
            await Campaign.filter(id=campaign.id).update(
                status=CampaignStatus.SENDING, started_at=sent.send_at, targeted=sent.targeted)
            await campaign.refresh_from_db()
            sent.id = campaign.id
            self.campaigns.append(campaign)

    async def _orders(self) -> None:
        store, orders = self.store, sorted(self.story.orders, key=lambda o: o.created_at)
        for i, order in enumerate(orders):
            order.number = str(store.next_order_number + i)
        rows = [Order(
            store_id=store.id, cart_id=o.cart.id, visitor_id=o.cart.shopper.id, number=o.number,
            status=o.status, email=o.cart.email or o.cart.shopper.address_email,
            name=o.cart.shopper.name, address=o.cart.shopper.address, currency=store.currency,
            subtotal=o.breakdown.subtotal, shipping=o.breakdown.shipping, tax=o.breakdown.tax,
            tax_included=o.breakdown.tax_included, discount=o.breakdown.discount,
            total=o.breakdown.total, discount_code=o.breakdown.discount_code,
            payment_method=o.payment_method, provider_reference=o.reference,
            created_at=o.created_at, paid_at=o.paid_at,
            fulfilment_status=o.steps[-1].status.value if o.steps else "") for o in orders]
        await Order.bulk_create(rows)
        ids = dict(await Order.filter(store_id=store.id).values_list("number", "id"))
        for order, row in zip(orders, rows, strict=True):
            order.id = row.id = int(ids[order.number])
            self.order_rows[order.id] = row
        names = {p.sku: p.name for p in self.products.values()}
        await OrderItem.bulk_create([
            OrderItem(order_id=o.id, sku=sku, name=names[sku], unit_price=price,
                      quantity=quantity, line_total=price * quantity)
            for o in orders for sku, quantity, price in o.lines])
        await OrderEvent.bulk_create([
            OrderEvent(order_id=o.id, status=s.status, carrier=s.carrier,
                       tracking_url=s.tracking_url, created_at=s.created_at)
            for o in orders for s in o.steps])
        steps = {(order_id, str(status)): event_id for event_id, order_id, status in
                 await OrderEvent.filter(order__store_id=store.id).values_list(
                     "id", "order_id", "status")}
        for o in orders:
            for s in o.steps:
                s.id = int(steps[(o.id, s.status.value)])

    def _subject(self, run: _Run) -> tuple[str, str]:
        if run.order is not None and run.step is not None:
            return f"order:{run.order.id}", str(run.step.id)
        event = self.events.get(run.event)
        prefix = "drop" if run.event == "price_drop" else "restock"
        return (f"product:{self.products[run.sku or ''].id}",
                f"{prefix}:{event.id if event else 0}")

    async def _runs(self) -> None:
        store = self.store
        rows = []
        for run in self.story.runs:
            subject, occurrence = self._subject(run)
            data = dict(run.data)
            if run.sku:
                data["product_id"] = self.products[run.sku].id
            if run.order is not None:
                data["order_id"] = run.order.id
            rows.append(AutomationRun(
                store_id=store.id, flow=run.flow, shopper=run.key[:260],
                visitor_id=run.shopper.id, email=run.email, subject=subject,
                occurrence=occurrence, data=data, status=run.status, due_at=run.created_at,
                reason=run.reason, created_at=run.created_at,
                sent_at=run.created_at if run.status == RunStatus.SENT else None))
        await AutomationRun.bulk_create(rows)
        ids = {(str(flow), shopper, subject, occurrence): run_id
               for run_id, flow, shopper, subject, occurrence in
               await AutomationRun.filter(store_id=store.id).values_list(
                   "id", "flow", "shopper", "subject", "occurrence")}
        for run, row in zip(self.story.runs, rows, strict=True):
            run.id = row.id = int(ids[(run.flow.value, row.shopper, row.subject,
                                       row.occurrence)])
            self.run_rows[run.id] = row

    async def _deliveries(self) -> None:
        """Every message with its outcome; then each order linked to the message it is
        attributed to."""
        store, story = self.store, self.story
        builder = Builder(store, self.ctx, {p.id: p for p in self.products.values()},
                          self.order_rows)
        rows = {m: self._delivery(m, builder) for m in story.messages}
        await Delivery.bulk_create(list(rows.values()), batch_size=2000)
        clicked = {_key(*values): int(delivery_id) for delivery_id, *values in
                   await Delivery.filter(store_id=store.id, clicked_at__isnull=False).values_list(
                       "id", "kind", "campaign_id", "automation_run_id", "cart_id", "step",
                       "channel", "subscription_id")}
        by_message: dict[int, list[int]] = defaultdict(list)
        for order in story.orders:
            if order.attributed is not None:
                row = rows[order.attributed]
                by_message[clicked[_key(row.kind, row.campaign_id, row.automation_run_id,
                                        row.cart_id, row.step, row.channel,
                                        row.subscription_id)]].append(order.id)
        for delivery_id, order_ids in by_message.items():
            await Order.filter(id__in=order_ids).update(attributed_delivery_id=delivery_id)

    def _delivery(self, m: _Message, builder: Builder) -> Delivery:
        store, shopper = self.store, m.shopper
        payload, topic, ttl, urgency, flow = self._content(m, builder)
        row = Delivery(
            store_id=store.id,
            subscription_id=shopper.subscription_id if m.channel == "push" else None,
            campaign_id=self.story.sent[m.campaign].id if m.campaign is not None else None,
            variant=m.variant, visitor_id=shopper.id, cart_id=m.cart.id if m.cart else None,
            kind=m.kind, flow=flow, automation_run_id=m.run.id if m.run else None, step=m.step,
            channel=m.channel, email_to=m.email_to, payload=payload, topic=topic, ttl=ttl,
            urgency=urgency, status=m.status,
            attempts=8 if m.status == DeliveryStatus.FAILED else int(m.sent_at is not None),
            next_attempt_at=m.created_at, last_status_code=m.status_code, last_error=m.error,
            created_at=m.created_at, sent_at=m.sent_at,
            delivered_at=m.sent_at if m.delivered else None, clicked_at=m.clicked_at)
        return row

    def _content(self, m: _Message,
                 builder: Builder) -> tuple[dict[str, Any], str | None, int, str, str | None]:
        """(payload, topic, ttl, urgency, flow) of a message, as the code that queues its kind
        writes them."""
        store, shopper = self.store, m.shopper
        lang = shopper.lang
        if m.kind == DeliveryKind.CAMPAIGN and m.campaign is not None:
            campaign = self.campaigns[m.campaign]
            sent = messages_of(campaign)[m.variant or 0]
            topic = f"campaign-{campaign.id}"
            return ({"title": sent["title"], "body": sent["body"], "url": sent["url"],
                     "topic": topic}, topic, campaign.ttl, campaign.urgency, None)
        if m.kind == DeliveryKind.REMINDER and m.cart is not None:
            return (self._reminder(m), f"cart-{m.cart.id}",
                    REMINDER_TTL if m.channel == "push" else REMINDER_EMAIL_TTL, "normal", None)
        if m.kind == DeliveryKind.ORDER and m.order is not None:
            words = texts_of("order", lang)
            row = self.order_rows[m.order.id]
            values = {"number": row.number, "first_name": shopper.name.split()[0],
                      "store": store.name, "total": money(row.total, store.currency,
                                                           babel_locale(lang, store.country))}
            title, body = fill(words["confirm_title"], values), fill(words["confirm_push"],
                                                                     values)
            url = order_url(self.ctx, row, lang)
            payload = ({"title": title, "body": body, "url": url, "tag": "pushcart-order"}
                       if m.channel == "push" else _email_payload(store, title, body, url))
            return payload, f"order-{m.order.id}"[:32], CONFIRMATION_TTL, "normal", None
        assert m.run is not None
        run = self.run_rows[m.run.id]
        spec = spec_of(run.flow)
        message = builder.message(Run.of(run), flow_settings(store, run.flow), lang,
                                  store.timezone, shopper.name, None, None)
        if m.channel == "push":
            payload = message.push()
        else:
            unsubscribe = "" if spec.transactional else unsubscribe_url(
                self.ctx, store.id, m.email_to or "", lang)
            payload = _email_payload(store, message.title, message.body, message.url,
                                     unsubscribe)
        topic = f"{run.flow.value}-{run.subject}".replace(":", "-")[:32]
        ttl = spec.ttl_hours * 3600 if m.channel == "push" else max(spec.ttl_hours, 72) * 3600
        return (payload, topic, ttl, "high" if spec.transactional else "normal",
                run.flow.value)

    def _reminder(self, m: _Message) -> dict[str, Any]:
        """A reminder's words in the shopper's language, its link restoring the cart."""
        store, story = self.store, self.story
        assert m.cart is not None and m.step is not None
        cart, lang = m.cart, m.shopper.lang
        step = story.recovery.steps[m.step - 1]
        words = texts_of("reminder_email", lang)
        locale = babel_locale(lang, store.country)
        names = [self.products[sku].name for sku, _ in cart.lines]
        quote = pricing.quote([pricing.Line(story.price(sku, m.created_at), quantity)
                               for sku, quantity in cart.lines], shipping=story.shipping,
                              tax=story.tax, prices_include_tax=store.prices_include_tax)
        expiry = ""
        if m.code and step.incentive:
            expiry = local_time(m.created_at + timedelta(hours=step.incentive.valid_hours),
                                story.zone, "d MMM, HH:mm", locale)
        values = {"first_name": cart.shopper.name.split()[0] if cart.email else words["friend"],
                  "store": store.name,
                  "items": ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3
                                                   else ""),
                  "total": money(quote.total, store.currency, locale), "code": m.code or "",
                  "expiry": expiry}
        chosen = texts_of("reminder_steps", lang)[step.template]
        title, body = fill(chosen["title"], values)[:120], fill(chosen["body"], values)[:400]
        url = recovery_url(self.ctx, store, self.cart_rows[cart.id], m.step,
                           Channel(m.channel), m.code, story.recovery)
        if m.channel == "push":
            payload: dict[str, Any] = {"title": title, "body": body, "url": url,
                                       "tag": "pushcart-cart"}
            image = self.products[cart.lines[0][0]].image_url
            if image:
                payload["image"] = image
            return payload
        return _email_payload(store, title, body, url,
                              unsubscribe_url(self.ctx, store.id, m.email_to or "", lang))



def _key(*values: Any) -> tuple[str, ...]:
    """A delivery's natural key (kind, campaign, run, cart, step, channel, subscription), as
    text: what tells one of the demo's rows from every other."""
    return tuple("" if v is None else str(getattr(v, "value", v)) for v in values)
