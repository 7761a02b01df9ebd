"""The admin console's segments (builder form, live count), campaigns to a segment, A/B tests and
local-time campaigns composed in the form, and the dashboard's day-by-day report and CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from server.models import Campaign, Segment
from server.settings import Settings
from tests.blueprints.admin.conftest import Browser, Team
from tests.campaigns.test_segments import shoppers  # noqa: F401,F811 (fixture)
from tests.conftest import ShopFixture, found, make_settings, subscribe
from tests.declarative import follow, shown


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def _count(browser: Browser, store_id: int, body: dict[str, Any], token: str | None) -> tuple[int, dict[str, Any]]:
    headers = {"X-CSRF-Token": token} if token else {}
    response = await browser.client.post(f"/admin/stores/{store_id}/segments/count", json=body,
                                         headers=headers)
    data = await response.get_json() if response.content_type == "application/json" else {}
    return response.status_code, data


async def test_staff_build_a_segment_watch_its_count_and_send_to_it(browser: Browser, shop: ShopFixture, team: Team, shoppers, service, background) -> None:  # noqa: F811
    await browser.sign_in(team.staff)
    new = f"/admin/stores/{shop.store.id}/segments/new"
    token = await browser.token(new)
    rules = [{"type": "purchased", "category": "kitchen", "days": 30},
             {"type": "abandoned_cart", "days": 7}]
    status, counts = await _count(browser, shop.store.id, {"match": "any", "rules": rules}, token)
    assert (status, counts) == (200, {"shoppers": 2, "push": 2, "email": 1, "subscribers": 2})
    status, counts = await _count(browser, shop.store.id, {"match": "all", "rules": rules}, token)
    assert counts["shoppers"] == 0
    status, counts = await _count(browser, shop.store.id, {"rules": [{"type": "x"}]}, token)
    assert status == 400 and counts["error"]
    assert (await _count(browser, shop.store.id, {"rules": []}, None))[0] == 403  # no CSRF

    response = await browser.post(f"/admin/stores/{shop.store.id}/segments", {
        "name": "Kitchen or left a cart", "match": "any", "rules_json": json.dumps(rules)},
        token=token)
    assert response.status_code == 302
    segment = await Segment.get(name="Kitchen or left a cart")
    listing = await browser.page(f"/admin/stores/{shop.store.id}/segments")
    assert "Kitchen or left a cart" in listing
    assert "purchased category “kitchen” in the last 30 days" in listing
    assert re.search(rf'data-segment="{segment.id}">.*?data-count="push">2<', listing, re.S)

    compose = f"/admin/stores/{shop.store.id}/campaigns/new?segment={segment.id}"
    page = await browser.page(compose)
    assert f'<option value="{segment.id}" selected>Segment: Kitchen or left a cart' in page
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "offer", "title": "Kettle + tea bundle", "url": "https://shop.test/bundle",
        "segment": str(segment.id), "when": "now", "ttl_hours": "24"}, token_from=compose)
    assert response.status_code == 302, await response.get_data(as_text=True)
    await background.schedule()
    await background.outbox_worker().drain()
    for endpoint in (shoppers["asha"], shoppers["bruno"]):
        assert "Kettle + tea bundle" in [shown(m)["title"] for m in service.messages_for(endpoint)]
    page = await browser.page(response.headers["Location"])
    assert "Kitchen or left a cart" in found(r"data-audience>(.*?)</span>", page, flags=re.S)


async def test_the_builder_refuses_bad_rules_and_keeps_what_was_typed(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    new = f"/admin/stores/{shop.store.id}/segments/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/segments", {
        "name": "<b>Big</b> spenders", "match": "all",
        "rules_json": json.dumps([{"type": "last_seen", "days": 999}])}, token_from=new)
    assert response.status_code == 400
    page = await response.get_data(as_text=True)
    assert "less than or equal to 366" in page
    assert "&lt;b&gt;Big&lt;/b&gt; spenders" in page and "<b>Big" not in page
    response = await browser.post(f"/admin/stores/{shop.store.id}/segments", {
        "name": "x", "rules_json": "{not json"}, token_from=new)
    assert response.status_code == 400
    assert await Segment.filter(store=shop.store).count() == 0


async def test_another_stores_segments_are_out_of_reach(browser: Browser, shop: ShopFixture, team: Team) -> None:
    segment = await Segment.create(store=shop.store, name="Ours", match="all",
                                   rules=[{"type": "last_seen", "days": 30}],
                                   created_at=datetime.now(UTC), updated_at=datetime.now(UTC))
    await browser.sign_in(team.other_owner)
    token = await browser.token(f"/admin/stores/{team.other_store_id}/segments/new")
    assert (await browser.get(f"/admin/stores/{shop.store.id}/segments/{segment.id}")
            ).status_code == 404
    assert (await browser.get(f"/admin/stores/{team.other_store_id}/segments/{segment.id}")
            ).status_code == 404
    assert (await _count(browser, shop.store.id, {"rules": []}, token))[0] == 404
    response = await browser.post(
        f"/admin/stores/{team.other_store_id}/segments/{segment.id}/delete", token=token)
    assert response.status_code == 404 and await Segment.exists(id=segment.id)
    # nor can a campaign of the other store be aimed at it
    response = await browser.post(f"/admin/stores/{team.other_store_id}/campaigns", {
        "kind": "custom", "title": "Hi", "url": "https://other.test/", "segment": str(segment.id),
        "when": "now", "ttl_hours": "24"}, token=token)
    assert response.status_code == 400 and "unknown segment" in await response.get_data(as_text=True)


async def test_an_ab_test_at_a_local_time_composed_in_the_form(browser: Browser, shop: ShopFixture, team: Team, service, background, clock) -> None:
    clock.current = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}", timezone="America/Sao_Paulo")
                 for i in range(4)]
    await browser.sign_in(team.staff)
    new = f"/admin/stores/{shop.store.id}/campaigns/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "new_launch", "title": "Meet the copper kettle", "url": "https://shop.test/k",
        "ab": "1", "weightA": "1", "variantB_title": "The kettle is here", "weightB": "1",
        "when": "local", "send_at": "2026-12-02T09:00", "ttl_hours": "12"}, token_from=new)
    assert response.status_code == 302, await response.get_data(as_text=True)
    campaign = await Campaign.get(title="Meet the copper kettle")
    assert campaign.local_time == "2026-12-02T09:00" and len(campaign.variants) == 2
    page = await browser.page(response.headers["Location"])
    assert "2026-12-02 09:00 in each subscriber's time zone" in page

    clock.current = datetime(2026, 12, 2, 11, 59, tzinfo=UTC)
    await background.schedule()
    assert await background.outbox_worker().drain() == 0
    clock.current = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # 09:00 in São Paulo
    assert await background.outbox_worker().drain() == 4
    titles = [shown(service.messages_for(e)[0])["title"] for e in endpoints]
    assert sorted(titles) == ["Meet the copper kettle"] * 2 + ["The kettle is here"] * 2
    clicked = next(e for e in endpoints if shown(service.messages_for(e)[0])["title"].startswith("The"))
    await follow(shop.client, service.messages_for(clicked)[0])

    page = await browser.page(response.headers["Location"])
    rows = dict(re.findall(r'data-variant="([AB])">.*?data-ctr>([^<]+)<', page, re.S))
    assert rows == {"A": "0.0 %", "B": "50.0 %"}
    assert re.search(r'data-variant="B"><th scope="row">B <span class="pill sent">leading', page)
    exported = await browser.get(
        f"/admin/stores/{shop.store.id}/campaigns/{campaign.id}/variants.csv")
    table = list(csv.DictReader(io.StringIO(await exported.get_data(as_text=True))))
    assert [(r["variant"], r["delivered"], r["clicked"]) for r in table] == [
        ("A", "2", "0"), ("B", "2", "1")]


async def test_a_form_with_a_missing_variant_title_says_where(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    new = f"/admin/stores/{shop.store.id}/campaigns/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "offer", "title": "A title", "url": "https://shop.test/", "ab": "1",
        "variantB_title": "", "weightB": "0", "when": "now", "ttl_hours": "24"},
        token_from=new)
    assert response.status_code == 400
    page = await response.get_data(as_text=True)
    assert re.search(r'id="variantB_title-error">[^<]*at least 1 character', page)
    assert re.search(r'id="weightB-error">[^<]*greater than or equal to 1', page)


async def test_the_dashboard_charts_revenue_and_subscribers_day_by_day(browser: Browser, shop: ShopFixture, team: Team, service, clock) -> None:
    clock.current = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)  # 11:30 in Kolkata
    await subscribe(shop, service, "visitor-0001")
    cart = await shop.ready_to_order("MUG", 1)
    first = await (await shop.widget("POST", f"/carts/{cart['token']}/order",
                                     {"payment_method": "cash_on_delivery"})).get_json()
    clock.advance(days=2)
    await subscribe(shop, service, "visitor-0002")
    await subscribe(shop, service, "visitor-0003")
    await browser.sign_in(team.owner)
    page = await browser.page(f"/admin/stores/{shop.store.id}?days=7")
    chart = json.loads(found(r'data-chart-data>(.*?)</script>', page, flags=re.S))
    assert chart["labels"][-3:] == ["03-10", "03-11", "03-12"]
    assert chart["series"][0]["values"][-3:] == [first["total"], 0, 0]
    assert chart["currency"] == "INR"
    assert '<script src="/static/vendor/chart.umd.min.js"' in page
    response = await browser.get(f"/admin/stores/{shop.store.id}/reports/daily.csv?days=7")
    rows = list(csv.DictReader(io.StringIO(await response.get_data(as_text=True))))
    assert len(rows) == 7
    assert [(r["date"], r["orders"], r["subscribers"]) for r in rows[-3:]] == [
        ("2026-03-10", "1", "1"), ("2026-03-11", "0", "1"), ("2026-03-12", "0", "3")]
    response = await browser.get(f"/admin/stores/{shop.store.id}/reports/funnel.csv")
    assert "Ordered,1," in await response.get_data(as_text=True)
    assert (await browser.get(f"/admin/stores/{shop.store.id}/reports/secret.csv")
            ).status_code == 404
