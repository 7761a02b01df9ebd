"""The admin's catalog shows how many shoppers wait for a sold-out product to come back."""

from __future__ import annotations

from server.checkout.alerts import AlertRequest, ask_to_be_told
from server.models import ProductAlert, Store
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found


async def test_catalog_and_product_page_show_who_waits_for_a_restock(browser: Browser, shop: ShopFixture, team: Team, clock) -> None:
    await shop.admin("PUT", "/products/LAMP", {"name": "Brass lamp", "price": 129900, "stock": 0})
    store = await Store.get(id=shop.store.id)
    for i in range(3):
        await ask_to_be_told(store, "LAMP", AlertRequest(
            visitor_key=f"visitor-{i:04d}", channel="email", email=f"s{i}@example.com",
            consent=True), clock.now(), email_enabled=True)
    await ProductAlert.filter(email="s0@example.com").update(notified_at=clock.now())  # told
    await browser.sign_in(team.staff)
    page = await browser.page(f"/admin/stores/{shop.store.id}/catalog")
    assert "Waiting for restock" in page
    assert found(r'<tr data-sku="LAMP">.*?data-waiting="(\d+)">2<', page) == "2"
    assert found(r'<tr data-sku="MUG">.*?data-waiting="(\d+)"', page) == "0"
    edit = await browser.page(f"/admin/stores/{shop.store.id}/catalog/LAMP/edit")
    assert "2 shoppers are waiting to be told when it is back in stock." in edit
    assert "waiting to be told" not in await browser.page(
        f"/admin/stores/{shop.store.id}/catalog/MUG/edit")
