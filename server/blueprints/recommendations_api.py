"""The store API's recommendations: settings, the merchant's pins and exclusions, and what a
product's page or cart would show (secret key)."""

from __future__ import annotations

from typing import Any

from quart import Blueprint
from quart_schema import security_scheme_blueprint, tag

from server.blueprints import current
from server.blueprints.keys import require_secret_store
from server.blueprints.validation import validate_json
from server.errors import NotFound
from server.models import Product
from server.recommendations import picks, rules
from server.recommendations.rules import RuleIn
from server.recommendations.settings import RecommendationSettings, save_settings

blueprint = Blueprint("recommendations_api", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])


@blueprint.before_request
async def authenticate() -> None:
    """The key first: a request without it learns nothing, not even whether its body is valid."""
    await require_secret_store()


@blueprint.get("/recommendations/settings")
@tag(["recommendations"])
async def get_settings() -> dict[str, Any]:
    """On or off, the minimum support (orders a pair must be seen in), how many are shown."""
    return RecommendationSettings.of(await require_secret_store()).view()


@blueprint.put("/recommendations/settings")
@tag(["recommendations"])
@validate_json(RecommendationSettings)
async def put_settings(data: RecommendationSettings) -> dict[str, Any]:
    store = await require_secret_store()
    await save_settings(store, data)
    return data.view()


@blueprint.get("/recommendations/rules")
@tag(["recommendations"])
async def list_rules() -> dict[str, Any]:
    """The pins and exclusions, oldest first."""
    return {"rules": await rules.list_rules(await require_secret_store())}


@blueprint.post("/recommendations/rules")
@tag(["recommendations"])
@validate_json(RuleIn)
async def add_rule(data: RuleIn) -> tuple[dict[str, Any], int]:
    """Pin `target` first, or exclude it, next to `product` (or, with `product` null, next to
    every product). A rule for the same two products replaces the one before."""
    store = await require_secret_store()
    rule = await rules.add_rule(store, data, current.now())
    return {"id": rule.id, "action": rule.action, "product": data.product,
            "target": data.target}, 201


@blueprint.delete("/recommendations/rules/<id:rule_id>")
@tag(["recommendations"])
async def delete_rule(rule_id: int) -> tuple[str, int]:
    await rules.delete_rule(await require_secret_store(), rule_id)
    return "", 204


@blueprint.get("/products/<sku:sku>/recommendations")
@tag(["recommendations"])
async def product_recommendations(sku: str) -> dict[str, Any]:
    """What goes well with this product now, as the cart shows it, with why each is there
    (`pinned`, `bought_together`, `bestseller`)."""
    store = await require_secret_store()
    product = await Product.get_or_none(store_id=store.id, sku=sku) if len(sku) <= 64 else None
    if product is None:
        raise NotFound(f"no product with SKU '{sku[:64]}'", code="unknown_sku")
    found = await picks.recommend(store, [product.id])
    return {"sku": product.sku, "recommendations": [r.view() for r in found]}
