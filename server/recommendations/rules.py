"""The merchant's pins and exclusions: a product shown first, or never, next to one product or
next to every product of the store."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import StringConstraints
from tortoise.transactions import in_transaction

from server.errors import ApiError, NotFound
from server.models import Product, RecommendationRule, Store
from server.recommendations.picks import forget_store
from server.schemas import Strict

MAX_RULES = 2000  # per store

Sku = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class RuleIn(Strict):
    target: Sku  # the product pinned or excluded
    action: Literal["pin", "exclude"]
    product: Sku | None = None  # next to this product; None: next to every product


async def _product(store: Store, sku: str) -> Product:
    product = await Product.get_or_none(store_id=store.id, sku=sku)
    if product is None:
        raise NotFound(f"no product with SKU '{sku[:64]}'", code="unknown_sku",
                       details={"sku": sku[:64]})
    return product


async def add_rule(store: Store, rule: RuleIn, now: datetime) -> RecommendationRule:
    """Pin or exclude *rule.target* (next to *rule.product*, or everywhere). A rule for the same
    two products is replaced: a product is pinned or excluded, not both."""
    target = await _product(store, rule.target)
    anchor = await _product(store, rule.product) if rule.product is not None else None
    if anchor is not None and anchor.id == target.id:
        raise ApiError("a product is never recommended next to itself", code="same_product")
    async with in_transaction():
        same = RecommendationRule.filter(store_id=store.id, target_id=target.id,
                                         product_id=anchor.id if anchor else None)
        await same.delete()
        if await RecommendationRule.filter(store_id=store.id).count() >= MAX_RULES:
            raise ApiError(f"a store has at most {MAX_RULES} recommendation rules",
                           code="too_many_rules")
        created = await RecommendationRule.create(store_id=store.id, target_id=target.id,
                                                  product_id=anchor.id if anchor else None,
                                                  action=rule.action, created_at=now)
    forget_store(store.id)
    return created


async def delete_rule(store: Store, rule_id: int) -> None:
    deleted = await RecommendationRule.filter(store_id=store.id, id=rule_id).delete()
    if not deleted:
        raise NotFound(f"no recommendation rule {rule_id}", code="unknown_rule")
    forget_store(store.id)


async def list_rules(store: Store) -> list[dict[str, Any]]:
    rules = await RecommendationRule.filter(store_id=store.id).order_by("id")
    ids = {r.target_id for r in rules} | {r.product_id for r in rules if r.product_id}
    products = {p.id: p for p in await Product.filter(store_id=store.id, id__in=list(ids))}
    return [{"id": r.id, "action": r.action,
             "product": products[r.product_id].sku if r.product_id else None,
             "product_name": products[r.product_id].name if r.product_id else None,
             "target": products[r.target_id].sku, "target_name": products[r.target_id].name,
             "created_at": r.created_at.isoformat()}
            for r in rules]
