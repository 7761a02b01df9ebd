"""Price drop: a product got cheaper by at least the store's threshold; tell the shoppers who have
it in an open cart, viewed it within the lookback, or asked to be told — not those who bought it
meanwhile. The message carries both prices and a link that puts the item in the cart."""

from __future__ import annotations

from datetime import datetime, timedelta

from server.automations.engine import Occurrence
from server.automations.events import expander, record_event
from server.automations.settings import FlowSettings, flow_settings
from server.bulk import Statement
from server.models import AutomationEvent, CartStatus, Flow, Product, ProductAlert, Store


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
    sql = Statement(Product)  # read raw: a popular product has 100,000 interested shoppers
    buyers = await sql.rows(
        'SELECT o.visitor_id, o.email FROM order_item i JOIN "order" o ON o.id = i.order_id '
        "WHERE i.sku = ? AND o.store_id = ? AND o.created_at >= ?",
        [product.sku, store.id, since])
    bought_by = ({b["visitor_id"] for b in buyers if b["visitor_id"] is not None}
                 | {b["email"].lower() for b in buyers if b["email"]})
    found: list[tuple[int | None, str | None, dict[str, object]]] = []
    for row in await sql.records(
            "SELECT c.visitor_id, c.email FROM cart_item i JOIN cart c ON c.id = i.cart_id "
            "WHERE i.product_id = ? AND c.store_id = ? AND c.status = ?",
            [product.id, store.id, CartStatus.OPEN.value]):
        found.append((row["visitor_id"], row["email"], {}))
    for row in await sql.records(
            "SELECT v.visitor_id, s.email FROM product_view v JOIN visitor s "
            "ON s.id = v.visitor_id WHERE v.product_id = ? AND v.last_viewed_at >= ?",
            [product.id, since]):
        found.append((row["visitor_id"], row["email"], {}))
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
                                      data={**data, **extra} if extra else data))
    return occurrences
