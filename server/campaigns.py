"""Push campaigns: a message for a store's subscribers, queued in the outbox when it is due."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from push import outbox
from push.sender import PayloadTooLarge, encode_payload
from server import recovery, segments
from server.errors import ApiError, NotFound
from server.models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryStatus,
    Order,
    OrderStatus,
    Segment,
    Store,
)
from server.recovery import config_of

FAN_OUT_CHUNK = 1000
# what the worker adds to every payload: a delivery id and a signed click URL
_WORKER_ADDITIONS = {"delivery_id": 10**15, "click_url": "https://" + "x" * 230}


@dataclass(frozen=True)
class Variant:
    """One message of an A/B test and its share of the audience (weights are relative)."""

    title: str
    url: str
    body: str = ""
    icon: str = ""
    image: str = ""
    actions: list[dict[str, str]] = field(default_factory=list)
    weight: int = 1


@dataclass(frozen=True)
class CampaignData:
    title: str
    url: str
    body: str = ""
    kind: str = "custom"
    icon: str = ""
    image: str = ""
    actions: list[dict[str, str]] = field(default_factory=list)
    ttl: int = 24 * 3600
    urgency: str = "normal"
    segment: str = "all"
    send_at: datetime | None = None
    # send_at's date and clock time in each subscriber's own time zone (its offset ignored)
    local_time: bool = False
    variants: list[Variant] = field(default_factory=list)  # 2-4 for an A/B test


_MESSAGE_FIELDS = ("title", "body", "url", "icon", "image", "actions")
EARLIEST_OFFSET = timedelta(hours=14)  # the first zone to reach a clock time (UTC+14)
LATEST_OFFSET = timedelta(hours=12)  # the last one (UTC-12)


def _payload(message: dict[str, Any], topic: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"title": message["title"], "body": message["body"],
                               "url": message["url"], "topic": topic}
    for name in ("icon", "image"):
        if message.get(name):
            payload[name] = message[name]
    if message.get("actions"):
        payload["actions"] = message["actions"]
    return payload


def messages_of(campaign: Campaign) -> list[dict[str, Any]]:
    """The campaign's message, or its A/B variants, each with its weight."""
    if campaign.variants:
        return campaign.variants
    return [{**{name: getattr(campaign, name) for name in _MESSAGE_FIELDS}, "weight": 1}]


def variant_name(index: int) -> str:
    return "ABCD"[index]


async def create_campaign(store: Store, data: CampaignData, now: datetime) -> Campaign:
    segment = await segments.resolve(store, data.segment)
    send_at = data.send_at or now
    local_time = ""
    if data.local_time:
        if data.send_at is None:
            raise ApiError("a local-time campaign needs send_at: the date and clock time "
                           "each subscriber gets it at", code="invalid_send_at")
        wall = data.send_at.replace(tzinfo=None, second=0, microsecond=0)
        if wall.replace(tzinfo=UTC) + LATEST_OFFSET <= now:
            raise ApiError("that local time has already passed in every time zone",
                           code="invalid_send_at")
        local_time = wall.isoformat(timespec="minutes")
        send_at = wall.replace(tzinfo=UTC) - EARLIEST_OFFSET
    elif send_at.tzinfo is None:
        raise ApiError("send_at needs a time zone offset, e.g. 2026-12-01T09:00:00+05:30 "
                       "(or local_time: true for each subscriber's own zone)",
                       code="invalid_send_at")
    variants = [{name: getattr(v, name) for name in (*_MESSAGE_FIELDS, "weight")}
                for v in data.variants]
    if variants and not 2 <= len(variants) <= 4:
        raise ApiError("an A/B test has 2 to 4 variants", code="invalid_variants")
    first = variants[0] if variants else {}
    campaign = Campaign(
        store=store, kind=data.kind, ttl=data.ttl, urgency=data.urgency,
        segment=str(segment.id) if segment else "all", variants=variants,
        send_at=send_at, local_time=local_time, created_at=now,
        **{name: first.get(name, getattr(data, name)) for name in _MESSAGE_FIELDS})
    for index, message in enumerate(messages_of(campaign)):
        try:  # refuse now what could never be sent, with the reason
            encode_payload({**_payload(message, "c" * 32), **_WORKER_ADDITIONS})
        except PayloadTooLarge as exc:
            which = f"variant {variant_name(index)}: " if variants else ""
            raise ApiError(which + str(exc), code="payload_too_large") from exc
    await campaign.save()
    return campaign


async def get_campaign(store: Store, campaign_id: int) -> Campaign:
    campaign = await Campaign.get_or_none(store=store, id=campaign_id)
    if campaign is None:
        raise NotFound(f"no campaign {campaign_id}", code="unknown_campaign")
    return campaign


async def cancel_campaign(store: Store, campaign_id: int) -> Campaign:
    campaign = await get_campaign(store, campaign_id)
    changed = await Campaign.filter(id=campaign.id, status=CampaignStatus.SCHEDULED).update(
        status=CampaignStatus.CANCELLED)
    if not changed:
        raise ApiError("the campaign is already being sent", code="campaign_started", status=409)
    await campaign.refresh_from_db()
    return campaign


def split(count: int, weights: list[int]) -> list[int]:
    """How many of *count* recipients each variant gets: proportional to the weights, the
    remainder to the largest fractions, so the parts always add up to *count*."""
    total = sum(weights)
    exact = [count * w / total for w in weights]
    parts = [int(x) for x in exact]
    by_fraction = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in by_fraction[:count - sum(parts)]:
        parts[i] += 1
    return parts


def _due(campaign: Campaign, zone: str, store_zone: str, now: datetime) -> datetime:
    """When a recipient in *zone* gets the campaign: its local time there (at once if that has
    passed), or now for an ordinary campaign."""
    if not campaign.local_time:
        return now
    wall = datetime.fromisoformat(campaign.local_time)
    moment = wall.replace(tzinfo=recovery.zone_of(zone or store_zone)).astimezone(UTC)
    return max(moment, now)


async def fan_out_due(now: datetime) -> int:
    """Queue one delivery per active subscriber of the audience for each campaign now due; each
    campaign is taken by exactly one process (a conditional update), so none is queued twice.
    A local-time campaign's rows are due at that time in each subscriber's zone; an A/B test's
    recipients are shuffled (seeded by the campaign) and split by the variants' weights."""
    queued = 0
    for campaign in await Campaign.filter(status=CampaignStatus.SCHEDULED, send_at__lte=now):
        taken = await Campaign.filter(id=campaign.id, status=CampaignStatus.SCHEDULED).update(
            status=CampaignStatus.SENDING, started_at=now)
        if not taken:
            continue
        store = await Store.get(id=campaign.store_id)  # type: ignore[attr-defined]
        segment = None if campaign.segment == "all" else await Segment.get_or_none(
            store=store, id=int(campaign.segment))
        if campaign.segment != "all" and segment is None:  # deleted since: send to no one
            await Campaign.filter(id=campaign.id).update(targeted=0)
            continue
        audience = await (segments.subscriptions_of(store.id, segment, now).order_by("id")
                          .values_list("id", "visitor_id", "timezone", "visitor__timezone"))
        capped = await _at_daily_cap(store, now)
        sending = [row for row in audience if row[1] not in capped]
        messages = messages_of(campaign)
        variant_of: list[int | None] = [None] * len(sending)
        if campaign.variants:
            order = list(range(len(sending)))
            random.Random(campaign.id).shuffle(order)
            start = 0
            for index, part in enumerate(split(len(sending), [m["weight"] for m in messages])):
                for position in order[start:start + part]:
                    variant_of[position] = index
                start += part
        topic = f"campaign-{campaign.id}"
        payloads = [_payload(m, topic) for m in messages]
        rows = []
        for (sid, visitor_id, zone, visitor_zone), variant in zip(sending, variant_of,
                                                                   strict=True):
            due = _due(campaign, zone or visitor_zone or "", store.timezone, now)
            rows.append(Delivery(
                store_id=store.id, subscription_id=sid, visitor_id=visitor_id,
                campaign_id=campaign.id, variant=variant, payload=payloads[variant or 0],
                topic=topic, ttl=campaign.ttl, urgency=campaign.urgency,
                next_attempt_at=due, created_at=due))
        for start in range(0, len(rows), FAN_OUT_CHUNK):
            await Delivery.bulk_create(rows[start:start + FAN_OUT_CHUNK])
        await Campaign.filter(id=campaign.id).update(targeted=len(audience))
        queued += len(sending)
    if queued:
        await outbox.wake_workers()
    return queued


async def _at_daily_cap(store: Store, now: datetime) -> set[int]:
    """Visitors who already had the store's daily cap of Pushcart messages in the last 24 hours:
    a campaign skips them (counted as `capped`)."""
    cap = int(config_of(store)["daily_cap"])
    rows = await (Delivery.filter(store_id=store.id, visitor_id__isnull=False,
                                  created_at__gt=now - timedelta(hours=24), created_at__lte=now)
                  .group_by("visitor_id").annotate(n=Count("id")).filter(n__gte=cap)
                  .values_list("visitor_id", flat=True))
    return set(rows)


_COUNTED_ORDERS = (OrderStatus.PLACED, OrderStatus.PAID)


async def _tally(deliveries: QuerySet[Delivery], key: str,
                 orders: QuerySet[Order]) -> dict[Any, dict[str, int]]:
    """Per value of the delivery column *key*: rows per status (and all rows), sent, clicked,
    and the counted orders attributed to those rows with their revenue, in four grouped
    queries."""
    per: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in await (deliveries.group_by(key, "status").annotate(n=Count("id"))
                      .values(key, "status", "n")):
        per[row[key]][DeliveryStatus(row["status"]).value] += row["n"]
        per[row[key]]["rows"] += row["n"]
    for name, condition in (("sent", {"sent_at__isnull": False}),
                            ("clicked", {"clicked_at__isnull": False})):
        for row in await (deliveries.filter(**condition).group_by(key)
                          .annotate(n=Count("id")).values(key, "n")):
            per[row[key]][name] = row["n"]
    column = f"attributed_delivery__{key}"
    for row in await orders.filter(status__in=_COUNTED_ORDERS).values(column, "total"):
        tally = per[row[column]]
        tally["orders"] += 1
        tally["revenue"] += row["total"]
    return per


async def _tallies(ids: list[int]) -> dict[int, dict[str, int]]:
    """Per campaign, however many campaigns."""
    return await _tally(Delivery.filter(campaign_id__in=ids), "campaign_id",
                        Order.filter(attributed_delivery__campaign_id__in=ids))


def _summary(campaign: Campaign, tally: dict[str, int]) -> tuple[str, dict[str, int]]:
    """The campaign's status as shown (sending with nothing in flight reads "sent") and its
    counts."""
    counts = {
        "targeted": campaign.targeted,
        "sent": tally["sent"],
        "delivered": tally[DeliveryStatus.DELIVERED.value],
        "failed": tally[DeliveryStatus.FAILED.value],
        "expired": tally[DeliveryStatus.EXPIRED.value],
        "clicked": tally["clicked"],
        # over the daily cap: targeted, but no row was queued for them
        "capped": max(0, campaign.targeted - tally["rows"]),
    }
    status = campaign.status.value
    in_flight = tally[DeliveryStatus.QUEUED.value] + tally[DeliveryStatus.SENDING.value]
    if campaign.status == CampaignStatus.SENDING and not in_flight:
        status = "sent"  # every delivery has its final outcome
    return status, counts


async def variant_report(campaign: Campaign) -> list[dict[str, Any]]:
    """An A/B test compared: per variant its message, recipients, delivered, clicked, CTR,
    orders and revenue attributed to its clicks ([] for a single-message campaign)."""
    if not campaign.variants:
        return []
    per = await _tally(Delivery.filter(campaign_id=campaign.id, variant__isnull=False),
                       "variant", Order.filter(attributed_delivery__campaign_id=campaign.id))
    report = []
    for index, message in enumerate(campaign.variants):
        tally = per[index]
        delivered = tally[DeliveryStatus.DELIVERED.value]
        report.append({
            "variant": variant_name(index), "title": message["title"],
            "body": message["body"], "url": message["url"], "weight": message["weight"],
            "recipients": tally["rows"], "sent": tally["sent"], "delivered": delivered,
            "failed": tally[DeliveryStatus.FAILED.value],
            "expired": tally[DeliveryStatus.EXPIRED.value], "clicked": tally["clicked"],
            "ctr": tally["clicked"] / delivered if delivered else None,
            "orders": tally["orders"], "revenue": tally["revenue"],
            "conversion": tally["orders"] / delivered if delivered else None,
        })
    return report


async def campaign_view(campaign: Campaign, *, with_orders: bool = False) -> dict[str, Any]:
    """What the store API answers for a campaign; *with_orders* adds the orders attributed to
    its clicks and their revenue."""
    tally = (await _tallies([campaign.id]))[campaign.id]
    status, counts = _summary(campaign, tally)
    segment: int | str = int(campaign.segment) if campaign.segment.isdigit() else "all"
    view = {
        "id": campaign.id, "status": status, "kind": campaign.kind,
        "title": campaign.title, "body": campaign.body, "url": campaign.url,
        "segment": segment, "send_at": campaign.send_at.isoformat(),
        "local_time": campaign.local_time or None,
        "started_at": campaign.started_at.isoformat() if campaign.started_at else None,
        **counts, "counts": counts,
    }
    if with_orders:
        view.update(orders=tally["orders"], revenue=tally["revenue"])
    if campaign.variants:
        view["variants"] = await variant_report(campaign)
    return view


async def list_with_counts(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """The store's latest campaigns with their counts."""
    items = await Campaign.filter(store=store).order_by("-id").limit(limit)
    per = await _tallies([c.id for c in items])
    rows = []
    for c in items:
        tally = per[c.id]
        status, counts = _summary(c, tally)
        rows.append({
            "id": c.id, "kind": c.kind, "title": c.title, "status": status,
            "send_at": c.send_at.isoformat(), "send_at_time": c.send_at,
            "local_time": c.local_time, "variants": len(c.variants), **counts,
            "orders": tally["orders"], "revenue": tally["revenue"],
            "ctr": counts["clicked"] / counts["delivered"] if counts["delivered"] else None,
        })
    return rows
