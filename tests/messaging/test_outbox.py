"""Campaigns through the durable outbox and its worker, to the test push service."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest

from push.sender import Sender
from server.models import Delivery, DeliveryStatus, Order, PushSubscription
from server.settings import Settings
from tests.conftest import (
    campaign_counts,
    eventually,
    make_settings,
    new_campaign,
    queued_campaign,
    send_all,
    subscribe,
)
from tests.declarative import click_path, destination, follow, shown


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")










async def test_campaign_reaches_each_subscriber_once(shop, service, background) -> None:
    endpoints = [await subscribe(shop, service, f"visitor-000{i}") for i in range(3)]
    campaign_id = await new_campaign(shop, kind="flash_sale", urgency="high", ttl=3600,
                                  actions=[{"action": "shop", "title": "Shop now",
                                            "url": "https://shop.test/teas"}])
    assert await send_all(background) == 3
    for endpoint in endpoints:
        [message] = service.messages_for(endpoint)
        notification = shown(message)
        assert notification["title"] == "Flash sale: 30% off teas"
        assert notification["tag"] == f"campaign-{campaign_id}" and notification["renotify"]
        assert notification["navigate"].startswith("http://pushcart.test/click/")
        assert notification["actions"][0]["navigate"] == notification["navigate"] + "?action=shop"
        assert await destination(message) == "https://shop.test/sale"
        assert await destination(message, "shop") == "https://shop.test/teas"
    assert {r.headers["Urgency"] for r in service.received} == {"high"}
    assert {r.headers["TTL"] for r in service.received} == {"3600"}
    counts = await campaign_counts(shop, campaign_id)
    assert (counts["status"], counts["targeted"], counts["sent"], counts["delivered"]) == (
        "sent", 3, 3, 3)
    signer = await background.signer_for(shop.store.id)
    assert signer.signatures == 1  # one VAPID JWT for the whole campaign


async def test_gone_subscription_is_deactivated_and_never_retried(shop, service, background) -> None:
    gone = await subscribe(shop, service)
    await subscribe(shop, service, "visitor-0002")
    service.answer(gone, 410)
    first = await new_campaign(shop)
    await send_all(background)
    counts = await campaign_counts(shop, first)
    assert (counts["delivered"], counts["expired"]) == (1, 1)
    sub = await PushSubscription.get(endpoint=gone)
    assert not sub.is_active and sub.deactivated_reason == "gone"
    second = await new_campaign(shop)
    await send_all(background)
    assert (await campaign_counts(shop, second))["targeted"] == 1
    assert service.requests == 3


async def test_campaigns_skip_shoppers_at_the_daily_cap(shop, service, background, clock) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    assert (await shop.admin("PUT", "/recovery/settings",
                             {**settings, "daily_cap": 2})).status_code == 200
    busy = await subscribe(shop, service, "visitor-0001")
    await new_campaign(shop)
    await send_all(background)
    clock.advance(hours=1)
    fresh = await subscribe(shop, service, "visitor-0002")  # subscribed after the first one
    await new_campaign(shop)
    await send_all(background)
    clock.advance(hours=1)
    third = await new_campaign(shop)
    assert await send_all(background) == 1  # visitor 1 had two today: the cap
    counts = await campaign_counts(shop, third)
    assert (counts["targeted"], counts["delivered"], counts["capped"]) == (2, 1, 1)
    assert (len(service.messages_for(busy)), len(service.messages_for(fresh))) == (2, 2)
    clock.advance(hours=22, seconds=1)  # 24 h after visitor 1's first message
    await new_campaign(shop)
    assert await send_all(background) == 1  # visitor 1 has room for one; visitor 2 still capped
    assert (len(service.messages_for(busy)), len(service.messages_for(fresh))) == (3, 2)


async def test_429_waits_for_retry_after_then_delivers(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)
    service.answer(endpoint, 429, Retry_After="7")
    campaign_id = await new_campaign(shop)
    await send_all(background)
    delivery = await Delivery.get(campaign_id=campaign_id)
    assert delivery.status == DeliveryStatus.QUEUED and delivery.last_status_code == 429
    assert delivery.next_attempt_at == clock.now() + timedelta(seconds=7)
    assert await background.outbox_worker().drain() == 0  # not due yet
    clock.advance(seconds=8)
    assert await background.outbox_worker().drain() == 1
    assert len(service.messages_for(endpoint)) == 1
    assert (await campaign_counts(shop, campaign_id))["delivered"] == 1


async def test_server_errors_are_retried_then_given_up_with_the_reason(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)
    service.answer(endpoint, 500, times=3)
    campaign_id = await new_campaign(shop)
    await background.schedule()
    for _ in range(3):
        await background.outbox_worker(max_attempts=3).drain()
        clock.advance(hours=2)
    delivery = await Delivery.get(campaign_id=campaign_id)
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 3
    assert "gave up after 3 attempts" in delivery.last_error and "500" in delivery.last_error
    assert (await campaign_counts(shop, campaign_id))["failed"] == 1


async def test_message_that_outlives_its_ttl_expires_unsent(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)
    service.answer(endpoint, 503, Retry_After="600")
    campaign_id = await new_campaign(shop, ttl=300)
    await send_all(background)
    clock.advance(minutes=11)
    await background.outbox_worker().drain()
    assert (await campaign_counts(shop, campaign_id))["expired"] == 1
    assert service.messages_for(endpoint) == []


async def test_scheduled_campaign_waits_for_its_time_and_can_be_cancelled(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)
    later = (clock.now() + timedelta(hours=2)).isoformat()
    kept = await new_campaign(shop, send_at=later, title="Launch")
    dropped = await new_campaign(shop, send_at=later, title="Dropped")
    assert await send_all(background) == 0
    cancel = await shop.admin("POST", f"/campaigns/{dropped}/cancel")
    assert (await cancel.get_json())["status"] == "cancelled"
    clock.advance(hours=2)
    assert await send_all(background) == 1
    assert [shown(m)["title"] for m in service.messages_for(endpoint)] == ["Launch"]
    assert (await campaign_counts(shop, kept))["status"] == "sent"
    again = await shop.admin("POST", f"/campaigns/{kept}/cancel")
    assert again.status_code == 409


async def test_click_is_recorded_and_an_order_is_attributed(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)  # visitor-0001, who then orders
    campaign_id = await new_campaign(shop)
    await send_all(background)
    [message] = service.messages_for(endpoint)
    clicked = await follow(shop.client, message)
    assert (clicked.status_code, clicked.headers["Location"]) == (302, "https://shop.test/sale")
    forged = click_path(message)[:-4] + "AAAA"
    assert (await shop.client.get(forged)).status_code == 404
    assert (await campaign_counts(shop, campaign_id))["clicked"] == 1
    clock.advance(hours=3)
    cart = await shop.ready_to_order()
    order = await shop.widget("POST", f"/carts/{cart['token']}/order",
                              {"payment_method": "cash_on_delivery"})
    stored = await Order.get(number=(await order.get_json())["number"])
    assert stored.attributed_delivery_id == shown(message)["data"]["delivery_id"]


async def test_order_after_the_attribution_window_is_not_attributed(shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service)
    await new_campaign(shop)
    await send_all(background)
    [message] = service.messages_for(endpoint)
    await follow(shop.client, message)
    clock.advance(hours=73)  # the default window is 72 hours
    cart = await shop.ready_to_order()
    order = await shop.widget("POST", f"/carts/{cart['token']}/order",
                              {"payment_method": "cash_on_delivery"})
    stored = await Order.get(number=(await order.get_json())["number"])
    assert stored.attributed_delivery_id is None


async def test_work_of_a_dead_worker_is_resumed_after_its_lease(shop, service, background, clock) -> None:
    _, endpoints = await queued_campaign(shop, service, background, 6)
    dead = background.outbox_worker(batch_size=4, lease_seconds=120)
    claimed = await dead.claim()  # claims 4 rows, then dies before sending
    assert len(claimed) == 4
    survivor = background.outbox_worker(lease_seconds=120)
    assert await survivor.drain() == 2  # only the unclaimed rows are due
    clock.advance(seconds=121)
    assert await survivor.drain() == 4  # the lease ran out: nothing is lost
    assert sorted(len(service.messages_for(e)) for e in endpoints) == [1] * 6


async def test_two_workers_never_send_one_row_twice(shop, service, background) -> None:
    campaign_id, endpoints = await queued_campaign(shop, service, background, 120)
    first, second = background.outbox_worker(batch_size=10), background.outbox_worker(batch_size=10)
    sent = await asyncio.gather(first.drain(), second.drain())
    assert sum(sent) == 120
    per_subscriber = Counter(r.subscriber for r in service.received)
    assert len(per_subscriber) == 120 and set(per_subscriber.values()) == {1}
    assert service.requests == 120
    assert (await campaign_counts(shop, campaign_id))["delivered"] == 120
    assert len(endpoints) == 120


async def test_a_claim_skips_rows_another_worker_holds_instead_of_waiting(shop, service, background, database_url) -> None:
    if not database_url.startswith("postgres"):
        pytest.skip("row locks are PostgreSQL's; on SQLite one process claims")
    import asyncpg

    await queued_campaign(shop, service, background, 6)
    other = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:  # another worker's claim, still open: it holds the two oldest rows
        transaction = other.transaction()
        await transaction.start()
        held = {r["id"] for r in await other.fetch(
            "SELECT id FROM delivery ORDER BY next_attempt_at, id LIMIT 2 FOR UPDATE")}
        claimed = await asyncio.wait_for(background.outbox_worker(batch_size=10).claim(), 5)
        await transaction.rollback()
    finally:
        await other.close()
    ids = {d.id for d in claimed}
    assert len(ids) == 4 and not ids & held


async def test_payload_over_the_limit_is_refused_when_the_campaign_is_made(shop) -> None:
    response = await shop.admin("POST", "/campaigns", {
        "title": "Big", "url": "https://shop.test/" + "x" * 900, "body": "y" * 400,
        "image": "https://cdn.shop.test/" + "i" * 950, "icon": "https://cdn.shop.test/" + "c" * 950,
        "actions": [{"action": "a", "title": "A", "url": "https://shop.test/" + "a" * 950},
                    {"action": "b", "title": "B", "url": "https://shop.test/" + "b" * 950}]})
    error = (await response.get_json())["error"]
    assert response.status_code == 400 and error["code"] == "payload_too_large"
    assert "at most 2912" in error["message"]


async def test_unknown_segment_and_naive_time_are_refused(shop) -> None:
    response = await shop.admin("POST", "/campaigns", {"title": "T", "url": "https://s.test/",
                                                       "segment": 42})
    assert (await response.get_json())["error"]["code"] == "unknown_segment"
    response = await shop.admin("POST", "/campaigns", {"title": "T", "url": "https://s.test/",
                                                       "send_at": "2026-12-01T09:00:00"})
    assert (await response.get_json())["error"]["code"] == "invalid_send_at"


async def test_campaigns_of_another_store_are_invisible(shop) -> None:
    from server.stores import create_store
    from tests.conftest import TEST_SECRET

    campaign_id = await new_campaign(shop)
    other = await create_store(TEST_SECRET, "Other", ["https://other.test"])
    response = await shop.client.get(f"/api/v1/campaigns/{campaign_id}",
                                     headers={"Authorization": f"Bearer {other.secret_key}"})
    assert response.status_code == 404


async def test_each_row_keeps_its_own_status_code_and_reason(shop, service, background) -> None:
    not_found = await subscribe(shop, service, "visitor-0001")
    gone = await subscribe(shop, service, "visitor-0002")
    service.answer(not_found, 404)
    service.answer(gone, 410)
    await new_campaign(shop)
    await send_all(background)
    codes = {d.subscription_id: d.last_status_code for d in await Delivery.all()}
    subs = {s.endpoint: s.id for s in await PushSubscription.all()}
    assert codes == {subs[not_found]: 404, subs[gone]: 410}


async def test_lanes_of_one_worker_never_send_one_row_twice(shop, service, background) -> None:
    campaign_id, endpoints = await queued_campaign(shop, service, background, 60)
    stop = asyncio.Event()
    worker = background.outbox_worker(batch_size=5, lanes=3, idle_seconds=0.05)
    running = asyncio.create_task(worker.run(stop))

    async def all_delivered() -> bool:
        return bool((await campaign_counts(shop, campaign_id))["delivered"] == 60)
    await eventually(all_delivered, "the 60 deliveries")
    stop.set()
    await asyncio.wait_for(running, 10)
    assert Counter(r.subscriber for r in service.received) == Counter(
        {e.rsplit("/", 1)[1]: 1 for e in endpoints})
    assert service.requests == 60


async def test_idle_workers_are_woken_at_once_when_messages_are_queued(shop, service, background, database_url) -> None:
    if not database_url.startswith("postgres"):
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's; on SQLite the worker polls")
    endpoint = await subscribe(shop, service)
    stop = asyncio.Event()
    # It would sleep a minute between polls: only the NOTIFY can wake it in time.
    running = asyncio.create_task(background.run(stop, idle_seconds=60))
    await eventually(lambda: background.worker is not None and background.worker.is_idle,
                     "the worker's lanes to go idle")
    await new_campaign(shop)
    await background.schedule()  # as the web process's scheduler would: queue, NOTIFY
    await eventually(lambda: service.messages_for(endpoint), "the campaign to arrive", seconds=5)
    stop.set()
    await asyncio.wait_for(running, 10)
    assert [shown(m)["title"] for m in service.messages_for(endpoint)] == [
        "Flash sale: 30% off teas"]


async def test_outcomes_are_recorded_in_groups_while_their_batch_is_still_sent(shop, service, background, monkeypatch) -> None:
    campaign_id, _ = await queued_campaign(shop, service, background, 40)
    service.hold, service.hold_after = asyncio.Event(), 20  # answers 20, then holds the rest
    # groups of concurrency / lanes = 4; no timer, so a group is written when it is full
    worker = background.outbox_worker(batch_size=40, concurrency=8, record_seconds=60)
    writes: list[int] = []
    record = worker.record

    async def counted(batch, outcomes, claimer=None) -> None:
        writes.append(len(batch))
        await record(batch, outcomes, claimer)
    monkeypatch.setattr(worker, "record", counted)
    draining = asyncio.create_task(worker.drain())
    await eventually(lambda: service.held == 8, "eight requests in flight, held")
    # The batch is still in hand, and every answer it had is written already.
    assert await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == 20
    assert await Delivery.filter(status=DeliveryStatus.SENDING).count() == 20
    service.hold.set()
    assert await asyncio.wait_for(draining, 10) == 40
    assert (await campaign_counts(shop, campaign_id))["delivered"] == 40
    assert service.requests == 40
    assert sum(writes) == 40 and len(writes) <= 10 and max(writes) <= 8, writes


async def test_no_more_than_concurrency_messages_are_ever_sent_and_unrecorded(shop, service, background, monkeypatch) -> None:
    await queued_campaign(shop, service, background, 30)
    worker = background.outbox_worker(batch_size=30, concurrency=6)
    database = asyncio.Event()  # a slow database: writes wait for it
    record = worker.record

    writing = asyncio.Event()

    async def slow(batch, outcomes, claimer=None) -> None:
        writing.set()
        await database.wait()
        await record(batch, outcomes, claimer)
    monkeypatch.setattr(worker, "record", slow)
    draining = asyncio.create_task(worker.drain())
    await eventually(lambda: len(service.received) == 6 and writing.is_set(),
                     "six answers, and their outcomes waiting for the database")
    # every slot is held by an answered, unrecorded message: nothing more may go out
    assert (service.requests, len(service.received)) == (6, 6)
    database.set()
    assert await asyncio.wait_for(draining, 10) == 30
    assert service.requests == 30
    assert await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == 30


async def test_a_failed_write_stops_the_batch_and_leaves_its_rows_leased(shop, service, background, monkeypatch) -> None:
    await queued_campaign(shop, service, background, 20)
    worker = background.outbox_worker(batch_size=20, concurrency=4)

    async def failing(batch, outcomes, claimer=None) -> None:
        raise ConnectionError("the database went away")
    monkeypatch.setattr(worker, "record", failing)
    async with Sender(concurrency=4) as sender:
        with pytest.raises(ConnectionError):
            await worker.run_once(sender)
    assert service.requests <= 4  # what was in flight; the rest is left for after the lease
    assert await Delivery.filter(status=DeliveryStatus.SENDING).count() == 20


async def test_messages_to_reserved_invalid_hosts_are_never_sent(shop, background, clock) -> None:
    """The demo store's shoppers live on .invalid hosts: a campaign a merchant sends them from
    the demo is closed at once, not sent and not retried."""
    now = clock.now()
    subscription = await PushSubscription.create(
        store_id=shop.store.id, endpoint_hash="demo-1", endpoint="https://push.demo.invalid/s/1",
        p256dh="BCd", auth="abc", created_at=now, updated_at=now)
    for fields in ({"subscription_id": subscription.id, "channel": "push"},
                   {"channel": "email", "email_to": "meera@demo.invalid"}):
        await Delivery.create(store_id=shop.store.id, payload={"title": "Sale", "subject": "Sale",
                                                                "html": "", "text": ""},
                              next_attempt_at=now, created_at=now, **fields)
    assert await background.outbox_worker().drain() == 2
    rows = await Delivery.all()
    assert {(d.status, d.attempts) for d in rows} == {(DeliveryStatus.EXPIRED, 1)}
    assert all(".invalid" in d.last_error for d in rows)
