"""Shoppers' privacy requests among many other shoppers' rows, on SQLite and PostgreSQL.

A generator writes one store with OTHERS shoppers (a visitor, a cart, an order and a campaign
message each) and one busy shopper: 20 carts, 10 orders, a push subscription with 2,000
campaign messages, 50 emails and 100 product views. Measured:

  export      privacy.shoppers.export_shopper() of the busy shopper (median of 5)
  erase       privacy.erasure.erase_shopper() of that shopper (once: it erases)
  gate        the outbox's last check (messaging.staleness.stale_reasons) of a batch of 500
              emails to distinct addresses, with the erased-address check and without it
              (median of 20 each): what the keyed-hash suppression adds to every email batch

    python bench/privacy.py [--others 20000] [--only sqlite|postgres] [--postgres URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import SECRET, fresh_database  # noqa: E402
from server import db  # noqa: E402
from server.messaging.outbox import Claimed  # noqa: E402
from server.messaging.staleness import stale_reasons  # noqa: E402
from server.models import (  # noqa: E402
    Campaign,
    Cart,
    CartItem,
    CartStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Order,
    OrderItem,
    OrderStatus,
    Product,
    ProductView,
    PushSubscription,
    Visitor,
)
from server.privacy.erasure import erase_shopper  # noqa: E402
from server.privacy.shoppers import export_shopper  # noqa: E402
from server.stores import create_store  # noqa: E402

EMAIL = "busy@example.com"
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


async def _seed(others: int) -> Any:
    store = (await create_store(SECRET, "Bench", ["https://bench.test"])).store
    products = [await Product.create(store=store, sku=f"P{i}", name=f"Product {i}", price=1000)
                for i in range(20)]
    campaign = await Campaign.create(store=store, title="Sale", url="https://bench.test/",
                                     send_at=NOW, created_at=NOW)

    async def shopper(n: int, email: str, carts: int, orders: int, views: int,
                      pushes: int, emails: int) -> None:
        visitor = await Visitor.create(store=store, key=f"v{n}", email=email, name="Name",
                                       phone="123", address={"line1": "1 Road"})
        cart_rows = await Cart.bulk_create([Cart(
            store=store, visitor=visitor, token=f"t{n}-{i}", email=email, name="Name",
            status=CartStatus.OPEN, created_at=NOW, updated_at=NOW) for i in range(carts)])
        cart_ids = await Cart.filter(visitor=visitor).values_list("id", flat=True)
        await CartItem.bulk_create([CartItem(cart_id=c, product=products[j], quantity=1)
                                    for c in cart_ids for j in range(2)])
        for i in range(orders):
            order = await Order.create(
                store=store, visitor=visitor, number=f"{n}-{i}", status=OrderStatus.PLACED,
                email=email, name="Name", currency="USD", subtotal=3000, shipping=0, tax=0,
                discount=0, total=3000, payment_method="card", created_at=NOW)
            await OrderItem.bulk_create([OrderItem(order=order, sku=f"P{j}", name="Product",
                                                   unit_price=1000, quantity=1, line_total=1000)
                                         for j in range(3)])
        await ProductView.bulk_create([ProductView(
            store=store, visitor=visitor, product=products[j % 20], first_viewed_at=NOW,
            last_viewed_at=NOW) for j in range(min(views, 20))])
        sub = await PushSubscription.create(
            store=store, visitor=visitor, endpoint_hash=f"h{n}", endpoint=f"https://p.test/{n}",
            p256dh="k", auth="a", created_at=NOW, updated_at=NOW)
        await Delivery.bulk_create([Delivery(
            store=store, subscription=sub, campaign=campaign, visitor=visitor,
            payload={"title": "Sale"}, status=DeliveryStatus.DELIVERED, next_attempt_at=NOW,
            created_at=NOW) for _ in range(pushes)] + [Delivery(
            store=store, visitor=visitor, cart_id=cart_ids[0], kind=DeliveryKind.REMINDER,
            channel="email", email_to=email, payload={"subject": "Come back"},
            status=DeliveryStatus.DELIVERED, next_attempt_at=NOW, created_at=NOW)
            for _ in range(emails)], batch_size=1000)
        del cart_rows

    started = time.perf_counter()
    await shopper(0, EMAIL, carts=20, orders=10, views=100, pushes=2000, emails=50)
    for n in range(1, others + 1):
        await shopper(n, f"s{n}@example.com", carts=1, orders=1, views=1, pushes=1, emails=0)
    return store, time.perf_counter() - started


def _batch(store_id: int, size: int) -> list[Claimed]:
    now = NOW + timedelta(minutes=1)
    return [Claimed.from_row({
        "id": 10**9 + i, "store_id": store_id, "subscription_id": None, "payload": {},
        "ttl": 3600, "urgency": "normal", "topic": None, "attempts": 0, "created_at": now,
        "sent_at": None, "subscription__endpoint": None, "subscription__p256dh": None,
        "subscription__auth": None, "subscription__is_active": False, "channel": "email",
        "email_to": f"s{i}@example.com", "kind": DeliveryKind.CAMPAIGN, "cart_id": None,
        "step": None, "automation_run_id": None, "flow": None,
    }) for i in range(size)]


async def bench(url: str, others: int) -> dict[str, Any]:
    ctx = await fresh_database(url, schema="pushcart_bench_privacy")
    try:
        store, seeded = await _seed(others)
        exports = []
        for _ in range(5):
            t = time.perf_counter()
            await export_shopper(store, EMAIL, NOW)
            exports.append(time.perf_counter() - t)
        t = time.perf_counter()
        erased = await erase_shopper(store, EMAIL, server_secret=SECRET, requested_by="bench",
                                     now=NOW)
        erase = time.perf_counter() - t
        batch = _batch(store.id, 500)
        gates: dict[str, list[float]] = {"with": [], "without": []}
        for _ in range(20):
            for kind, key in (("with", SECRET), ("without", "")):
                t = time.perf_counter()
                await stale_reasons(batch, key)
                gates[kind].append(time.perf_counter() - t)
        return {"dialect": db.dialect_of(url), "seeded": seeded, "export": exports,
                "erase": erase, "counts": erased.counts, "gates": gates,
                "rows": await Delivery.all().count()}
    finally:
        await db.close_database(ctx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--others", type=int, default=20_000)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    if args.only is None:  # one process per database: aerich keeps its dialect process-wide
        import subprocess

        for only in ("sqlite", "postgres"):
            subprocess.run([sys.executable, __file__, "--only", only, "--others",
                            str(args.others), "--postgres", args.postgres], check=True)
        return
    if args.only == "sqlite":
        url = f"sqlite://{tempfile.mkdtemp(prefix='pushcart-bench-')}/privacy.sqlite3"
    else:
        url = args.postgres + "?schema=pushcart_bench_privacy"
    r = asyncio.run(bench(url, args.others))
    with_gate, without = statistics.median(r["gates"]["with"]), statistics.median(
        r["gates"]["without"])
    print(f"\n{r['dialect']}: {args.others:,} other shoppers, {r['rows']:,} messages "
          f"(generated in {r['seeded']:.1f} s)")
    print(f"  export of the busy shopper       {statistics.median(r['export']) * 1000:8.1f} ms "
          "median")
    print(f"  erasure of the busy shopper      {r['erase'] * 1000:8.1f} ms  {r['counts']}")
    print(f"  outbox check, 500 emails         {with_gate * 1000:8.2f} ms with the erased-"
          f"address check, {without * 1000:.2f} ms without "
          f"(+{(with_gate - without) * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
