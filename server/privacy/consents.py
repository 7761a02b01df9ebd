"""Consents as shoppers gave or withdrew them, by channel: when, exactly what text they saw and
in which language, and where (the widget, the admin, the store API, an unsubscribe link)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.messaging.texts import language_of
from server.models import Cart, Consent, PushSubscription, Store, Visitor
from server.widget_bundle import load_texts

# The texts the widget shows beside each consent it asks for (names in widget/locales/*.json).
# The widget sends only its language; the server knows which text that screen shows.
EMAIL_CONSENT = "consent"  # the cart's "Email me offers and news" checkbox
ALERT_EMAIL_CONSENT = "notify_consent"  # "Yes, email me when it's back in stock"
PUSH_PROMPT = "push_prompt"  # the soft prompt's title and text, then the browser's own prompt
UNSUBSCRIBED = "unsubscribe"  # withdrawn: by the link in an email, or turned off in the shop

CHANNEL_MAX = 16


def widget_text(key: str, lang: str) -> str:
    """A widget text as the widget shows it in *lang* (English where that language lacks it,
    as the widget does)."""
    by_language = load_texts().by_language
    return by_language[language_of(lang)].get(key) or by_language["en"].get(key, "")


def push_prompt_text(store: Store, lang: str) -> str:
    """What the soft prompt showed before the shopper allowed notifications: the merchant's own
    title and text where they set them, else the widget's, and its button."""
    prompt = store.push_prompt or {}
    title = str(prompt.get("title") or widget_text("push_title", lang))
    body = str(prompt.get("body") or widget_text("push_body", lang))
    return f"{title}\n{body}\n[{widget_text('allow', lang)}]"


def shown_text(store: Store, text_key: str, lang: str) -> str:
    """The exact text a consent's screen showed, from its name."""
    if text_key == PUSH_PROMPT:
        return push_prompt_text(store, lang)
    if text_key == UNSUBSCRIBED:
        return ""
    return widget_text(text_key, lang)


async def record_consent(store: Store, *, channel: str, is_granted: bool, now: datetime,
                         source: str, email: str | None = None, visitor_id: int | None = None,
                         text_key: str = "", text: str | None = None,
                         language: str = "") -> Consent:
    """Append that a shopper (by email, visitor, or both) gave or withdrew consent to hear from
    *store* by *channel* ("email", "push", "sms", "whatsapp", …). *text* is what they saw; when
    left out it is the text of *text_key* in *language*, as the widget shows it."""
    lang = language_of(language) if language else ""
    if text is None:
        text = shown_text(store, text_key, lang or "en")
    values: dict[str, Any] = {
        "store_id": store.id, "email": email.strip().lower()[:254] if email else None,
        "channel": channel[:CHANNEL_MAX], "is_granted": is_granted, "text_key": text_key[:64],
        "text": text, "language": lang, "source": source[:24], "created_at": now}
    try:
        async with in_transaction():  # a savepoint inside a caller's transaction
            return await Consent.create(visitor_id=visitor_id, **values)
    except IntegrityError:  # the visitor was erased meanwhile (erasure.undo_if_erased follows)
        return await Consent.create(visitor_id=None, **values)


def consent_view(consent: Consent) -> dict[str, Any]:
    return {
        "channel": consent.channel, "granted": consent.is_granted, "email": consent.email,
        "text_key": consent.text_key, "text": consent.text, "language": consent.language,
        "source": consent.source, "at": consent.created_at.isoformat(),
    }


# the widget's boxes by the phone field, one per text channel (cart and visitor flags)
TEXT_CONSENT_KEYS = {"sms": "consent_sms", "whatsapp": "consent_whatsapp"}


async def record_cart_consent(store: Store, cart: Cart, email_before: str | None,
                              consent_before: bool, now: datetime,
                              texts_before: dict[str, bool] | None = None) -> list[Consent]:
    """The cart's consent boxes, after the widget saved the cart: "Email me offers" when it was
    ticked or unticked, or stays ticked for another address; and each text channel's box
    (*texts_before*: channel -> whether it was ticked) when it was ticked or unticked."""
    given = []
    if cart.marketing_consent != consent_before or (
            cart.marketing_consent and cart.email != email_before):
        given.append(await record_consent(
            store, channel="email", is_granted=cart.marketing_consent, now=now, source="widget",
            email=cart.email, visitor_id=cart.visitor_id, text_key=EMAIL_CONSENT,
            language=cart.locale))
    for channel, was in (texts_before or {}).items():
        now_on = bool(getattr(cart, f"{channel}_consent"))
        if now_on != was:
            given.append(await record_consent(
                store, channel=channel, is_granted=now_on, now=now, source="widget",
                email=cart.email, visitor_id=cart.visitor_id,
                text_key=TEXT_CONSENT_KEYS[channel], language=cart.locale))
    return given


async def has_push(store: Store, visitor_id: int | None) -> bool:
    """Whether the visitor's browser gets notifications now (any active subscription)."""
    return visitor_id is not None and await PushSubscription.exists(
        store_id=store.id, visitor_id=visitor_id, is_active=True)


async def record_push_change(store: Store, visitor_id: int | None, had_push: bool,
                             language: str, now: datetime) -> Consent | None:
    """After a subscription was saved or removed: a row when the visitor went from no
    notifications to some, or back (a browser replacing its subscription is neither)."""
    has = await has_push(store, visitor_id)
    if has == had_push and visitor_id is not None:
        return None
    return await record_consent(
        store, channel="push", is_granted=has, now=now, source="widget",
        visitor_id=visitor_id, text_key=PUSH_PROMPT if has else UNSUBSCRIBED,
        language=language)


async def visitor_push_state(store: Store, *, visitor_key: str | None = None,
                             endpoint_hash: str | None = None) -> tuple[int | None, bool, str]:
    """Before a subscription is saved (by the visitor's key) or removed (by its endpoint's
    hash): the visitor's id, whether they get notifications, and the subscription's language."""
    visitor_id: int | None = None
    locale = ""
    if endpoint_hash is not None:
        sub = await PushSubscription.filter(
            store_id=store.id, endpoint_hash=endpoint_hash, is_active=True).only(
            "id", "visitor_id", "locale").first()
        if sub is None:
            return None, False, ""
        visitor_id, locale = sub.visitor_id, sub.locale
    elif visitor_key:
        visitor = await Visitor.filter(store_id=store.id, key=visitor_key).only("id").first()
        visitor_id = visitor.id if visitor else None
    return visitor_id, await has_push(store, visitor_id), locale
