"""A store's settings for each flow, typed and checked: on or off, the delay, the channels, the
texts per language (Pushcart's own where the merchant wrote none), an incentive, a cooldown, and
the flow's own figures (a price drop's threshold, a restock's factor, …)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from pydantic import Field, StringConstraints, ValidationError
from tortoise.transactions import in_transaction

from push.sender import PayloadTooLarge
from server.automations.flows import SPECS, TEXT_LANGUAGES, FlowSpec, spec_of
from server.errors import ApiError
from server.messaging import sms
from server.messaging.payloads import check_text_fits
from server.messaging.texts import PLACEHOLDER, texts_of
from server.models import Flow, Store
from server.recovery.settings import Incentive, Lang, MessageChannels
from server.schemas import Strict
from server.stores import store_cache

log = logging.getLogger(__name__)

class FlowText(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]


class FlowSettings(Strict):
    enabled: bool
    delay_minutes: Annotated[int, Field(ge=0, le=60 * 24 * 30)] = 0
    channels: MessageChannels
    texts: dict[Lang, FlowText] = {}  # the merchant's own, per language
    sms_texts: dict[Lang, sms.SmsText] = {}  # for SMS and WhatsApp (the link follows)
    incentive: Incentive | None = None
    cooldown_hours: Annotated[int, Field(ge=0, le=24 * 365)] = 0
    # the flows' own figures (FlowSpec.params says which flow reads which)
    threshold_percent: Annotated[int, Field(ge=1, le=90)] = 5
    lookback_days: Annotated[int, Field(ge=1, le=90)] = 14
    factor: Annotated[int, Field(ge=1, le=100)] = 3
    lead_days: Annotated[int, Field(ge=0, le=30)] = 3
    inactive_days: Annotated[int, Field(ge=7, le=730)] = 60

    def text(self, flow: Flow, lang: str) -> FlowText:
        """The merchant's text in *lang*, else Pushcart's own."""
        own = self.texts.get(lang)  # type: ignore[call-overload]
        return own if own is not None else FlowText(**texts_of("automations", lang)[flow.value])

    def view(self, flow: Flow) -> dict[str, Any]:
        spec = spec_of(flow)
        shown = self.model_dump(mode="json", include={"enabled", "delay_minutes", "channels",
                                                      "texts", "sms_texts", "incentive",
                                                      "cooldown_hours", *spec.params})
        return {"flow": flow.value, **shown, "transactional": spec.transactional,
                "placeholders": sorted(spec.allowed),
                "default_texts": {lang: texts_of("automations", lang)[flow.value]
                                  for lang in TEXT_LANGUAGES},
                "default_sms_texts": {lang: sms.default_text(flow.value, lang)
                                      for lang in TEXT_LANGUAGES}}


def flow_settings(store: Store, flow: Flow) -> FlowSettings:
    """The store's settings for *flow* as saved, Pushcart's defaults where it saved none."""
    spec = spec_of(flow)
    saved = (store.automations or {}).get(flow.value) or {}
    try:
        return FlowSettings.model_validate({**spec.defaults, **saved}, strict=False)
    except ValidationError:
        log.exception("store %s has %s settings that no longer validate; using the defaults",
                      store.id, flow.value)
        return FlowSettings.model_validate(spec.defaults, strict=False)


def all_flow_settings(store: Store) -> dict[Flow, FlowSettings]:
    return {flow: flow_settings(store, flow) for flow in SPECS}


def check_texts(spec: FlowSpec, settings: FlowSettings) -> None:
    """Refuse texts that name a placeholder the flow does not fill, or would not fit a push."""
    for lang, text in settings.texts.items():
        for part in (text.title, text.body):
            unknown = sorted(set(PLACEHOLDER.findall(part)) - spec.allowed)
            if unknown:
                raise ApiError(
                    f"texts.{lang}: unknown placeholder {{{unknown[0]}}}; this flow knows "
                    + ", ".join(f"{{{p}}}" for p in sorted(spec.allowed)),
                    code="unknown_placeholder")
        try:  # measured as the push it becomes, beside an image and an icon
            check_text_fits(text.title, text.body, lang, f"pushcart-{spec.flow.value}")
        except PayloadTooLarge as exc:
            raise ApiError(f"texts.{lang}: {exc}", code="payload_too_large") from exc
    for lang, words in settings.sms_texts.items():
        unknown = sorted(set(PLACEHOLDER.findall(words)) - spec.allowed)
        if unknown:
            raise ApiError(f"sms_texts.{lang}: unknown placeholder {{{unknown[0]}}}; this flow "
                           "knows " + ", ".join(f"{{{p}}}" for p in sorted(spec.allowed)),
                           code="unknown_placeholder")


def check_sms_texts(store: Store, settings: FlowSettings, base_url: str) -> None:
    """Refuse SMS and WhatsApp texts longer than the store's limit, with their link."""
    limit = sms.TextMessageSettings.of(store).max_segments
    for lang, words in settings.sms_texts.items():
        sms.check_text(words, f"sms_texts.{lang}", base_url, limit)


async def save_flow_settings(store: Store, flow: Flow, settings: FlowSettings,
                             base_url: str = "") -> None:
    """Replace one flow's settings (the store API and the admin console both come here): all of
    it is checked first, so nothing is half-saved."""
    check_texts(spec_of(flow), settings)
    check_sms_texts(store, settings, base_url)
    async with in_transaction():  # two flows saved at once both stay saved
        fresh = await Store.filter(id=store.id).select_for_update().only("id", "automations") \
            .first()
        saved = dict((fresh.automations if fresh else store.automations) or {})
        saved[flow.value] = settings.model_dump(mode="json")
        await Store.filter(id=store.id).update(automations=saved)
    store.automations = saved
    store_cache.forget()  # the widget's "Notify me" options follow the flow at once
