"""A store's product catalog: the only source of names, prices, images and stock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

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
    }


async def upsert_product(store: Store, sku: str, data: ProductIn) -> tuple[Product, bool]:
    values = {
        "name": data.name,
        "price": data.price,
        "compare_at_price": data.compare_at_price,
        "image_url": data.image_url,
        "url": data.url,
        "category": data.category,
        "stock": data.stock,
        "is_active": data.active,
    }
    product, created = await Product.update_or_create(defaults=values, store=store, sku=sku)
    return product, created


async def bulk_upsert(store: Store, items: list[tuple[str, ProductIn]]) -> dict[str, int]:
    """All rows or none: a failure part-way leaves the catalog as it was."""
    created = updated = 0
    async with in_transaction():
        for sku, data in items:
            _, was_created = await upsert_product(store, sku, data)
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
