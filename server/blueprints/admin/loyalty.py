"""Loyalty points in the admin console: the program's settings (owners change them, through the
same `save_loyalty_settings` as the store API), its figures, and a shopper's balance and ledger
looked up by email, with a manual credit or debit."""

from __future__ import annotations

from typing import Any

from pydantic import EmailStr, TypeAdapter, ValidationError
from quart import redirect, request
from werkzeug.datastructures import MultiDict

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    RowError,
    blueprint,
    money_of,
    render,
    store_page,
    to_major,
    to_minor,
    validated,
)
from server.errors import ApiError
from server.loyalty import ledger
from server.loyalty.settings import LoyaltySettings, LoyaltySettingsIn, save_loyalty_settings
from server.stores import currency_exponent

NUMBERS = ("min_redeem", "expiry_months", "bonus_first_order", "bonus_push", "bonus_feedback")
AMOUNTS = ("spend_per_point", "point_value")  # typed in the currency's major unit
_EMAIL: TypeAdapter[str] = TypeAdapter(EmailStr)


def _path(access: Access) -> str:
    return f"/admin/stores/{access.store.id}/loyalty"


def _shown(access: Access) -> dict[str, Any]:
    program = LoyaltySettings.of(access.store)
    exponent = currency_exponent(access.store.currency)
    return {**{n: str(getattr(program, n)) for n in NUMBERS},
            **{n: to_major(getattr(program, n), exponent) for n in AMOUNTS},
            "enabled": program.enabled}


async def _page(access: Access, *, shown: dict[str, Any] | None = None,
                errors: dict[str, str] | None = None, email: str = "",
                adjust_error: str = "", status: int = 200) -> tuple[str, int]:
    now = current.now()
    shopper = None
    lookup_error = ""
    if email:
        try:
            shopper = await ledger.shopper_view(access.store, email, now)
        except ApiError as exc:
            lookup_error = exc.message
    return await render("admin/loyalty.html", access, shown=shown or _shown(access),
                        errors=errors or {}, figures=await ledger.figures(access.store, now),
                        program=LoyaltySettings.of(access.store), email=email, shopper=shopper,
                        lookup_error=lookup_error, adjust_error=adjust_error,
                        money=money_of(access)), status


@blueprint.get("/stores/<id:store_id>/loyalty")
@store_page()
async def loyalty_page(access: Access) -> tuple[str, int]:
    return await _page(access, email=(request.args.get("email") or "").strip()[:254])


def _form(form: MultiDict[str, str], exponent: int) -> tuple[dict[str, Any], dict[str, Any],
                                                            dict[str, str]]:
    shown: dict[str, Any] = {n: form.get(n, "").strip()[:20] for n in (*NUMBERS, *AMOUNTS)}
    shown["enabled"] = form.get("enabled") == "1"
    data: dict[str, Any] = {"enabled": shown["enabled"]}
    errors: dict[str, str] = {}
    for name in NUMBERS:
        if shown[name]:
            data[name] = shown[name]
    for name in AMOUNTS:
        try:
            amount = to_minor(shown[name], exponent, "This amount")
        except RowError as exc:
            errors[name] = f"{exc}."
            continue
        if amount is not None:
            data[name] = amount
    return shown, data, errors


@blueprint.post("/stores/<id:store_id>/loyalty")
@store_page(owner=True)
async def save_loyalty(access: Access) -> Any:
    shown, data, errors = _form(await request.form, currency_exponent(access.store.currency))
    settings = validated(LoyaltySettingsIn, data, errors)
    if errors or settings is None:
        return await _page(access, shown=shown, errors=errors, status=400)
    await save_loyalty_settings(access.store, settings)
    return redirect(f"{_path(access)}?saved=1")


@blueprint.post("/stores/<id:store_id>/loyalty/adjust")
@store_page(owner=True)
async def adjust_points(access: Access) -> Any:
    form = await request.form
    email = (form.get("email") or "").strip()[:254]
    reason = (form.get("reason") or "").strip()[:200]
    try:
        email = _EMAIL.validate_python(email)
        points = int((form.get("points") or "").strip())
    except (ValidationError, ValueError):
        return await _page(access, email=email, status=400,
                           adjust_error="Give a valid email and a whole number of points.")
    if not reason:
        return await _page(access, email=email, status=400,
                           adjust_error="Say why: the reason is kept in the ledger.")
    try:
        await ledger.adjust(access.store, email, points, reason, current.now())
    except ApiError as exc:
        return await _page(access, email=email, adjust_error=exc.message, status=400)
    return redirect(f"{_path(access)}?email={email}&adjusted=1")
