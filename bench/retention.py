"""Retention on PostgreSQL: 5,000,000 delivery rows of one store over 180 days (campaigns, flows,
reminders; delivered, failed, expired, a few still queued; some clicked; orders attributed to
some), written with INSERT … SELECT generate_series. Measured: the dashboard's queries before
the prune (median of 3), `pushcart prune` with the default windows, the same queries after; the
figures must be equal.

    nice python bench/retention.py [--rows 5000000]
           [--database-url postgres://postgres@127.0.0.1:5432/h_retention_bench]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from bench.common import SECRET, fresh_database  # noqa: E402
from server import db, reports  # noqa: E402
from server.automations.metrics import flow_metrics, recovered_by_source  # noqa: E402
from server.campaigns import results  # noqa: E402
from server.campaigns.health import subscriber_health  # noqa: E402
from server.models import Delivery, DeliveryTally, Store  # noqa: E402
from server.recovery.metrics import recovery_metrics  # noqa: E402
from server.retention.prune import prune  # noqa: E402
from server.settings import RetentionWindows  # noqa: E402
from server.stores import create_store  # noqa: E402

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAYS = 180
SUBSCRIPTIONS = 20_000


async def _ensure_database(url: str) -> None:
    base, _, name = url.rpartition("/")
    conn = await asyncpg.connect(base.replace("postgres://", "postgresql://", 1) + "/postgres")
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


def _generate_sql(store_id: int, rows: int) -> list[str]:
    """Row n = 1..N is due (N - n) / N of 180 days ago, so ids grow with time as in the outbox:
    80 % campaign messages (one campaign a day), 12 % flows, 8 % reminders (a cart's within
    1,000 rows); every 50th failed (403 BadJwtToken or 410), every 51st expired, the newest
    0.1 % still queued, every 37th clicked an hour later; an order for every 997th."""
    span = DAYS * 86400
    carts = rows // 1000  # a cart's reminders are among 1,000 consecutive rows
    now = f"TIMESTAMPTZ '{NOW.isoformat()}'"
    return [
        f"""INSERT INTO push_subscription (store_id, endpoint_hash, endpoint, p256dh, auth,
            is_active, browser, device, locale, timezone, created_at, updated_at,
            deactivated_reason)
            SELECT {store_id}, md5(n::text), 'https://fcm.googleapis.com/fcm/send/' || n, 'k',
                   'a', true, (ARRAY['chrome','firefox','safari','edge'])[1 + n % 4], 'desktop',
                   'en', 'UTC', {now} - interval '200 days', {now} - interval '200 days', ''
            FROM generate_series(1, {SUBSCRIPTIONS}) n""",
        f"""INSERT INTO campaign (store_id, kind, title, body, url, icon, image, actions, ttl,
            urgency, segment, variants, status, send_at, local_time, created_at, started_at,
            targeted, failure)
            SELECT {store_id}, 'custom', 'Day ' || d, '', 'https://shop.example/', '', '', '[]',
                   86400, 'normal', 'all', '[]', 'sending', {now} - d * interval '1 day', '',
                   {now} - d * interval '1 day', {now} - d * interval '1 day', 25000, ''
            FROM generate_series(0, {DAYS}) d""",
        f"""INSERT INTO cart (store_id, token, status, email_captured_at, marketing_consent,
            name, phone, address, locale, checkout_step, created_at, updated_at, abandoned_at,
            reachable, recovery_step)
            SELECT {store_id}, md5('cart' || c), 'open', NULL, false, '', '', '{{}}', '',
                   'cart', {now} - ((c * 1000.0 / {rows}) * {span} + 7200) * interval '1 second',
                   {now} - ((c * 1000.0 / {rows}) * {span} + 7000) * interval '1 second',
                   {now} - ((c * 1000.0 / {rows}) * {span} + 3600) * interval '1 second',
                   true, 3
            FROM generate_series(0, {carts}) c""",
        f"""INSERT INTO delivery (store_id, subscription_id, campaign_id, kind, flow, cart_id,
            step, channel, payload, ttl, urgency, status, attempts, next_attempt_at,
            last_status_code, last_error, created_at, sent_at, delivered_at, clicked_at)
            SELECT {store_id},
              (SELECT min(id) FROM push_subscription) + n % {SUBSCRIPTIONS},
              CASE WHEN n % 100 < 80 THEN (SELECT min(id) FROM campaign)
                   + {DAYS} - floor(age / 86400)::int END,
              CASE WHEN n % 100 < 80 THEN 'campaign' WHEN n % 100 < 92 THEN 'automation'
                   ELSE 'reminder' END,
              CASE WHEN n % 100 >= 80 AND n % 100 < 92 THEN
                   (ARRAY['price_drop','back_in_stock','browse_abandonment','win_back'])[1 + n % 4]
                   END,
              CASE WHEN n % 100 >= 92 THEN (SELECT min(id) FROM cart)
                   + LEAST({carts}, (({rows} - n) / 1000)) END,
              CASE WHEN n % 100 >= 92 THEN 1 + n % 3 END,
              CASE WHEN n % 100 >= 92 AND n % 2 = 0 THEN 'email' ELSE 'push' END,
              '{{}}', 86400, 'normal',
              CASE WHEN n > {rows} * 0.999 THEN 'queued' WHEN n % 50 = 0 THEN 'failed'
                   WHEN n % 51 = 0 THEN 'expired' ELSE 'delivered' END,
              1, {now} - age * interval '1 second',
              CASE WHEN n % 50 = 0 THEN (CASE WHEN n % 100 = 0 THEN 403 ELSE 410 END) END,
              CASE WHEN n % 50 = 0 AND n % 100 = 0 THEN 'BadJwtToken' ELSE '' END,
              {now} - age * interval '1 second',
              CASE WHEN n <= {rows} * 0.999 THEN {now} - (age - 60) * interval '1 second' END,
              CASE WHEN n <= {rows} * 0.999 AND n % 50 <> 0 AND n % 51 <> 0
                   THEN {now} - (age - 61) * interval '1 second' END,
              CASE WHEN n % 37 = 0 AND n <= {rows} * 0.999
                   THEN {now} - (age - 3600) * interval '1 second' END
            FROM (SELECT n, ({rows} - n) * ({span}.0 / {rows}) + 1 AS age
                  FROM generate_series(1, {rows}) n) g""",
        f"""INSERT INTO "order" (store_id, number, status, email, name, phone, address, currency,
            subtotal, shipping, tax, tax_included, discount, total, payment_method,
            provider_reference, attributed_delivery_id, created_at, feedback_comment,
            fulfilment_status)
            SELECT {store_id}, 'B' || d.id, 'paid', 'a@example.com', '', '', '{{}}', 'INR',
                   99900, 0, 0, true, 0, 99900, 'upi', '', d.id,
                   d.clicked_at + interval '10 minutes', '', ''
            FROM delivery d WHERE d.store_id = {store_id} AND d.clicked_at IS NOT NULL
                 AND d.id % 997 = 0""",
        "ANALYZE",
    ]


QUERIES: dict[str, Callable[[Store], Awaitable[Any]]] = {
    "dashboard overview 90 d": lambda s: reports.overview(s, 90, NOW),
    "dashboard timeline 90 d": lambda s: reports.timeline(s, 90, NOW),
    "recovered by source 90 d": lambda s: recovered_by_source(s, 90, NOW),
    "campaign list (100)": lambda s: results.list_with_counts(s),
    "recovery metrics 90 d": lambda s: recovery_metrics(s, 90, NOW),
    "recovery metrics 366 d": lambda s: recovery_metrics(s, 366, NOW),
    "flow metrics 30 d": lambda s: flow_metrics(s, 30, NOW),
    "flow metrics 366 d": lambda s: flow_metrics(s, 366, NOW),
    "subscriber health 90 d": lambda s: subscriber_health(s, 90, NOW),
}


def _plain(value: Any) -> Any:
    if isinstance(value, reports.Overview):
        return {k: v for k, v in vars(value).items() if k != "recent_campaigns"}
    if isinstance(value, list):
        return [{k: v for k, v in row.items() if k != "send_at_time"} if isinstance(row, dict)
                else row for row in value]
    return value


async def _measure(store: Store) -> tuple[dict[str, float], dict[str, Any]]:
    times, figures = {}, {}
    for name, query in QUERIES.items():
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            figures[name] = _plain(await query(store))
            runs.append(time.perf_counter() - started)
        times[name] = statistics.median(runs)
    return times, figures


async def main(rows: int, url: str) -> int:
    await _ensure_database(url)
    ctx = await fresh_database(url, schema="public")
    try:
        store = (await create_store(SECRET, "Bench", ["https://shop.example"], currency="INR",
                                    timezone="Asia/Kolkata")).store
        started = time.perf_counter()
        conn = Store._meta.db
        for sql in _generate_sql(store.id, rows):
            await conn.execute_script(sql)
        print(f"generated {await Delivery.filter(store=store).count():,} deliveries in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        before_times, before = await _measure(store)

        started = time.perf_counter()
        result = await prune(RetentionWindows(), lambda: NOW)
        took = time.perf_counter() - started
        assert result is not None
        await conn.execute_script("ANALYZE")
        left = await Delivery.filter(store=store).count()
        print(f"prune (default windows): {took:.1f} s, {result.deliveries:,} deliveries "
              f"({result.reminders:,} reminders) and {result.carts:,} carts deleted in "
              f"{result.batches:,} batches, {result.deliveries / took:,.0f} rows/s; "
              f"{left:,} deliveries and {await DeliveryTally.all().count():,} tally rows left",
              flush=True)
        after_times, after = await _measure(store)
        print(f"\n{'query (median of 3)':28} {'before ms':>10} {'after ms':>10}")
        for name in QUERIES:
            print(f"{name:28} {before_times[name] * 1000:10.1f} {after_times[name] * 1000:10.1f}")
        different = [name for name in QUERIES if before[name] != after[name]]
        print("\nfigures equal before and after: " + ("yes" if not different else
                                                        f"NO: {', '.join(different)}"))
        return 1 if different else 0
    finally:
        await db.close_database(ctx)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--database-url",
                        default="postgres://postgres@127.0.0.1:5432/h_retention_bench")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.rows, args.database_url)))
