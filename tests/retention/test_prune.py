"""Retention: a prune rolls old finished rows into the daily counters and deletes them; every
report shows the same figures before and after; rows still needed stay; one process prunes at a
time; each store sees only its own counters."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from server import reports
from server.automations.metrics import flow_metrics, recovered_by_source
from server.background import Background
from server.campaigns import results
from server.campaigns.health import subscriber_health
from server.clock import FrozenClock
from server.demo import DEMO_ADMIN_EMAIL, ensure_demo
from server.models import (
    Campaign,
    Cart,
    CartItem,
    CartStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DeliveryTally,
    Order,
    OrderStatus,
    Product,
    ProductView,
    Store,
    Visitor,
)
from server.recovery.metrics import recovery_metrics
from server.retention import lease
from server.retention.prune import Pruner, prune
from server.settings import RetentionWindows, Settings, SettingsError
from server.stores import create_store
from tests.blueprints.admin.conftest import Browser
from tests.conftest import TEST_SECRET, make_settings

BASE = "http://127.0.0.1:8000"


async def every_report(store: Store, now: datetime) -> dict[str, Any]:
    """Every figure a merchant reads that counts deliveries, carts or clicks."""
    figures: dict[str, Any] = {}
    for days in (7, 30, 90):
        overview = await reports.overview(store, days, now)
        figures[f"overview {days}"] = {k: v for k, v in vars(overview).items()
                                       if k != "recent_campaigns"}
        figures[f"timeline {days}"] = await reports.timeline(store, days, now)
        figures[f"sources {days}"] = await recovered_by_source(store, days, now)
        figures[f"health {days}"] = await subscriber_health(store, days, now)
    for days in (7, 30, 90, 366):
        figures[f"recovery {days}"] = await recovery_metrics(store, days, now)
        figures[f"flows {days}"] = await flow_metrics(store, days, now)
    figures["campaigns"] = [{k: v for k, v in row.items() if k != "send_at_time"}
                            for row in await results.list_with_counts(store)]
    for campaign in await Campaign.filter(store=store).order_by("id"):
        figures[f"campaign {campaign.id}"] = await results.campaign_view(campaign,
                                                                         with_orders=True)
    return figures


def _differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [name for name in before if before[name] != after.get(name)]


@pytest.mark.parametrize(("days_later", "windows"), [
    (45, RetentionWindows(deliveries=30, clicks=30, views=91, carts=91, batch_size=500)),
    (200, RetentionWindows(batch_size=700)),
])
async def test_every_report_is_the_same_after_a_prune(app: Any, clock: FrozenClock,
                                                      days_later: int,
                                                      windows: RetentionWindows) -> None:
    demo = await ensure_demo(TEST_SECRET, BASE, clock.now())
    assert demo is not None
    now = clock.advance(days=days_later)
    deliveries_before = await Delivery.filter(store=demo.store).count()
    before = await every_report(demo.store, now)

    result = await prune(windows, clock.now)

    assert result is not None
    assert result.deliveries > deliveries_before / 4  # a good part of the history went
    assert result.reminders > 0
    assert await Delivery.filter(store=demo.store).count() == deliveries_before - result.deliveries
    if days_later == 45:
        assert result.carts > 0
    after = await every_report(demo.store, now)
    assert _differences(before, after) == []
    assert after == before


async def _store(name: str) -> Store:
    return (await create_store(TEST_SECRET, name, ["http://shop.test"])).store


async def _delivery(store: Store, created_at: datetime, **fields: Any) -> Delivery:
    fields.setdefault("status", DeliveryStatus.DELIVERED)
    fields.setdefault("sent_at", created_at)
    fields.setdefault("kind", DeliveryKind.AUTOMATION)
    if fields["kind"] == DeliveryKind.AUTOMATION:
        fields.setdefault("flow", "price_drop")
    return await Delivery.create(store=store, payload={}, next_attempt_at=created_at,
                                 created_at=created_at, **fields)


async def _cart(store: Store, created_at: datetime, **fields: Any) -> Cart:
    return await Cart.create(store=store, token=os.urandom(8).hex(), created_at=created_at,
                             updated_at=created_at, **fields)


async def _order(store: Store, at: datetime, **fields: Any) -> Order:
    return await Order.create(store=store, number=os.urandom(4).hex(), status=OrderStatus.PAID,
                              email="a@example.com", currency="USD", subtotal=1000, shipping=0,
                              tax=0, discount=0, total=1000, payment_method="card",
                              created_at=at, **fields)


async def test_rows_still_needed_are_never_pruned(app: Any, clock: FrozenClock) -> None:
    store = await _store("Keeps")
    now = clock.now()
    old = now - timedelta(days=120)
    gone = [await _delivery(store, old), await _delivery(store, old, status=DeliveryStatus.FAILED),
            await _delivery(store, old, clicked_at=old + timedelta(hours=1))]
    queued = await _delivery(store, old, status=DeliveryStatus.QUEUED, sent_at=None)
    sending = await _delivery(store, old, status=DeliveryStatus.SENDING, sent_at=None)
    ordered = await _delivery(store, old, clicked_at=old + timedelta(hours=1))
    await _order(store, old + timedelta(hours=2), attributed_delivery=ordered)
    clicked_lately = await _delivery(store, old, clicked_at=now - timedelta(days=10))
    recent = await _delivery(store, now - timedelta(days=10))
    # a cart whose reminders all can go loses them all; one with a reminder kept keeps them all
    cart_done = await _cart(store, now - timedelta(days=500))
    done = [await _delivery(store, old, kind=DeliveryKind.REMINDER, cart=cart_done, step=s)
            for s in (1, 2)]
    cart_kept = await _cart(store, now - timedelta(days=500))
    kept_reminders = [
        await _delivery(store, old, kind=DeliveryKind.REMINDER, cart=cart_kept, step=1),
        await _delivery(store, old, kind=DeliveryKind.REMINDER, cart=cart_kept, step=2,
                        clicked_at=now - timedelta(days=5))]
    running = await _cart(store, now - timedelta(days=500),
                          recovery_next_at=now + timedelta(hours=1))
    converted = await _cart(store, now - timedelta(days=500), status=CartStatus.CONVERTED)
    touched = await _cart(store, now - timedelta(days=500))
    touched.updated_at = now - timedelta(days=3)
    await touched.save()
    product = await Product.create(store=store, sku="S", name="S", price=100)
    await CartItem.create(cart=cart_done, product=product, quantity=1)
    visitor = await Visitor.create(store=store, key="v1")
    await ProductView.create(store=store, visitor=visitor, product=product,
                             first_viewed_at=now - timedelta(days=400),
                             last_viewed_at=now - timedelta(days=200))

    result = await prune(RetentionWindows(batch_size=2), clock.now)

    assert result is not None
    remaining = set(await Delivery.filter(store=store).values_list("id", flat=True))
    assert remaining == {d.id for d in (queued, sending, ordered, clicked_lately, recent,
                                        *kept_reminders)}
    assert not remaining & {d.id for d in (*gone, *done)}
    assert result.deliveries == 5 and result.reminders == 2
    carts: set[Any] = set(await Cart.filter(store=store).values_list("id", flat=True))
    assert carts == {cart_kept.id, running.id, converted.id, touched.id}  # cart_done went
    assert not await CartItem.filter(cart_id=cart_done.id).exists()  # with its items
    assert await Order.filter(attributed_delivery=ordered).exists()  # attribution intact
    assert result.views == 1 and not await ProductView.filter(store=store).exists()
    assert result.batches > 5  # two rows a batch


async def test_a_store_sees_only_its_own_pruned_figures(app: Any, clock: FrozenClock) -> None:
    a, b = await _store("A"), await _store("B")
    now = clock.now()
    old = now - timedelta(days=100)
    for _ in range(3):
        await _delivery(a, old)
    await _delivery(b, old, clicked_at=old + timedelta(minutes=5))

    await prune(RetentionWindows(), clock.now)

    assert not await Delivery.all().exists()
    flows_a = await flow_metrics(a, 366, now)
    flows_b = await flow_metrics(b, 366, now)
    assert (flows_a["totals"]["queued"], flows_a["totals"]["clicked"]) == (3, 0)
    assert (flows_b["totals"]["queued"], flows_b["totals"]["clicked"]) == (1, 1)
    assert {row.store_id for row in await DeliveryTally.all()} == {a.id, b.id}


async def test_a_campaigns_counts_survive_the_prune(app: Any, clock: FrozenClock) -> None:
    store = await _store("Campaigns")
    now = clock.now()
    old = now - timedelta(days=100)
    campaign = await Campaign.create(store=store, title="Sale", url="https://shop.test/",
                                     send_at=old, created_at=old, targeted=5,
                                     status="sending")
    for status, code in ((DeliveryStatus.DELIVERED, 201), (DeliveryStatus.DELIVERED, 201),
                         (DeliveryStatus.FAILED, 403), (DeliveryStatus.EXPIRED, 410)):
        await _delivery(store, old, kind=DeliveryKind.CAMPAIGN, campaign=campaign,
                        status=status, last_status_code=code,
                        last_error="BadJwtToken" if code == 403 else "")
    before = await results.campaign_view(campaign)

    await prune(RetentionWindows(), clock.now)

    assert not await Delivery.filter(campaign=campaign).exists()
    after = await results.campaign_view(campaign)
    assert after == before
    assert (after["sent"], after["delivered"], after["failed"], after["expired"],
            after["capped"]) == (4, 2, 1, 1, 1)
    assert after["failures"] == [{"status": 403, "reason": "BadJwtToken", "count": 1}]


async def test_one_process_prunes_at_a_time_and_the_scheduler_once_a_day(
        app: Any, clock: FrozenClock, settings: Settings) -> None:
    store = await _store("Lease")
    old = clock.now() - timedelta(days=100)
    await _delivery(store, old)
    assert await lease.take("other-process", clock.now(), only_if_due=False)

    assert await prune(RetentionWindows(), clock.now) is None  # held by the other process
    assert await Delivery.filter(store=store).exists()
    await lease.release("other-process", clock.now(), finished=False)

    background = Background(settings, clock)
    first = await background.prune_if_due()
    assert first is not None and first.deliveries == 1
    await _delivery(store, old)
    clock.advance(hours=23)
    assert await background.prune_if_due() is None  # pruned less than a day ago
    clock.advance(hours=1)
    again = await background.prune_if_due()
    assert again is not None and again.deliveries == 1


async def test_two_schedulers_at_once_prune_once(app: Any, clock: FrozenClock) -> None:
    store = await _store("Race")
    old = clock.now() - timedelta(days=100)
    for _ in range(7):
        await _delivery(store, old)

    outcomes = await asyncio.gather(*(prune(RetentionWindows(batch_size=2), clock.now,
                                            only_if_due=True, holder=name)
                                      for name in ("process-1", "process-2")))

    ran = [outcome for outcome in outcomes if outcome is not None]
    assert len(ran) == 1 and ran[0].deliveries == 7
    assert sum(row.rows for row in await DeliveryTally.filter(store=store)) == 7


async def test_an_expired_lease_is_taken_over(app: Any, clock: FrozenClock) -> None:
    assert await lease.take("died", clock.now(), only_if_due=False)
    clock.advance(minutes=11)
    assert await prune(RetentionWindows(), clock.now) is not None


async def test_a_prune_that_lost_its_lease_stops(app: Any, clock: FrozenClock) -> None:
    store = await _store("Lost")
    old = clock.now() - timedelta(days=100)
    await _delivery(store, old)
    second = await _delivery(store, old)
    third = await _delivery(store, old)

    async def lost() -> bool:
        return False

    result = await Pruner(RetentionWindows(batch_size=1), clock.now(), lost).run()

    assert result.lost_lease and result.batches == 1
    assert set(await Delivery.filter(store=store).values_list("id", flat=True)) == {
        second.id, third.id}  # the first batch's row went, then the prune stopped


def test_windows_shorter_than_the_reports_are_refused(tmp_path: Any) -> None:
    with pytest.raises(SettingsError, match="PUSHCART_RETAIN_CARTS_DAYS=30"):
        make_settings("sqlite:///tmp/x.db", tmp_path, PUSHCART_RETAIN_CARTS_DAYS="30")
    with pytest.raises(SettingsError, match="PUSHCART_RETAIN_DELIVERIES_DAYS"):
        make_settings("sqlite:///tmp/x.db", tmp_path, PUSHCART_RETAIN_DELIVERIES_DAYS="soon")
    windows = make_settings("sqlite:///tmp/x.db", tmp_path, PUSHCART_RETAIN_DELIVERIES_DAYS="30",
                            PUSHCART_PRUNE_BATCH_SIZE="100").retention
    assert replace(windows) == RetentionWindows(deliveries=30, batch_size=100)


def test_pushcart_prune_runs_by_hand(database_url: str, tmp_path: Any) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "PUSHCART_DATA_DIR": str(tmp_path),
           "PUSHCART_SECRET_KEY": TEST_SECRET}
    done = subprocess.run([sys.executable, "-m", "server.cli", "prune", "--json"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert {"deliveries", "reminders", "carts", "views"} <= counts.keys()


def _page_figures(html: str) -> str:
    """A page without what differs from one request to the next (CSP nonces, CSRF tokens)."""
    html = re.sub(r'nonce="[^"]*"', "", html)
    return re.sub(r'name="csrf_token" value="[^"]*"', "", html)


async def test_the_admin_pages_and_the_api_show_the_same_after_a_prune(
        app: Any, client: Any, clock: FrozenClock) -> None:
    demo = await ensure_demo(TEST_SECRET, BASE, clock.now())
    assert demo is not None and demo.admin_password is not None
    clock.advance(days=45)
    browser = Browser(client)
    assert (await browser.sign_in(DEMO_ADMIN_EMAIL, demo.admin_password)).status_code == 302
    base = f"/admin/stores/{demo.store.id}"
    campaigns = await Campaign.filter(store=demo.store).values_list("id", flat=True)
    pages = [f"{base}?days={days}" for days in (7, 30, 90)] + [
        f"{base}/reports/{name}.csv?days=90" for name in ("funnel", "daily")] + [
        f"{base}/campaigns", f"{base}/campaigns.csv", f"{base}/automations",
        f"{base}/automations/price_drop", f"{base}/subscribers?days=90",
        *(f"{base}/campaigns/{c}" for c in campaigns)]
    api = ["/api/v1/recovery/metrics?days=366", "/api/v1/automations/metrics?days=366",
           *(f"/api/v1/campaigns/{c}" for c in campaigns)]
    headers = {"Authorization": f"Bearer {demo.secret_key}"}

    async def everything() -> dict[str, Any]:
        shown: dict[str, Any] = {path: _page_figures(await browser.page(path)) for path in pages}
        for path in api:
            response = await client.get(path, headers=headers)
            assert response.status_code == 200, path
            shown[path] = await response.get_json()
        return shown

    before = await everything()
    result = await prune(RetentionWindows(deliveries=30, clicks=30, views=91, carts=91),
                         clock.now)
    assert result is not None and result.deliveries > 1000
    after = await everything()
    assert [path for path in before if before[path] != after[path]] == []
