"""The demo store's ninety days of history: the dashboard, the recovery metrics, the campaign
reports and the flow metrics all show what was generated; nothing of it can ever be sent; and
`pushcart demo reset|remove` leave every other store as it was."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from argon2 import PasswordHasher

from server import reports
from server.admin_auth import authenticate
from server.automations.metrics import CART_SEQUENCE, flow_metrics, recovered_by_source
from server.background import Background
from server.campaigns import results
from server.clock import FrozenClock
from server.demo import DEMO_ADMIN_EMAIL, DemoCredentials, ensure_demo, remove_demo, reset_demo
from server.demo_history import HistoryTotals
from server.models import (
    AdminUser,
    Campaign,
    Cart,
    Delivery,
    DeliveryStatus,
    Order,
    Product,
    PushSubscription,
    Store,
    StoreMembership,
    Visitor,
)
from server.recovery.metrics import recovery_metrics
from tests.blueprints.admin.conftest import Browser
from tests.conftest import TEST_SECRET, ShopFixture, found

BASE = "http://127.0.0.1:8000"
DAYS = 90
FINISHED = {DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.EXPIRED}


@pytest.fixture
async def demo(app: Any, clock: FrozenClock) -> DemoCredentials:
    made = await ensure_demo(TEST_SECRET, BASE, clock.now())
    assert made is not None and made.history is not None
    return made


def _totals(demo: DemoCredentials) -> HistoryTotals:
    assert demo.history is not None
    return demo.history


async def test_the_dashboard_shows_the_generated_ninety_days(demo: DemoCredentials, clock: FrozenClock) -> None:
    h = _totals(demo)
    overview = await reports.overview(demo.store, DAYS, clock.now())
    assert (overview.carts, overview.email_captured, overview.checkout_started, overview.ordered,
            overview.abandoned) == (h.carts, h.email_captured, h.checkout_started, h.orders,
                                    h.abandoned)
    assert (overview.revenue, overview.recovered_orders, overview.recovered_revenue,
            overview.subscribers) == (h.revenue, h.recovered_orders, h.recovered_revenue,
                                      h.subscribers)
    assert overview.abandonment_rate is not None and 0.65 < overview.abandonment_rate < 0.75
    assert 0 < overview.recovered_revenue < overview.revenue
    assert len(overview.recent_campaigns) == 2


async def test_the_daily_figures_add_up_to_the_dashboards(demo: DemoCredentials, clock: FrozenClock) -> None:
    h = _totals(demo)
    days = (await reports.timeline(demo.store, DAYS, clock.now()))["days"]
    assert len(days) == DAYS
    assert sum(d["orders"] for d in days) == h.orders
    assert sum(d["revenue"] for d in days) == h.revenue
    assert sum(d["recovered_revenue"] for d in days) == h.recovered_revenue
    assert sum(d["lost_subscribers"] for d in days) == h.lost_subscribers > 0
    assert days[-1]["subscribers"] == h.subscribers
    assert sum(d["orders"] > 0 for d in days) >= DAYS - 2  # a shop that sells every day
    growth = [d["subscribers"] for d in days]
    assert growth[0] < growth[30] < growth[60] < growth[-1]  # subscribers grow, some lost


async def test_the_recovery_metrics_count_the_same_reminders_and_orders(demo: DemoCredentials, clock: FrozenClock) -> None:
    h = _totals(demo)
    metrics = await recovery_metrics(demo.store, DAYS, clock.now())
    by_step = {(row["step"], row["channel"]): {k: row[k] for k in (
        "sent", "delivered", "clicked", "recovered", "recovered_revenue")}
        for row in metrics["by_step"]}
    assert by_step == h.reminders
    assert set(by_step) == {(step, channel) for step in (1, 2, 3) for channel in ("push", "email")}
    totals = metrics["totals"]
    assert (totals["abandoned"], totals["reachable"]) == (h.abandoned, h.reachable)
    recovered = sum(f["recovered"] for f in h.reminders.values())
    revenue = sum(f["recovered_revenue"] for f in h.reminders.values())
    assert (totals["recovered"], totals["recovered_revenue"]) == (recovered, revenue)
    sources = {row["source"]: row for row in
               await recovered_by_source(demo.store, DAYS, clock.now())}
    assert (sources[CART_SEQUENCE]["orders"], sources[CART_SEQUENCE]["revenue"]) == (
        recovered, revenue)
    assert recovered > 0 and totals["clicked"] > 0


async def test_the_campaign_reports_agree_and_the_ab_test_has_a_winner(demo: DemoCredentials) -> None:
    h = _totals(demo)
    listed = await results.list_with_counts(demo.store)
    assert [row["status"] for row in listed] == ["sent", "sent"]
    for row in listed:
        generated = h.campaigns[row["title"]]
        campaign = await Campaign.get(id=row["id"])
        view = await results.campaign_view(campaign, with_orders=True)
        for name in ("targeted", "sent", "delivered", "failed", "expired", "clicked", "orders",
                     "revenue"):
            assert view[name] == row[name] == generated[name], name
        assert view["clicked"] > 0 and view["orders"] > 0
    ab = next(c for c in await Campaign.filter(store=demo.store) if c.variants)
    variants = await results.variant_report(ab)
    generated = h.campaigns[ab.title]["variants"]
    assert [{k: v[k] for k in ("recipients", "delivered", "clicked", "orders", "revenue")}
            for v in variants] == generated
    a, b = variants
    assert b["ctr"] > a["ctr"]  # "Free shipping" won


async def test_the_flow_metrics_agree_with_the_automation_messages(demo: DemoCredentials, clock: FrozenClock) -> None:
    h = _totals(demo)
    metrics = await flow_metrics(demo.store, DAYS, clock.now())
    for flow in metrics["flows"]:
        assert {k: flow[k] for k in h.flows[flow["flow"]]} == h.flows[flow["flow"]]
    shown = {f["flow"] for f in metrics["flows"] if f["queued"]}
    assert shown == {"price_drop", "back_in_stock", "order_updates"}
    assert all(h.flows[f]["clicked"] > 0 for f in shown)
    sources = await recovered_by_source(demo.store, DAYS, clock.now())
    assert sum(s["revenue"] for s in sources) == h.recovered_revenue
    assert sum(s["orders"] for s in sources) == h.recovered_orders
    recent = await flow_metrics(demo.store, 30, clock.now())  # what the automations page shows
    assert recent["totals"]["queued"] > 0 and recent["totals"]["clicked"] > 0


async def test_the_same_seed_makes_the_same_history(demo: DemoCredentials, clock: FrozenClock) -> None:
    before = await reports.overview(demo.store, DAYS, clock.now())
    again = await reset_demo(TEST_SECRET, BASE, clock.now())
    after = await reports.overview(again.store, DAYS, clock.now())
    assert again.history == demo.history
    assert (after.carts, after.ordered, after.revenue, after.recovered_revenue) == (
        before.carts, before.ordered, before.revenue, before.recovered_revenue)
    other = await reset_demo(TEST_SECRET, BASE, clock.now(), seed=7)
    assert other.history != demo.history


async def test_no_demo_message_can_ever_be_sent(demo: DemoCredentials, background: Background, clock: FrozenClock) -> None:
    statuses = set(await Delivery.filter(store=demo.store).values_list("status", flat=True))
    assert statuses <= FINISHED
    clock.advance(days=30)
    assert await background.outbox_worker().claim() == []
    endpoints = [str(e) for e in await PushSubscription.filter(store=demo.store).values_list(
        "endpoint", flat=True)]
    addresses = {str(a) for a in [
        *await Delivery.filter(store=demo.store, email_to__isnull=False).values_list(
            "email_to", flat=True),
        *await Order.filter(store=demo.store).values_list("email", flat=True),
        *await Visitor.filter(store=demo.store, email__isnull=False).values_list(
            "email", flat=True)]}
    assert endpoints and all(str(urlsplit(e).hostname).endswith(".invalid") for e in endpoints)
    assert addresses and all(a.endswith("@demo.invalid") for a in addresses)


async def test_the_background_finds_nothing_to_send_in_the_history(demo: DemoCredentials, background: Background, clock: FrozenClock) -> None:
    rows = await Delivery.filter(store=demo.store).count()
    made_at = clock.now()
    for hours in (1, 2, 26, 75):  # past the abandonment threshold and every reminder step
        clock.current = made_at + timedelta(hours=hours)
        await background.recover()
        await background.automations()
        await background.schedule()
    assert await Delivery.filter(store=demo.store).count() == rows
    assert await background.outbox_worker().claim() == []


async def test_reset_makes_the_demo_anew_and_keeps_other_stores_and_the_admin(demo: DemoCredentials, shop: ShopFixture, clock: FrozenClock) -> None:
    order = await shop.ready_to_order("MUG")
    placed = await shop.widget("POST", f"/carts/{order['token']}/order",
                               {"payment_method": "upi"})
    assert placed.status_code == 201
    assert demo.admin_password is not None
    again = await reset_demo(TEST_SECRET, None, clock.now())
    assert again.admin_password is None  # the account and its password are kept
    admin = await authenticate(DEMO_ADMIN_EMAIL, demo.admin_password)
    assert admin is not None
    owned = await StoreMembership.filter(user=admin).values("store_id")
    assert [row["store_id"] for row in owned] == [again.store.id]
    assert not await Store.exists(id=demo.store.id)
    assert await Store.filter(is_demo=True).count() == 1
    assert again.store.allowed_origins == demo.store.allowed_origins
    assert await Order.filter(store=shop.store).count() == 1
    assert await Product.filter(store=shop.store).count() == 3
    assert await Cart.filter(store=shop.store).count() == 1


async def test_remove_deletes_only_the_demo(demo: DemoCredentials, shop: ShopFixture) -> None:
    await shop.new_cart()
    assert await remove_demo() == 1
    assert not await Store.exists(is_demo=True)
    assert not await Delivery.exists(store_id=demo.store.id)
    assert not await AdminUser.exists(email=DEMO_ADMIN_EMAIL)
    assert await Store.exists(id=shop.store.id)
    assert await Cart.filter(store=shop.store).count() == 1
    assert await remove_demo() == 0


async def test_the_demo_admin_sees_the_history_on_every_page(demo: DemoCredentials, client: Any) -> None:
    browser = Browser(client)
    assert demo.admin_password is not None
    assert (await browser.sign_in(DEMO_ADMIN_EMAIL, demo.admin_password)).status_code == 302
    base = f"/admin/stores/{demo.store.id}"
    page = await browser.page(f"{base}?days=90")
    revenue = found(r'data-figure="revenue">([^<]+)<', page)
    assert revenue.startswith("₹") and revenue != "₹0.00"
    assert found(r'data-figure="recovered">([^<]+)<', page) != "₹0.00"
    assert "No campaigns yet" not in page
    assert [int(n) for n in re.findall(r'data-funnel="\d">(\d+)<', page)][0] > 1000
    ab = await Campaign.filter(store=demo.store).exclude(variants=[]).first()
    assert ab is not None
    assert "leading" in await browser.page(f"{base}/campaigns/{ab.id}")
    order = await Order.filter(store=demo.store, fulfilment_status="delivered").first()
    assert order is not None
    journey = await browser.page(f"{base}/orders/{order.number}")
    assert 'data-status="shipped"' in journey and 'data-status="delivered"' in journey
    for path in ("/campaigns", "/automations", "/automations/price_drop", "/orders",
                 "/segments", "/catalog"):
        await browser.page(base + path)


def _cli(tmp_path: Any, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path),
           "PUSHCART_SECRET_KEY": TEST_SECRET}
    env.pop("DATABASE_URL", None)  # a SQLite file of its own
    return subprocess.run([sys.executable, "-m", "server.cli", *args], env=env,
                          capture_output=True, text=True, check=True)


def test_the_demo_commands_reset_and_remove_only_the_demo(tmp_path) -> None:
    _cli(tmp_path, "store", "create", "Kirana", "--origin", "https://kirana.example.in")
    first = _cli(tmp_path, "demo", "reset").stdout
    assert "Made anew the demo store" in first
    password = found(r"admin account: admin@demo\.pushcart\.test / password (\S+)", first)
    second = _cli(tmp_path, "demo", "reset").stdout
    assert "admin account: admin@demo.pushcart.test / its password is unchanged" in second
    with sqlite3.connect(tmp_path / "pushcart.sqlite3") as conn:
        stores = conn.execute("SELECT name, is_demo FROM store ORDER BY id").fetchall()
        hashes = conn.execute("SELECT password_hash FROM admin_user").fetchall()
    assert stores == [("Kirana", 0), ("Chai & Co. (demo)", 1)]
    assert PasswordHasher().verify(hashes[0][0], password)
    assert "Removed the demo store" in _cli(tmp_path, "demo", "remove").stdout
    with sqlite3.connect(tmp_path / "pushcart.sqlite3") as conn:
        assert conn.execute("SELECT name FROM store").fetchall() == [("Kirana",)]
        assert conn.execute("SELECT COUNT(*) FROM delivery").fetchone() == (0,)


async def test_the_demo_recommends_what_its_history_bought_together(demo: DemoCredentials, client: Any) -> None:
    response = await client.get("/api/v1/products/TEA-ASSAM/recommendations", headers={
        "Authorization": f"Bearer {demo.secret_key}"})
    assert response.status_code == 200, await response.get_json()
    found = (await response.get_json())["recommendations"]
    assert found and "TEA-ASSAM" not in [r["sku"] for r in found]
    assert any(r["reason"] == "bought_together" for r in found), found
