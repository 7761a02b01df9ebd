"""A store's messaging settings, typed: the abandoned-cart sequence, quiet hours, the daily cap,
the messages after a purchase. The store API and the admin console save them; the sequence,
the order messages and the campaigns read them, defaults filled in."""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from push.sender import PayloadTooLarge
from server.errors import ApiError
from server.messaging import sms
from server.messaging.payloads import check_text_fits
from server.models import TEXT_CHANNELS, Channel, DiscountKind, Store
from server.schemas import Strict, http_url
from server.stores import normalize_origin

log = logging.getLogger(__name__)

Lang = Literal["en", "hi", "bn", "gu", "ur"]
Template = Literal["help", "items", "incentive"]


class ReminderText(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class Incentive(Strict):
    """A single-use discount code made for the shopper when the step is sent."""

    kind: DiscountKind
    value: Annotated[int, Field(ge=0, le=10**9)] = 0  # percent 1-90, or minor units
    valid_hours: Annotated[int, Field(ge=1, le=24 * 30)] = 48

    @field_validator("value")
    @classmethod
    def _value(cls, value: int, info: ValidationInfo) -> int:
        if info.data.get("kind") == DiscountKind.PERCENT and not 1 <= value <= 90:
            raise ValueError("a percent incentive is between 1 and 90")
        return value


def _each_once(channels: list[Channel]) -> list[Channel]:
    if len(set(channels)) != len(channels):
        raise ValueError("each channel once")
    return channels


# What a reminder step or an automation flow goes by: push, email, sms, whatsapp, each once.
MessageChannels = Annotated[list[Channel], Field(min_length=1, max_length=4),
                            AfterValidator(_each_once)]


class ReminderStep(Strict):
    delay_minutes: Annotated[int, Field(ge=5, le=60 * 24 * 30)]  # after the cart's last activity
    channels: MessageChannels
    template: Template = "items"
    incentive: Incentive | None = None
    texts: dict[Lang, ReminderText] = {}
    sms_texts: dict[Lang, sms.SmsText] = {}  # the SMS and WhatsApp words (the link follows)


class QuietHours(Strict):
    """The shopper's local hours with no messages: from *start* to *end* (across midnight when
    start > end)."""

    start: Annotated[int, Field(ge=0, le=23)]
    end: Annotated[int, Field(ge=0, le=23)]


Channels = Annotated[list[Channel], Field(max_length=2)]


class FeedbackSettings(Strict):
    """The feedback request, some days after an order (off by default)."""

    enabled: bool = False
    after_days: Annotated[int, Field(ge=1, le=60)] = 7
    channels: Annotated[list[Channel], Field(min_length=1, max_length=2)] = [
        Channel.EMAIL, Channel.PUSH]
    url: Annotated[str, StringConstraints(max_length=500)] = ""  # default: the order page

    @field_validator("url")
    @classmethod
    def _feedback_url(cls, value: str) -> str:
        return http_url(value)


class PostPurchaseSettings(Strict):
    """Kept with the store's recovery settings: the confirmation's channels ([] when the shop
    sends its own) and the feedback request."""

    confirmation_channels: Channels = [Channel.PUSH, Channel.EMAIL]
    feedback: FeedbackSettings = FeedbackSettings()

    @field_validator("confirmation_channels")
    @classmethod
    def _no_texts(cls, channels: list[Channel]) -> list[Channel]:
        if TEXT_CHANNELS & set(channels):
            raise ValueError("order messages go by push and email only")
        return channels


class RecoverySettings(Strict):
    enabled: bool = True
    abandon_after_minutes: Annotated[int, Field(ge=5, le=60 * 24 * 7)] = 60
    quiet_hours: QuietHours | None = None  # None: send at any hour
    daily_cap: Annotated[int, Field(ge=1, le=20)] = 3  # messages per shopper in any 24 hours
    contact_email: Annotated[str, StringConstraints(max_length=254)] = ""
    landing_url: Annotated[str, StringConstraints(max_length=500)] = ""  # default: first origin
    steps: Annotated[list[ReminderStep], Field(min_length=1, max_length=5)]
    post_purchase: PostPurchaseSettings = PostPurchaseSettings()

    @field_validator("steps")
    @classmethod
    def _increasing(cls, steps: list[ReminderStep]) -> list[ReminderStep]:
        delays = [s.delay_minutes for s in steps]
        if delays != sorted(set(delays)):
            raise ValueError("each step's delay must be longer than the one before")
        return steps

    @field_validator("landing_url")
    @classmethod
    def _landing(cls, value: str) -> str:
        return http_url(value)

    @classmethod
    def of(cls, store: Store) -> RecoverySettings:
        """The store's settings as saved, Pushcart's defaults where it saved none."""
        try:
            return cls.model_validate({**DEFAULTS, **(store.recovery or {})}, strict=False)
        except ValidationError:
            log.exception("store %s has recovery settings that no longer validate; "
                          "using the defaults", store.id)
            return cls.model_validate(DEFAULTS, strict=False)


DEFAULTS: dict[str, Any] = {
    "quiet_hours": {"start": 21, "end": 8},
    "steps": [
        {"delay_minutes": 60, "channels": ["push", "email"], "template": "help"},
        {"delay_minutes": 24 * 60, "channels": ["push", "email"], "template": "items"},
        {"delay_minutes": 72 * 60, "channels": ["push", "email"], "template": "incentive",
         "incentive": {"kind": "percent", "value": 10, "valid_hours": 48}},
    ],
}


async def save_recovery_settings(store: Store, settings: RecoverySettings,
                                 base_url: str = "") -> None:
    """Replace the store's sequence (the store API and the admin console both come here)."""
    if settings.landing_url and normalize_origin(settings.landing_url) \
            not in store.allowed_origins:
        raise ApiError("landing_url must be on one of the store's allowed origins",
                       code="invalid_landing_url")
    if settings.contact_email and "@" not in settings.contact_email:
        raise ApiError("contact_email is not an email address", code="invalid_contact_email")
    for number, step in enumerate(settings.steps, start=1):
        for lang, text in step.texts.items():
            try:  # measured as the push it becomes (server/recovery/content.py)
                check_text_fits(text.title, text.body, lang, "pushcart-cart")
            except PayloadTooLarge as exc:
                raise ApiError(f"steps[{number}].texts.{lang}: {exc}",
                               code="payload_too_large") from exc
        limit = sms.TextMessageSettings.of(store).max_segments
        for lang, words in step.sms_texts.items():
            sms.check_text(words, f"steps[{number}].sms_texts.{lang}", base_url, limit)
    store.recovery = settings.model_dump(mode="json")
    await store.save(update_fields=["recovery"])
