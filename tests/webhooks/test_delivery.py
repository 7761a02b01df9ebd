"""Events reach a merchant's receiver signed, once each, retried after a failure, in order per
shopper; redelivery sends the same event again."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from typing import Any

from server.background import Background
from server.checkout.orders import sign_webhook
from server.messaging.suppressions import unsubscribe_token
from server.models import Delivery, DeliveryStatus, WebhookDelivery, WebhookEndpoint
from server.recovery import sequence
from server.webhooks.events import EVENT_KINDS
from server.webhooks.worker import WebhookWorker
from tests.conftest import (
    TEST_SECRET,
    ShopFixture,
    eventually,
    new_campaign,
    send_all,
    subscribe,
)
from tests.webhooks.conftest import Receiver, subscribe_endpoint


async def _order(shop: ShopFixture, token: str, method: str = "upi") -> dict[str, Any]:
    response = await shop.widget("POST", f"/carts/{token}/order", {"payment_method": method})
    assert response.status_code == 201, await response.get_json()
    return dict(await response.get_json())


async def _pay(shop: ShopFixture, clock: Any, order: dict[str, Any]) -> None:
    body = json.dumps({"order_number": order["number"], "status": "paid",
                       "amount": order["total"], "currency": "INR",
                       "provider_reference": "upi_1"}).encode()
    response = await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=body,
        headers={"X-Pushcart-Signature": sign_webhook(shop.secret_key,
                                                      int(clock.now().timestamp()), body),
                 "Content-Type": "application/json"})
    assert response.status_code == 200, await response.get_json()


async def test_each_event_kind_arrives_once_signed(shop: ShopFixture, receiver: Receiver, hooks, service, background, clock) -> None:
    await subscribe_endpoint(shop, receiver, list(EVENT_KINDS))
    endpoint = await subscribe(shop, service, "visitor-0001")  # subscription.created
    cart = await shop.ready_to_order()
    clock.advance(hours=2)
    assert await sequence.scan(clock.now()) == 1  # cart.abandoned
    order = await _order(shop, cart["token"])  # order.placed, cart.recovered
    await _pay(shop, clock, order)  # order.paid
    response = await shop.admin("POST", f"/orders/{order['number']}/fulfilment",
                                {"status": "shipped", "carrier": "BlueDart"})
    assert response.status_code in (200, 201), await response.get_json()  # order.fulfilment
    await new_campaign(shop)
    await send_all(background)  # message.sent (the campaign's push, and the order's messages)
    token = unsubscribe_token(TEST_SECRET, shop.store.id, "asha@example.com")
    assert (await shop.client.post(f"/email/unsubscribe/{token}")).status_code == 200
    response = await shop.widget("POST", "/push/unsubscribe", {"endpoint": endpoint})
    assert (await response.get_json())["status"] == "unsubscribed"  # subscription.lost

    await hooks.drain()

    kinds = receiver.types()
    assert sorted(set(kinds)) == sorted(EVENT_KINDS)
    assert {k: kinds.count(k) for k in EVENT_KINDS if k != "message.sent"} == {
        k: 1 for k in EVENT_KINDS if k != "message.sent"}
    sent = [r.event["data"]["message"] for r in receiver.received if r.type == "message.sent"]
    delivered = await Delivery.filter(status=DeliveryStatus.DELIVERED).values_list("id", flat=True)
    assert sorted(m["id"] for m in sent) == sorted(delivered)  # one per message that went out
    assert [m["channel"] for m in sent if m["kind"] == "campaign"] == ["push"]
    assert all(r.signed for r in receiver.received)
    ids = [r.headers["X-Pushcart-Event-Id"] for r in receiver.received]
    assert ids == [r.event["id"] for r in receiver.received] and len(set(ids)) == len(ids)
    assert all(r.headers["X-Pushcart-Event"] == r.type for r in receiver.received)
    placed = next(r.event for r in receiver.received if r.type == "order.placed")
    assert placed["data"]["order"]["number"] == order["number"]
    assert placed["data"]["order"]["total"] == order["total"]
    assert placed["data"]["shopper"] == {"visitor_id": "visitor-0001",
                                         "email": "asha@example.com"}
    shipped = next(r.event for r in receiver.received if r.type == "order.fulfilment")
    assert shipped["data"]["fulfilment"]["status"] == "shipped"
    assert not await WebhookDelivery.filter(status__not=DeliveryStatus.DELIVERED).exists()


async def test_a_forged_or_foreign_secret_does_not_verify(shop: ShopFixture, receiver: Receiver, hooks) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    receiver.secrets["/hooks"] = "whsec_someone_elses"
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
    await hooks.drain()
    assert receiver.types() == ["order.placed"] and not receiver.received[0].signed


async def test_a_500_is_retried_with_backoff_then_delivered(shop: ShopFixture, receiver: Receiver, hooks, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    receiver.answers = [(500, "database down, sorry")]
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")

    assert await hooks.drain() == 1
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.QUEUED and delivery.attempts == 1
    assert delivery.last_status_code == 500 and delivery.last_response == "database down, sorry"
    assert delivery.last_duration_ms is not None
    assert 15 <= (delivery.next_attempt_at - clock.now()).total_seconds() <= 30
    assert await hooks.drain() == 0  # not before its time

    clock.advance(seconds=31)
    assert await hooks.drain() == 1
    retried = await WebhookDelivery.get(id=delivery.id)
    assert retried.status == DeliveryStatus.DELIVERED and retried.attempts == 2
    assert receiver.types() == ["order.placed", "order.placed"]
    assert receiver.received[0].body == receiver.received[1].body  # the same event, again


async def test_a_delivery_that_keeps_failing_is_given_up(shop: ShopFixture, receiver: Receiver, hooks, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    receiver.answers = [(503, "busy")] * 3  # PUSHCART_WEBHOOK_MAX_ATTEMPTS=3 in these tests
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
    for _ in range(3):
        await hooks.drain()
        clock.advance(hours=7)
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 3
    assert delivery.last_error.startswith("gave up after 3 attempts")
    assert await hooks.drain() == 0 and len(receiver.received) == 3


async def test_one_shoppers_events_arrive_in_order_while_others_go_on(shop: ShopFixture, receiver: Receiver, hooks, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed", "order.paid"])
    receiver.answers = [(500, "try later")]
    asha = await _order(shop, (await shop.ready_to_order())["token"])  # visitor-0001
    await _pay(shop, clock, asha)
    other = await shop.new_cart("visitor-0002")
    await shop.add(other["token"], "TEA")
    await shop.widget("PATCH", f"/carts/{other['token']}", {
        "email": "ravi@example.com", "name": "Ravi", "address": {
            "line1": "1 Park St", "city": "Kolkata", "region": "WB", "postal_code": "700016",
            "country": "IN"}})
    ravi = await _order(shop, other["token"], "cash_on_delivery")

    await hooks.drain()
    # Asha's order.placed got the 500: her order.paid waits behind it; Ravi's went out
    got = [(r.event["data"]["order"]["number"], r.type) for r in receiver.received]
    assert got == [(asha["number"], "order.placed"), (ravi["number"], "order.placed")]

    clock.advance(minutes=5)
    await hooks.drain()
    got = [(r.event["data"]["order"]["number"], r.type) for r in receiver.received]
    assert got[2:] == [(asha["number"], "order.placed"), (asha["number"], "order.paid")]


async def test_redeliver_sends_the_same_event_again(shop: ShopFixture, receiver: Receiver, hooks) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
    await hooks.drain()
    listing = await (await shop.admin("GET", "/webhooks/deliveries")).get_json()
    first = listing["deliveries"][0]
    assert first["status"] == "delivered" and first["response"]["status_code"] == 200
    assert first["response"]["body_excerpt"] == "ok" and first["response"]["duration_ms"] >= 0

    response = await shop.admin("POST", f"/webhooks/deliveries/{first['id']}/redeliver")
    assert response.status_code == 202
    await hooks.drain()
    assert [r.event["id"] for r in receiver.received] == [first["event_id"]] * 2
    listing = await (await shop.admin("GET", "/webhooks/deliveries")).get_json()
    assert listing["total"] == 2 and {d["status"] for d in listing["deliveries"]} == {"delivered"}


async def test_a_paused_endpoint_gets_nothing_new(shop: ShopFixture, receiver: Receiver, hooks) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    response = await shop.admin("PATCH", f"/webhooks/endpoints/{created['id']}",
                                {"is_active": False})
    assert response.status_code == 200 and (await response.get_json())["is_active"] is False
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
    await hooks.drain()
    assert receiver.received == [] and not await WebhookDelivery.exists()


async def test_the_signing_secret_is_stored_sealed(shop: ShopFixture, receiver: Receiver) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    stored = await WebhookEndpoint.get(id=created["id"])
    assert created["secret"].startswith("whsec_") and created["secret"] not in stored.secret_sealed
    read = await (await shop.admin("GET", f"/webhooks/endpoints/{created['id']}")).get_json()
    assert "secret" not in read and read["secret_hint"] == created["secret"][-4:]


async def test_old_finished_events_are_pruned_and_pending_ones_kept(shop: ShopFixture, receiver: Receiver, hooks, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
    await hooks.drain()  # delivered
    receiver.answers = [(500, "down")]
    await _order(shop, (await shop.ready_to_order("TEA"))["token"], "cash_on_delivery")
    await hooks.drain()  # waiting for its retry
    clock.advance(days=31)
    receiver.answers = [(500, "down")] * 5
    assert await hooks.prune() == 1
    left = await WebhookDelivery.all()
    assert [d.status for d in left] == [DeliveryStatus.QUEUED]
    listing = await (await shop.admin("GET", "/webhooks/deliveries")).get_json()
    assert listing["total"] == 1 and listing["deliveries"][0]["response"]["status_code"] == 500


async def test_the_worker_process_delivers_webhooks_on_its_own(shop: ShopFixture, receiver: Receiver, settings, clock) -> None:
    """What `pushcart run` and `pushcart worker` run (server/background.py) has the webhook
    lane: an order placed while it runs reaches the receiver without anyone draining."""
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    stop = asyncio.Event()
    running = asyncio.create_task(
        Background(replace(settings, encrypt_processes=0), clock).run(stop))
    try:
        await _order(shop, (await shop.ready_to_order())["token"], "cash_on_delivery")
        await eventually(lambda: receiver.types() == ["order.placed"], "the order's event")
    finally:
        stop.set()
        await asyncio.wait_for(running, 30)
    assert receiver.received[0].signed


async def test_two_workers_at_once_send_each_event_once(shop: ShopFixture, receiver: Receiver, settings, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    for i in range(6):
        cart = await shop.new_cart(f"visitor-{i:04d}")
        await shop.add(cart["token"], "TEA")
        await shop.widget("PATCH", f"/carts/{cart['token']}", {
            "email": f"shopper{i}@example.com", "name": "S", "address": {
                "line1": "1 Park St", "city": "Kolkata", "region": "WB",
                "postal_code": "700016", "country": "IN"}})
        await _order(shop, cart["token"], "cash_on_delivery")
    workers = [WebhookWorker.for_settings(settings, clock, batch_size=2) for _ in range(2)]
    claimed = await asyncio.gather(*(w.drain() for w in workers))
    assert sum(claimed) == 6
    ids = [r.event["id"] for r in receiver.received]
    assert len(ids) == 6 and len(set(ids)) == 6


async def test_a_shoppers_backlog_does_not_hold_up_the_others(shop: ShopFixture, receiver: Receiver, settings, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    receiver.answers = [(500, "down")]
    for _ in range(6):  # Asha's six orders: the first fails, five wait behind it
        await _order(shop, (await shop.ready_to_order("TEA"))["token"], "cash_on_delivery")
    other = await shop.new_cart("visitor-0002")
    await shop.add(other["token"], "TEA")
    await shop.widget("PATCH", f"/carts/{other['token']}", {
        "email": "ravi@example.com", "name": "Ravi", "address": {
            "line1": "1 Park St", "city": "Kolkata", "region": "WB", "postal_code": "700016",
            "country": "IN"}})
    ravi = await _order(shop, other["token"], "cash_on_delivery")
    worker = WebhookWorker.for_settings(settings, clock, batch_size=1)  # claims look at 4 rows
    await worker.drain()
    numbers = [r.event["data"]["order"]["number"] for r in receiver.received]
    assert numbers == ["1001", ravi["number"]]
