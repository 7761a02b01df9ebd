"""Email addresses a store sends nothing more to (unsubscribed, or refused for good: bounced),
and the signed one-click unsubscribe links that every marketing email carries."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import lru_cache

from itsdangerous import BadSignature, URLSafeSerializer
from tortoise.transactions import in_transaction

from server.messaging.context import MessageContext
from server.messaging.texts import language_of
from server.models import EmailSuppression, SuppressionReason
from server.webhooks import events as webhooks

log = logging.getLogger(__name__)


async def suppress_email(store_id: int, email: str, reason: SuppressionReason, now: datetime,
                         detail: str = "") -> bool:
    """No more email to this address from this store; False if it was already suppressed."""
    email = email.strip().lower()
    if await EmailSuppression.exists(store_id=store_id, email=email):
        return False
    try:
        async with in_transaction():
            await EmailSuppression.create(store_id=store_id, email=email, reason=reason,
                                          detail=detail[:300], created_at=now)
            if reason == SuppressionReason.UNSUBSCRIBED:
                await webhooks.shopper_unsubscribed(store_id, email, now)
    except Exception:  # a concurrent insert of the same address won the unique key
        log.info("suppression of %s for store %s was already recorded", reason, store_id)
        return False
    return True


@lru_cache(maxsize=8)
def _unsubscribe_serializer(server_secret: str) -> URLSafeSerializer:
    """One per secret: every marketing email signs a link (a reminder batch, thousands)."""
    return URLSafeSerializer(server_secret, salt="pushcart-email-unsubscribe")


def unsubscribe_token(server_secret: str, store_id: int, email: str, lang: str = "en") -> str:
    return _unsubscribe_serializer(server_secret).dumps({"s": store_id, "e": email, "l": lang})


def read_unsubscribe_token(server_secret: str, token: str) -> tuple[int, str, str] | None:
    """(store id, address, language) of a link we signed, else None."""
    try:
        data = _unsubscribe_serializer(server_secret).loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) \
            or not isinstance(data.get("e"), str):
        return None
    return data["s"], data["e"], language_of(str(data.get("l", "en")))


def unsubscribe_url(ctx: MessageContext, store_id: int, email: str, lang: str = "en") -> str:
    token = unsubscribe_token(ctx.server_secret, store_id, email, lang)
    return f"{ctx.base_url}/email/unsubscribe/{token}"
