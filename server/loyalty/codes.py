"""One-time codes that let a shopper spend their points: six digits sent to the cart's email,
valid for ten minutes and five attempts, kept only as a keyed hash. Sending and trying codes are
also counted per cart and per client address in the app's rate-limiter store, so a script
cannot send a flood of codes or guess one across many carts."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from quart_rate_limiter.store import RateLimiterStoreABC

from server import limits
from server.errors import ApiError
from server.loyalty import ledger
from server.loyalty.messages import code_email
from server.loyalty.settings import LoyaltySettings
from server.messaging.context import MessageContext
from server.messaging.outbox import wake_workers
from server.messaging.texts import language_of
from server.models import Cart, Channel, Delivery, DeliveryKind, LoyaltyCode, Store

CODE_MINUTES = 10
MAX_ATTEMPTS = 5  # per code
SENDS_PER_CART = (3, timedelta(minutes=10))
SENDS_PER_ADDRESS = (10, timedelta(hours=1))
TRIES_PER_CART = (10, timedelta(minutes=10))
TRIES_PER_ADDRESS = (30, timedelta(hours=1))


def _hash(server_secret: str, code_id: str, code: str) -> str:
    return hmac.new(server_secret.encode(), f"loyalty:{code_id}:{code}".encode(),
                    hashlib.sha256).hexdigest()


async def send_code(store: Store, cart: Cart, now: datetime, ctx: MessageContext,
                    limiter: RateLimiterStoreABC, client: str) -> LoyaltyCode:
    """Email a new code to the cart's address (earlier ones of the cart stop working)."""
    program = LoyaltySettings.of(store)
    if not program.enabled:
        raise ApiError("this store has no loyalty program", code="loyalty_unavailable")
    if not cart.email:
        raise ApiError("an email address is needed first", code="email_required")
    if not ctx.email_enabled:
        raise ApiError("this server cannot send email, so points cannot be spent",
                       code="email_unavailable", status=503)
    points = await ledger.balance(store, cart.email, now)
    if points < max(program.min_redeem, 1):
        raise ApiError(f"at least {program.min_redeem} points are needed to spend them",
                       code="not_enough_points", details={"points": points})
    await limits.count_attempt(limiter, [(f"loyalty-send|cart|{cart.id}", SENDS_PER_CART),
                                         (f"loyalty-send|address|{client}", SENDS_PER_ADDRESS)])
    code = f"{secrets.randbelow(10**6):06d}"
    await LoyaltyCode.filter(cart_id=cart.id, used_at__isnull=True).update(used_at=now)
    row = await LoyaltyCode.create(store_id=store.id, cart_id=cart.id, email=cart.email,
                                   code_hash="", expires_at=now + timedelta(minutes=CODE_MINUTES),
                                   created_at=now)
    row.code_hash = _hash(ctx.server_secret, str(row.id), code)
    await row.save(update_fields=["code_hash"])
    payload = code_email(store, language_of(cart.locale or store.locale), code, CODE_MINUTES)
    await Delivery.create(store_id=store.id, visitor_id=cart.visitor_id, cart_id=cart.id,
                          kind=DeliveryKind.LOYALTY, channel=Channel.EMAIL, email_to=cart.email,
                          payload=payload, ttl=CODE_MINUTES * 60, urgency="high",
                          next_attempt_at=now, created_at=now)
    await wake_workers()
    return row


async def verify_code(store: Store, cart: Cart, code: str, now: datetime, server_secret: str,
                      limiter: RateLimiterStoreABC, client: str) -> None:
    """Check the code the shopper typed; from then on the cart may spend the address's points.
    Every try counts, right or wrong."""
    await limits.count_attempt(limiter, [(f"loyalty-try|cart|{cart.id}", TRIES_PER_CART),
                                         (f"loyalty-try|address|{client}", TRIES_PER_ADDRESS)])
    row = await LoyaltyCode.filter(cart_id=cart.id, store_id=store.id, used_at__isnull=True) \
        .order_by("-id").first()
    if row is None or row.email != cart.email:
        raise ApiError("ask for a code first: it is sent to the cart's email",
                       code="no_code_sent")
    if row.expires_at <= now:
        raise ApiError("this code has expired; ask for a new one", code="code_expired",
                       status=410)
    if row.attempts >= MAX_ATTEMPTS:
        raise ApiError("too many wrong codes; ask for a new one", code="too_many_attempts",
                       status=429)
    tried = await LoyaltyCode.filter(id=row.id, attempts=row.attempts).update(
        attempts=row.attempts + 1)
    good = hmac.compare_digest(row.code_hash, _hash(server_secret, str(row.id), code.strip()))
    if not tried or not good:
        left = max(0, MAX_ATTEMPTS - row.attempts - 1)
        raise ApiError("that code is not right", code="wrong_code",
                       details={"attempts_left": left})
    await LoyaltyCode.filter(id=row.id).update(used_at=now)
    cart.loyalty_email = cart.email
    await cart.save(update_fields=["loyalty_email"])
