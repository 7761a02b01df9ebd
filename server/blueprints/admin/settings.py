"""Store settings in the admin console, on three pages: the store and its checkout (locale, time
zone, payment methods, trust line, branding, the opt-in prompt), shipping and taxes, and
recovery (the reminder sequence with its texts per language, quiet hours, daily cap,
attribution window, the messages after a purchase). Everyone on the team can read them; owners
change them. Each form is checked by the same schema as the store API."""

from __future__ import annotations

import re
from typing import Any

from quart import redirect, request

from server import stores
from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    RowError,
    blueprint,
    message_page,
    render,
    store_page,
    to_major,
    to_minor,
    validated,
)
from server.checkout import rules
from server.checkout.schemas import ShippingRulesIn, TaxRatesIn
from server.errors import ApiError
from server.messaging import sms
from server.messaging.texts import LANGUAGES
from server.models import PAYMENT_METHODS, Channel, DiscountKind, ShippingRule, TaxRate
from server.recovery.settings import RecoverySettings, save_recovery_settings
from server.stores import PushPrompt, StoreSettingsIn, currency_exponent

PAYMENT_LABELS = {"card": "Card", "upi": "UPI", "pix": "Pix", "wallet": "Wallet",
                  "bank_transfer": "Bank transfer", "cash_on_delivery": "Cash on delivery"}
MOMENTS = {"after_add": "After the first add to cart", "confirmation": "On the order confirmation",
           "never": "Never"}
TEMPLATES = {"help": "Need help? (no items)", "items": "Your items are waiting",
             "incentive": "An incentive to finish"}
INCENTIVES = {"": "None", "percent": "Percent off", "fixed": "Amount off",
              "free_shipping": "Free shipping"}
LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "bn": "Bengali", "gu": "Gujarati",
                  "ur": "Urdu"}
MAX_STEPS, BLANK_ROWS = 5, 3
STEP_CHANNELS = ("push", "email", "sms", "whatsapp")


def _page(name: str) -> str:
    return f"admin/settings_{name}.html"


async def _show(access: Access, name: str, values: dict[str, Any], errors: dict[str, str],
                status: int = 200) -> tuple[str, int]:
    extra: dict[str, Any] = {}
    if name == "recovery":  # each step's SMS and WhatsApp texts, counted
        defaults = {t: {lang: sms.default_text(t, lang) for lang in LANGUAGES}
                    for t in TEMPLATES}
        extra = {"sms_defaults": defaults,
                 "texting": sms.TextMessageSettings.of(access.store).is_configured,
                 "sms": sms.admin_view(access.store, current.message_context().base_url, {
                     f"step{i}_{lang}": s["sms_texts"].get(lang)
                     or defaults.get(s["template"], defaults["items"])[lang]
                     for i, s in enumerate(values["steps"]) for lang in LANGUAGES})}
    return await render(_page(name), access, values=values, errors=errors, section=name,
                        payment_labels=PAYMENT_LABELS, moments=MOMENTS, templates=TEMPLATES,
                        incentives=INCENTIVES, languages=LANGUAGE_NAMES,
                        exponent=currency_exponent(access.store.currency), **extra), status


def _saved(access: Access, name: str) -> Any:
    path = "" if name == "store" else f"/{name}"
    return redirect(f"/admin/stores/{access.store.id}/settings{path}?saved=1")


def _checked(form: Any, name: str) -> bool:
    return bool(form.get(name))


# -- the store and its checkout --------------------------------------------------------------

def _store_values(access: Access) -> dict[str, Any]:
    store = access.store
    prompt = PushPrompt.of(store)
    return {
        "name": store.name, "locale": store.locale, "timezone": store.timezone,
        "country": store.country, "payment_methods": store.payment_methods,
        "trust_secure": store.trust.get("secure", ""),
        "trust_returns": store.trust.get("returns", ""),
        "trust_contact": store.trust.get("contact", ""),
        "brand_color": store.branding.get("color", "#0f766e"),
        "logo_url": store.branding.get("logo_url", ""),
        "prompt_moment": prompt.moment, "prompt_title": prompt.title,
        "prompt_body": prompt.body, "prompt_snooze_days": str(prompt.snooze_days),
    }


@blueprint.get("/stores/<id:store_id>/settings")
@store_page()
async def settings_store(access: Access) -> tuple[str, int]:
    return await _show(access, "store", _store_values(access), {})


@blueprint.post("/stores/<id:store_id>/settings")
@store_page(owner=True)
async def save_settings_store(access: Access) -> Any:
    form = await request.form
    values = {k: form.get(k, "") for k in _store_values(access)}
    values["payment_methods"] = [m for m in form.getlist("payment_methods")
                                 if m in PAYMENT_METHODS]
    changes = {
        "name": values["name"].strip(), "locale": values["locale"].strip(),
        "timezone": values["timezone"].strip(), "country": values["country"].strip(),
        "payment_methods": values["payment_methods"],
        "trust": {"secure": values["trust_secure"].strip(),
                  "returns": values["trust_returns"].strip(),
                  "contact": values["trust_contact"].strip()},
        "branding": {"color": values["brand_color"].strip(),
                     "logo_url": values["logo_url"].strip()},
        "push_prompt": {"moment": values["prompt_moment"], "title": values["prompt_title"],
                        "body": values["prompt_body"],
                        "snooze_days": values["prompt_snooze_days"] or 14},
    }
    errors: dict[str, str] = {}
    if not values["payment_methods"]:
        errors["payment_methods"] = "Choose at least one payment method."
    if not changes["name"]:
        errors["name"] = "The store needs a name."
    names = {"trust": "trust_secure", "branding": "brand_color"}
    checked = validated(StoreSettingsIn, changes, errors, lambda loc: f"prompt_{loc[1]}" if
                        loc[0] == "push_prompt" and len(loc) > 1
                        else names.get(str(loc[0]), str(loc[0])))
    if errors or checked is None:
        return await _show(access, "store", values, errors, 400)
    try:
        await stores.update_settings(access.store, checked)
    except ApiError as exc:
        field = {"invalid_branding": "brand_color", "invalid_locale": "locale",
                 "invalid_timezone": "timezone"}.get(exc.code, "name")
        if "logo" in exc.message:
            field = "logo_url"
        return await _show(access, "store", values, {field: exc.message}, 400)
    return _saved(access, "store")


# -- shipping and taxes ---------------------------------------------------------------------

async def _checkout_values(access: Access) -> dict[str, Any]:
    exponent = currency_exponent(access.store.currency)
    shipping = [{"country": r.country or "", "name": r.name, "rate": to_major(r.rate, exponent),
                 "free_above": to_major(r.free_above, exponent)}
                for r in await ShippingRule.filter(store=access.store).order_by("id")]
    taxes = [{"country": t.country, "region": t.region, "name": t.name,
              "rate": f"{t.rate_bp / 100:g}", "shipping": t.applies_to_shipping}
             for t in await TaxRate.filter(store=access.store).order_by("id")]
    blank_ship = {"country": "", "name": "", "rate": "", "free_above": ""}
    blank_tax = {"country": "", "region": "", "name": "", "rate": "", "shipping": False}
    return {"shipping": shipping + [blank_ship] * BLANK_ROWS,
            "taxes": taxes + [blank_tax] * BLANK_ROWS,
            "prices_include_tax": access.store.prices_include_tax}


def _rows(form: Any, prefix: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    count = min(int(form.get(f"{prefix}_rows") or 0), 300) if \
        (form.get(f"{prefix}_rows") or "").isdigit() else 0
    return [{f: (form.get(f"{prefix}_{f}_{i}") or "").strip() for f in fields}
            for i in range(count)]


@blueprint.get("/stores/<id:store_id>/settings/checkout")
@store_page()
async def settings_checkout(access: Access) -> tuple[str, int]:
    return await _show(access, "checkout", await _checkout_values(access), {})


@blueprint.post("/stores/<id:store_id>/settings/checkout")
@store_page(owner=True)
async def save_settings_checkout(access: Access) -> Any:
    form = await request.form
    exponent = currency_exponent(access.store.currency)
    shipping = _rows(form, "ship", ("country", "name", "rate", "free_above"))
    taxes = _rows(form, "tax", ("country", "region", "name", "rate", "shipping"))
    values = {"shipping": shipping, "taxes": [{**t, "shipping": bool(t["shipping"])}
                                              for t in taxes],
              "prices_include_tax": _checked(form, "prices_include_tax")}
    errors: dict[str, str] = {}
    ship_rows: list[dict[str, Any]] = []
    tax_rows: list[dict[str, Any]] = []
    for i, row in enumerate(shipping):
        if not any(row.values()):
            continue
        try:
            ship_rows.append({"country": row["country"].upper() or None,
                          "name": row["name"] or "Standard",
                          "rate": to_minor(row["rate"] or "0", exponent, "rate"),
                          "free_above": to_minor(row["free_above"], exponent, "free above")})
        except RowError as exc:
            errors[f"ship_{i}"] = f"{exc}."
    for i, row in enumerate(taxes):
        if not any(v for k, v in row.items() if k != "shipping"):
            continue
        try:
            percent = to_minor(row["rate"], 2, "rate")
            if percent is None:
                raise RowError("the rate is missing")
        except RowError as exc:
            errors[f"tax_{i}"] = f"{exc}."
            continue
        tax_rows.append({"country": row["country"].upper(), "region": row["region"].upper(),
                      "name": row["name"] or "Tax", "rate_bp": percent,
                      "applies_to_shipping": bool(row["shipping"])})
    if len({r["country"] for r in ship_rows}) != len(ship_rows):
        errors["shipping"] = "One shipping rule per country (and one for every other country)."
    if len({(r["country"], r["region"]) for r in tax_rows}) != len(tax_rows):
        errors["taxes"] = "One tax rate per country and region."
    indexes = [i for i, row in enumerate(shipping) if any(row.values())]
    tax_indexes = [i for i, row in enumerate(taxes)
                   if any(v for k, v in row.items() if k != "shipping")]
    shipping_rules = tax_rates = None
    if not errors:
        shipping_rules = validated(ShippingRulesIn, {"rules": ship_rows}, errors, lambda loc:
                                   f"ship_{indexes[int(loc[1])]}" if len(loc) > 1 else "shipping")
        tax_rates = validated(TaxRatesIn, {"rates": tax_rows}, errors, lambda loc:
                              f"tax_{tax_indexes[int(loc[1])]}" if len(loc) > 1 else "taxes")
    if errors or shipping_rules is None or tax_rates is None:
        return await _show(access, "checkout", values, errors, 400)
    await rules.replace_shipping_rules(access.store, shipping_rules.rules)
    await rules.replace_tax_rates(access.store, tax_rates.rates)
    await stores.update_settings(
        access.store, StoreSettingsIn(prices_include_tax=bool(values["prices_include_tax"])))
    return _saved(access, "checkout")


# -- recovery ----------------------------------------------------------------------------------

def _recovery_values(access: Access) -> dict[str, Any]:
    settings = RecoverySettings.of(access.store)
    after = settings.post_purchase
    exponent = currency_exponent(access.store.currency)
    quiet = settings.quiet_hours
    steps = []
    for i in range(MAX_STEPS):
        step = settings.steps[i] if i < len(settings.steps) else None
        incentive = step.incentive if step else None
        steps.append({
            "on": step is not None,
            "delay_hours": f"{step.delay_minutes / 60:g}" if step else "",
            "push": step is None or Channel.PUSH in step.channels,
            "email": step is None or Channel.EMAIL in step.channels,
            "sms": step is not None and Channel.SMS in step.channels,
            "whatsapp": step is not None and Channel.WHATSAPP in step.channels,
            "sms_texts": dict(step.sms_texts) if step else {},
            "template": step.template if step else "items",
            "incentive_kind": incentive.kind.value if incentive else "",
            "incentive_value": "" if incentive is None else (
                to_major(incentive.value, exponent) if incentive.kind == DiscountKind.FIXED
                else str(incentive.value)),
            "incentive_hours": str(incentive.valid_hours if incentive else 48),
            "texts": {lang: (step.texts[lang].model_dump()
                             if step and lang in step.texts else {}) for lang in LANGUAGES},
        })
    return {
        "enabled": settings.enabled,
        "abandon_after_minutes": str(settings.abandon_after_minutes),
        "quiet": quiet is not None, "quiet_start": str(quiet.start if quiet else 21),
        "quiet_end": str(quiet.end if quiet else 8), "daily_cap": str(settings.daily_cap),
        "attribution_hours": str(access.store.attribution_window_hours),
        "contact_email": settings.contact_email, "landing_url": settings.landing_url,
        "steps": steps,
        "confirm_push": Channel.PUSH in after.confirmation_channels,
        "confirm_email": Channel.EMAIL in after.confirmation_channels,
        "feedback_enabled": after.feedback.enabled,
        "feedback_days": str(after.feedback.after_days),
        "feedback_push": Channel.PUSH in after.feedback.channels,
        "feedback_email": Channel.EMAIL in after.feedback.channels,
        "feedback_url": after.feedback.url,
    }


def _recovery_form(form: Any, exponent: int) -> tuple[dict[str, Any], dict[str, Any],
                                                       dict[str, str]]:
    """(what the form shows again, what RecoverySettingsIn gets, errors so far)."""
    errors: dict[str, str] = {}
    shown: dict[str, Any] = {k: form.get(k, "") for k in (
        "abandon_after_minutes", "quiet_start", "quiet_end", "daily_cap", "attribution_hours",
        "contact_email", "landing_url", "feedback_days", "feedback_url")}
    for k in ("enabled", "quiet", "confirm_push", "confirm_email", "feedback_enabled",
              "feedback_push", "feedback_email"):
        shown[k] = _checked(form, k)
    steps: list[dict[str, Any]] = []
    shown["steps"] = []
    for i in range(MAX_STEPS):
        p = f"step{i}_"
        step = {"on": _checked(form, p + "on"), "delay_hours": form.get(p + "delay_hours", ""),
                "push": _checked(form, p + "push"), "email": _checked(form, p + "email"),
                "sms": _checked(form, p + "sms"), "whatsapp": _checked(form, p + "whatsapp"),
                "sms_texts": {lang: text for lang in LANGUAGES
                              if (text := (form.get(f"{p}sms_{lang}") or "").strip())},
                "template": form.get(p + "template", "items"),
                "incentive_kind": form.get(p + "incentive_kind", ""),
                "incentive_value": form.get(p + "incentive_value", ""),
                "incentive_hours": form.get(p + "incentive_hours", "48"),
                "texts": {lang: {"title": form.get(f"{p}title_{lang}", ""),
                                 "body": form.get(f"{p}body_{lang}", "")}
                          for lang in LANGUAGES}}
        shown["steps"].append(step)
        if not step["on"]:
            continue
        try:
            hours = to_minor(step["delay_hours"] or "", 2, "the delay")
            if hours is None:
                raise RowError("the delay is missing")
            incentive = None
            if step["incentive_kind"]:
                value = to_minor(step["incentive_value"] or "0",
                                 exponent if step["incentive_kind"] == "fixed" else 0,
                                 "the incentive")
                incentive = {"kind": step["incentive_kind"], "value": value or 0,
                             "valid_hours": step["incentive_hours"] or 48}
        except RowError as exc:
            errors[f"step{i}"] = f"Step {len(steps) + 1}: {exc}."
            continue
        texts = {lang: t for lang, t in step["texts"].items() if t["title"] or t["body"]}
        steps.append({"delay_minutes": round(hours * 60 / 100),
                      "channels": [c for c in STEP_CHANNELS if step[c]],
                      "template": step["template"], "incentive": incentive, "texts": texts,
                      "sms_texts": step["sms_texts"], "_index": i})
    quiet = {"start": shown["quiet_start"], "end": shown["quiet_end"]} if shown["quiet"] \
        else None
    data = {
        "enabled": shown["enabled"], "abandon_after_minutes": shown["abandon_after_minutes"],
        "quiet_hours": quiet, "daily_cap": shown["daily_cap"],
        "contact_email": shown["contact_email"].strip(),
        "landing_url": shown["landing_url"].strip(), "steps": steps,
        "post_purchase": {
            "confirmation_channels": [c for c in ("push", "email") if shown[f"confirm_{c}"]],
            "feedback": {"enabled": shown["feedback_enabled"],
                         "after_days": shown["feedback_days"] or 7,
                         "channels": [c for c in ("push", "email") if shown[f"feedback_{c}"]],
                         "url": shown["feedback_url"].strip()}},
    }
    return shown, data, errors


@blueprint.get("/stores/<id:store_id>/settings/recovery")
@store_page()
async def settings_recovery(access: Access) -> tuple[str, int]:
    return await _show(access, "recovery", _recovery_values(access), {})


@blueprint.post("/stores/<id:store_id>/settings/recovery")
@store_page(owner=True)
async def save_settings_recovery(access: Access) -> Any:
    form = await request.form
    shown, data, errors = _recovery_form(form, currency_exponent(access.store.currency))
    indexes = [s.pop("_index") for s in data["steps"]]

    def where(loc: tuple[Any, ...]) -> str:
        if loc[0] == "steps" and len(loc) > 1 and isinstance(loc[1], int):
            return f"step{indexes[loc[1]]}"
        if loc[0] == "post_purchase":
            return "feedback" if "feedback" in loc else "confirm"
        return "quiet" if loc[0] == "quiet_hours" else str(loc[0])

    attribution = shown["attribution_hours"]
    if not (attribution.isdigit() and 1 <= int(attribution) <= 720):
        errors["attribution_hours"] = "Between 1 and 720 hours."
    settings = validated(RecoverySettings, data, errors, where)
    if not data["steps"] and "steps" not in errors:
        errors["steps"] = "Keep at least one step (turn recovery off above to stop reminders)."
    if errors or settings is None:
        return await _show(access, "recovery", shown, errors, 400)
    try:
        await save_recovery_settings(access.store, settings, current.message_context().base_url)
    except ApiError as exc:
        field = ("landing_url" if "landing" in exc.code else
                 "steps" if exc.code == "payload_too_large" else "contact_email")
        texting = re.match(r"steps\[(\d+)\]\.sms_texts\.(\w+): ", exc.message)
        if exc.code == "text_too_long" and texting:
            field = f"step{indexes[int(texting.group(1)) - 1]}_sms_{texting.group(2)}"
        return await _show(access, "recovery", shown, {field: exc.message}, 400)
    await stores.update_settings(
        access.store, StoreSettingsIn(attribution_window_hours=int(attribution)))
    return _saved(access, "recovery")


@blueprint.get("/stores/<id:store_id>/settings/<path:unknown>")
@store_page()
async def settings_unknown(access: Access, unknown: str) -> Any:
    return await message_page(404, "Not found", "There is no such settings page.")
