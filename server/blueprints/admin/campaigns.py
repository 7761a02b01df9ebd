"""Campaigns in the admin console: compose (audience, A/B variants, now / at a time / at a local
time in each subscriber's zone), the list with CSV export, each campaign's results, cancel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from quart import Response, redirect, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    blueprint,
    csv_response,
    local_time,
    message_page,
    money_of,
    render,
    store_page,
    validated,
)
from server.campaigns import results, sending
from server.campaigns.schemas import CampaignIn
from server.errors import ApiError
from server.messaging.formatting import zone_of
from server.models import Segment

KINDS = {"flash_sale": "Flash sale", "new_launch": "New launch", "offer": "Offer",
         "custom": "Custom"}
URGENCIES = {"normal": "Normal", "high": "High (wakes the device)", "low": "Low",
             "very-low": "Very low"}
WHEN = ("now", "at", "local")
VARIANT_LETTERS = "ABCD"
FORM_FIELDS = ("kind", "title", "body", "url", "icon", "image", "urgency", "ttl_hours", "when",
               "send_at", "segment", "ab", *(f"variant{x}_{f}" for x in "BCD"
                                             for f in ("title", "body", "url")),
               *(f"weight{x}" for x in VARIANT_LETTERS))


def _rename(loc: tuple[Any, ...]) -> str:
    """pydantic's location of an error → the form field that shows it."""
    if loc[0] == "actions" and len(loc) > 2:
        return f"action{int(loc[1]) + 1}_{loc[2]}"
    if loc[0] == "variants" and len(loc) > 2:
        letter = VARIANT_LETTERS[int(loc[1])]
        return f"weight{letter}" if loc[2] == "weight" else (
            str(loc[2]) if letter == "A" else f"variant{letter}_{loc[2]}")
    return str(loc[0])


def _campaign_form(form: Any, access: Access,
                   ) -> tuple[CampaignIn | None, list[dict[str, str]], dict[str, str]]:
    """The form checked as the store API's CampaignIn: the campaign (None if a field is wrong),
    its buttons as typed, and the errors per field."""
    values: dict[str, Any] = {
        "kind": form.get("kind") or "custom", "title": form.get("title") or "",
        "body": form.get("body") or "", "url": (form.get("url") or "").strip(),
        "icon": (form.get("icon") or "").strip(), "image": (form.get("image") or "").strip(),
        "urgency": form.get("urgency") or "normal", "segment": form.get("segment") or "all",
        "actions": [], "variants": [],
    }
    errors: dict[str, str] = {}
    try:
        values["ttl"] = int(float(form.get("ttl_hours") or 24) * 3600)
    except ValueError:
        errors["ttl_hours"] = "Hours, e.g. 24."
    for n in (1, 2):
        title, url = (form.get(f"action{n}_title") or "").strip(), \
            (form.get(f"action{n}_url") or "").strip()
        if title or url:
            values["actions"].append({"action": f"button{n}", "title": title, "url": url})
    if form.get("ab"):
        shared = {k: values[k] for k in ("icon", "image", "actions")}
        values["variants"].append({"title": values["title"], "body": values["body"],
                                   "url": values["url"], **shared,
                                   "weight": form.get("weightA") or 1})
        for letter in "BCD":
            title = (form.get(f"variant{letter}_title") or "").strip()
            if not title and letter != "B":
                continue  # C and D are optional
            values["variants"].append({
                "title": title, "body": form.get(f"variant{letter}_body") or "",
                "url": (form.get(f"variant{letter}_url") or "").strip() or values["url"],
                **shared, "weight": form.get(f"weight{letter}") or 1})
    when = form.get("when") if form.get("when") in WHEN else "now"
    values["send_at"], values["local_time"] = None, when == "local"
    if when != "now":
        try:
            moment = datetime.fromisoformat(form.get("send_at") or "")
            values["send_at"] = moment if when == "local" else moment.replace(
                tzinfo=zone_of(access.store.timezone))
        except ValueError:
            errors["send_at"] = "Choose a date and time."
    data = validated(CampaignIn, values, errors, _rename)
    return (None if errors else data), values["actions"], errors


async def _segment_choices(access: Access) -> list[Segment]:
    return await Segment.filter(store=access.store).order_by("name", "id")


async def _compose_page(access: Access, values: dict[str, Any], errors: dict[str, str],
                        status: int = 200) -> tuple[str, int]:
    return await render("admin/campaign_new.html", access, values=values, errors=errors,
                        kinds=KINDS, urgencies=URGENCIES,
                        segments=await _segment_choices(access)), status


@blueprint.get("/stores/<id:store_id>/campaigns")
@store_page()
async def campaign_list(access: Access) -> str:
    rows = await results.list_with_counts(access.store)
    return await render("admin/campaigns.html", access, rows=rows, kinds=KINDS,
                        local=lambda m: local_time(access, m))


@blueprint.get("/stores/<id:store_id>/campaigns.csv")
@store_page()
async def campaign_csv(access: Access) -> Response:
    rows = await results.list_with_counts(access.store)
    columns = ["targeted", "sent", "delivered", "failed", "expired", "capped", "clicked",
               "orders", "revenue"]
    return csv_response(f"campaigns-{access.store.id}.csv",
                        ["id", "kind", "title", "status", "send_at", "local_time", *columns],
                        [[r["id"], r["kind"], r["title"], r["status"], r["send_at"],
                          r["local_time"], *(r[c] for c in columns)] for r in rows])


@blueprint.get("/stores/<id:store_id>/campaigns/new")
@store_page()
async def new_campaign(access: Access) -> tuple[str, int]:
    return await _compose_page(access, {
        "kind": "flash_sale", "title": "", "body": "", "url": "", "icon": "", "image": "",
        "urgency": "normal", "ttl_hours": "24", "when": "now", "send_at": "", "actions": [],
        "segment": request.args.get("segment", "all"), "ab": "", "weightA": "1",
        "weightB": "1", "weightC": "1", "weightD": "1"}, {})


@blueprint.post("/stores/<id:store_id>/campaigns")
@store_page()
async def create_campaign(access: Access) -> Any:
    form = await request.form
    data, actions, errors = _campaign_form(form, access)
    if data is not None:
        try:
            campaign = await sending.create_campaign(access.store, data, current.now())
        except ApiError as exc:
            errors["segment" if exc.code == "unknown_segment" else
                   "send_at" if exc.code == "invalid_send_at" else "title"] = exc.message
        else:
            return redirect(f"/admin/stores/{access.store.id}/campaigns/{campaign.id}")
    shown = {**{k: form.get(k, "") for k in FORM_FIELDS}, "actions": actions}
    return await _compose_page(access, shown, errors, 400)


@blueprint.get("/stores/<id:store_id>/campaigns/<id:campaign_id>")
@store_page()
async def campaign_page(access: Access, campaign_id: int) -> Any:
    try:
        campaign = await sending.get_campaign(access.store, campaign_id)
    except ApiError:
        return await message_page(404, "Not found", "There is no such campaign here.")
    view = await results.campaign_view(campaign, with_orders=True)
    segment = None
    if campaign.segment != "all":
        segment = await Segment.get_or_none(store=access.store, id=int(campaign.segment))
    variants = view.get("variants", [])
    ranked = sorted((v for v in variants if v["ctr"]), key=lambda v: v["ctr"], reverse=True)
    leading = ranked[0]["variant"] if ranked and (
        len(ranked) == 1 or ranked[0]["ctr"] > ranked[1]["ctr"]) else None
    ab_chart = {"labels": [f"Variant {v['variant']}" for v in variants], "series": [
        {"label": "CTR %", "values": [round((v["ctr"] or 0) * 100, 1) for v in variants]},
        {"label": "Conversion %",
         "values": [round((v["conversion"] or 0) * 100, 1) for v in variants]}]}
    return await render("admin/campaign.html", access, campaign=campaign, view=view,
                        kinds=KINDS, local=lambda m: local_time(access, m),
                        money=money_of(access), segment=segment, leading=leading,
                        ab_chart=ab_chart)


@blueprint.get("/stores/<id:store_id>/campaigns/<id:campaign_id>/variants.csv")
@store_page()
async def variants_csv(access: Access, campaign_id: int) -> Any:
    try:
        campaign = await sending.get_campaign(access.store, campaign_id)
    except ApiError:
        return await message_page(404, "Not found", "There is no such campaign here.")
    columns = ["variant", "title", "weight", "recipients", "delivered", "clicked", "ctr",
               "orders", "revenue"]
    return csv_response(f"campaign-{campaign.id}-variants.csv", columns,
                        [[r[c] for c in columns] for r in await results.variant_report(campaign)])


@blueprint.post("/stores/<id:store_id>/campaigns/<id:campaign_id>/cancel")
@store_page()
async def cancel_campaign(access: Access, campaign_id: int) -> Any:
    try:
        await sending.cancel_campaign(access.store, campaign_id)
    except ApiError as exc:
        if exc.status == 404:
            return await message_page(404, "Not found", "There is no such campaign here.")
        return await message_page(409, "Too late to cancel", exc.message)
    return redirect(f"/admin/stores/{access.store.id}/campaigns/{campaign_id}")
