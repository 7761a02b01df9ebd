"""Where the catalog tells the automations what changed: a price that went down, stock that came
back. The checkout calls this one function; the flows decide whether it is worth a message."""

from __future__ import annotations

from datetime import datetime

from server.models import Flow, Product, Store


async def product_saved(store: Store, product: Product, old_price: int, old_stock: int | None,
                        now: datetime) -> None:
    from server.automations import price_drop  # the automations build on the checkout
    from server.automations.events import record_event

    await price_drop.price_changed(store, product, old_price, now)
    if old_stock is not None and old_stock <= 0 and (product.stock is None or product.stock > 0):
        await record_event(store, Flow.BACK_IN_STOCK, now, product=product,
                           data={"stock": product.stock})
