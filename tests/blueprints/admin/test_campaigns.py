"""Campaigns from the admin console: composed in a form, checked like the store API checks them,
sent through the outbox to the test push service, their numbers on the campaign's page."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from server.models import Campaign
from server.settings import Settings
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found, make_settings, subscribe
from tests.declarative import destination, shown


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


def _count(page: str, name: str) -> str:
    return found(rf'data-count="{name}">([^<]+)<', page)


async def test_staff_send_a_flash_sale_and_watch_its_numbers(browser: Browser, shop: ShopFixture, team: Team, service, background) -> None:
    endpoints = [await subscribe(shop, service, f"visitor-000{i}") for i in range(3)]
    await browser.sign_in(team.staff)
    new = f"/admin/stores/{shop.store.id}/campaigns/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "flash_sale", "title": "Chai flash sale", "body": "20% off for two hours",
        "url": "https://shop.test/sale", "action1_title": "Shop now",
        "action1_url": "https://shop.test/teas", "urgency": "high", "ttl_hours": "2",
        "when": "now"}, token_from=new)
    assert response.status_code == 302
    page_path = response.headers["Location"]
    page = await browser.page(page_path)
    assert "Chai flash sale" in page and _count(page, "targeted") == "0"

    await background.schedule()
    assert await background.outbox_worker().drain() == 3
    for endpoint in endpoints:
        [message] = service.messages_for(endpoint)
        assert shown(message)["title"] == "Chai flash sale"
        [button] = shown(message)["actions"]
        assert (button["action"], button["title"]) == ("button1", "Shop now")
        assert await destination(message, "button1") == "https://shop.test/teas"
    assert {r.headers["Urgency"] for r in service.received} == {"high"}
    assert {r.headers["TTL"] for r in service.received} == {"7200"}

    page = await browser.page(page_path)
    assert [_count(page, k) for k in ("targeted", "delivered", "clicked")] == ["3", "3", "0"]
    assert 'data-status>sent<' in page
    listing = await browser.page(f"/admin/stores/{shop.store.id}/campaigns")
    assert "Chai flash sale" in listing and "0.0 %" in listing  # CTR: delivered, no clicks


async def test_bad_fields_are_explained_and_the_form_keeps_what_was_typed(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    new = f"/admin/stores/{shop.store.id}/campaigns/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "offer", "title": "Diwali <b>offer</b>", "body": "Lamps", "url": "javascript:alert(1)",
        "action1_title": "Go", "action1_url": "ftp://x", "ttl_hours": "soon", "when": "at",
        "send_at": ""}, token_from=new)
    assert response.status_code == 400
    body = await response.get_data(as_text=True)
    for field in ("url", "ttl_hours", "send_at", "action1_url"):
        assert f'id="{field}-error"' in body, field
    assert 'value="Diwali &lt;b&gt;offer&lt;/b&gt;"' in body  # kept, and escaped
    assert await Campaign.all().count() == 0


async def test_a_campaign_at_a_local_time_waits_and_can_be_cancelled(browser: Browser, shop: ShopFixture, team: Team, clock) -> None:
    await browser.sign_in(team.owner)
    new = f"/admin/stores/{shop.store.id}/campaigns/new"
    response = await browser.post(f"/admin/stores/{shop.store.id}/campaigns", {
        "kind": "new_launch", "title": "Darjeeling first flush", "url": "https://shop.test/new",
        "ttl_hours": "24", "when": "at", "send_at": "2026-01-20T09:00"}, token_from=new)
    assert response.status_code == 302
    campaign = await Campaign.get(title="Darjeeling first flush")
    # 09:00 in the store's zone (Asia/Kolkata, UTC+5:30)
    assert campaign.send_at == datetime(2026, 1, 20, 3, 30, tzinfo=UTC)
    page_path = response.headers["Location"]
    page = await browser.page(page_path)
    assert "20 Jan 2026, 09:00" in page and "Cancel this campaign" in page
    cancelled = await browser.post(f"{page_path}/cancel", token_from=page_path)
    assert cancelled.status_code == 302
    assert 'data-status>cancelled<' in await browser.page(page_path)
    again = await browser.post(f"{page_path}/cancel", token_from=page_path)
    assert again.status_code == 409


async def test_campaigns_export_as_csv_without_formula_injection(browser: Browser, shop: ShopFixture, team: Team) -> None:
    titles = ["=HYPERLINK(\"http://evil\")", "\uff1dHYPERLINK(\"http://evil\")", "|calc!A1",
              "\uff5ccmd", " =1+1", "@SUM(A1)", "Plain sale"]
    for i, title in enumerate(titles):
        await Campaign.create(store=shop.store, title=title, url="https://x.test",
                              send_at=datetime(2026, 1, 1, tzinfo=UTC),
                              created_at=datetime(2026, 1, 1 + i, tzinfo=UTC))
    await browser.sign_in(team.owner)
    response = await browser.get(f"/admin/stores/{shop.store.id}/campaigns.csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(await response.get_data(as_text=True))))
    assert rows[0][:5] == ["id", "kind", "title", "status", "send_at"]
    exported = {row[2] for row in rows[1:]}
    assert exported == {"'" + t for t in titles[:-1]} | {"Plain sale"}


async def test_another_stores_campaigns_are_out_of_reach(browser: Browser, shop: ShopFixture, team: Team) -> None:
    theirs = await Campaign.create(store_id=team.other_store_id, title="Their sale",
                                   url="https://other.test", send_at=datetime(2026, 2, 1, tzinfo=UTC),
                                   created_at=datetime(2026, 1, 1, tzinfo=UTC))
    await browser.sign_in(team.owner)
    assert (await browser.get(f"/admin/stores/{shop.store.id}/campaigns/{theirs.id}")).status_code == 404
    mine = f"/admin/stores/{shop.store.id}/campaigns"
    assert "Their sale" not in await browser.page(mine)
    response = await browser.post(f"{mine}/{theirs.id}/cancel", token_from=mine)
    assert response.status_code == 404
    await theirs.refresh_from_db()
    assert theirs.status == "scheduled"
