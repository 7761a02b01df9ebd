"""Recommendations as emails and pages show them: name, price in the shopper's locale, image
and the product's page; and the `{recommendations}` placeholder of reminder texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from server.messaging.formatting import money
from server.models import CartItem, Store
from server.recommendations.picks import Recommendation, recommend, recommend_for_skus


def shown(found: Sequence[Recommendation], currency: str, locale: str) -> list[dict[str, Any]]:
    return [{"name": r.name, "price": money(r.price, currency, locale), "image": r.image_url,
             "url": r.url} for r in found]


def placeholder(found: Sequence[Recommendation]) -> str:
    """What `{recommendations}` reads as in a message's text: the products' names."""
    return ", ".join(r.name for r in found)


async def for_order(store: Store, skus: Sequence[str]) -> list[Recommendation]:
    """What goes well with an order's lines (confirmation email, order page)."""
    return await recommend_for_skus(store, skus)


async def for_cart(store: Store, items: Sequence[CartItem]) -> list[Recommendation]:
    """What goes well with a cart's lines (reminders)."""
    return await recommend(store, [item.product_id for item in items])
