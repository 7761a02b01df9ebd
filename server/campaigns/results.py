"""What a campaign did: per campaign, and per variant of an A/B test, the messages targeted, sent,
delivered, failed, expired and clicked, and the orders and revenue attributed to its clicks."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from server.campaigns.sending import variant_name
from server.models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryStatus,
    Order,
    OrderStatus,
    Store,
)
from server.retention import tallies

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
    """Per campaign, however many campaigns, with its pruned deliveries (server/retention)."""
    per = await _tally(Delivery.filter(campaign_id__in=ids), "campaign_id",
                       Order.filter(attributed_delivery__campaign_id__in=ids))
    await tallies.add_campaign_tallies(per, ids, "campaign_id")
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
    await tallies.add_campaign_tallies(per, [campaign.id], "variant")
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


async def failure_reasons(campaign_id: int) -> list[dict[str, Any]]:
    """Why its messages failed, as the push services said it (a 403's reason, Apple's
    `BadJwtToken` among them): per status code and reason, the most frequent first."""
    counts = await tallies.campaign_failures(campaign_id)  # the pruned ones
    for row in await (Delivery.filter(campaign_id=campaign_id, status=DeliveryStatus.FAILED)
                      .group_by("last_status_code", "last_error").annotate(n=Count("id"))
                      .values("last_status_code", "last_error", "n")):
        counts[(row["last_status_code"], row["last_error"])] += row["n"]
    return sorted(({"status": status, "reason": reason, "count": n}
                   for (status, reason), n in counts.items()),
                  key=lambda failure: (-failure["count"], failure["reason"]))


async def campaign_view(campaign: Campaign, *, with_orders: bool = False) -> dict[str, Any]:
    """What the store API answers for a campaign; *with_orders* adds the orders attributed to
    its clicks and their revenue."""
    tally = (await _tallies([campaign.id]))[campaign.id]
    status, counts = _summary(campaign, tally)
    segment: int | str = int(campaign.segment) if campaign.segment.isdigit() else "all"
    view: dict[str, Any] = {
        "id": campaign.id, "status": status, "kind": campaign.kind,
        "title": campaign.title, "body": campaign.body, "url": campaign.url,
        "segment": segment, "send_at": campaign.send_at.isoformat(),
        "local_time": campaign.local_time or None,
        "started_at": campaign.started_at.isoformat() if campaign.started_at else None,
        "failure": campaign.failure or None,  # why it failed, when its status is "failed"
        **counts, "counts": counts,
        "failures": await failure_reasons(campaign.id) if counts["failed"] else [],
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
