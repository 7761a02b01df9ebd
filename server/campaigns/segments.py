"""Segments: saved audiences of a store's shoppers, defined by rules over what they did.

A segment is a list of rules combined with "all" or "any". Each rule becomes one SQL condition on
the visitor (most are `visitor.id IN (subquery)`), so counting a segment or fanning a campaign out
to it is a single query however many shoppers the store has. Subqueries never yield NULL, so a
negated rule ("has not purchased") means what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from tortoise.expressions import F, Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from server.errors import ApiError, NotFound
from server.models import (
    Cart,
    CartStatus,
    Channel,
    EmailSuppression,
    Order,
    OrderStatus,
    Product,
    ProductView,
    PushSubscription,
    Segment,
    Store,
    Visitor,
)
from server.schemas import Strict

Days = Annotated[int, Field(ge=1, le=366)]
Category = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
Sku = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._\-]{0,64}$")]  # "" for any
MAX_RULES = 20
DEVICES = ("mobile", "desktop", "tablet")
BROWSERS = ("chrome", "firefox", "safari", "edge", "opera", "samsung", "other")
ORDERED = (OrderStatus.PLACED, OrderStatus.PAID)
LOCALE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")
COUNTRY = re.compile(r"[A-Za-z]{2}")


class _Rule(Strict):
    negate: bool = False  # "has not …"


class ProductActivity(_Rule):
    """viewed / added_to_cart / purchased: a product (by SKU), a category, or anything, within
    the last `days` days."""

    type: Literal["viewed", "added_to_cart", "purchased"]
    sku: Sku = ""
    category: Category = ""
    days: Days = 30


class AbandonedCart(_Rule):
    type: Literal["abandoned_cart"]
    days: Days = 30


class LastSeen(_Rule):
    type: Literal["last_seen"]
    days: Days = 30


class OneOf(_Rule):
    """The shopper's language (en, hi-IN …), country (IN, BR …), or their subscription's device
    or browser family, is one of `values`."""

    type: Literal["locale", "country", "device", "browser"]
    values: Annotated[list[Annotated[str, StringConstraints(
        strip_whitespace=True, min_length=1, max_length=16)]], Field(min_length=1, max_length=50)]

    @field_validator("values")
    @classmethod
    def _fit_the_column(cls, values: list[str], info: ValidationInfo) -> list[str]:
        kind = info.data.get("type")
        allowed = {"device": DEVICES, "browser": BROWSERS}.get(str(kind))
        pattern = {"locale": LOCALE, "country": COUNTRY}.get(str(kind))
        example = {"locale": "a language such as en or hi-IN", "country": "two letters: IN"}
        for value in values:
            if allowed is not None and value not in allowed:
                raise ValueError(f"a {kind} is one of {', '.join(allowed)}")
            if pattern is not None and not pattern.fullmatch(value):
                raise ValueError(f"{value[:20]!r} is not a {kind} ({example[str(kind)]})")
        return values


class SubscribedTo(_Rule):
    type: Literal["channel"]
    value: Channel


Rule = Annotated[ProductActivity | AbandonedCart | LastSeen | OneOf | SubscribedTo,
                 Field(discriminator="type")]


class SegmentIn(Strict):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    match: Literal["all", "any"] = "all"
    rules: Annotated[list[Rule], Field(min_length=1, max_length=MAX_RULES)]


class SegmentRules(Strict):
    """The rules alone, as the admin's live count sends them."""

    match: Literal["all", "any"] = "all"
    rules: Annotated[list[Rule], Field(max_length=MAX_RULES)] = []


RULES = TypeAdapter(list[Rule])


class UnusableSegment(ApiError):
    """A saved segment whose rules no longer validate (saved before a rule got stricter)."""


def rules_of(segment: Segment) -> list[Any]:
    """The segment's rules, checked as when they were saved; UnusableSegment says which is bad."""
    try:
        return RULES.validate_python(segment.rules, strict=False)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"][:1])
        raise UnusableSegment(f"segment {segment.id} cannot be counted: rule {where}: "
                              f"{first['msg']}; edit or delete it", code="unusable_segment") \
            from exc


@dataclass(frozen=True)
class Counts:
    shoppers: int  # visitors matching the rules
    push: int  # of them, reachable by push (an active subscription)
    email: int  # of them, reachable by email (consent, not unsubscribed or bounced)
    subscribers: int  # reachable by either


def _ids(query: QuerySet[Any], column: str = "visitor_id") -> Subquery:
    return Subquery(query.filter(**{f"{column}__isnull": False}).values(column))


def _since(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def _product_activity(store_id: int, rule: ProductActivity, now: datetime) -> Q:
    since = _since(now, rule.days)
    query: QuerySet[Any]
    if rule.type == "viewed":
        query = ProductView.filter(store_id=store_id, last_viewed_at__gte=since)
        by_sku, by_category = "product__sku", "product__category"
    elif rule.type == "added_to_cart":
        query = Cart.filter(store_id=store_id, updated_at__gte=since)
        by_sku, by_category = "items__product__sku", "items__product__category"
        if not rule.sku and not rule.category:
            query = query.filter(items__id__isnull=False)
    else:  # an order keeps SKUs, not products: a category is the SKUs in it now
        query = Order.filter(store_id=store_id, status__in=ORDERED, created_at__gte=since)
        by_sku, by_category = "items__sku", "items__sku__in"
    if rule.sku:
        query = query.filter(**{by_sku: rule.sku})
    if rule.category:
        query = query.filter(**{by_category: rule.category if rule.type != "purchased" else
                                Subquery(Product.filter(store_id=store_id, category=rule.category)
                                         .values("sku"))})
    return Q(id__in=_ids(query))


def _email_reachable(store_id: int) -> Q:
    return Q(email__isnull=False, marketing_consent=True) & ~Q(
        email__in=Subquery(EmailSuppression.filter(store_id=store_id).values("email")))


def _push_reachable(store_id: int) -> Q:
    return Q(id__in=_ids(PushSubscription.filter(store_id=store_id, is_active=True)))


def _condition(store_id: int, rule: Any, now: datetime) -> Q:
    if isinstance(rule, ProductActivity):
        condition = _product_activity(store_id, rule, now)
    elif isinstance(rule, AbandonedCart):
        condition = Q(id__in=_ids(Cart.filter(
            store_id=store_id, status=CartStatus.OPEN,
            abandoned_at__gte=_since(now, rule.days), updated_at__lte=F("abandoned_at"))))
    elif isinstance(rule, LastSeen):
        since = _since(now, rule.days)
        condition = Q(
            Q(id__in=_ids(Cart.filter(store_id=store_id, updated_at__gte=since))),
            Q(id__in=_ids(ProductView.filter(store_id=store_id, last_viewed_at__gte=since))),
            Q(id__in=_ids(PushSubscription.filter(store_id=store_id, updated_at__gte=since))),
            join_type="OR")
    elif isinstance(rule, OneOf) and rule.type == "locale":
        languages = {v.lower().split("-")[0] for v in rule.values}
        condition = Q(*(Q(locale__iexact=lang) | Q(locale__istartswith=f"{lang}-")
                        for lang in sorted(languages)), join_type="OR")
    elif isinstance(rule, OneOf) and rule.type == "country":
        condition = Q(country__in=[v.upper() for v in rule.values])
    elif isinstance(rule, OneOf):  # device, browser: of an active subscription
        condition = Q(id__in=_ids(PushSubscription.filter(
            store_id=store_id, is_active=True, **{f"{rule.type}__in": rule.values})))
    else:
        condition = (_push_reachable(store_id) if rule.value == Channel.PUSH
                     else _email_reachable(store_id))
    return ~condition if rule.negate else condition


def matching(store_id: int, match: str, rules: list[Any], now: datetime) -> QuerySet[Visitor]:
    """The store's visitors the rules select (every visitor when there are no rules)."""
    query = Visitor.filter(store_id=store_id)
    if rules:
        query = query.filter(Q(*(_condition(store_id, r, now) for r in rules),
                               join_type="OR" if match == "any" else "AND"))
    return query


async def count(store_id: int, match: str, rules: list[Any], now: datetime) -> Counts:
    base = matching(store_id, match, rules, now)
    push, email = _push_reachable(store_id), _email_reachable(store_id)
    return Counts(shoppers=await base.count(), push=await base.filter(push).count(),
                  email=await base.filter(email).count(),
                  subscribers=await base.filter(push | email).count())


def subscriptions_of(store_id: int, segment: Segment | None,
                     now: datetime) -> QuerySet[PushSubscription]:
    """Active push subscriptions a campaign to *segment* (None: everyone) goes to."""
    query = PushSubscription.filter(store_id=store_id, is_active=True)
    if segment is not None:
        query = query.filter(visitor_id__in=Subquery(
            matching(store_id, segment.match, rules_of(segment), now).values("id")))
    return query


# -- saved segments ------------------------------------------------------------------------------

async def create(store: Store, data: SegmentIn, now: datetime) -> tuple[Segment, Counts]:
    return await _save(Segment(store=store, created_at=now), data, now)


async def update(segment: Segment, data: SegmentIn, now: datetime) -> tuple[Segment, Counts]:
    return await _save(segment, data, now)


async def _save(segment: Segment, data: SegmentIn, now: datetime) -> tuple[Segment, Counts]:
    """Save a segment and count it: it is kept only if it can be counted (nothing
    half-saved), and its counts, counted once, are what view() shows."""
    async with in_transaction():
        segment.update_from_dict({"name": data.name, "match": data.match,
                                  "rules": [r.model_dump(mode="json") for r in data.rules],
                                  "updated_at": now})
        await segment.save()
        counts = await count(segment.store_id, data.match, data.rules, now)
    return segment, counts


async def get(store: Store, segment_id: int | str) -> Segment:
    segment = None
    if str(segment_id).isdigit() and len(str(segment_id)) <= 9:
        segment = await Segment.get_or_none(store=store, id=int(segment_id))
    if segment is None:
        raise NotFound(f"no segment {str(segment_id)[:32]!s}", code="unknown_segment")
    return segment


async def resolve(store: Store, value: str) -> Segment | None:
    """A campaign's audience: "all" (None) or one of the store's segments, else a clear error."""
    if value == "all":
        return None
    try:
        return await get(store, value)
    except NotFound as exc:
        raise ApiError(f'unknown segment "{value[:32]}": use "all" or the id of one of the '
                       "store's segments", code="unknown_segment") from exc


async def view(segment: Segment, now: datetime, counted: Counts | None = None) -> dict[str, Any]:
    """What the store API answers for a segment (*counted*: its counts, if just counted);
    `counts` is null and `problem` says why when its saved rules cannot be counted any more."""
    problem = None
    try:
        counted = counted or await count(segment.store_id, segment.match, rules_of(segment), now)
        counts: dict[str, int] | None = counted.__dict__
    except UnusableSegment as exc:
        counts, problem = None, exc.message
    return {"id": segment.id, "name": segment.name, "match": segment.match,
            "rules": segment.rules, "counts": counts, "problem": problem,
            "updated_at": segment.updated_at.isoformat()}


def describe(rule: dict[str, Any]) -> str:
    """A rule in words, for lists and campaign pages."""
    kind, days = rule["type"], rule.get("days")
    what = ""
    if kind in ("viewed", "added_to_cart", "purchased"):
        target = (f"SKU {rule['sku']}" if rule.get("sku") else "") + (
            " in " if rule.get("sku") and rule.get("category") else "") + (
            f"category “{rule['category']}”" if rule.get("category") else "")
        verb = {"viewed": "viewed", "added_to_cart": "added to cart",
                "purchased": "purchased"}[kind]
        what = f"{verb} {target or 'anything'} in the last {days} days"
    elif kind == "abandoned_cart":
        what = f"abandoned a cart in the last {days} days"
    elif kind == "last_seen":
        what = f"seen in the last {days} days"
    elif kind == "channel":
        what = f"subscribed to {rule['value']}"
    else:
        what = f"{kind.replace('_', ' ')} is {' or '.join(rule['values'])}"
    return ("not " if rule.get("negate") else "") + what
