"""Price drop: a product got cheaper by at least the store's threshold; tell the shoppers who have
it in an open cart, viewed it within the lookback, or asked to be told — not those who bought it
meanwhile. The message carries both prices and a link that puts the item in the cart."""

from __future__ import annotations

from datetime import datetime, timedelta

from server.automations.engine import Occurrence
from server.automations.events import expander, record_event
from server.automations.settings import FlowSettings, flow_settings
from server.models import (
    AutomationEvent,
    CartItem,
    CartStatus,
    Flow,
    OrderItem,
    Product,
    ProductAlert,
    ProductView,
    Store,
)


async def price_changed(store: Store, product: Product, old_price: int, now: datetime) -> None:
    """Called where a product is saved: records a price drop worth telling."""
    settings = flow_settings(store, Flow.PRICE_DROP)
    if product.price < old_price and (old_price - product.price) * 100 >= \
            old_price * settings.threshold_percent:
        await record_event(store, Flow.PRICE_DROP, now, product=product,
                           data={"old_price": old_price, "new_price": product.price})


@expander(Flow.PRICE_DROP)
async def interested(store: Store, settings: FlowSettings, event: AutomationEvent,
                     now: datetime) -> list[Occurrence]:
    product_id = event.product_id
    product = await Product.get_or_none(id=product_id, store_id=store.id)
    if product is None:
        return []
    since = now - timedelta(days=settings.lookback_days)
    buyers = await OrderItem.filter(sku=product.sku, order__store_id=store.id,
                                    order__created_at__gte=since).values_list(
        "order__visitor_id", "order__email")
    bought_by = {v for v, _ in buyers if v is not None} | {e.lower() for _, e in buyers if e}
    found: list[tuple[int | None, str | None, dict[str, object]]] = []
    found += [(v, e, {}) for v, e in await CartItem.filter(
        product_id=product.id, cart__store_id=store.id, cart__status=CartStatus.OPEN).values_list(
        "cart__visitor_id", "cart__email")]
    found += [(v, e, {}) for v, e in await ProductView.filter(
        product_id=product.id, last_viewed_at__gte=since).values_list(
        "visitor_id", "visitor__email")]
    found += [(v, e, {"email_consent": True, "channel": ch, "locale": loc} if e else
               {"channel": ch, "locale": loc})
              for v, e, ch, loc in await ProductAlert.filter(
                  product_id=product.id, kind="price").values_list(
                  "visitor_id", "email", "channel", "locale")]
    data = {"product_id": product.id, **event.data}
    occurrences = []
    for visitor_id, email, extra in found:
        if visitor_id in bought_by or (email and email.lower() in bought_by):
            continue
        occurrences.append(Occurrence(Flow.PRICE_DROP, f"product:{product.id}",
                                      f"drop:{event.id}", visitor_id=visitor_id, email=email,
                                      data={**data, **extra}))
    return occurrences
