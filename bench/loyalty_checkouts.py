"""Loyalty points under load, on SQLite and PostgreSQL: one shopper's CHECKOUTS carts, each spending
100 points, placed at once (the order service, as that many requests would call it), and what the
points add to a cart's live quote.

  concurrent checkouts  all placed at once with points for half of them: exactly half must be
                        placed and the balance must end at 0 (checked, not only timed)
  quote with points     carts.live_quote() of a verified cart spending points, against the same
                        quote with the program off, for an account of LEDGER entries (median)

    python bench/loyalty_checkouts.py [--checkouts 20] [--ledger 1000]
                                      [--only sqlite|postgres] [--postgres URL]
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
from server.checkout import carts, orders  # noqa: E402
from server.errors import ApiError  # noqa: E402
from server.loyalty import ledger  # noqa: E402
from server.loyalty.settings import LoyaltySettingsIn, save_loyalty_settings  # noqa: E402
from server.models import LoyaltyEntry, Product, Store  # noqa: E402
from server.stores import create_store  # noqa: E402

EMAIL = "asha@example.com"
ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "postal_code": "560001", "country": "IN"}


async def _cart(store: Store, now: datetime, visitor: str) -> Any:
    cart = await carts.create_cart(store, visitor, "en-IN", now)
    items = await carts.cart_items(cart)
    await carts.add_quantity(store, cart, items, "TEA", 1, now)
    await carts.update_details(store, cart, {"email": EMAIL, "name": "Asha Rao",
                                             "address": ADDRESS}, now)
    cart.loyalty_email, cart.loyalty_points = EMAIL, 100  # as after the one-time code
    await cart.save(update_fields=["loyalty_email", "loyalty_points"])
    return cart


async def bench(url: str, checkouts: int, entries: int) -> dict[str, Any]:
    ctx = await fresh_database(url, schema="pushcart_bench_loyalty")
    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    created = await create_store(SECRET, "Bench", ["http://shop.test"], currency="INR",
                                 payment_methods=["upi"])
    store = created.store
    await Product.create(store=store, sku="TEA", name="Assam tea", price=34900, created_at=now)
    await save_loyalty_settings(store, LoyaltySettingsIn(enabled=True))
    cart_list = [await _cart(store, now, f"visitor-{i:04d}") for i in range(checkouts)]
    await ledger.adjust(store, EMAIL, 100 * (checkouts // 2), "bench", now)

    async def place(token: str) -> str:
        try:
            await orders.place_order(store, token, "upi", now)
        except ApiError as exc:
            return exc.code
        return "placed"

    started = time.perf_counter()
    outcomes = await asyncio.gather(*(place(c.token) for c in cart_list))
    elapsed = time.perf_counter() - started
    placed = outcomes.count("placed")
    left = await ledger.balance(store, EMAIL, now)
    assert placed == checkouts // 2 and left == 0, (outcomes, left)

    account = await ledger.find_account(store, EMAIL)
    assert account is not None
    await LoyaltyEntry.bulk_create([
        LoyaltyEntry(store_id=store.id, account_id=account.id, kind="adjust", points=1,
                     reason="bench", created_at=now - timedelta(minutes=i),
                     expires_at=now + timedelta(days=300)) for i in range(entries)])
    probe = await _cart(store, now, "visitor-probe")
    items = await carts.cart_items(probe)

    async def quote_times(rounds: int = 50) -> list[float]:
        times = []
        for _ in range(rounds):
            began = time.perf_counter()
            quote = await carts.live_quote(store, probe, items, now)
            times.append(time.perf_counter() - began)
        assert quote.breakdown.points_redeemed in (0, 100)
        return times

    with_points = statistics.median(await quote_times())
    await save_loyalty_settings(store, LoyaltySettingsIn(enabled=False))
    without = statistics.median(await quote_times())
    await db.close_database(ctx)
    return {"dialect": db.dialect_of(url), "elapsed": elapsed, "placed": placed,
            "refused": checkouts - placed, "with_points": with_points, "without": without}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkouts", type=int, default=20)
    parser.add_argument("--ledger", type=int, default=1000)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    if args.only is None:  # one process per database: aerich keeps its dialect process-wide
        import subprocess

        for only in ("sqlite", "postgres"):
            subprocess.run([sys.executable, __file__, "--only", only, "--checkouts",
                            str(args.checkouts), "--ledger", str(args.ledger), "--postgres",
                            args.postgres], check=True)
        return
    url = (f"sqlite://{tempfile.mkdtemp(prefix='pushcart-bench-')}/loyalty.sqlite3"
           if args.only == "sqlite" else args.postgres + "?schema=pushcart_bench_loyalty")
    r = asyncio.run(bench(url, args.checkouts, args.ledger))
    print(f"\n{r['dialect']}: {args.checkouts} checkouts of one shopper at once, points for half")
    print(f"  placed {r['placed']}, refused {r['refused']} (points_unavailable), balance 0, "
          f"in {r['elapsed'] * 1000:.0f} ms")
    print(f"  live quote, {args.ledger:,}-entry account spending points "
          f"{r['with_points'] * 1000:.2f} ms median; program off {r['without'] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
