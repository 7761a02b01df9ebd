"""The counts recommendations are read from, kept current as orders are confirmed: how many
orders held each pair of products (ProductPair, both directions) and each product
(ProductSales).

An order is folded in by `fold_order`, called inside the transaction that confirms it (an
offline order as it is placed, an online one as its payment arrives). That transaction's
conditional UPDATE succeeds once per order, so the order is counted exactly once, and a
rollback takes its counts with it; no queue or scheduler pass can count it twice or miss it.
The cost is two statements per confirmed order, whatever its size (and a third that reads the
order's categories, to drop what this process cached of their bestsellers); on PostgreSQL the
pair rows are upserted in one order (by product, then partner), so concurrent orders of the same
products wait for each other instead of deadlocking.

`rebuild` recounts a store from its whole history with set-based SQL (for a store importing
its past orders: `pushcart recommendations rebuild`)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from server.bulk import Statement, analyze
from server.models import OrderStatus, Product, ProductPair, ProductSales, Store
from server.recommendations.picks import caches_store, forget_all, forget_products

CONFIRMED = (OrderStatus.PLACED.value, OrderStatus.PAID.value)

# the order's distinct products, as the catalog knows them (order lines keep the SKU)
_ORDER_PRODUCTS = ("WITH lines AS (SELECT DISTINCT p.id AS product_id FROM order_item oi "
                   "JOIN product p ON p.store_id = ? AND p.sku = oi.sku WHERE oi.order_id = ?) ")
# "WHERE true": SQLite reads an ON after a SELECT's join as the join's ON otherwise
_FOLD_PAIRS = (_ORDER_PRODUCTS
               + "INSERT INTO product_pair (store_id, product_id, partner_id, order_count) "
               "SELECT ?, a.product_id, b.product_id, 1 FROM lines a "
               "JOIN lines b ON b.product_id <> a.product_id WHERE true "
               "ORDER BY a.product_id, b.product_id "
               "ON CONFLICT (product_id, partner_id) "
               "DO UPDATE SET order_count = product_pair.order_count + 1")
_FOLD_SALES = (_ORDER_PRODUCTS
               + "INSERT INTO product_sales (store_id, product_id, order_count) "
               "SELECT ?, product_id, 1 FROM lines WHERE true ORDER BY product_id "
               "ON CONFLICT (product_id) DO UPDATE SET order_count = product_sales.order_count + 1 "
               "RETURNING product_id")

# a confirmed order that was not cancelled afterwards, of this store
_COUNTED = ("o.store_id = ? AND o.status IN (?, ?) AND o.fulfilment_status <> 'cancelled'")
_REBUILD_PAIRS = (
    "INSERT INTO product_pair (store_id, product_id, partner_id, order_count) "
    "SELECT o.store_id, pa.id, pb.id, COUNT(DISTINCT o.id) FROM \"order\" o "
    "JOIN order_item a ON a.order_id = o.id "
    "JOIN order_item b ON b.order_id = o.id AND b.sku <> a.sku "
    "JOIN product pa ON pa.store_id = o.store_id AND pa.sku = a.sku "
    "JOIN product pb ON pb.store_id = o.store_id AND pb.sku = b.sku "
    f"WHERE {_COUNTED} GROUP BY o.store_id, pa.id, pb.id")
_REBUILD_SALES = (
    "INSERT INTO product_sales (store_id, product_id, order_count) "
    "SELECT o.store_id, p.id, COUNT(DISTINCT o.id) FROM \"order\" o "
    "JOIN order_item a ON a.order_id = o.id "
    "JOIN product p ON p.store_id = o.store_id AND p.sku = a.sku "
    f"WHERE {_COUNTED} GROUP BY o.store_id, p.id")


async def fold_order(store_id: int, order_id: int) -> None:
    """Count one newly confirmed order. Call it in the transaction that confirms the order."""
    statement = Statement(ProductPair)
    await statement.rows(_FOLD_PAIRS, [store_id, order_id, store_id])
    sold = [int(row["product_id"]) for row in
            await statement.rows(_FOLD_SALES, [store_id, order_id, store_id])]
    # this process reads the new counts at once; the others within CANDIDATE_SECONDS
    if caches_store(store_id):
        categories = await Product.filter(id__in=sold).distinct().values_list("category",
                                                                              flat=True)
        forget_products(store_id, sold, [str(c) for c in categories])


@dataclass(frozen=True)
class RebuildResult:
    pairs: int  # ProductPair rows (each pair counted in both directions)
    products: int  # products sold at least once
    seconds: float


async def rebuild(store_id: int) -> RebuildResult:
    """Recount a store's pairs and sales from all its confirmed orders, in one transaction
    (readers see the old counts until it commits)."""
    started = time.perf_counter()
    params = [store_id, *CONFIRMED]
    async with in_transaction():
        statement = Statement(ProductPair)  # made inside: it runs in the transaction
        await ProductPair.filter(store_id=store_id).delete()
        await ProductSales.filter(store_id=store_id).delete()
        await statement.rows(_REBUILD_PAIRS, params)
        await statement.rows(_REBUILD_SALES, params)
        pairs = await ProductPair.filter(store_id=store_id).count()
        products = await ProductSales.filter(store_id=store_id).count()
    await analyze(ProductPair)
    await analyze(ProductSales)
    forget_all()
    return RebuildResult(pairs=pairs, products=products,
                         seconds=time.perf_counter() - started)


async def rebuild_stores(public_key: str | None) -> list[tuple[str, RebuildResult]]:
    """`rebuild` the store of this public key, or every store; (name, result) of each."""
    query = Store.all().order_by("id")
    if public_key is not None:
        query = query.filter(public_key=public_key)
    chosen = await query
    if public_key is not None and not chosen:
        raise LookupError(f"no store with public key {public_key}")
    return [(store.name, await rebuild(store.id)) for store in chosen]
