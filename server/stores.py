"""Stores: creation with their keys and VAPID pair, key lookups, and store-wide settings."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, list_currencies
from pydantic import Field, StringConstraints, ValidationError
from tortoise.signals import post_delete, post_save

from push.vapid import generate_key_pair
from server.caching import ReadCache
from server.errors import ApiError
from server.models import PAYMENT_METHODS, Store
from server.schemas import Strict
from server.sealing import hash_api_key, seal, unseal

DEFAULT_PAYMENT_METHODS = ["card", "cash_on_delivery"]
HEX_COLOR = re.compile(r"#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?")
KNOWN_CURRENCIES = frozenset(list_currencies())


ShortText = Annotated[str, StringConstraints(max_length=300)]


class PushPrompt(Strict):
    """When the widget offers notifications, and what it says (empty: the widget's own words)."""

    moment: Literal["after_add", "confirmation", "never"] = "after_add"
    title: Annotated[str, StringConstraints(max_length=80)] = ""
    body: Annotated[str, StringConstraints(max_length=200)] = ""
    snooze_days: Annotated[int, Field(ge=1, le=365)] = 14  # after "Not now"

    @classmethod
    def of(cls, store: Store) -> PushPrompt:
        try:
            return cls.model_validate(store.push_prompt or {}, strict=False)
        except ValidationError:
            return cls()


class StoreSettingsIn(Strict):
    """A partial update of a store's settings: the fields given change, the others stay."""

    name: Annotated[str, StringConstraints(max_length=120)] | None = None
    allowed_origins: Annotated[list[str], Field(max_length=50)] | None = None
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")] | None = None
    locale: Annotated[str, StringConstraints(max_length=16)] | None = None
    timezone: Annotated[str, StringConstraints(max_length=64)] | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")] | None = None
    prices_include_tax: bool | None = None
    payment_methods: list[str] | None = None
    trust: dict[str, ShortText] | None = None  # secure, returns, contact
    branding: dict[str, ShortText] | None = None  # color, logo_url
    push_prompt: PushPrompt | None = None
    attribution_window_hours: Annotated[int, Field(ge=1, le=24 * 30)] | None = None


@dataclass(frozen=True)
class Branding:
    """The store's colour and logo, as messages and pages show them."""

    color: str
    logo_url: str

    @classmethod
    def of(cls, store: Store, default_color: str = "#1f6f5c") -> Branding:
        given = store.branding or {}
        return cls(color=str(given.get("color") or default_color),
                   logo_url=str(given.get("logo_url") or ""))


@dataclass(frozen=True)
class CreatedStore:
    store: Store
    secret_key: str  # shown once; only its hash and a sealed copy are kept


def normalize_origin(value: str) -> str:
    """'https://Shop.example.com/path' -> 'https://shop.example.com'; raise on anything else."""
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ApiError(f"'{value}' is not an origin like https://shop.example.com",
                       code="invalid_origin")
    origin = f"{parts.scheme}://{parts.hostname.lower()}"
    default_port = 443 if parts.scheme == "https" else 80
    if parts.port and parts.port != default_port:
        origin += f":{parts.port}"
    return origin


def validate_locale(value: str) -> str:
    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise ApiError(f"unknown locale '{value}'", code="invalid_locale") from exc
    return value.replace("_", "-")


def validate_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ApiError(f"unknown time zone '{value}'", code="invalid_timezone") from exc
    return value


def validate_currency(value: str) -> str:
    code = value.upper()
    if code not in KNOWN_CURRENCIES:
        raise ApiError(f"unknown ISO 4217 currency '{value}'", code="invalid_currency")
    return code


def validate_payment_methods(methods: list[str]) -> list[str]:
    unknown = [m for m in methods if m not in PAYMENT_METHODS]
    if unknown:
        raise ApiError(
            f"unknown payment method(s) {', '.join(unknown)}; "
            f"choose from {', '.join(PAYMENT_METHODS)}",
            code="invalid_payment_method",
        )
    if not methods:
        raise ApiError("a store needs at least one payment method", code="invalid_payment_method")
    return list(dict.fromkeys(methods))


def currency_exponent(currency: str) -> int:
    return get_currency_precision(currency)


def country_of_locale(locale: str) -> str | None:
    try:
        return Locale.parse(locale.replace("-", "_")).territory
    except (UnknownLocaleError, ValueError):
        return None


async def create_store(
    server_secret: str,
    name: str,
    origins: list[str],
    *,
    currency: str = "USD",
    locale: str = "en-US",
    timezone: str = "UTC",
    country: str | None = None,
    payment_methods: list[str] | None = None,
    prices_include_tax: bool = False,
    trust: dict[str, Any] | None = None,
) -> CreatedStore:
    name = name.strip()
    if not name:
        raise ApiError("a store needs a name", code="invalid_name")
    locale = validate_locale(locale)
    secret_key = "sk_" + secrets.token_urlsafe(32)
    vapid = generate_key_pair()
    store = await Store.create(
        name=name,
        public_key="pk_" + secrets.token_urlsafe(18),
        secret_key_hash=hash_api_key(secret_key),
        secret_key_sealed=seal(server_secret, secret_key),
        secret_key_hint=secret_key[-4:],
        allowed_origins=[normalize_origin(o) for o in origins],
        currency=validate_currency(currency),
        locale=locale,
        timezone=validate_timezone(timezone),
        country=(country or country_of_locale(locale) or "US").upper(),
        prices_include_tax=prices_include_tax,
        payment_methods=validate_payment_methods(payment_methods or DEFAULT_PAYMENT_METHODS),
        trust=trust or {},
        vapid_public_key=vapid.public_key,
        vapid_private_key_sealed=seal(server_secret, vapid.private_pem),
    )
    return CreatedStore(store=store, secret_key=secret_key)


async def rotate_secret_key(server_secret: str, store: Store) -> str:
    """A new secret key for the store; the old one (and webhooks signed with it) stop working
    at once. The key is returned to be shown once: only its hash and a sealed copy are kept."""
    secret_key = "sk_" + secrets.token_urlsafe(32)
    store.secret_key_hash = hash_api_key(secret_key)
    store.secret_key_sealed = seal(server_secret, secret_key)
    store.secret_key_hint = secret_key[-4:]
    await store.save(update_fields=["secret_key_hash", "secret_key_sealed", "secret_key_hint"])
    return secret_key


# A store changed in this process (settings, origins, a key, deleted) is seen at once: saving
# or deleting a Store forgets every entry. One changed by another process (another web
# process, a `pushcart` command) is seen within this many seconds.
STORE_CACHE_SECONDS = 5.0
# Stores by public key, for the widget API: every widget request names its store, and stores
# rarely change. The stores handed out are shared by the requests of those seconds: read them,
# never change them (the store API and the admin load their own).
store_cache: ReadCache[str, Store] = ReadCache(STORE_CACHE_SECONDS)


@post_save(Store)
async def _store_saved(*_: Any) -> None:
    store_cache.forget()


@post_delete(Store)
async def _store_deleted(*_: Any) -> None:
    store_cache.forget()


def _is_public_key(value: str) -> bool:
    return value.startswith("pk_") and len(value) <= 64


async def store_by_public_key(public_key: str) -> Store | None:
    """Read from the database (a payment webhook checks its signature with the store's current
    secret key); the widget's many requests use cached_store_by_public_key."""
    return await Store.get_or_none(public_key=public_key) if _is_public_key(public_key) else None


async def cached_store_by_public_key(public_key: str) -> Store | None:
    """The store whose public key this is, for the widget API, from store_cache."""
    if not _is_public_key(public_key):
        return None
    return await store_cache.get(public_key, lambda: Store.get_or_none(public_key=public_key))


async def store_by_secret_key(secret_key: str) -> Store | None:
    """Always read from the database: a rotated secret key stops working at once, in every
    process (server-to-server calls are few; the widget's are many and use public keys)."""
    if not secret_key.startswith("sk_") or len(secret_key) > 128:
        return None
    return await Store.get_or_none(secret_key_hash=hash_api_key(secret_key))


def webhook_signing_key(server_secret: str, store: Store) -> str:
    return unseal(server_secret, store.secret_key_sealed)


def vapid_private_pem(server_secret: str, store: Store) -> str:
    return unseal(server_secret, store.vapid_private_key_sealed)


def is_origin_allowed(store: Store, origin: str | None) -> bool:
    if not origin:
        return False
    try:
        return normalize_origin(origin) in store.allowed_origins
    except ApiError:
        return False


async def update_settings(store: Store, changes: StoreSettingsIn) -> Store:
    """Apply a partial update of store-wide settings (the fields given), validating each."""
    if changes.name is not None:
        store.name = changes.name.strip() or store.name
    if changes.allowed_origins is not None:
        store.allowed_origins = [normalize_origin(o) for o in changes.allowed_origins]
    if changes.currency is not None:
        store.currency = validate_currency(changes.currency)
    if changes.locale is not None:
        store.locale = validate_locale(changes.locale)
    if changes.timezone is not None:
        store.timezone = validate_timezone(changes.timezone)
    if changes.country is not None:
        store.country = changes.country.upper()
    if changes.prices_include_tax is not None:
        store.prices_include_tax = changes.prices_include_tax
    if changes.payment_methods is not None:
        store.payment_methods = validate_payment_methods(changes.payment_methods)
    if changes.trust is not None:
        store.trust = {**store.trust, **changes.trust}
    if changes.push_prompt is not None:
        store.push_prompt = {**store.push_prompt,
                             **changes.push_prompt.model_dump(exclude_unset=True)}
    if changes.attribution_window_hours is not None:
        store.attribution_window_hours = changes.attribution_window_hours
    if changes.branding is not None:
        logo = changes.branding.get("logo_url")
        if logo and not logo.startswith(("https://", "http://")):
            raise ApiError("branding logo_url is an http(s) image URL", code="invalid_branding")
        color = changes.branding.get("color")
        if color is not None and not HEX_COLOR.fullmatch(color):
            raise ApiError("branding color is a hex colour like #0f766e", code="invalid_branding")
        store.branding = {**store.branding, **changes.branding}
    await store.save()
    return store


def store_settings_view(store: Store) -> dict[str, Any]:
    return {
        "name": store.name,
        "public_key": store.public_key,
        "secret_key_hint": "sk_…" + store.secret_key_hint,
        "allowed_origins": store.allowed_origins,
        "currency": store.currency,
        "locale": store.locale,
        "timezone": store.timezone,
        "country": store.country,
        "prices_include_tax": store.prices_include_tax,
        "payment_methods": store.payment_methods,
        "trust": store.trust,
        "branding": store.branding,
        "push_prompt": push_prompt_view(store),
        "attribution_window_hours": store.attribution_window_hours,
        "vapid_public_key": store.vapid_public_key,
    }


def push_prompt_view(store: Store) -> dict[str, Any]:
    """When and how the widget offers notifications; empty texts mean the widget's own."""
    return PushPrompt.of(store).model_dump()
