"""The dashboard's figures come from the store's own carts, orders and subscribers."""

from __future__ import annotations

import re

from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found


def _figure(page: str, name: str) -> str:
    return found(rf'data-figure="{name}">([^<]+)<', page)


async def test_the_funnel_and_revenue_follow_what_shoppers_did(browser: Browser, shop: ShopFixture, team: Team) -> None:
    browsing = await shop.new_cart("visitor-0001")
    await shop.add(browsing["token"], "TEA")
    emailed = await shop.new_cart("visitor-0002")
    await shop.add(emailed["token"], "TEA")
    await shop.widget("PATCH", f"/carts/{emailed['token']}", {"email": "ravi@example.com"})
    ordered = await shop.ready_to_order("MUG", 2)
    response = await shop.widget("POST", f"/carts/{ordered['token']}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201
    total = (await response.get_json())["total"]
    other = await browser.sign_in(team.other_owner)  # another store's figures stay its own
    assert other.status_code == 302
    page = await browser.page(f"/admin/stores/{team.other_store_id}")
    assert _figure(page, "revenue") == "$0.00"
    await browser.post("/admin/logout", token_from=f"/admin/stores/{team.other_store_id}")

    await browser.sign_in(team.owner)
    page = await browser.page(f"/admin/stores/{shop.store.id}")
    funnel = [int(n) for n in re.findall(r'data-funnel="\d">(\d+)<', page)]
    assert funnel == [3, 2, 1, 1]  # carts, email captured, checkout started, ordered
    assert _figure(page, "revenue") == f"₹{total / 100:,.2f}"
    assert _figure(page, "abandonment") == "67 %"
    assert _figure(page, "subscribers") == "0"
