"""A store's product catalog: the only source of names, prices, images and stock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from server.checkout import automation_hooks
from server.checkout.schemas import ProductIn
from server.errors import NotFound
from server.models import Product, ProductView, Store, Visitor


def product_view(product: Product) -> dict[str, Any]:
    return {
        "sku": product.sku,
        "name": product.name,
        "price": product.price,
        "compare_at_price": product.compare_at_price,
        "image_url": product.image_url,
        "url": product.url,
        "category": product.category,
        "stock": product.stock,
        "active": product.is_active,
        "replenish_days": product.replenish_days,
        # what the replenishment flow uses when replenish_days is blank: the median interval
        # between repeat purchases, predicted daily from 5+ of them (read-only)
        "predicted_replenish_days": product.predicted_replenish_days,
    }


async def upsert_product(store: Store, sku: str, data: ProductIn,
                         now: datetime) -> tuple[Product, bool]:
    """Create or update a product; a lower price or stock coming back is recorded for the
    automations (price drop, back in stock) in the same transaction."""
    values: dict[str, Any] = {
        "name": data.name,
        "price": data.price,
        "compare_at_price": data.compare_at_price,
        "image_url": data.image_url,
        "url": data.url,
        "category": data.category,
        "stock": data.stock,
        "is_active": data.active,
        "replenish_days": data.replenish_days,
    }
    async with in_transaction():
        before = await Product.filter(store=store, sku=sku).select_for_update().first()
        if before is None:
            try:
                async with in_transaction():  # a savepoint: a lost race leaves the rest usable
                    product = await Product.create(store=store, sku=sku, created_at=now,
                                                   **values)
                return product, True
            except IntegrityError:  # created meanwhile by another request: update it instead
                before = await Product.get(store=store, sku=sku)
        old_price, old_stock = before.price, before.stock
        await before.update_from_dict(values).save()
        product = before
        await automation_hooks.product_saved(store, product, old_price, old_stock, now)
    return product, False


async def bulk_upsert(store: Store, items: list[tuple[str, ProductIn]],
                      now: datetime) -> dict[str, int]:
    """All rows or none: a failure part-way leaves the catalog as it was."""
    created = updated = 0
    async with in_transaction():
        for sku, data in items:
            _, was_created = await upsert_product(store, sku, data, now)
            if was_created:
                created += 1
            else:
                updated += 1
    return {"created": created, "updated": updated}


async def get_product(store: Store, sku: str) -> Product:
    product = await Product.get_or_none(store=store, sku=sku) if len(sku) <= 64 else None
    if product is None:
        raise NotFound(f"no product with SKU '{sku}'", code="unknown_sku")
    return product


async def list_products(
    store: Store, *, limit: int = 100, offset: int = 0, category: str | None = None
) -> tuple[list[Product], int]:
    query = Product.filter(store=store)
    if category:
        query = query.filter(category=category)
    total = await query.count()
    products = await query.order_by("sku").offset(offset).limit(limit)
    return products, total


async def delete_product(store: Store, sku: str) -> None:
    deleted = len(sku) <= 64 and await Product.filter(store=store, sku=sku).delete()
    if not deleted:
        raise NotFound(f"no product with SKU '{sku}'", code="unknown_sku")


async def record_view(store: Store, visitor_key: str, sku: str, now: datetime) -> None:
    """A shopper looked at a product's page: one row per visitor and product, counted."""
    product = await get_product(store, sku)
    visitor, _ = await Visitor.get_or_create(store=store, key=visitor_key)
    seen = ProductView.filter(visitor=visitor, product=product)
    if await seen.update(views=F("views") + 1, last_viewed_at=now):
        return
    try:
        await ProductView.create(store=store, visitor=visitor, product=product,
                                 first_viewed_at=now, last_viewed_at=now)
    except IntegrityError:  # the same shopper's other tab got there first
        await seen.update(views=F("views") + 1, last_viewed_at=now)
