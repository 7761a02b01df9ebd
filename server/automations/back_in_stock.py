"""Back in stock: a product's stock went from 0 to more; tell the shoppers who asked ("Notify me"
in the widget), in the order they asked, at most stock × the flow's factor per restock — the
others wait for the next one. Each is told the way they chose (push or email)."""

from __future__ import annotations

from datetime import datetime

from server.automations.engine import Occurrence
from server.automations.events import expander
from server.automations.settings import FlowSettings
from server.checkout.alerts import STOCK
from server.models import AutomationEvent, Flow, Product, ProductAlert, Store


@expander(Flow.BACK_IN_STOCK)
async def waiting(store: Store, settings: FlowSettings, event: AutomationEvent,
                  now: datetime) -> list[Occurrence]:
    """The first waiting shoppers, marked as told in the caller's transaction (the expansion's),
    so that the next restock tells the next ones."""
    product = await Product.get_or_none(id=event.product_id, store_id=store.id)
    if product is None:
        return []
    stock = event.data.get("stock")  # None: no longer tracked, so no limit
    query = ProductAlert.filter(product_id=product.id, kind=STOCK,
                                notified_at__isnull=True).order_by("created_at", "id")
    if isinstance(stock, int):
        if stock <= 0:
            return []
        query = query.limit(stock * settings.factor)
    # two processes expanding two restocks of one product take different shoppers
    alerts = await query.select_for_update(skip_locked=True)
    if not alerts:
        return []
    await ProductAlert.filter(id__in=[a.id for a in alerts]).update(notified_at=now)
    subject, occurrence = f"product:{product.id}", f"restock:{event.id}"
    return [Occurrence(Flow.BACK_IN_STOCK, subject, occurrence,
                       visitor_id=alert.visitor_id,
                       email=alert.email if alert.channel == "email" else None,
                       data={"product_id": product.id, "email_consent": alert.channel == "email",
                             "channel": alert.channel, "locale": alert.locale})
            for alert in alerts]
