"""`pushcart recommendations rebuild`: a store that imported its past orders gets its counts
from the whole history, computed by set-based SQL."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

from server.models import ProductPair, ProductSales
from server.recommendations import picks
from tests.recommendations.conftest import add_products, buy, cart_with, skus_of


async def test_rebuild_counts_the_imported_history(shop, database_url: str, tmp_path) -> None:
    await add_products(shop)
    for _ in range(3):
        await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "HONEY")
    # as if these orders were imported: no counts kept yet
    await ProductPair.filter(store_id=shop.store.id).delete()
    await ProductSales.filter(store_id=shop.store.id).delete()
    picks.forget_all()
    assert skus_of(await cart_with(shop, "MUG")) == []

    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path), "DATABASE_URL": database_url}
    out = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "server.cli", "recommendations", "rebuild",
                         "--store", shop.store.public_key],
        env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Test Shop: 4 product pairs, 3 products sold, in ")

    picks.forget_all()  # this process would see the other's counts within a minute
    assert skus_of(await cart_with(shop, "MUG"))[0] == "TEA"


def test_rebuild_of_an_unknown_store_says_so(database_url: str, tmp_path) -> None:
    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path), "DATABASE_URL": database_url}
    out = subprocess.run([sys.executable, "-m", "server.cli", "recommendations", "rebuild",
                          "--store", "pk_nope"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 2
    assert out.stderr.strip() == "error: no store with public key pk_nope"
