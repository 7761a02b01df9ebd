"""What the automations report: per flow, the messages queued, sent, delivered and clicked, the
orders and revenue attributed to them, day by day in the store's time zone; and the dashboard's
recovered revenue split between the cart sequence and each flow."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from server.automations.flows import SPECS
from server.automations.metrics import flow_metrics, recovered_by_source
from server.clock import FrozenClock
from server.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Flow,
    Order,
    OrderStatus,
    Store,
)
from server.stores import create_store
from tests.conftest import TEST_SECRET, ShopFixture

_numbers = itertools.count(5001)


async def _message(store: Store, at: datetime, flow: Flow | None = Flow.PRICE_DROP, *,
                   status: DeliveryStatus = DeliveryStatus.DELIVERED,
                   clicked_at: datetime | None = None,
                   kind: DeliveryKind = DeliveryKind.AUTOMATION) -> Delivery:
    sent = status in (DeliveryStatus.DELIVERED, DeliveryStatus.EXPIRED)
    return await Delivery.create(
        store_id=store.id, kind=kind, flow=flow.value if flow else None, channel="push",
        payload={"title": "t"}, status=status, next_attempt_at=at, created_at=at,
        sent_at=at + timedelta(seconds=1) if sent else None,
        delivered_at=at + timedelta(seconds=1) if status == DeliveryStatus.DELIVERED else None,
        clicked_at=clicked_at)


async def _order(store: Store, at: datetime, total: int, after: Delivery | None, *,
                 status: OrderStatus = OrderStatus.PAID) -> Order:
    return await Order.create(
        store_id=store.id, number=str(next(_numbers)), status=status, email="asha@example.com",
        currency=store.currency, subtotal=total, shipping=0, tax=0, discount=0, total=total,
        payment_method="upi", created_at=at,
        attributed_delivery_id=after.id if after else None)


def _flow(metrics: dict[str, Any], flow: Flow) -> dict[str, Any]:
    return next(row for row in metrics["flows"] if row["flow"] == flow.value)


def _figures(row: dict[str, Any]) -> tuple[int, ...]:
    return tuple(row[f] for f in ("queued", "sent", "delivered", "clicked", "orders", "revenue"))


async def test_each_flow_counts_only_its_own_messages_and_orders(shop: ShopFixture, clock: FrozenClock) -> None:
    store, now = shop.store, clock.now()
    an_hour_ago = now - timedelta(hours=1)
    clicked = await _message(store, an_hour_ago, clicked_at=now - timedelta(minutes=30))
    await _message(store, an_hour_ago)
    await _message(store, now, status=DeliveryStatus.QUEUED)  # still in the outbox
    await _order(store, now, 50000, clicked)
    await _order(store, now, 99900, clicked, status=OrderStatus.FAILED)  # never paid
    restock = await _message(store, an_hour_ago, Flow.BACK_IN_STOCK,
                             clicked_at=now - timedelta(minutes=5))
    await _order(store, now, 34900, restock, status=OrderStatus.PLACED)
    reminder = await _message(store, an_hour_ago, None, kind=DeliveryKind.REMINDER,
                              clicked_at=now)
    await _order(store, now, 12300, reminder)  # the cart sequence's, not a flow's
    await _message(store, an_hour_ago, None, kind=DeliveryKind.CAMPAIGN)
    other = (await create_store(TEST_SECRET, "Other", ["http://other.test"])).store
    await _order(other, now, 70000, await _message(other, an_hour_ago, clicked_at=now))

    metrics = await flow_metrics(store, 30, now)

    assert [row["flow"] for row in metrics["flows"]] == [flow.value for flow in SPECS]
    assert _figures(_flow(metrics, Flow.PRICE_DROP)) == (3, 2, 2, 1, 1, 50000)
    assert _figures(_flow(metrics, Flow.BACK_IN_STOCK)) == (1, 1, 1, 1, 1, 34900)
    assert _figures(_flow(metrics, Flow.WIN_BACK)) == (0, 0, 0, 0, 0, 0)
    assert metrics["totals"] == {"queued": 4, "sent": 3, "delivered": 3, "clicked": 2,
                                 "orders": 2, "revenue": 84900}
    assert metrics["currency"] == "INR" and metrics["timezone"] == "Asia/Kolkata"


async def test_days_are_the_store_s_own_and_each_figure_falls_on_its_day(shop: ShopFixture, clock: FrozenClock) -> None:
    store, now = shop.store, clock.now()  # 15 January, 15:30 in Kolkata
    late_evening = datetime.fromisoformat("2026-01-14T23:30:00+05:30")
    past_midnight = datetime.fromisoformat("2026-01-15T00:30:00+05:30")
    evening = await _message(store, late_evening, Flow.WIN_BACK,
                             clicked_at=past_midnight)  # clicked the next day
    await _message(store, past_midnight, Flow.WIN_BACK)
    await _order(store, past_midnight + timedelta(hours=1), 25000, evening)
    await _message(store, now - timedelta(days=8), Flow.WIN_BACK)  # before the window

    rows = {row["date"]: row for row in _flow(await flow_metrics(store, 7, now), Flow.WIN_BACK)
            ["days"]}

    assert list(rows) == [f"2026-01-{d:02d}" for d in range(9, 16)]
    assert _figures(rows["2026-01-14"]) == (1, 1, 1, 0, 0, 0)
    assert _figures(rows["2026-01-15"]) == (1, 1, 1, 1, 1, 25000)
    assert all(_figures(rows[d]) == (0,) * 6 for d in rows if d not in ("2026-01-14",
                                                                          "2026-01-15"))
    assert _flow(await flow_metrics(store, 7, now), Flow.WIN_BACK)["queued"] == 2


async def test_all_flows_together_day_by_day(shop: ShopFixture, clock: FrozenClock) -> None:
    store, now = shop.store, clock.now()
    await _message(store, now - timedelta(days=1), Flow.PRICE_DROP)
    await _message(store, now - timedelta(days=1), Flow.NEW_ARRIVALS)
    await _message(store, now, Flow.REPLENISHMENT)

    days = (await flow_metrics(store, 3, now))["days"]

    assert [(d["date"], d["queued"]) for d in days] == [
        ("2026-01-13", 0), ("2026-01-14", 2), ("2026-01-15", 1)]


async def test_recovered_revenue_is_split_between_the_cart_sequence_and_each_flow(shop: ShopFixture, clock: FrozenClock) -> None:
    store, now = shop.store, clock.now()
    reminder = await _message(store, now - timedelta(hours=3), None, kind=DeliveryKind.REMINDER)
    drop = await _message(store, now - timedelta(hours=3), Flow.PRICE_DROP)
    update = await _message(store, now - timedelta(hours=3), Flow.ORDER_UPDATES)
    campaign = await _message(store, now - timedelta(hours=3), None, kind=DeliveryKind.CAMPAIGN)
    await _order(store, now, 10000, reminder)
    await _order(store, now, 20000, reminder)
    await _order(store, now, 50000, drop)
    await _order(store, now, 7000, update)
    await _order(store, now, 99900, campaign)  # a campaign's: not recovered
    await _order(store, now, 88800, None)
    await _order(store, now - timedelta(days=31), 40000, drop)  # before the window
    await _order(store, now, 30000, drop, status=OrderStatus.PENDING)  # not paid yet

    sources = {row["source"]: (row["orders"], row["revenue"])
               for row in await recovered_by_source(store, 30, now)}

    assert list(sources) == ["cart_sequence", *(flow.value for flow in SPECS)]
    assert sources["cart_sequence"] == (2, 30000)
    assert sources["price_drop"] == (1, 50000)
    assert sources["order_updates"] == (1, 7000)
    assert sources["win_back"] == (0, 0)
