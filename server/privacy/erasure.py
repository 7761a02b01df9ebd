"""Erasing a shopper: their personal data goes from every table, their orders stay for the
merchant's accounts under an anonymous id, and a keyed hash of their address (never the
address) is kept so that nothing is ever sent to it again, and so that it happened is recorded.

Safe beside the shopper's own requests: the erasure gives each of their carts a new token in the
same transaction that blanks it, and a cart update checks, after it has written, that its cart
still has the token it was read by (`undo_if_erased`). Either the check sees the new token and
blanks what it wrote, or it ran before the erasure's transaction, whose blanking then comes
after the write. Messages are refused at the outbox by the hash (server/messaging/staleness.py).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from functools import lru_cache
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.bulk import Members, Statement
from server.checkout.carts import new_token
from server.models import (
    AdminUser,
    AutomationEvent,
    AutomationRun,
    Cart,
    Consent,
    Delivery,
    DeliveryStatus,
    EmailSuppression,
    LoyaltyAccount,
    LoyaltyCode,
    Order,
    OrderEvent,
    ProductAlert,
    ProductView,
    PushSubscription,
    RunStatus,
    ShopperErasure,
    Store,
    Visitor,
    WebhookDelivery,
    WebhookEvent,
)
from server.privacy.shoppers import Shopper, find_shopper, normalize_email
from server.webhooks.events import shopper_key as webhook_key

ERASED_DOMAIN = "erased.invalid"  # an order's address after erasure: .invalid is never sent to
ERASED = "the shopper's personal data was erased"
_HASH_CONTEXT = b"pushcart-shopper-erasure"


@lru_cache(maxsize=4)
def _hash_key(server_secret: str) -> bytes:
    return hmac.new(server_secret.encode(), _HASH_CONTEXT, hashlib.sha256).digest()


def email_hash(server_secret: str, email: str) -> str:
    """The keyed hash an erased address is known by: HMAC-SHA256 under a key derived from the
    server secret, so a copy of the database alone cannot tell which addresses they were."""
    return hmac.new(_hash_key(server_secret), normalize_email(email).encode(),
                    hashlib.sha256).hexdigest()


async def erased_addresses(server_secret: str,
                           addresses: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """Which of these (store id, address) pairs belong to erased shoppers: one query (the
    outbox asks this of every batch of email)."""
    if not addresses or not server_secret:
        return set()
    hashed = {(store_id, email_hash(server_secret, email)): (store_id, email)
              for store_id, email in addresses}
    sql = Statement(ShopperErasure)
    rows = await sql.rows(
        f"SELECT store_id, email_hash FROM shopper_erasure WHERE {sql.among('store_id')} "
        f"AND {sql.among('email_hash')}",
        [Members(sorted({s for s, _ in hashed})), Members(sorted({h for _, h in hashed}))])
    return {hashed[key] for r in rows if (key := (r["store_id"], r["email_hash"])) in hashed}


async def is_erased(server_secret: str, store_id: int, email: str) -> bool:
    return bool(await erased_addresses(server_secret, {(store_id, normalize_email(email))}))


def api_requester(store: Store) -> str:
    """Who asked, when the store API did: the secret key, by its last characters."""
    return f"api:sk_…{store.secret_key_hint}"


def admin_requester(user: AdminUser) -> str:
    return f"admin:{user.id}:{user.email}"[:300]


def _address_for_accounts(address: dict[str, Any] | None) -> dict[str, Any]:
    """What an order keeps of its address: the country alone (taxes are reported by it)."""
    country = (address or {}).get("country")
    return {"country": country} if country else {}


async def erase_shopper(store: Store, email: str, *, server_secret: str, requested_by: str,
                        now: datetime) -> ShopperErasure:
    """Erase what *store* holds about the shopper of *email* (see the module's docstring), and
    record it. Asking again erases whatever arrived since; each time is recorded."""
    email = normalize_email(email)
    anonymous_id = "anon_" + secrets.token_hex(8)
    async with in_transaction():
        counts = await _erase(store, await find_shopper(store, email), anonymous_id, now)
        erasure = await ShopperErasure.create(
            store_id=store.id, email_hash=email_hash(server_secret, email),
            anonymous_id=anonymous_id, requested_by=requested_by[:300], counts=counts,
            created_at=now)
    # A second pass, once the first is visible to all: what a request of the shopper's wrote
    # while it ran (an order placed, a consent given, from a cart read before) goes too.
    again = await _erase(store, await find_shopper(store, email), anonymous_id, now)
    if any(again.values()):
        erasure.counts = {k: v + again.get(k, 0) for k, v in counts.items()}
        await erasure.save(update_fields=["counts"])
    return erasure


async def _erase(store: Store, shopper: Shopper, anonymous_id: str,
                 now: datetime) -> dict[str, int]:
    email, visitors = shopper.email, shopper.visitor_ids
    counts: dict[str, int] = {}
    by_visitor = Q(visitor_id__in=visitors) if visitors else Q(id__in=[])

    # orders: amounts and items stay for the accounts; who bought them does not
    for order_id, address in await Order.filter(id__in=shopper.order_ids).values_list(
            "id", "address"):
        await Order.filter(id=order_id).update(
            email=f"{anonymous_id}@{ERASED_DOMAIN}", name="", phone="",
            address=_address_for_accounts(address), feedback_comment="", visitor_id=None,
            cart_id=None)
    counts["orders_anonymised"] = len(shopper.order_ids)
    if shopper.order_ids:
        await OrderEvent.filter(order_id__in=shopper.order_ids).update(tracking_url="")
        for event in await AutomationEvent.filter(order_id__in=shopper.order_ids):
            if event.data.get("tracking_url"):
                await AutomationEvent.filter(id=event.id).update(
                    data={**event.data, "tracking_url": ""})

    # carts: blanked, and a new token each, which both cuts them off from the shopper's browser
    # and tells a cart update that raced this one (undo_if_erased)
    for cart_id in shopper.cart_ids:
        await Cart.filter(id=cart_id).update(
            token=new_token(), email=None, name="", phone="", address={},
            marketing_consent=False, sms_consent=False, whatsapp_consent=False,
            loyalty_email=None, loyalty_points=0, visitor_id=None, recovery_next_at=None)
    counts["carts"] = len(shopper.cart_ids)

    # messages: the counts of campaigns and reminders stay; addresses and contents go
    deliveries = Q(store_id=store.id) & (
        Q(email_to=email) | by_visitor
        | (Q(cart_id__in=shopper.cart_ids) if shopper.cart_ids else Q(id__in=[]))
        | (Q(subscription_id__in=shopper.subscription_ids) if shopper.subscription_ids
           else Q(id__in=[])))
    await Delivery.filter(deliveries, status__in=(DeliveryStatus.QUEUED, DeliveryStatus.SENDING)
                          ).update(status=DeliveryStatus.EXPIRED, last_error=ERASED,
                                   locked_until=None)
    # a mail server's refusal may quote the address
    await Delivery.filter(deliveries, channel="email").exclude(last_error="").update(
        last_error=ERASED)
    counts["deliveries"] = await Delivery.filter(deliveries).update(
        email_to=None, payload={}, visitor_id=None)

    # push subscriptions: kept as counted, without the endpoint and keys that reach the browser
    for sub_id, is_active in await PushSubscription.filter(
            id__in=shopper.subscription_ids).values_list("id", "is_active"):
        await PushSubscription.filter(id=sub_id).update(
            endpoint="", p256dh="", auth="", endpoint_hash=f"erased:{sub_id}", is_active=False,
            deactivated_reason="erased", visitor_id=None, locale="", timezone="",
            **({"deactivated_at": now} if is_active else {}))
    counts["push_subscriptions"] = len(shopper.subscription_ids)

    # automation runs: kept as counted, no longer anyone's
    runs = Q(store_id=store.id) & (Q(email=email) | Q(shopper=f"e:{email}") | by_visitor)
    await AutomationRun.filter(runs, status=RunStatus.PENDING).update(
        status=RunStatus.SKIPPED, reason=ERASED)
    run_ids = await AutomationRun.filter(runs).values_list("id", flat=True)
    for run_id in run_ids:
        await AutomationRun.filter(id=run_id).update(shopper=f"x:{run_id}", email=None,
                                                     visitor_id=None, data={})
    counts["automation_runs"] = len(run_ids)

    # webhook events about the shopper: what the merchant's systems received is theirs; the
    # copies kept here to send and redeliver go, and what was not sent yet is not sent
    event_ids = await WebhookEvent.filter(
        store_id=store.id, shopper__in=[webhook_key(None, email)]
        + [webhook_key(v, None) for v in visitors]).values_list("id", flat=True)
    if event_ids:
        await WebhookDelivery.filter(
            event_id__in=event_ids, status__in=(DeliveryStatus.QUEUED, DeliveryStatus.SENDING)
        ).update(status=DeliveryStatus.EXPIRED, last_error=ERASED, locked_until=None)
        await WebhookDelivery.filter(event_id__in=event_ids).update(shopper="",
                                                                    last_response="")
        for event_id, kind, at in await WebhookEvent.filter(id__in=event_ids).values_list(
                "event_id", "kind", "created_at"):
            await WebhookEvent.filter(event_id=event_id).update(shopper="", payload={
                "id": event_id, "type": kind, "created_at": at.isoformat(),
                "data": {"erased": True}})
    counts["webhook_events"] = len(event_ids)

    # loyalty points: the ledger stays for the program's figures, under the anonymous id (as
    # the orders it refers to); the one-time codes sent to the address go
    counts["loyalty_accounts"] = await LoyaltyAccount.filter(
        store_id=store.id, email=email).update(email=f"{anonymous_id}@{ERASED_DOMAIN}")
    counts["loyalty_codes"] = await LoyaltyCode.filter(store_id=store.id, email=email).delete()

    counts["product_alerts"] = await ProductAlert.filter(
        Q(store_id=store.id) & (Q(email=email) | Q(shopper=f"e:{email}") | by_visitor)).delete()
    counts["product_views"] = await ProductView.filter(store_id=store.id).filter(
        by_visitor).delete()
    counts["consents"] = await Consent.filter(
        Q(store_id=store.id) & (Q(email=email) | by_visitor)).delete()
    # the address in plain goes too: the erasure's hash suppresses it from now on
    counts["email_suppressions"] = await EmailSuppression.filter(store_id=store.id,
                                                                 email=email).delete()
    counts["visitors"] = await Visitor.filter(store_id=store.id, id__in=visitors).delete() \
        if visitors else 0
    return counts


async def undo_if_erased(cart: Cart, consents: list[Consent] | None = None) -> bool:
    """After writing to *cart* (read by its token), and recording *consents*: if the shopper was
    erased meanwhile, the token changed; blank again what this request wrote, and say so."""
    if await Cart.exists(id=cart.id, token=cart.token):
        return False
    await Cart.filter(id=cart.id).update(email=None, name="", phone="", address={},
                                         marketing_consent=False, sms_consent=False,
                                         whatsapp_consent=False, loyalty_email=None,
                                         loyalty_points=0, visitor_id=None)
    if consents:
        await Consent.filter(id__in=[c.id for c in consents]).delete()
    return True


async def undo_order_if_erased(store: Store, order: Order, cart_token: str, *,
                               server_secret: str, now: datetime) -> bool:
    """After placing *order* from the cart of *cart_token*: if the shopper was erased while it
    was placed (the cart's token changed), erase what the order brought back (its address,
    its messages) under the erasure's anonymous id, and say so."""
    if order.cart_id is None or await Cart.exists(id=order.cart_id, token=cart_token):
        return False
    latest = await ShopperErasure.filter(
        store_id=store.id, email_hash=email_hash(server_secret, order.email)).order_by(
        "-id").first()
    anonymous_id = latest.anonymous_id if latest else "anon_" + secrets.token_hex(8)
    await _erase(store, await find_shopper(store, order.email), anonymous_id, now)
    return True


def erasure_view(erasure: ShopperErasure) -> dict[str, Any]:
    return {
        "erased_at": erasure.created_at.isoformat(), "anonymous_id": erasure.anonymous_id,
        "requested_by": erasure.requested_by, "erased": erasure.counts,
    }
