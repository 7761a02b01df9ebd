"""A store's webhook endpoints (create, list, update, delete; the signing secret shown once), the
deliveries made to them, and redelivering one: the services the store API and the admin share."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator
from tortoise.transactions import in_transaction

from server.errors import ApiError, NotFound
from server.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEvent
from server.schemas import Strict
from server.sealing import seal, unseal
from server.webhooks.events import EVENT_KINDS, forget_subscriptions
from server.webhooks.targets import MAX_URL_LENGTH, RefusedTarget, allow_rules, check_resolved

MAX_ENDPOINTS = 20  # per store
SECRET_PREFIX = "whsec_"

EventList = Annotated[list[Annotated[str, StringConstraints(max_length=40)]],
                      Field(min_length=1, max_length=len(EVENT_KINDS))]


def _known_events(events: list[str]) -> list[str]:
    unknown = [e for e in events if e not in EVENT_KINDS]
    if unknown:
        raise ValueError(f"unknown event '{unknown[0]}'; use any of {', '.join(EVENT_KINDS)}")
    return list(dict.fromkeys(events))  # each once, in the order given


class WebhookEndpointIn(Strict):
    url: Annotated[str, StringConstraints(min_length=1, max_length=MAX_URL_LENGTH)]
    events: EventList
    description: Annotated[str, StringConstraints(max_length=200)] = ""
    is_active: bool = True

    _check_events = field_validator("events")(_known_events)


class WebhookEndpointPatch(Strict):
    url: Annotated[str, StringConstraints(min_length=1, max_length=MAX_URL_LENGTH)] | None = None
    events: EventList | None = None
    description: Annotated[str, StringConstraints(max_length=200)] | None = None
    is_active: bool | None = None

    @field_validator("events")
    @classmethod
    def _check_events(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _known_events(value)


async def _checked_url(url: str, allow_hosts: tuple[str, ...]) -> str:
    try:
        await check_resolved(url, allow_rules(allow_hosts))
    except RefusedTarget as exc:
        raise ApiError(str(exc), code="invalid_webhook_url") from exc
    return url


def endpoint_view(endpoint: WebhookEndpoint) -> dict[str, Any]:
    return {"id": endpoint.id, "url": endpoint.url, "events": list(endpoint.events),
            "description": endpoint.description, "is_active": endpoint.is_active,
            "secret_hint": endpoint.secret_hint, "created_at": endpoint.created_at.isoformat(),
            "updated_at": endpoint.updated_at.isoformat()}


async def create_endpoint(store_id: int, data: WebhookEndpointIn, server_secret: str,
                          allow_hosts: tuple[str, ...],
                          now: datetime) -> tuple[WebhookEndpoint, str]:
    """A new endpoint and its signing secret, which is shown this once (it is kept sealed)."""
    url = await _checked_url(data.url, allow_hosts)
    if await WebhookEndpoint.filter(store_id=store_id).count() >= MAX_ENDPOINTS:
        raise ApiError(f"a store has at most {MAX_ENDPOINTS} webhook endpoints",
                       code="too_many_endpoints")
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    endpoint = await WebhookEndpoint.create(
        store_id=store_id, url=url, events=data.events, description=data.description,
        is_active=data.is_active, secret_sealed=seal(server_secret, secret),
        secret_hint=secret[-4:], created_at=now, updated_at=now)
    forget_subscriptions(store_id)
    return endpoint, secret


async def list_endpoints(store_id: int) -> list[WebhookEndpoint]:
    return await WebhookEndpoint.filter(store_id=store_id).order_by("id")


async def get_endpoint(store_id: int, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await WebhookEndpoint.get_or_none(id=endpoint_id, store_id=store_id)
    if endpoint is None:
        raise NotFound(f"no webhook endpoint {endpoint_id}", code="unknown_webhook_endpoint")
    return endpoint


async def update_endpoint(store_id: int, endpoint_id: int, data: WebhookEndpointPatch,
                          allow_hosts: tuple[str, ...], now: datetime) -> WebhookEndpoint:
    endpoint = await get_endpoint(store_id, endpoint_id)
    if data.url is not None:
        endpoint.url = await _checked_url(data.url, allow_hosts)
    if data.events is not None:
        endpoint.events = data.events
    if data.description is not None:
        endpoint.description = data.description
    if data.is_active is not None:
        endpoint.is_active = data.is_active
    endpoint.updated_at = now
    await endpoint.save()
    forget_subscriptions(store_id)
    return endpoint


async def delete_endpoint(store_id: int, endpoint_id: int) -> None:
    """The endpoint and its deliveries (queued ones are never sent)."""
    endpoint = await get_endpoint(store_id, endpoint_id)
    await endpoint.delete()
    forget_subscriptions(store_id)


def signing_secret(server_secret: str, endpoint: WebhookEndpoint) -> str:
    return unseal(server_secret, endpoint.secret_sealed)


# -- deliveries -------------------------------------------------------------------------------

def delivery_view(delivery: WebhookDelivery, event: WebhookEvent) -> dict[str, Any]:
    return {
        "id": delivery.id, "endpoint_id": delivery.endpoint_id, "event_id": event.event_id,
        "event": event.kind, "status": delivery.status.value, "attempts": delivery.attempts,
        "response": {"status_code": delivery.last_status_code,
                     "body_excerpt": delivery.last_response,
                     "duration_ms": delivery.last_duration_ms} if delivery.last_attempt_at
        else None,
        "error": delivery.last_error or None,
        "created_at": delivery.created_at.isoformat(),
        "last_attempt_at": delivery.last_attempt_at.isoformat()
        if delivery.last_attempt_at else None,
        "next_attempt_at": delivery.next_attempt_at.isoformat()
        if delivery.status == DeliveryStatus.QUEUED else None,
        "delivered_at": delivery.delivered_at.isoformat() if delivery.delivered_at else None,
    }


async def list_deliveries(store_id: int, *, endpoint_id: int | None = None,
                          status: DeliveryStatus | None = None, limit: int = 50,
                          offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The store's deliveries, the latest first, with the event each carried."""
    query = WebhookDelivery.filter(store_id=store_id)
    if endpoint_id is not None:
        query = query.filter(endpoint_id=endpoint_id)
    if status is not None:
        query = query.filter(status=status)
    rows = await query.order_by("-id").offset(offset).limit(limit).select_related("event")
    return [delivery_view(d, d.event) for d in rows], await query.count()


async def get_event_payload(store_id: int, delivery_id: int) -> dict[str, Any]:
    delivery = await WebhookDelivery.get_or_none(id=delivery_id, store_id=store_id) \
        .select_related("event")
    if delivery is None:
        raise NotFound(f"no webhook delivery {delivery_id}", code="unknown_webhook_delivery")
    return dict(delivery.event.payload)


async def redeliver(store_id: int, delivery_id: int, now: datetime) -> WebhookDelivery:
    """Send a delivery's event to its endpoint again, as a new delivery (same event id, so a
    receiver that already has it can tell), queued now behind the shopper's earlier ones."""
    async with in_transaction():
        original = await WebhookDelivery.get_or_none(id=delivery_id, store_id=store_id)
        if original is None:
            raise NotFound(f"no webhook delivery {delivery_id}", code="unknown_webhook_delivery")
        return await WebhookDelivery.create(
            store_id=store_id, endpoint_id=original.endpoint_id, event_id=original.event_id,
            shopper=original.shopper, next_attempt_at=now, created_at=now)
