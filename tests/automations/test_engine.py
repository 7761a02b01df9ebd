"""The gates every automation passes, shown through price drops: quiet hours in the shopper's
zone, the daily cap, the flow's cooldown, the stop condition checked again by the outbox just
before sending, the incentive code, and the shopper's language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.automations import engine, events
from server.models import AutomationRun, Delivery, DeliveryStatus, DiscountCode, RunStatus
from tests.automations.test_price_drop import _cart_with, _reprice, _tick
from tests.conftest import subscribe
from tests.declarative import shown

KETTLE = {"name": "Copper kettle", "price": 249900, "category": "kitchen", "stock": 2}


async def test_quiet_hours_hold_the_message_until_morning_in_the_shoppers_zone(
        shop, service, background, clock) -> None:
    clock.current = datetime(2026, 1, 15, 17, 0, tzinfo=UTC)  # 22:30 in Kolkata
    endpoint = await subscribe(shop, service, "visitor-0001", timezone="Asia/Kolkata")
    await _cart_with(shop, "visitor-0001", "MUG")
    await _reprice(shop, 40000)
    assert await _tick(background) == 0
    [run] = await AutomationRun.all()
    assert run.status == RunStatus.PENDING
    assert run.due_at == datetime(2026, 1, 16, 2, 30, tzinfo=UTC)  # 08:00 in Kolkata
    clock.current = datetime(2026, 1, 16, 2, 31, tzinfo=UTC)
    assert await _tick(background) == 1
    assert len(service.messages_for(endpoint)) == 1


async def test_the_daily_cap_holds_the_message_until_it_has_room(shop, service, background,
                                                                 clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-0001")
    await _cart_with(shop, "visitor-0001", "MUG")
    visitor_id = (await shop.store.visitors.all())[0].id
    for _ in range(3):  # three messages today already: the default cap
        await Delivery.create(store_id=shop.store.id, visitor_id=visitor_id, payload={},
                              next_attempt_at=clock.now(), created_at=clock.now(),
                              status=DeliveryStatus.DELIVERED)
    await _reprice(shop, 40000)
    assert await _tick(background) == 0
    [run] = await AutomationRun.all()
    assert run.status == RunStatus.PENDING and run.due_at > clock.now()
    clock.advance(hours=25)
    assert await _tick(background) == 1
    assert len(service.messages_for(endpoint)) == 1


async def test_a_second_drop_within_the_cooldown_is_not_sent(shop, service, background,
                                                            clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-0001")
    token = await _cart_with(shop, "visitor-0001", "MUG")
    assert (await shop.add(token, "KETTLE")).status_code == 200
    await _reprice(shop, 40000)
    assert await _tick(background) == 1
    clock.advance(hours=2)
    response = await shop.admin("PUT", "/products/KETTLE", {**KETTLE, "price": 199900})
    assert response.status_code == 200
    assert await _tick(background) == 0
    assert len(service.messages_for(endpoint)) == 1
    skipped = await AutomationRun.get(status=RunStatus.SKIPPED)
    assert "cooldown" in skipped.reason


async def test_the_outbox_drops_the_message_if_the_shopper_bought_meanwhile(
        shop, service, background, clock) -> None:
    endpoint = await subscribe(shop, service, "visitor-0001")
    token = await _cart_with(shop, "visitor-0001", "MUG", "asha@example.com")
    await _reprice(shop, 40000)
    await background.automations()  # queued, not sent yet
    clock.advance(minutes=5)
    response = await shop.widget("PATCH", f"/carts/{token}", {"address": {
        "line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
        "country": "IN"}})
    assert response.status_code == 200
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201
    await background.outbox_worker().drain()
    drops = await Delivery.filter(flow="price_drop")
    assert drops and {d.status for d in drops} == {DeliveryStatus.EXPIRED}
    assert {d.last_error for d in drops} == {"the shopper bought it since"}
    assert all(shown(m)["title"] != "Price drop: Blue mug" for m in service.messages_for(endpoint))


async def test_an_incentive_and_the_shoppers_language(shop, service, background, inbox) -> None:
    messages, _ = inbox
    settings = await (await shop.admin("GET", "/automations/price_drop")).get_json()
    body = {k: settings[k] for k in ("enabled", "delay_minutes", "channels", "cooldown_hours",
                                     "threshold_percent", "lookback_days")}
    body["incentive"] = {"kind": "percent", "value": 5, "valid_hours": 24}
    body["texts"] = {"hi": {"title": "{product} अब {new_price}", "body": "कोड {code}"}}
    response = await shop.admin("PUT", "/automations/price_drop", body)
    assert response.status_code == 200, await response.get_json()
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-hi", "locale": "hi-IN"})
    token = (await response.get_json())["token"]
    assert (await shop.add(token, "MUG")).status_code == 200
    assert (await shop.widget("PATCH", f"/carts/{token}", {
        "email": "ravi@example.com", "marketing_consent": True, "locale": "hi-IN"})).status_code == 200
    await _reprice(shop, 40000)
    assert await _tick(background) == 1
    [mail] = messages.to("ravi@example.com")
    assert mail["Subject"] == "Blue mug अब ₹400.00"
    [code] = await DiscountCode.filter(code__startswith="FOR-")
    assert code.usage_limit == 1 and code.value == 5
    assert code.code in mail.get_body(("plain",)).get_content()


@pytest.mark.parametrize(("already", "queued"), [(1, 2), (2, 1)])
async def test_batches_decided_while_the_one_before_is_written_count_its_messages_once(
        shop, service, background, clock, already, queued) -> None:
    """One shopper, two price drops, one run a batch: on PostgreSQL the second batch is
    decided while the first is written, and the daily cap (3) must count the first batch's
    message exactly once, whether or not it is committed by then."""
    settings = await (await shop.admin("GET", "/automations/price_drop")).get_json()
    body = {k: settings[k] for k in ("enabled", "delay_minutes", "channels", "threshold_percent",
                                     "lookback_days")}
    response = await shop.admin("PUT", "/automations/price_drop", {**body, "cooldown_hours": 0})
    assert response.status_code == 200, await response.get_json()
    endpoint = await subscribe(shop, service, "visitor-0001")
    token = await _cart_with(shop, "visitor-0001", "MUG")
    assert (await shop.add(token, "KETTLE")).status_code == 200
    visitor_id = (await shop.store.visitors.all())[0].id
    for _ in range(already):
        await Delivery.create(store_id=shop.store.id, visitor_id=visitor_id, payload={},
                              next_attempt_at=clock.now(), created_at=clock.now(),
                              status=DeliveryStatus.DELIVERED)
    await _reprice(shop, 40000)
    response = await shop.admin("PUT", "/products/KETTLE", {**KETTLE, "price": 199900})
    assert response.status_code == 200
    await events.expand_due(clock.now())
    assert await engine.send_due(clock.now(), background.message_context(), limit=1) == 2
    await background.outbox_worker().drain()
    assert len(service.messages_for(endpoint)) == queued
    held = await AutomationRun.filter(status=RunStatus.PENDING)
    assert len(held) == 2 - queued and all(run.due_at > clock.now() for run in held)
