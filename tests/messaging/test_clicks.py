"""A declarative push's `navigate` links: Pushcart's signed click link counts the click (the
first, whichever button) and redirects where the message leads; nothing else is redirected."""

from __future__ import annotations

import pytest

from server.messaging.clicks import target_of
from server.models import Delivery
from server.settings import Settings
from tests.conftest import campaign_counts, make_settings, new_campaign, send_all, subscribe
from tests.declarative import click_path, follow, shown

BUTTONS = [{"action": "shop", "title": "Shop now", "url": "https://shop.test/teas"},
           {"action": "later", "title": "Later", "url": "https://shop.test/later"}]


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def test_each_button_leads_to_its_page_and_the_click_is_counted_once(shop, service, background) -> None:
    endpoint = await subscribe(shop, service)
    campaign_id = await new_campaign(shop, actions=BUTTONS)
    await send_all(background)
    [message] = service.messages_for(endpoint)
    for action, page in (("later", "https://shop.test/later"), ("shop", "https://shop.test/teas"),
                         (None, "https://shop.test/sale")):
        response = await follow(shop.client, message, action)
        assert (response.status_code, response.headers["Location"]) == (302, page)
        assert response.headers["Cache-Control"] == "no-store"
    assert (await campaign_counts(shop, campaign_id))["clicked"] == 1
    delivery = await Delivery.get(id=shown(message)["data"]["delivery_id"])
    assert delivery.clicked_at is not None


async def test_an_unknown_button_leads_to_the_message_page(shop, service, background) -> None:
    endpoint = await subscribe(shop, service)
    await new_campaign(shop, actions=BUTTONS)
    await send_all(background)
    [message] = service.messages_for(endpoint)
    response = await shop.client.get(click_path(message) + "?action=nothing")
    assert response.headers["Location"] == "https://shop.test/sale"


async def test_a_forged_or_foreign_link_is_not_followed_nor_counted(shop, service, background) -> None:
    endpoint = await subscribe(shop, service)
    campaign_id = await new_campaign(shop)
    await send_all(background)
    [message] = service.messages_for(endpoint)
    path = click_path(message)
    delivery_id = shown(message)["data"]["delivery_id"]
    for forged in (path[:-4] + "AAAA", f"/click/{delivery_id + 1}.{path.rsplit('.', 1)[1]}",
                   "/click/" + "9" * 19 + ".x", "/click/nothing"):
        response = await shop.client.get(forged)
        assert response.status_code == 404 and "Location" not in response.headers
    assert (await campaign_counts(shop, campaign_id))["clicked"] == 0


@pytest.mark.parametrize(("url", "target"), [
    ("https://shop.test/a", "https://shop.test/a"), ("http://shop.test/a", "http://shop.test/a"),
    ("/cart", "/cart"), ("javascript:alert(1)", None), ("data:text/html,x", None),
    ("//evil.test/", None), ("", None)])
def test_only_web_pages_are_redirected_to(url: str, target: str | None) -> None:
    assert target_of({"url": url}, None) == target
