"""Subscriber health: the push subscriptions a store lost, per day, browser and reason, and the
messages push services refused with their reasons (a 403 from Apple saying `BadJwtToken` among
them), so a broken VAPID subject or a browser's revocations are seen before the audience is."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from tortoise.functions import Count

from server.messaging.formatting import DayWindow
from server.models import Channel, Delivery, DeliveryStatus, PushSubscription, Store
from server.retention import tallies


async def subscriber_health(store: Store, days: int, now: datetime) -> dict[str, Any]:
    """Over the last *days* days of the store's calendar: `lost` rows (date, browser, reason,
    count), newest day first; `refused` rows (browser, status, reason, count), most first;
    `active` subscriptions per browser now."""
    window = DayWindow.of(store.timezone, days, now)
    lost: Counter[tuple[str, str, str]] = Counter()
    for gone_at, browser, reason in await PushSubscription.filter(
            store_id=store.id, is_active=False, deactivated_at__gte=window.since).values_list(
            "deactivated_at", "browser", "deactivated_reason"):
        lost[(window.day_of(gone_at).isoformat(), browser or "other", reason or "unknown")] += 1
    refused = await (Delivery.filter(store_id=store.id, channel=Channel.PUSH,
                                     status=DeliveryStatus.FAILED, sent_at__gte=window.since,
                                     last_status_code__isnull=False)
                     .group_by("subscription__browser", "last_status_code", "last_error")
                     .annotate(n=Count("id"))
                     .values("subscription__browser", "last_status_code", "last_error", "n"))
    refusals = await tallies.refused_pushes(store.id, window.first_day)  # the pruned ones
    for row in refused:
        refusals[(row["subscription__browser"] or "", row["last_status_code"],
                  row["last_error"])] += row["n"]
    active = await (PushSubscription.filter(store_id=store.id, is_active=True)
                    .group_by("browser").annotate(n=Count("id")).values("browser", "n"))
    return {
        "days": days,
        "lost": [{"date": day, "browser": browser, "reason": reason, "count": count}
                 for (day, browser, reason), count in sorted(
                     lost.items(), key=lambda item: (item[0][0], item[1]), reverse=True)],
        "refused": sorted(({"browser": browser or "other", "status": status,
                            "reason": reason, "count": count}
                           for (browser, status, reason), count in refusals.items()),
                          key=lambda row: (-row["count"], row["browser"], row["reason"])),
        "active": sorted(((row["browser"] or "other", row["n"]) for row in active),
                         key=lambda pair: -pair[1]),
    }
