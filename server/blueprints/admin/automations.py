"""Automations in the admin console: every flow with its on/off switch and its last 30 days, and
an editor per flow (delay, channels, cooldown, the flow's own figures, the incentive, the texts
in five languages with a live preview). Everyone on the team can read them; owners change them,
through the same `save_flow_settings` as the store API, so nothing is half-saved."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from quart import redirect, request

from server.admin_auth import Access
from server.automations.flows import SPECS, TEXT_LANGUAGES, FlowSpec
from server.automations.metrics import flow_metrics
from server.automations.settings import FlowSettings, flow_settings, save_flow_settings
from server.blueprints import current
from server.blueprints.admin.core import (
    RowError,
    blueprint,
    message_page,
    money_of,
    render,
    store_page,
    to_major,
    to_minor,
    validated,
)
from server.errors import ApiError
from server.messaging import sms
from server.messaging.texts import direction_of, texts_of
from server.models import Channel, DiscountKind, Flow, Product
from server.stores import currency_exponent

DAYS = 30
NAMES = {
    Flow.PRICE_DROP: "Price drop",
    Flow.BACK_IN_STOCK: "Back in stock",
    Flow.BROWSE_ABANDONMENT: "Browse abandonment",
    Flow.REPLENISHMENT: "Replenishment",
    Flow.WIN_BACK: "Win-back",
    Flow.NEW_ARRIVALS: "New arrivals",
    Flow.ORDER_UPDATES: "Order updates",
    Flow.POINTS_EXPIRY: "Points expiring",
}
DESCRIPTIONS = {
    Flow.PRICE_DROP: "When a product's price goes down by at least your threshold, tells the "
                     "shoppers who have it in an open cart, viewed it lately or asked to be "
                     "told, with the old and the new price. Not those who bought it since.",
    Flow.BACK_IN_STOCK: "When a product's stock goes from 0 to more, tells the shoppers who "
                        "asked “Notify me when it's back”, in the order they asked, at most "
                        "stock × a factor per restock.",
    Flow.BROWSE_ABANDONMENT: "A shopper viewed products and added none to a cart: one message "
                             "about the product they viewed most. None while a cart reminder "
                             "sequence runs for them.",
    Flow.REPLENISHMENT: "A few days before a customer's purchase runs out (the product's "
                        "replenish days, or Pushcart's estimate from your repeat orders), a "
                        "one-tap reorder of the same quantity.",
    Flow.WIN_BACK: "A customer with an order and no order or visit for a while: a message to "
                   "bring them back, with an incentive if you choose.",
    Flow.NEW_ARRIVALS: "New products in a category a shopper viewed or bought from: at most one "
                       "message a day, listing up to three.",
    Flow.ORDER_UPDATES: "Tells the buyer when their order is shipped, out for delivery, "
                        "delivered or cancelled, by push and email in their language.",
    Flow.POINTS_EXPIRY: "Some days before a shopper's loyalty points expire (unless spent), "
                        "tells them once how many and when, with their balance. Only while "
                        "the loyalty program is on.",
}
PARAMS = {  # a flow's own figures: label, and the bounds FlowSettings enforces
    "threshold_percent": ("Smallest price drop that sends a message (%)", 1, 90),
    "lookback_days": ("Tell shoppers who viewed the product within (days)", 1, 90),
    "factor": ("Shoppers told per unit restocked (at most stock × this)", 1, 100),
    "lead_days": ("Days before the predicted run-out", 0, 30),
    "inactive_days": ("Days without an order or a visit", 7, 730),
}
FLOW_PARAMS = {  # where a figure means something else in a flow
    (Flow.NEW_ARRIVALS, "lookback_days"): ("Tell shoppers who viewed the category within (days)",
                                           1, 90),
    (Flow.POINTS_EXPIRY, "lead_days"): ("Days before the points expire", 0, 30),
}
INCENTIVES = {"": "None", "percent": "Percent off", "fixed": "Amount off"}
LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "bn": "Bengali", "gu": "Gujarati",
                  "ur": "Urdu"}
MAX_DELAY_MINUTES = 60 * 24 * 30
TEXT_ERROR = re.compile(r"^texts\.(\w+): (.*)$", re.S)
SMS_ERROR = re.compile(r"^sms_texts\.(\w+): (.*)$", re.S)
CHANNELS = (Channel.PUSH, Channel.EMAIL, Channel.SMS, Channel.WHATSAPP)


def _flow(name: str) -> Flow | None:
    try:
        return Flow(name)
    except ValueError:
        return None


def _path(access: Access, flow: Flow | None = None) -> str:
    base = f"/admin/stores/{access.store.id}/automations"
    return base if flow is None else f"{base}/{flow.value}"


# -- the list -------------------------------------------------------------------------------

async def _list_page(access: Access, error: str = "", status: int = 200) -> tuple[str, int]:
    metrics = await flow_metrics(access.store, DAYS, current.now())
    figures = {row["flow"]: row for row in metrics["flows"]}
    rows = [{"flow": flow.value, "name": NAMES[flow], "description": DESCRIPTIONS[flow],
             "enabled": flow_settings(access.store, flow).enabled,
             "transactional": spec.transactional, **figures[flow.value]}
            for flow, spec in SPECS.items()]
    return await render("admin/automations.html", access, rows=rows, days=DAYS,
                        totals=metrics["totals"], money=money_of(access), error=error), status


@blueprint.get("/stores/<id:store_id>/automations")
@store_page()
async def automation_list(access: Access) -> tuple[str, int]:
    return await _list_page(access)


@blueprint.post("/stores/<id:store_id>/automations/<name>/switch")
@store_page(owner=True)
async def switch_automation(access: Access, name: str) -> Any:
    flow = _flow(name)
    if flow is None:
        return await message_page(404, "Not found", "There is no such automation.")
    enabled = (await request.form).get("enabled") == "1"
    settings = flow_settings(access.store, flow).model_copy(update={"enabled": enabled})
    try:
        await save_flow_settings(access.store, flow, settings)
    except ApiError as exc:
        return await _list_page(access, f"{NAMES[flow]}: {exc.message}", 400)
    return redirect(f"{_path(access)}?saved={flow.value}")


# -- the editor -----------------------------------------------------------------------------

def _values(access: Access, flow: Flow) -> dict[str, Any]:
    """The editor's fields as the saved settings fill them."""
    settings = flow_settings(access.store, flow)
    in_hours = settings.delay_minutes and settings.delay_minutes % 60 == 0
    incentive = settings.incentive
    exponent = currency_exponent(access.store.currency)
    return {
        "enabled": settings.enabled,
        "delay": str(settings.delay_minutes // 60 if in_hours else settings.delay_minutes),
        "delay_unit": "hours" if in_hours else "minutes",
        **{c.value: c in settings.channels for c in CHANNELS},
        "cooldown_hours": str(settings.cooldown_hours),
        **{param: str(getattr(settings, param)) for param in SPECS[flow].params},
        "incentive_kind": incentive.kind.value if incentive else "",
        "incentive_value": "" if incentive is None else (
            to_major(incentive.value, exponent) if incentive.kind == DiscountKind.FIXED
            else str(incentive.value)),
        "incentive_hours": str(incentive.valid_hours if incentive else 48),
        "texts": {lang: (settings.texts[lang].model_dump() if lang in settings.texts
                         else {"title": "", "body": ""}) for lang in TEXT_LANGUAGES},
        "sms_texts": dict(settings.sms_texts),
    }


def _delay_minutes(value: str, unit: str) -> int:
    text = value.strip() or "0"
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise RowError("a number, e.g. 30") from None
    if not amount.is_finite():
        raise RowError("a number, e.g. 30")
    minutes = amount * (60 if unit == "hours" else 1)
    if minutes != minutes.to_integral_value():
        raise RowError("whole minutes")
    if not 0 <= minutes <= MAX_DELAY_MINUTES:
        raise RowError("between 0 and 30 days (720 hours)")
    return int(minutes)


def _form(form: Any, spec: FlowSpec, exponent: int,
          ) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """(what the form shows again, what FlowSettings gets, errors so far)."""
    shown: dict[str, Any] = {
        "enabled": bool(form.get("enabled")), "delay": form.get("delay", ""),
        "delay_unit": "hours" if form.get("delay_unit") == "hours" else "minutes",
        **{c.value: bool(form.get(c.value)) for c in CHANNELS},
        "cooldown_hours": form.get("cooldown_hours", ""),
        **{param: form.get(param, "") for param in spec.params},
        "incentive_kind": form.get("incentive_kind", ""),
        "incentive_value": form.get("incentive_value", ""),
        "incentive_hours": form.get("incentive_hours", "") or "48",
        "texts": {lang: {"title": (form.get(f"title_{lang}") or "").strip(),
                         "body": (form.get(f"body_{lang}") or "").strip()}
                  for lang in TEXT_LANGUAGES},
        "sms_texts": {lang: text for lang in TEXT_LANGUAGES
                      if (text := (form.get(f"sms_{lang}") or "").strip())},
    }
    errors: dict[str, str] = {}
    data: dict[str, Any] = {
        "enabled": shown["enabled"],
        "channels": [c for c in CHANNELS if shown[c.value]],
        "cooldown_hours": shown["cooldown_hours"].strip() or "0",
        **{param: shown[param].strip() for param in spec.params},
        "texts": {lang: text for lang, text in shown["texts"].items()
                  if text["title"] or text["body"]},
        "incentive": None,
        "sms_texts": shown["sms_texts"],
    }
    try:
        data["delay_minutes"] = _delay_minutes(shown["delay"], shown["delay_unit"])
    except RowError as exc:
        errors["delay"] = f"The delay: {exc}."
    if not data["channels"]:
        errors["channels"] = "Choose at least one channel: push, email, SMS or WhatsApp."
    for lang, text in data["texts"].items():
        for part, said in (("title", "title"), ("body", "text")):
            if not text[part]:
                errors[f"{part}_{lang}"] = (f"Write the {said} too, or leave both blank for "
                                            "Pushcart's own.")
    kind = shown["incentive_kind"]
    if kind in ("percent", "fixed", "free_shipping"):
        try:
            value = to_minor(shown["incentive_value"] or "0",
                             exponent if kind == "fixed" else 0, "the incentive")
            data["incentive"] = {"kind": kind, "value": value or 0,
                                 "valid_hours": shown["incentive_hours"].strip() or "48"}
        except RowError as exc:
            errors["incentive"] = f"{str(exc)[:1].upper()}{str(exc)[1:]}."
    return shown, data, errors


def _where(loc: tuple[Any, ...]) -> str:
    """pydantic's location of an error → the form field that shows it."""
    if not loc:  # the whole form (a NUL character somewhere): shown above the texts
        return "texts"
    if loc[0] == "texts" and len(loc) > 2:
        return f"{loc[2]}_{loc[1]}"
    if loc[0] == "sms_texts" and len(loc) > 1:
        return f"sms_{loc[1]}"
    if loc[0] == "delay_minutes":
        return "delay"
    return str(loc[0])


def _text_field(message: str, shown: dict[str, Any]) -> tuple[str, str]:
    """save_flow_settings' error about a language's text → (its field, the sentence)."""
    texting = SMS_ERROR.match(message)
    if texting is not None:
        return f"sms_{texting.group(1)}", texting.group(2)[:1].upper() + texting.group(2)[1:]
    match = TEXT_ERROR.match(message)
    if match is None:
        return "texts", message
    lang, said = match.groups()
    field = f"body_{lang}"
    named = re.search(r"\{\w+\}", said)
    if named and named.group(0) in shown["texts"].get(lang, {}).get("title", ""):
        field = f"title_{lang}"
    return field, said[:1].upper() + said[1:] + ("" if said.endswith(".") else ".")


async def _samples(access: Access) -> dict[str, str]:
    """Example values of the placeholders, for the preview: the store's own first product."""
    store, money = access.store, money_of(access)
    products = await Product.filter(store=store, is_active=True).order_by("id").limit(3)
    names = [p.name for p in products] or ["Your product"]
    price = products[0].price if products else 49900
    return {
        "store": store.name, "first_name": "Asha", "code": "THANKS-7Q2K",
        "expiry": "in 48 hours", "product": names[0], "price": money(price),
        "old_price": money(price), "new_price": money(price * 9 // 10),
        "saving": money(price - price * 9 // 10), "quantity": "2",
        "products": ", ".join(names), "count": str(len(names)), "number": "1042",
        "status": "Shipped", "carrier": "Blue Dart", "total": money(price * 2),
        "points": "1,240", "points_value": money(12400), "expiring": "300",
        "expiry_date": "15 Jan 2027", "days": "14",
    }


async def _editor(access: Access, flow: Flow, values: dict[str, Any], errors: dict[str, str],
                  status: int = 200) -> tuple[str, int]:
    spec = SPECS[flow]
    metrics = await flow_metrics(access.store, DAYS, current.now())
    figures = next(row for row in metrics["flows"] if row["flow"] == flow.value)
    incentives = dict(INCENTIVES)
    if values["incentive_kind"] == "free_shipping":  # saved through the store API
        incentives["free_shipping"] = "Free shipping"
    chart = {"labels": [d["date"][5:] for d in figures["days"]], "locale": access.store.locale,
             "series": [{"label": "Sent", "values": [d["sent"] for d in figures["days"]]},
                        {"label": "Clicked", "values": [d["clicked"] for d in figures["days"]]}]}
    defaults = {lang: texts_of("automations", lang)[flow.value] for lang in TEXT_LANGUAGES}
    sms_defaults = {lang: sms.default_text(flow.value, lang) for lang in TEXT_LANGUAGES}
    texting = sms.admin_view(access.store, current.message_context().base_url, {
        lang: values["sms_texts"].get(lang) or sms_defaults[lang] for lang in TEXT_LANGUAGES})
    return await render(
        "admin/automation.html", access, flow=flow.value, name=NAMES[flow],
        description=DESCRIPTIONS[flow], spec=spec, values=values, errors=errors,
        params={p: FLOW_PARAMS.get((flow, p), PARAMS[p]) for p in spec.params},
        incentives=incentives,
        languages=LANGUAGE_NAMES, directions={lang: direction_of(lang)
                                              for lang in TEXT_LANGUAGES},
        defaults=defaults, placeholders=sorted(spec.allowed), samples=await _samples(access),
        figures=figures, chart=chart, days=DAYS, money=money_of(access),
        max_delay=MAX_DELAY_MINUTES, sms_defaults=sms_defaults, sms=texting,
        texting=sms.TextMessageSettings.of(access.store).is_configured), status


@blueprint.get("/stores/<id:store_id>/automations/<name>")
@store_page()
async def automation_page(access: Access, name: str) -> Any:
    flow = _flow(name)
    if flow is None:
        return await message_page(404, "Not found", "There is no such automation.")
    return await _editor(access, flow, _values(access, flow), {})


@blueprint.post("/stores/<id:store_id>/automations/<name>")
@store_page(owner=True)
async def save_automation(access: Access, name: str) -> Any:
    flow = _flow(name)
    if flow is None:
        return await message_page(404, "Not found", "There is no such automation.")
    shown, data, errors = _form(await request.form, SPECS[flow],
                                currency_exponent(access.store.currency))
    settings = validated(FlowSettings, data, errors, _where)
    if errors or settings is None:
        return await _editor(access, flow, shown, errors, 400)
    try:
        await save_flow_settings(access.store, flow, settings,
                                 current.message_context().base_url)
    except ApiError as exc:
        field, message = _text_field(exc.message, shown)
        return await _editor(access, flow, shown, {field: message}, 400)
    return redirect(f"{_path(access, flow)}?saved=1")
