"""“Send a test notification to me”: the admin's own browser subscription gets one real push,
signed with the store's VAPID key; an endpoint a shopper could not use is refused here too."""

from __future__ import annotations

from typing import Any

import pytest

from server.settings import Settings
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, make_settings
from tests.declarative import shown


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def _send(browser: Browser, store_id: int, subscription: object, token: str | None) -> tuple[int, dict[str, Any]]:
    response = await browser.client.post(
        f"/admin/stores/{store_id}/test-push", json={"subscription": subscription},
        headers={"X-CSRF-Token": token} if token else {})
    body = await response.get_json() if response.content_type == "application/json" else {}
    return response.status_code, body


async def test_the_admins_browser_gets_a_real_test_notification(browser: Browser, shop: ShopFixture, team: Team, service) -> None:
    endpoint, keys = service.subscribe()
    await browser.sign_in(team.staff)
    page = f"/admin/stores/{shop.store.id}/onboarding"
    token = await browser.token(page)
    assert (await _send(browser, shop.store.id, keys.subscription(endpoint), None))[0] == 403
    status, result = await _send(browser, shop.store.id, keys.subscription(endpoint), token)
    assert (status, result["status"], result["code"]) == (200, "delivered", 201)
    [message] = service.messages_for(endpoint)  # decrypted, VAPID checked against the store's key
    notification = shown(message)  # declarative, opening the page itself (no delivery to count)
    assert notification["title"] == "Test Shop: test notification"
    assert notification["navigate"].endswith(f"/admin/stores/{shop.store.id}/onboarding")

    service.answer(endpoint, 410)
    status, result = await _send(browser, shop.store.id, keys.subscription(endpoint), token)
    assert (status, result["status"], result["code"]) == (502, "gone", 410)


@pytest.mark.parametrize("endpoint", [
    "http://169.254.169.254/latest/meta-data", "https://127.0.0.1/push", "ftp://push.test/x"])
async def test_endpoints_off_the_push_services_are_refused(browser: Browser, shop: ShopFixture, team: Team, service, endpoint: str) -> None:
    _, keys = service.subscribe()
    await browser.sign_in(team.owner)
    token = await browser.token(f"/admin/stores/{shop.store.id}/onboarding")
    status, result = await _send(browser, shop.store.id, keys.subscription(endpoint), token)
    assert status == 400 and result["error"]
    assert not service.received


async def test_another_store_cannot_use_this_stores_key(browser: Browser, shop: ShopFixture, team: Team, service) -> None:
    endpoint, keys = service.subscribe()
    await browser.sign_in(team.other_owner)
    token = await browser.token(f"/admin/stores/{team.other_store_id}/onboarding")
    status, _ = await _send(browser, shop.store.id, keys.subscription(endpoint), token)
    assert status == 404 and not service.received
