"""Recommendations in the admin console: the settings, the pins and exclusions, and a preview of
what goes well with a product, with why."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from quart import redirect, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, field_errors, render, store_page
from server.errors import ApiError
from server.models import Product, ProductPair, ProductSales
from server.recommendations import picks, rules
from server.recommendations.settings import RecommendationSettings, save_settings

REASONS = {"pinned": "Pinned", "bought_together": "Bought together",
           "bestseller": "Bestseller in its category"}


async def _page(access: Access, *, errors: dict[str, str] | None = None,
                values: dict[str, Any] | None = None, status: int = 200) -> tuple[str, int]:
    store = access.store
    products = await Product.filter(store_id=store.id).order_by("sku").limit(2000).values_list(
        "sku", "name")
    sku = (request.args.get("sku") or "")[:64]
    preview = None
    if sku:
        product = await Product.get_or_none(store_id=store.id, sku=sku)
        if product is not None:
            preview = {"name": product.name,
                       "rows": [r.view() for r in await picks.recommend(store, [product.id])]}
    settings = RecommendationSettings.of(store)
    return await render(
        "admin/recommendations.html", access, settings=values or settings.view(),
        rules=await rules.list_rules(store), products=products, preview=preview, sku=sku,
        reasons=REASONS, errors=errors or {},
        figures={"pairs": await ProductPair.filter(store_id=store.id).count() // 2,
                 "sold": await ProductSales.filter(store_id=store.id).count()},
    ), status


@blueprint.get("/stores/<id:store_id>/recommendations")
@store_page()
async def recommendations_page(access: Access) -> tuple[str, int]:
    return await _page(access)


@blueprint.post("/stores/<id:store_id>/recommendations/settings")
@store_page(owner=True)
async def save_recommendation_settings(access: Access) -> Any:
    form = await request.form
    values = {"enabled": form.get("enabled") == "on",
              "min_support": form.get("min_support") or "", "count": form.get("count") or ""}
    try:
        data = RecommendationSettings.model_validate(values, strict=False)
    except ValidationError as exc:
        return await _page(access, errors=field_errors(exc), values=values, status=400)
    await save_settings(access.store, data)
    return redirect(f"/admin/stores/{access.store.id}/recommendations?saved=1")


@blueprint.post("/stores/<id:store_id>/recommendations/rules")
@store_page()
async def add_recommendation_rule(access: Access) -> Any:
    form = await request.form
    values = {"target": form.get("target") or "", "action": form.get("action") or "",
              "product": form.get("product") or None}
    try:
        await rules.add_rule(access.store, rules.RuleIn.model_validate(values, strict=False),
                             current.now())
    except ValidationError as exc:
        return await _page(access, errors=field_errors(exc), status=400)
    except ApiError as exc:
        return await _page(access, errors={"rule": exc.message}, status=exc.status)
    return redirect(f"/admin/stores/{access.store.id}/recommendations?saved=1")


@blueprint.post("/stores/<id:store_id>/recommendations/rules/<id:rule_id>/delete")
@store_page()
async def delete_recommendation_rule(access: Access, rule_id: int) -> Any:
    try:
        await rules.delete_rule(access.store, rule_id)
    except ApiError as exc:
        return await _page(access, errors={"rule": exc.message}, status=exc.status)
    return redirect(f"/admin/stores/{access.store.id}/recommendations")
