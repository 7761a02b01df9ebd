"""POST /api/v1/push/subscriptions as the widget calls it (public key, CORS)."""

from __future__ import annotations

import pytest

from server.models import PushSubscription, Visitor
from server.settings import Settings
from tests.conftest import ShopFixture, make_settings
from tests.push.keys import SubscriberKeys

FCM = "https://fcm.googleapis.com/fcm/send/"
CHROME_ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                  " Chrome/130.0.0.0 Mobile Safari/537.36")


@pytest.fixture
def settings(database_url: str, tmp_path) -> Settings:
    return make_settings(database_url, tmp_path, PUSHCART_PUSH_HOSTS="http://localhost:8090")


async def _subscribe(shop: ShopFixture, endpoint: str, keys: SubscriberKeys | None = None,
                     **extra: object):
    keys = keys or SubscriberKeys.generate()
    return await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": "visitor-0001", "subscription": keys.subscription(endpoint), **extra,
    }, headers={"User-Agent": CHROME_ANDROID})


async def test_subscription_is_stored_with_its_visitor_and_device(shop: ShopFixture) -> None:
    await shop.ready_to_order()  # visitor-0001 has given their email
    response = await _subscribe(shop, FCM + "abc", locale="hi-IN", timezone="Asia/Kolkata")
    assert response.status_code == 201
    assert response.headers["Access-Control-Allow-Origin"] == shop.origin
    sub = await PushSubscription.get(id=(await response.get_json())["id"])
    visitor = await Visitor.get(id=sub.visitor_id)
    assert visitor.email == "asha@example.com"
    assert (sub.browser, sub.device, sub.locale, sub.timezone) == (
        "chrome", "mobile", "hi-IN", "Asia/Kolkata")
    assert sub.is_active


async def test_same_endpoint_is_stored_once_and_refreshed(shop: ShopFixture) -> None:
    first = await _subscribe(shop, FCM + "same")
    renewed_keys = SubscriberKeys.generate()
    again = await _subscribe(shop, FCM + "same", renewed_keys)
    assert (first.status_code, again.status_code) == (201, 200)
    subs = await PushSubscription.all()
    assert len(subs) == 1 and subs[0].p256dh == renewed_keys.p256dh


@pytest.mark.parametrize("endpoint", [
    "https://evil.example/push", "https://127.0.0.1/push", "http://fcm.googleapis.com/x",
    "https://169.254.169.254/latest/meta-data", "http://localhost:9999/push",
])
async def test_untrusted_endpoints_are_refused(shop: ShopFixture, endpoint: str) -> None:
    response = await _subscribe(shop, endpoint)
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] == "invalid_subscription"
    assert await PushSubscription.all().count() == 0


async def test_test_push_service_listed_in_settings_is_accepted(shop: ShopFixture) -> None:
    assert (await _subscribe(shop, "http://localhost:8090/push/1")).status_code == 201


async def test_bad_keys_are_refused(shop: ShopFixture) -> None:
    response = await shop.widget("POST", "/push/subscriptions", {"subscription": {
        "endpoint": FCM + "x", "keys": {"p256dh": "AAAA", "auth": "BBBB"}}})
    assert (await response.get_json())["error"]["code"] == "invalid_subscription"
    response = await shop.widget("POST", "/push/subscriptions", {"subscription": {
        "endpoint": FCM + "x"}})
    assert (await response.get_json())["error"]["code"] == "invalid_request"


async def test_unsubscribe_deactivates_and_resubscribe_reactivates(shop: ShopFixture) -> None:
    keys = SubscriberKeys.generate()
    await _subscribe(shop, FCM + "u", keys)
    response = await shop.widget("POST", "/push/unsubscribe", {"endpoint": FCM + "u"})
    assert (await response.get_json())["status"] == "unsubscribed"
    sub = await PushSubscription.get(endpoint=FCM + "u")
    assert not sub.is_active and sub.deactivated_reason == "unsubscribed"
    await _subscribe(shop, FCM + "u", keys)
    assert (await PushSubscription.get(endpoint=FCM + "u")).is_active


async def test_another_store_key_cannot_unsubscribe(shop: ShopFixture) -> None:
    from server.stores import create_store
    from tests.conftest import TEST_SECRET

    await _subscribe(shop, FCM + "mine")
    other = await create_store(TEST_SECRET, "Other", [shop.origin])
    await shop.client.post("/api/v1/push/unsubscribe", json={"endpoint": FCM + "mine"},
                           headers={"X-Pushcart-Key": other.store.public_key, "Origin": shop.origin})
    assert (await PushSubscription.get(endpoint=FCM + "mine")).is_active
