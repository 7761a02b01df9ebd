"""Refusals by push services, seen where the merchant looks: a 403's reason (Apple's JSON, FCM's
text) per campaign in the store API and on the campaign's page, and subscriber health in the
admin console (subscriptions lost per day, by browser, with the reason)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from push.sender import classify
from server.settings import Settings
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, campaign_counts, make_settings, new_campaign, send_all
from tests.push.service import PushService

SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 "
          "(KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1")
CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/131.0 Safari/537.36")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
FCM_403 = ("the key in the authorization header does not correspond to the sender ID used to "
           "subscribe this user. Please ensure you are using the correct sender ID and server "
           "Key from the Firebase console.\n")


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def _subscribe(shop: ShopFixture, service: PushService, visitor: str, agent: str) -> str:
    endpoint, keys = service.subscribe()
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": visitor, "subscription": keys.subscription(endpoint)},
        headers={"User-Agent": agent})
    assert response.status_code == 201
    return endpoint


@pytest.mark.parametrize(("body", "reason"), [
    ('{"reason":"BadJwtToken"}', "BadJwtToken"),  # Apple
    (FCM_403, FCM_403.splitlines()[0]),  # FCM: text
    ('{"code":401,"errno":109,"error":"Unauthorized","message":"Request did not validate"}',
     "Request did not validate"),  # Mozilla autopush
    ("", ""),
])
def test_a_refusal_keeps_the_push_service_s_reason(body: str, reason: str) -> None:
    outcome = classify(403, None, 1, body)
    assert (outcome.kind, outcome.status) == ("failed", 403)
    assert outcome.reason == f"push service answered 403: {reason}"


async def _refused_campaign(shop: ShopFixture, service: PushService, background) -> int:
    safari = await _subscribe(shop, service, "visitor-safari", SAFARI)
    chrome = await _subscribe(shop, service, "visitor-chrome", CHROME)
    await _subscribe(shop, service, "visitor-firefox", FIREFOX)
    gone = await _subscribe(shop, service, "visitor-gone1", CHROME)
    service.answer(safari, 403, body='{"reason":"BadJwtToken"}')
    service.answer(chrome, 403, body=FCM_403)
    service.answer(gone, 410, body='{"reason":"Unregistered"}')
    campaign_id = await new_campaign(shop)
    await send_all(background)
    return campaign_id


async def test_a_campaign_says_why_its_messages_failed(shop, service, background) -> None:
    campaign_id = await _refused_campaign(shop, service, background)
    counts = await campaign_counts(shop, campaign_id)
    assert (counts["delivered"], counts["failed"], counts["expired"]) == (1, 2, 1)
    assert sorted((f["status"], f["reason"], f["count"]) for f in counts["failures"]) == [
        (403, "push service answered 403: BadJwtToken", 1),
        (403, f"push service answered 403: {FCM_403.splitlines()[0]}", 1)]


async def test_the_campaign_page_and_subscriber_health_show_the_reasons(
        browser: Browser, shop: ShopFixture, team: Team, service, background) -> None:
    campaign_id = await _refused_campaign(shop, service, background)
    await browser.sign_in(team.staff)
    page = await browser.page(f"/admin/stores/{shop.store.id}/campaigns/{campaign_id}")
    assert "Why messages failed" in page and "BadJwtToken" in page
    health = await browser.page(f"/admin/stores/{shop.store.id}/subscribers")
    today = background.clock.now().astimezone(ZoneInfo("Asia/Kolkata")).date().isoformat()
    assert f'data-lost="{today}|chrome|gone"' in health  # the 410, a Chrome subscription
    assert 'data-refused="safari|403"' in health and "BadJwtToken" in health
    assert 'data-refused="chrome|403"' in health and "does not correspond" in health
    assert 'data-active="firefox">1<' in health and 'data-active="safari">1<' in health
    assert 'aria-current="page">Subscribers<' in health


async def test_subscriber_health_is_empty_for_a_new_store(browser: Browser, shop: ShopFixture,
                                                          team: Team) -> None:
    await browser.sign_in(team.owner)
    health = await browser.page(f"/admin/stores/{shop.store.id}/subscribers?days=7")
    assert "No subscription was lost in the last 7 days." in health
    assert "No message was refused in the last 7 days." in health
