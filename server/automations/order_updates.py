"""The order updates flow's trigger: each step of an order's journey the merchant reports
(server/checkout/fulfilment.py records it) becomes one message to the buyer, in their language.
Transactional: it needs no marketing consent (the flow's spec says so to the gates)."""

from __future__ import annotations

from datetime import datetime

from server.automations.engine import Occurrence
from server.automations.events import expander
from server.automations.settings import FlowSettings
from server.checkout.post_purchase import language_of_order
from server.models import AutomationEvent, Flow, Order, Store


@expander(Flow.ORDER_UPDATES)
async def order_moved(store: Store, settings: FlowSettings, event: AutomationEvent,
                      now: datetime) -> list[Occurrence]:
    """One occurrence for the order's buyer, once per step (the OrderEvent's id)."""
    order = (await Order.get_or_none(id=event.order_id, store_id=store.id)
             if event.order_id else None)
    if order is None or "event_id" not in event.data:
        return []
    data = event.data
    return [Occurrence(
        Flow.ORDER_UPDATES, f"order:{order.id}", str(data["event_id"]),
        visitor_id=order.visitor_id, email=order.email,
        data={"order_id": order.id, "status": data.get("status", ""),
              "carrier": data.get("carrier", ""), "tracking_url": data.get("tracking_url", ""),
              "locale": await language_of_order(store, order)})]
