"""Push campaigns: a message for a store's subscribers, queued in the outbox when it is due."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.functions import Count

from push import outbox
from push.sender import PayloadTooLarge, encode_payload
from server.errors import ApiError, NotFound
from server.models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryStatus,
    Order,
    OrderStatus,
    PushSubscription,
    Store,
)
from server.recovery import config_of

FAN_OUT_CHUNK = 1000
# what the worker adds to every payload: a delivery id and a signed click URL
_WORKER_ADDITIONS = {"delivery_id": 10**15, "click_url": "https://" + "x" * 230}


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


def campaign_payload(campaign: Campaign) -> dict[str, Any]:
    payload: dict[str, Any] = {"title": campaign.title, "body": campaign.body,
                               "url": campaign.url, "topic": f"campaign-{campaign.id}"}
    for name in ("icon", "image"):
        if getattr(campaign, name):
            payload[name] = getattr(campaign, name)
    if campaign.actions:
        payload["actions"] = campaign.actions
    return payload


async def create_campaign(store: Store, data: CampaignData, now: datetime) -> Campaign:
    if data.segment != "all":
        raise ApiError(f"unknown segment '{data.segment}'; only \"all\" exists so far",
                       code="unknown_segment")
    send_at = data.send_at or now
    if send_at.tzinfo is None:
        raise ApiError("send_at needs a time zone offset, e.g. 2026-12-01T09:00:00+05:30",
                       code="invalid_send_at")
    campaign = Campaign(store=store, kind=data.kind, title=data.title, body=data.body,
                        url=data.url, icon=data.icon, image=data.image, actions=data.actions,
                        ttl=data.ttl, urgency=data.urgency, segment=data.segment,
                        send_at=send_at, created_at=now)
    try:  # refuse now what could never be sent, with the reason
        encode_payload({**campaign_payload(campaign), **_WORKER_ADDITIONS, "topic": "c" * 32})
    except PayloadTooLarge as exc:
        raise ApiError(str(exc), code="payload_too_large") from exc
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


async def fan_out_due(now: datetime) -> int:
    """Queue one delivery per active subscriber for each campaign now due; each campaign is taken
    by exactly one process (a conditional update), so none is queued twice."""
    queued = 0
    for campaign in await Campaign.filter(status=CampaignStatus.SCHEDULED, send_at__lte=now):
        taken = await Campaign.filter(id=campaign.id, status=CampaignStatus.SCHEDULED).update(
            status=CampaignStatus.SENDING, started_at=now)
        if not taken:
            continue
        payload = campaign_payload(campaign)
        topic = f"campaign-{campaign.id}"
        store_id = campaign.store_id  # type: ignore[attr-defined]
        subscription_ids = await PushSubscription.filter(
            store_id=store_id, is_active=True).order_by("id").values_list("id", "visitor_id")
        capped = await _at_daily_cap(await Store.get(id=store_id), now)
        sending = [(sid, vid) for sid, vid in subscription_ids if vid not in capped]
        for start in range(0, len(sending), FAN_OUT_CHUNK):
            await Delivery.bulk_create([
                Delivery(store_id=store_id, subscription_id=sid,
                         visitor_id=visitor_id, campaign_id=campaign.id, payload=payload,
                         topic=topic, ttl=campaign.ttl, urgency=campaign.urgency,
                         next_attempt_at=now, created_at=now)
                for sid, visitor_id in sending[start:start + FAN_OUT_CHUNK]
            ])
        await Campaign.filter(id=campaign.id).update(targeted=len(subscription_ids))
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


_STATUSES = tuple(status.value for status in DeliveryStatus)
_COUNTED_ORDERS = (OrderStatus.PLACED, OrderStatus.PAID)


async def _tallies(ids: list[int]) -> dict[int, dict[str, int]]:
    """Per campaign: rows per delivery status, sent, clicked, attributed orders and revenue, in
    four grouped queries however many campaigns."""
    per: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in await (Delivery.filter(campaign_id__in=ids).group_by("campaign_id", "status")
                      .annotate(n=Count("id")).values("campaign_id", "status", "n")):
        per[row["campaign_id"]][DeliveryStatus(row["status"]).value] += row["n"]
    for name, condition in (("sent", {"sent_at__isnull": False}),
                            ("clicked", {"clicked_at__isnull": False})):
        for row in await (Delivery.filter(campaign_id__in=ids, **condition)
                          .group_by("campaign_id").annotate(n=Count("id"))
                          .values("campaign_id", "n")):
            per[row["campaign_id"]][name] = row["n"]
    for row in await Order.filter(attributed_delivery__campaign_id__in=ids,
                                  status__in=_COUNTED_ORDERS).values(
            "attributed_delivery__campaign_id", "total"):
        tally = per[row["attributed_delivery__campaign_id"]]
        tally["orders"] += 1
        tally["revenue"] += row["total"]
    return per


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
        "capped": max(0, campaign.targeted - sum(tally[s] for s in _STATUSES)),
    }
    status = campaign.status.value
    in_flight = tally[DeliveryStatus.QUEUED.value] + tally[DeliveryStatus.SENDING.value]
    if campaign.status == CampaignStatus.SENDING and not in_flight:
        status = "sent"  # every delivery has its final outcome
    return status, counts


async def campaign_view(campaign: Campaign, *, with_orders: bool = False) -> dict[str, Any]:
    """What the store API answers for a campaign; *with_orders* adds the orders attributed to
    its clicks and their revenue."""
    tally = (await _tallies([campaign.id]))[campaign.id]
    status, counts = _summary(campaign, tally)
    view = {
        "id": campaign.id, "status": status, "kind": campaign.kind,
        "title": campaign.title, "body": campaign.body, "url": campaign.url,
        "segment": campaign.segment, "send_at": campaign.send_at.isoformat(),
        "started_at": campaign.started_at.isoformat() if campaign.started_at else None,
        **counts, "counts": counts,
    }
    if with_orders:
        view.update(orders=tally["orders"], revenue=tally["revenue"])
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
            "send_at": c.send_at.isoformat(), "send_at_time": c.send_at, **counts,
            "orders": tally["orders"], "revenue": tally["revenue"],
            "ctr": counts["clicked"] / counts["delivered"] if counts["delivered"] else None,
        })
    return rows
