"""Recommendations in the admin console: pins and exclusions (CSRF protected, per store), the
settings (owners only, validated) and the preview of what goes well with a product."""

from __future__ import annotations

import re

from server.models import RecommendationRule, Store
from server.recommendations.settings import RecommendationSettings
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found
from tests.recommendations.conftest import buy


async def test_a_pin_shows_first_in_the_preview_and_an_exclusion_never(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "TEA")
    await browser.sign_in(team.staff)
    base = f"/admin/stores/{shop.store.id}/recommendations"
    page = await browser.page(f"{base}?sku=MUG")
    assert 'data-figure="pairs">1<' in page
    preview = re.search(r"<ol data-preview>(.*?)</ol>", page, re.S)
    assert preview and "Assam tea" in preview.group(1) and "Bought together" in preview.group(1)

    response = await browser.post(f"{base}/rules", {"action": "pin", "target": "KETTLE",
                                                    "product": "MUG"}, token_from=base)
    assert response.status_code == 302
    response = await browser.post(f"{base}/rules", {"action": "exclude", "target": "TEA",
                                                    "product": ""}, token_from=base)
    assert response.status_code == 302
    page = await browser.page(f"{base}?sku=MUG")
    items = re.findall(r"<li>([^<]+) <span",
                       found(r"<ol data-preview>(.*?)</ol>", page, flags=re.S))
    assert items == ["Copper kettle"]
    assert "Every product" in page and "Never shown" in page and "Pinned first" in page

    rule = await RecommendationRule.get(store_id=shop.store.id, action="exclude")
    response = await browser.post(f"{base}/rules/{rule.id}/delete", token_from=base)
    assert response.status_code == 302
    assert await RecommendationRule.filter(store_id=shop.store.id).count() == 1


async def test_forms_without_the_csrf_token_change_nothing(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    base = f"/admin/stores/{shop.store.id}/recommendations"
    response = await browser.post(f"{base}/rules", {"action": "pin", "target": "TEA"})
    assert response.status_code in (400, 403)
    response = await browser.post(f"{base}/settings", {"min_support": "5", "count": "2"})
    assert response.status_code in (400, 403)
    assert not await RecommendationRule.exists(store_id=shop.store.id)
    store = await Store.get(id=shop.store.id)
    assert RecommendationSettings.of(store) == RecommendationSettings()


async def test_settings_are_validated_and_for_owners(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team) -> None:
    base = f"/admin/stores/{shop.store.id}/recommendations"
    await browser.sign_in(team.owner)
    response = await browser.post(f"{base}/settings", {"enabled": "on", "min_support": "0",
                                                       "count": "3"}, token_from=base)
    assert response.status_code == 400
    assert "greater than or equal to 1" in await response.get_data(as_text=True)
    response = await browser.post(f"{base}/settings", {"enabled": "on", "min_support": "4",
                                                       "count": "5"}, token_from=base)
    assert response.status_code == 302
    saved = RecommendationSettings.of(await Store.get(id=shop.store.id))
    assert (saved.enabled, saved.min_support, saved.count) == (True, 4, 5)

    await second_browser.sign_in(team.staff)
    response = await second_browser.post(f"{base}/settings", {"min_support": "9", "count": "1"},
                                         token_from=base)
    assert response.status_code == 403
    assert RecommendationSettings.of(await Store.get(id=shop.store.id)).min_support == 4


async def test_another_stores_owner_sees_and_changes_nothing(browser: Browser, shop: ShopFixture, team: Team) -> None:
    rule_response = await shop.admin("POST", "/recommendations/rules",
                                     {"target": "TEA", "action": "exclude"})
    rule_id = (await rule_response.get_json())["id"]
    await browser.sign_in(team.other_owner)
    response = await browser.get(f"/admin/stores/{shop.store.id}/recommendations")
    assert response.status_code == 404
    own = f"/admin/stores/{team.other_store_id}/recommendations"
    response = await browser.post(f"/admin/stores/{team.other_store_id}/recommendations/rules/"
                                  f"{rule_id}/delete", token_from=own)
    assert response.status_code == 404  # not theirs: as if it did not exist
    response = await browser.post(f"{own}/rules", {"action": "pin", "target": "TEA"},
                                  token_from=own)
    assert response.status_code == 404 and "no product with SKU" in await response.get_data(
        as_text=True)
    assert await RecommendationRule.filter(store_id=shop.store.id).count() == 1
    assert not await RecommendationRule.exists(store_id=team.other_store_id)
