"""Push subscriptions: stored once per endpoint, linked to the visitor (and so to their email)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import StringConstraints
from tortoise.transactions import in_transaction

from push.endpoints import InvalidSubscription, parse_host_rules, validate_endpoint, validate_keys
from server.errors import ApiError
from server.models import PushSubscription, Store, Visitor
from server.schemas import Lenient
from server.webhooks import events as webhooks


class SubscriptionKeys(Lenient):
    p256dh: Annotated[str, StringConstraints(max_length=200)]
    auth: Annotated[str, StringConstraints(max_length=100)]


class PushSubscriptionJSON(Lenient):
    endpoint: Annotated[str, StringConstraints(max_length=2048)]
    expirationTime: int | float | None = None  # noqa: N815 (the browser's own field name)
    keys: SubscriptionKeys


@dataclass(frozen=True)
class SubscriptionInput:
    endpoint: str
    p256dh: str
    auth: str
    visitor_key: str | None = None
    locale: str = ""
    timezone: str = ""
    user_agent: str = ""


def endpoint_hash(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode()).hexdigest()


_BROWSERS = (("Edg/", "edge"), ("OPR/", "opera"), ("SamsungBrowser/", "samsung"),
             ("Firefox/", "firefox"), ("Chrome/", "chrome"), ("Safari/", "safari"))


def describe_user_agent(user_agent: str) -> tuple[str, str]:
    """A coarse (browser, device) for segments: no fingerprinting, just the family."""
    browser = next((name for marker, name in _BROWSERS if marker in user_agent), "other")
    if re.search(r"iPad|Tablet", user_agent):
        device = "tablet"
    elif re.search(r"Mobile|Android|iPhone", user_agent):
        device = "mobile"
    else:
        device = "desktop"
    return browser, device


def _timezone(value: str) -> str:
    if not value:
        return ""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return ""  # an unknown zone is dropped, not an error: the subscription still works
    return value


def checked(endpoint: str, p256dh: str, auth: str,
            push_hosts: tuple[str, ...]) -> tuple[str, str, str]:
    """A browser's subscription made safe to send to: an https endpoint on a known push
    service (or a listed host), a P-256 key and a 16-byte secret; else a clear ApiError."""
    try:
        endpoint = validate_endpoint(endpoint, parse_host_rules(push_hosts))
        p256dh, auth = validate_keys(p256dh, auth)
    except InvalidSubscription as exc:
        raise ApiError(str(exc), code="invalid_subscription") from exc
    return endpoint, p256dh, auth


async def subscribe(store: Store, data: SubscriptionInput, push_hosts: tuple[str, ...],
                    now: datetime) -> tuple[PushSubscription, bool]:
    """Store (or refresh) a subscription; returns it and whether it is new."""
    endpoint, p256dh, auth = checked(data.endpoint, data.p256dh, data.auth, push_hosts)
    visitor = None
    if data.visitor_key:
        visitor, _ = await Visitor.get_or_create(store=store, key=data.visitor_key)
    browser, device = describe_user_agent(data.user_agent)
    values: dict[str, Any] = {
        "endpoint": endpoint, "p256dh": p256dh, "auth": auth, "visitor": visitor,
        "is_active": True, "deactivated_at": None, "deactivated_reason": "",
        "browser": browser, "device": device, "locale": data.locale[:16],
        "timezone": _timezone(data.timezone), "updated_at": now,
    }
    subscription, created = await PushSubscription.get_or_create(
        store=store, endpoint_hash=endpoint_hash(endpoint),
        defaults={**values, "created_at": now},
    )
    was_active = not created and subscription.is_active
    if not created:
        if visitor is None:
            values.pop("visitor")
        subscription.update_from_dict(values)
        await subscription.save()
    if not was_active:  # a new subscription, or one renewed after it was lost
        await webhooks.subscription_created(store.id, subscription.id, now)
    return subscription, created


async def unsubscribe(store: Store, endpoint: str, now: datetime,
                      reason: str = "unsubscribed") -> bool:
    if not isinstance(endpoint, str) or len(endpoint) > 2048:
        return False
    query = PushSubscription.filter(store=store, endpoint_hash=endpoint_hash(endpoint),
                                    is_active=True)
    async with in_transaction():
        await webhooks.subscriptions_lost([store.id], [r["id"] for r in await query.values("id")],
                                          reason, now)
        changed = await query.update(is_active=False, deactivated_at=now,
                                     deactivated_reason=reason, updated_at=now)
    return bool(changed)
