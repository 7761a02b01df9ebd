"""Pushcart's sender against web-push-testing, a push service written by others (npm): it checks
the VAPID JWT against the subscription's applicationServerKey and decrypts aes128gcm with
http_ece; what it decrypted must be the Declarative Web Push message Pushcart built."""

from __future__ import annotations

import pytest

from push.sender import OutcomeKind, PushMessage, Sender, Subscription, VapidSigner
from server.messaging.payloads import declarative, encoded
from server.models import PushSubscription
from server.settings import Settings
from tests.conftest import ShopFixture, make_settings, new_campaign, send_all
from tests.declarative import destination, shown
from tests.interop.conftest import WebPushTesting
from tests.messaging.test_payloads import parse
from tests.push.keys import STORE_KEYS


@pytest.fixture
def settings(database_url: str, tmp_path, web_push_testing: WebPushTesting) -> Settings:
    return make_settings(database_url, tmp_path, PUSHCART_PUSH_HOSTS=web_push_testing.origin)


def _subscription(subscribed: dict[str, object]) -> Subscription:
    keys = subscribed["keys"]
    assert isinstance(keys, dict)
    return Subscription(str(subscribed["endpoint"]), keys["p256dh"], keys["auth"])


async def test_it_decrypts_the_declarative_message_the_sender_sent(web_push_testing) -> None:
    subscribed = web_push_testing.subscribe(STORE_KEYS.public_key)
    message = declarative({
        "title": "قیمت کم ہو گئی: نیلا مگ", "body": "اب ₹420.00 (پہلے ₹500.00)", "lang": "ur",
        "url": "https://shop.example/mug", "tag": "pushcart-price_drop",
        "image": "https://cdn.shop.example/mug.jpg",
        "actions": [{"action": "buy", "title": "خریدیں", "url": "https://shop.example/cart"}]},
        click_url="https://pushcart.example/click/7.AAAAAAAAAAAAAAAAAAAAAA", delivery_id=7,
        timestamp_ms=1_764_547_200_000)
    signer = VapidSigner(STORE_KEYS.private_pem, "mailto:push@shop.example.com")
    async with Sender(concurrency=2) as sender:
        outcome = await sender.send(_subscription(subscribed),
                                    PushMessage(payload=message, ttl=600), signer)
    assert (outcome.kind, outcome.status) == (OutcomeKind.DELIVERED, 201), outcome.reason
    [received] = web_push_testing.messages(subscribed["clientHash"])
    assert received == message
    parsed = parse(encoded(received))
    assert parsed is not None and parsed["options"]["dir"] == "rtl"


async def test_a_signature_for_another_key_is_refused_with_its_reason(web_push_testing) -> None:
    from push.vapid import generate_key_pair

    subscribed = web_push_testing.subscribe(STORE_KEYS.public_key)
    stranger = VapidSigner(generate_key_pair().private_pem, "mailto:push@shop.example.com")
    async with Sender(concurrency=1) as sender:
        outcome = await sender.send(_subscription(subscribed), PushMessage(
            payload=declarative({"title": "T", "url": "https://shop.example/"})), stranger)
    assert (outcome.kind, outcome.status) == (OutcomeKind.FAILED, 400)
    assert outcome.reason == "push service answered 400: Invalid Crypto-Key header sent"
    assert web_push_testing.messages(subscribed["clientHash"]) == []


async def test_a_campaign_reaches_it_through_the_outbox(shop: ShopFixture, background,
                                                        web_push_testing) -> None:
    subscribed = web_push_testing.subscribe(shop.store.vapid_public_key)
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": "visitor-0001", "subscription": {
            "endpoint": subscribed["endpoint"], "keys": subscribed["keys"]}})
    assert response.status_code == 201, await response.get_json()
    gone = web_push_testing.subscribe(shop.store.vapid_public_key)
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": "visitor-0002", "subscription": {
            "endpoint": gone["endpoint"], "keys": gone["keys"]}})
    assert response.status_code == 201
    web_push_testing.expire(gone["clientHash"])

    await new_campaign(shop, title="Chai flash sale", body="20% off for two hours")
    assert await send_all(background) == 2
    [message] = web_push_testing.messages(subscribed["clientHash"])
    assert (shown(message)["title"], shown(message)["body"]) == ("Chai flash sale",
                                                                 "20% off for two hours")
    assert shown(message)["navigate"].startswith("http://pushcart.test/click/")
    assert await destination(message) == "https://shop.test/sale"
    expired = await PushSubscription.get(endpoint=gone["endpoint"])
    assert not expired.is_active and expired.deactivated_reason == "gone"  # its 410
