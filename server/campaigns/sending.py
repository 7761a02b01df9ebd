"""Campaigns: created (checked to fit a push message), cancelled while scheduled, and fanned out
to their audience when due, one outbox row per subscription."""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from push.sender import PayloadTooLarge
from server.bulk import insert_rows, json_text
from server.campaigns import segments
from server.campaigns.schemas import CampaignIn
from server.errors import ApiError, NotFound
from server.messaging.formatting import zone_of
from server.messaging.frequency import DailyCap
from server.messaging.outbox import wake_workers
from server.messaging.payloads import check_fits
from server.models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Segment,
    Store,
)
from server.recovery.settings import RecoverySettings

log = logging.getLogger(__name__)

FAN_OUT_CHUNK = 1000
FAN_OUT_COLUMNS = ("subscription_id", "visitor_id", "variant", "payload", "next_attempt_at",
                   "created_at")

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


async def create_campaign(store: Store, data: CampaignIn, now: datetime) -> Campaign:
    segment = await segments.resolve(store, str(data.segment))
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
    variants = [v.model_dump(include={*_MESSAGE_FIELDS, "weight"}) for v in data.variants]
    if variants and not 2 <= len(variants) <= 4:
        raise ApiError("an A/B test has 2 to 4 variants", code="invalid_variants")
    message = variants[0] if variants else data.model_dump(include=set(_MESSAGE_FIELDS))
    campaign = Campaign(
        store=store, kind=data.kind, ttl=data.ttl, urgency=data.urgency,
        segment=str(segment.id) if segment else "all", variants=variants,
        send_at=send_at, local_time=local_time, created_at=now,
        **{name: message[name] for name in _MESSAGE_FIELDS})
    for index, message in enumerate(messages_of(campaign)):
        try:  # refuse now what some push service would refuse, with the reason
            check_fits(_payload(message, "c" * 32))
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
    moment = wall.replace(tzinfo=zone_of(zone or store_zone)).astimezone(UTC)
    return max(moment, now)


async def _audience(store: Store, campaign: Campaign, now: datetime) -> list[tuple[Any, ...]]:
    """(subscription id, visitor id, its zone, the visitor's zone) of everyone it goes to."""
    segment = None
    if campaign.segment != "all":
        segment = await Segment.get_or_none(store=store, id=int(campaign.segment))
        if segment is None:
            raise ApiError(f"its segment {campaign.segment} was deleted before it was sent",
                           code="unknown_segment")
    return await (segments.subscriptions_of(store.id, segment, now).order_by("id")
                  .values_list("id", "visitor_id", "timezone", "visitor__timezone"))


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
        store = await Store.get(id=campaign.store_id)
        try:
            audience = await _audience(store, campaign, now)
        except Exception as exc:  # the campaign ends failed, saying why; the others go on
            reason = exc.message if isinstance(exc, ApiError) else \
                f"its audience could not be computed ({type(exc).__name__})"
            if not isinstance(exc, ApiError):
                log.exception("campaign %s: audience failed", campaign.id)
            await Campaign.filter(id=campaign.id).update(status=CampaignStatus.FAILED,
                                                         failure=reason[:300])
            continue
        # over the daily cap: skipped, and counted as `capped`
        capped = await DailyCap(RecoverySettings.of(store).daily_cap).reached(store.id, now)
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
        payloads = [json_text(_payload(m, topic)) for m in messages]
        # Plain rows, not ORM objects: building and saving a model per row was a tenth of what
        # `pushcart run` spends on a campaign. The columns every row shares are sent once.
        shared = {"store_id": store.id, "campaign_id": campaign.id, "topic": topic,
                  "ttl": campaign.ttl, "urgency": campaign.urgency, "channel": "push",
                  "kind": DeliveryKind.CAMPAIGN, "status": DeliveryStatus.QUEUED,
                  "attempts": 0, "last_error": ""}
        for start in range(0, len(sending), FAN_OUT_CHUNK):
            rows = []
            for (sid, visitor_id, zone, visitor_zone), variant in zip(
                    sending[start:start + FAN_OUT_CHUNK],
                    variant_of[start:start + FAN_OUT_CHUNK], strict=True):
                due = _due(campaign, zone or visitor_zone or "", store.timezone, now)
                rows.append((sid, visitor_id, variant, payloads[variant or 0], due, due))
            await insert_rows(Delivery, FAN_OUT_COLUMNS, rows, same=shared)
        await Campaign.filter(id=campaign.id).update(targeted=len(audience))
        queued += len(sending)
    if queued:
        await wake_workers()
    return queued
