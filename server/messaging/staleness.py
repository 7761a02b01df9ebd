"""The outbox's last check before a message goes out: rows that must not be sent any more, and
why. A reminder whose cart was ordered or touched since; an automation's message its flow no
longer wants (server/automations/stops.py); an email to an address that
unsubscribed or was refused (only a refusal stops an order confirmation, which is not
marketing); any email to the address of a shopper whose data was erased (server/privacy/)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from server.automations.runs import Run
from server.automations.stops import stop_reasons
from server.models import (
    ORDER_CONFIRMATION,
    TEXT_CHANNELS,
    AutomationRun,
    Cart,
    Channel,
    DeliveryKind,
    EmailSuppression,
    Flow,
    Store,
    SuppressionReason,
    Visitor,
    awaits_recovery,
)
from server.privacy.erasure import erased_addresses

if TYPE_CHECKING:
    from server.messaging.outbox import Claimed

CAME_BACK = "the shopper came back or ordered: reminder not needed"
SUPPRESSED = "the address unsubscribed or was refused"
NO_CONSENT = "the shopper withdrew their consent to this channel"
ERASED = "the shopper asked to be erased: nothing is sent to the address"


async def stale_reasons(batch: list[Claimed], erasure_key: str = "") -> dict[int, str]:
    """Delivery id -> why it must not go out, for the rows of *batch* that must not. With the
    server secret as *erasure_key*, erased shoppers' addresses are recognised by their hash."""
    stale: dict[int, str] = {}
    reminders = [d for d in batch if d.kind == DeliveryKind.REMINDER]
    if reminders:
        carts = {c["id"]: c for c in await Cart.filter(
            id__in={d.cart_id for d in reminders if d.cart_id}).values(
            "id", "status", "abandoned_at", "updated_at")}
        for d in reminders:
            cart = carts.get(d.cart_id)
            if cart is None or not awaits_recovery(cart["status"], cart["abandoned_at"],
                                                   cart["updated_at"]):
                stale[d.id] = CAME_BACK
    automated = [d for d in batch if d.kind == DeliveryKind.AUTOMATION and d.automation_run_id]
    if automated:
        stale.update(await _automation_stops(automated))
    texts = [d for d in batch if d.channel in TEXT_CHANNELS]
    if texts:
        stale.update(await _withdrawn(texts))
    emails = {(d.store_id, d.email_to) for d in batch
              if d.channel == Channel.EMAIL and d.email_to}
    if emails:
        suppressed = {(store_id, email): reason for store_id, email, reason in
                      await EmailSuppression.filter(
                          store_id__in={s for s, _ in emails},
                          email__in={e for _, e in emails},
                      ).values_list("store_id", "email", "reason")}
        for d in batch:
            reason = suppressed.get((d.store_id, d.email_to))
            transactional = ((d.kind == DeliveryKind.ORDER and d.step == ORDER_CONFIRMATION)
                             or d.flow == Flow.ORDER_UPDATES or d.kind == DeliveryKind.LOYALTY)
            if reason is not None and (reason == SuppressionReason.BOUNCED or not transactional):
                stale[d.id] = SUPPRESSED
        erased = await erased_addresses(erasure_key, emails)
        for d in batch:
            if (d.store_id, d.email_to) in erased:
                stale[d.id] = ERASED
    return stale


async def _withdrawn(rows: list[Claimed]) -> dict[int, str]:
    """Text messages whose shopper no longer agrees to their channel (the cart's consent for a
    reminder, any of the visitors' for an automation)."""
    carts = {int(c) for d in rows if (c := (d.payload.get("consent_of") or {}).get("cart"))}
    visitors = {int(v) for d in rows for v in (d.payload.get("consent_of") or {})
                .get("visitors", [])}
    agreed: dict[tuple[str, int], dict[str, bool]] = {}
    if carts:
        for c in await Cart.filter(id__in=carts).values("id", "sms_consent", "whatsapp_consent"):
            agreed["cart", c["id"]] = c
    if visitors:
        for v in await Visitor.filter(id__in=visitors).values("id", "sms_consent",
                                                               "whatsapp_consent"):
            agreed["visitors", v["id"]] = v
    stale = {}
    for d in rows:
        flag = f"{d.channel.value}_consent"
        of = d.payload.get("consent_of") or {}
        holders = ([("cart", int(of["cart"]))] if of.get("cart") else
                   [("visitors", int(v)) for v in of.get("visitors", [])])
        if not any(agreed.get(h, {}).get(flag) for h in holders):
            stale[d.id] = NO_CONSENT
    return stale


async def _automation_stops(rows: list[Claimed]) -> dict[int, str]:
    runs = await AutomationRun.filter(id__in={d.automation_run_id for d in rows})
    by_store: dict[int, list[Run]] = defaultdict(list)
    for run in runs:
        by_store[run.store_id].append(Run.of(run))
    stopped: dict[int, str] = {}
    for store_id, store_runs in by_store.items():
        store = await Store.get(id=store_id)
        stopped.update(await stop_reasons(store, store_runs, store_runs[0].created_at))
    return {d.id: stopped[d.automation_run_id] for d in rows
            if d.automation_run_id in stopped}

