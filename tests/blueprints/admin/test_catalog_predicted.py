"""The replenishment interval Pushcart predicted from repeat orders is shown where the merchant
sets their own: in the store API's product and on the admin's product page."""

from __future__ import annotations

from server.models import Product
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture


async def test_the_predicted_interval_is_shown_beside_the_merchants_own(
        browser: Browser, shop: ShopFixture, team: Team) -> None:
    await Product.filter(store_id=shop.store.id, sku="MUG").update(predicted_replenish_days=21)
    product = await (await shop.admin("GET", "/products/MUG")).get_json()
    assert (product["replenish_days"], product["predicted_replenish_days"]) == (None, 21)
    await browser.sign_in(team.staff)
    edit = await browser.page(f"/admin/stores/{shop.store.id}/catalog/MUG/edit")
    assert "Predicted from this shop's repeat orders: lasts 21 days." in edit
    await shop.admin("PUT", "/products/MUG", {**{k: v for k, v in product.items() if k not in (
        "sku", "predicted_replenish_days")}, "replenish_days": 30})
    edit = await browser.page(f"/admin/stores/{shop.store.id}/catalog/MUG/edit")
    assert "lasts 21 days (not used: the figure above is)." in edit
    assert "Predicted from" not in await browser.page(
        f"/admin/stores/{shop.store.id}/catalog/KETTLE/edit")
