"""Segments in the admin console: the list with live counts, the rule builder (a little script
keeps a hidden JSON field and asks for the matching count as rules change), save, delete."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from quart import jsonify, redirect, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    blueprint,
    field_errors,
    message_page,
    render,
    store_page,
)
from server.campaigns import segments
from server.errors import ApiError
from server.models import Campaign, CampaignStatus, Product, Segment

RULE_TYPES = {
    "viewed": "Viewed a product or category", "added_to_cart": "Added to cart",
    "purchased": "Purchased", "abandoned_cart": "Has an abandoned cart",
    "last_seen": "Last seen", "locale": "Language", "country": "Country",
    "device": "Device", "browser": "Browser", "channel": "Subscribed channel",
}
LANGUAGES = {"en": "English", "hi": "हिन्दी Hindi", "bn": "বাংলা Bengali",
             "gu": "ગુજરાતી Gujarati", "ur": "اردو Urdu"}
MAX_BODY = 20_000


async def _choices(access: Access) -> dict[str, Any]:
    """What the builder offers: the store's SKUs and categories, devices, browsers, languages."""
    products = await Product.filter(store=access.store).order_by("sku").limit(2000).values_list(
        "sku", "name", "category")
    return {"types": RULE_TYPES, "skus": [[sku, name] for sku, name, _ in products],
            "categories": sorted({c for *_, c in products if c}),
            "devices": list(segments.DEVICES), "browsers": list(segments.BROWSERS),
            "languages": [[code, label] for code, label in LANGUAGES.items()]}


def _parse(form: Any) -> tuple[dict[str, Any], dict[str, str], segments.SegmentIn | None]:
    raw = form.get("rules_json") or "[]"
    values: dict[str, Any] = {"name": form.get("name") or "", "match": form.get("match") or "all",
                              "rules": []}
    if len(raw) > MAX_BODY:
        return values, {"rules": "Too many rules."}, None
    try:
        values["rules"] = json.loads(raw)
    except ValueError:
        return values, {"rules": "The rules could not be read; reload the page."}, None
    try:
        return values, {}, segments.SegmentIn.model_validate(values, strict=False)
    except ValidationError as exc:
        errors = field_errors(exc, lambda loc: "rules" if loc[0] == "rules" else str(loc[0]))
        return values, errors, None


async def _editor(access: Access, segment: Segment | None, values: dict[str, Any],
                  errors: dict[str, str], status: int = 200) -> tuple[str, int]:
    return await render("admin/segment.html", access, segment=segment, values=values,
                        errors=errors, choices=await _choices(access)), status


@blueprint.get("/stores/<id:store_id>/segments")
@store_page()
async def segment_list(access: Access) -> str:
    now = current.now()
    rows = [await segments.view(s, now) for s in
            await Segment.filter(store=access.store).order_by("name", "id")]
    everyone = await segments.count(access.store.id, "all", [], now)
    return await render("admin/segments.html", access, rows=rows, everyone=everyone,
                        describe=segments.describe)


@blueprint.get("/stores/<id:store_id>/segments/new")
@store_page()
async def new_segment(access: Access) -> tuple[str, int]:
    return await _editor(access, None, {"name": "", "match": "all", "rules": [
        {"type": "abandoned_cart", "days": 7}]}, {})


async def _not_found() -> tuple[str, int]:
    return await message_page(404, "Not found", "There is no such segment here.")


@blueprint.get("/stores/<id:store_id>/segments/<id:segment_id>")
@store_page()
async def edit_segment(access: Access, segment_id: int) -> Any:
    segment = await Segment.get_or_none(store=access.store, id=segment_id)
    if segment is None:
        return await _not_found()
    return await _editor(access, segment, {"name": segment.name, "match": segment.match,
                                           "rules": segment.rules}, {})


@blueprint.post("/stores/<id:store_id>/segments")
@store_page()
async def create_segment(access: Access) -> Any:
    values, errors, data = _parse(await request.form)
    if data is None:
        return await _editor(access, None, values, errors, 400)
    segment, _ = await segments.create(access.store, data, current.now())
    return redirect(f"/admin/stores/{access.store.id}/segments/{segment.id}?saved=1")


@blueprint.post("/stores/<id:store_id>/segments/<id:segment_id>")
@store_page()
async def update_segment(access: Access, segment_id: int) -> Any:
    segment = await Segment.get_or_none(store=access.store, id=segment_id)
    if segment is None:
        return await _not_found()
    values, errors, data = _parse(await request.form)
    if data is None:
        return await _editor(access, segment, values, errors, 400)
    await segments.update(segment, data, current.now())
    return redirect(f"/admin/stores/{access.store.id}/segments/{segment.id}?saved=1")


@blueprint.post("/stores/<id:store_id>/segments/<id:segment_id>/delete")
@store_page()
async def delete_segment(access: Access, segment_id: int) -> Any:
    segment = await Segment.get_or_none(store=access.store, id=segment_id)
    if segment is None:
        return await _not_found()
    if await Campaign.filter(store=access.store, segment=str(segment.id),
                             status=CampaignStatus.SCHEDULED).exists():
        return await message_page(409, "This segment is in use",
                                  "A scheduled campaign goes to it. Cancel the campaign first.")
    await segment.delete()
    return redirect(f"/admin/stores/{access.store.id}/segments")


@blueprint.post("/stores/<id:store_id>/segments/count")
@store_page()
async def count_segment(access: Access) -> Any:
    """The live count as the builder changes: JSON in ({match, rules}), counts out."""
    body = await request.get_json(silent=True)
    if not isinstance(body, dict) or len(json.dumps(body)) > MAX_BODY:
        return jsonify({"error": "send {match, rules} as JSON"}), 400
    try:
        rules = segments.SegmentRules.model_validate(body, strict=False)
    except ValidationError as exc:
        return jsonify({"error": next(iter(field_errors(exc).values()))}), 400
    try:
        counts = await segments.count(access.store.id, rules.match, rules.rules, current.now())
    except ApiError as exc:
        return jsonify({"error": exc.message}), 400
    return jsonify(counts.__dict__)
