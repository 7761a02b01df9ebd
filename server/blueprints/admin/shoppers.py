"""Shoppers' privacy requests in the admin console: find a shopper by email, see everything the
store holds about them, download it as JSON, and erase them (owners, after confirming)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError
from quart import Response, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, message_page, render, store_page
from server.privacy import erasure
from server.privacy.schemas import ShopperQuery
from server.privacy.shoppers import export_shopper

SECTIONS = (
    ("visitors", "Visitor records"), ("carts", "Carts"), ("orders", "Orders"),
    ("feedback", "Feedback"), ("push_subscriptions", "Push subscriptions"),
    ("deliveries", "Messages"), ("product_views", "Product views"),
    ("product_alerts", "Product alerts"), ("automation_runs", "Automation runs"),
    ("consents", "Consents"), ("email_suppressions", "Email suppressions"),
    ("erasures", "Erasures"),
)


def _email(value: str | None) -> tuple[str, str]:
    """(the address, "") when *value* is one, else (what was typed, why it is not)."""
    typed = (value or "").strip()[:320]
    try:
        return str(ShopperQuery.model_validate({"email": typed}).email).lower(), ""
    except ValidationError:
        return typed, "Enter the shopper's email address (name@example.com)."


@blueprint.get("/stores/<id:store_id>/shoppers")
@store_page()
async def shoppers_page(access: Access) -> Any:
    typed = request.args.get("email")
    if typed is None:
        return await render("admin/shoppers.html", access, email="", error="", export=None,
                            sections=SECTIONS, pretty="")
    email, error = _email(typed)
    if error:
        return await render("admin/shoppers.html", access, email=email, error=error,
                            export=None, sections=SECTIONS, pretty=""), 400
    export = await export_shopper(access.store, email, current.now(),
                                  current.settings().secret_key)
    return await render("admin/shoppers.html", access, email=email, error="", export=export,
                        sections=SECTIONS, pretty=json.dumps(export, indent=2,
                                                             ensure_ascii=False),
                        erased=request.args.get("erased") == "1")


@blueprint.get("/stores/<id:store_id>/shoppers/export.json")
@store_page()
async def shopper_download(access: Access) -> Any:
    email, error = _email(request.args.get("email"))
    if error:
        return await message_page(400, "Not an email address", error)
    export = await export_shopper(access.store, email, current.now(),
                                  current.settings().secret_key)
    name = "shopper-" + "".join(c if c.isalnum() else "-" for c in email) + ".json"
    return Response(json.dumps(export, indent=2, ensure_ascii=False),
                    content_type="application/json; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store"})


@blueprint.get("/stores/<id:store_id>/shoppers/erase")
@store_page(owner=True)
async def erase_confirmation(access: Access) -> Any:
    email, error = _email(request.args.get("email"))
    if error:
        return await message_page(400, "Not an email address", error)
    export = await export_shopper(access.store, email, current.now(),
                                  current.settings().secret_key)
    return await render("admin/shoppers_erase.html", access, email=email, export=export,
                        sections=SECTIONS, error="")


@blueprint.post("/stores/<id:store_id>/shoppers/erase")
@store_page(owner=True)
async def erase_shopper(access: Access) -> Any:
    """The confirmation's form: the address typed again, then the erasure (CSRF-checked, as
    every form of the console)."""
    form = await request.form
    email, error = _email(form.get("email"))
    if error:
        return await message_page(400, "Not an email address", error)
    if (form.get("confirm") or "").strip().lower() != email:
        export = await export_shopper(access.store, email, current.now(),
                                      current.settings().secret_key)
        return await render("admin/shoppers_erase.html", access, email=email, export=export,
                            sections=SECTIONS,
                            error="Type the shopper's address exactly to confirm."), 400
    done = await erasure.erase_shopper(
        access.store, email, server_secret=current.settings().secret_key,
        requested_by=erasure.admin_requester(access.user), now=current.now())
    return await render("admin/shoppers_erased.html", access, email=email,
                        erasure=erasure.erasure_view(done))
