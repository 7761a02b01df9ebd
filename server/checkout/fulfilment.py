"""An order's journey after it was placed (shipped, out for delivery, delivered, cancelled) as the
merchant reports it: each step an OrderEvent, checked against the last one, and an automation
event in the same transaction, so the buyer is told once (the order updates flow); and the
timeline as the order page shows it.

What a step may follow:
- an order still waiting for its payment, or whose payment failed, cannot be shipped or
  delivered (`order_not_confirmed`); a pending order may be cancelled, a failed one has nothing
  to cancel;
- nothing follows "delivered" or "cancelled" (`order_closed`), and the same status again is
  refused (`status_unchanged`) so a retried request tells nobody twice;
- no step goes back (`invalid_transition`: "shipped" after "out for delivery"); the same status
  again with another carrier or tracking link is a new step (a second delivery attempt, a
  corrected link);
- a step may be skipped: "delivered" may be the first one reported.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import AnyHttpUrl, ValidationError
from tortoise.transactions import in_transaction

from server.automations.events import record_event
from server.errors import ApiError, Conflict
from server.loyalty import ledger as loyalty
from server.messaging.formatting import babel_locale, local_time, zone_of
from server.messaging.texts import texts_of
from server.models import Flow, FulfilmentStatus, Order, OrderEvent, OrderStatus, Store
from server.webhooks import events as webhooks

MAX_CARRIER = 100
MAX_TRACKING_URL = 1000
FINAL = frozenset({FulfilmentStatus.DELIVERED, FulfilmentStatus.CANCELLED})
# how far along each step is: no step may go back
PROGRESS = {FulfilmentStatus.SHIPPED: 1, FulfilmentStatus.OUT_FOR_DELIVERY: 2,
            FulfilmentStatus.DELIVERED: 3}
CONFIRMED = frozenset({OrderStatus.PLACED, OrderStatus.PAID})


def _status_of(value: FulfilmentStatus | str) -> FulfilmentStatus:
    try:
        return FulfilmentStatus(value)
    except ValueError:
        raise ApiError(f"unknown status '{str(value)[:40]}'; use one of "
                       + ", ".join(s.value for s in FulfilmentStatus),
                       code="invalid_status") from None


def _tracking_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if len(value) > MAX_TRACKING_URL:
        raise ApiError(f"a tracking URL is at most {MAX_TRACKING_URL} characters",
                       code="invalid_tracking_url")
    try:
        AnyHttpUrl(value)
    except ValidationError:
        raise ApiError("the tracking URL must be an http:// or https:// address",
                       code="invalid_tracking_url") from None
    return value


def check_transition(order: Order, status: FulfilmentStatus, carrier: str,
                     tracking_url: str, last: OrderEvent | None) -> None:
    """Raise the Conflict that says why *status* cannot follow the order's last step."""
    number = order.number
    if order.status not in CONFIRMED and not (status == FulfilmentStatus.CANCELLED
                                              and order.status == OrderStatus.PENDING):
        what = ("its payment failed" if order.status == OrderStatus.FAILED
                else "it is still waiting for its payment")
        raise Conflict(f"order {number} cannot be {status.value}: {what}",
                       code="order_not_confirmed", details={"order_status": order.status.value})
    current = FulfilmentStatus(order.fulfilment_status) if order.fulfilment_status else None
    if current is None:
        return
    details = {"fulfilment_status": current.value}
    if current == status and (last is None or (last.carrier, last.tracking_url)
                              == (carrier, tracking_url)):
        raise Conflict(f"order {number} is already {status.value}", code="status_unchanged",
                       details=details)
    if current in FINAL:
        raise Conflict(f"order {number} is {current.value}: nothing can follow",
                       code="order_closed", details=details)
    if status in PROGRESS and PROGRESS[status] < PROGRESS[current]:
        raise Conflict(f"order {number} is already {current.value}; it cannot go back to "
                       f"{status.value}", code="invalid_transition", details=details)


async def last_event(order: Order) -> OrderEvent | None:
    return await OrderEvent.filter(order_id=order.id).order_by("-created_at", "-id").first()


async def record_fulfilment(store: Store, order: Order, status: FulfilmentStatus | str,
                            carrier: str, tracking_url: str, now: datetime) -> OrderEvent:
    """Record that *order* moved to *status* and have its buyer told (push and email, in their
    language, by the order updates flow). Refused with an ApiError when the step makes no
    sense after the last one; two requests at once cannot both pass the check."""
    step = _status_of(status)
    carrier = carrier.strip()
    if len(carrier) > MAX_CARRIER:
        raise ApiError(f"a carrier's name is at most {MAX_CARRIER} characters",
                       code="invalid_carrier")
    tracking_url = _tracking_url(tracking_url)
    await order.refresh_from_db()
    check_transition(order, step, carrier, tracking_url, await last_event(order))
    async with in_transaction():
        # compare and set: a step recorded meanwhile (or a payment that failed) makes this 0
        moved = await Order.filter(id=order.id, fulfilment_status=order.fulfilment_status,
                                   status=order.status).update(fulfilment_status=step.value)
        if not moved:
            await order.refresh_from_db()
            check_transition(order, step, carrier, tracking_url, await last_event(order))
            raise Conflict(f"order {order.number} changed meanwhile; read it and try again",
                           code="order_changed")
        event = await OrderEvent.create(order_id=order.id, status=step, carrier=carrier,
                                        tracking_url=tracking_url, created_at=now)
        if step == FulfilmentStatus.CANCELLED:  # points spent come back, points earned go
            await loyalty.undo_order(store, order, now, "cancelled")
        await record_event(store, Flow.ORDER_UPDATES, now, order=order, data={
            "status": step.value, "carrier": carrier, "tracking_url": tracking_url,
            "event_id": event.id})
        await webhooks.order_event(store.id, order.id, webhooks.ORDER_FULFILMENT, now, {
            "fulfilment": {"status": step.value, "carrier": carrier, "tracking_url": tracking_url}})
    order.fulfilment_status = step.value
    return event


async def timeline(order: Order) -> list[OrderEvent]:
    """The order's steps, oldest first."""
    return await OrderEvent.filter(order_id=order.id).order_by("created_at", "id")


def timeline_lines(store: Store, events: list[OrderEvent], lang: str) -> list[dict[str, str]]:
    """The steps as the order page shows them: the status in *lang*, the time on the store's
    clock, the carrier and the tracking link; the latest first."""
    labels = texts_of("fulfilment", lang)
    zone, locale = zone_of(store.timezone), babel_locale(lang, store.country)
    return [{"status": e.status.value, "label": labels.get(e.status.value, e.status.value),
             "at": local_time(e.created_at, zone, "d MMM y, HH:mm", locale),
             "datetime": e.created_at.isoformat(), "carrier": e.carrier,
             "tracking_url": e.tracking_url}
            for e in reversed(events)]
