"""Segments: rules over what shoppers really did through the widget (views, carts, orders,
subscriptions), counted, saved through the store API and used as a campaign's audience."""

from __future__ import annotations

from typing import Any

import pytest

from server.settings import Settings
from tests.conftest import TEST_SECRET, ShopFixture, campaign_counts, make_settings, send_all
from tests.declarative import shown
from tests.push.service import PushService

ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0 Mobile Safari/537.36")
DESKTOP_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


async def _cart(shop: ShopFixture, visitor: str, sku: str, locale: str, **details: Any) -> str:
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": locale})
    token = (await response.get_json())["token"]
    assert (await shop.add(token, sku)).status_code == 200
    if details:
        response = await shop.widget("PATCH", f"/carts/{token}", details)
        assert response.status_code == 200, await response.get_json()
    return token


def _address(country: str) -> dict[str, str]:
    return {"line1": "1 Main St", "city": "Town", "region": "XX", "postal_code": "12345",
            "country": country}


async def _subscribe(shop: ShopFixture, service: PushService, visitor: str, user_agent: str,
                     locale: str, timezone: str) -> str:
    endpoint, keys = service.subscribe()
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": visitor, "subscription": keys.subscription(endpoint), "locale": locale,
        "timezone": timezone}, headers={"User-Agent": user_agent})
    assert response.status_code == 201, await response.get_json()
    return endpoint


@pytest.fixture
async def shoppers(shop: ShopFixture, service: PushService, clock, background) -> dict[str, str]:
    """Three shoppers, over five weeks:
    - Chen (Singapore) left his email with consent 36 days ago and was not seen since;
    - Bruno (Brazil, desktop Firefox push) ordered a mug a day ago and looked at the kettle;
    - Asha (India, Hindi, Android push, email consent) left tea in her cart two hours ago."""
    await _cart(shop, "chen-000003", "MUG", "en-SG", email="chen@example.com",
                marketing_consent=True, address=_address("SG"))
    clock.advance(days=35)
    token = await _cart(shop, "bruno-00002", "MUG", "pt-BR", email="bruno@example.com",
                        name="Bruno", address=_address("BR"))
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201, await response.get_json()
    assert (await shop.widget("POST", "/views", {"visitor_id": "bruno-00002",
                                                 "sku": "KETTLE"})).status_code == 204
    bruno = await _subscribe(shop, service, "bruno-00002", DESKTOP_FIREFOX, "pt-BR",
                             "America/Sao_Paulo")
    clock.advance(days=1)
    await _cart(shop, "asha-000001", "TEA", "hi-IN", email="asha@example.com",
                marketing_consent=True, address=_address("IN"))
    asha = await _subscribe(shop, service, "asha-000001", ANDROID, "hi-IN", "Asia/Kolkata")
    clock.advance(hours=2)
    await background.recover()  # finds Asha's cart abandoned
    return {"asha": asha, "bruno": bruno}


async def _count(shop: ShopFixture, rules: list[dict[str, Any]], match: str = "all",
                 ) -> dict[str, int]:
    response = await shop.admin("POST", "/segments", {"name": "s", "match": match,
                                                      "rules": rules})
    assert response.status_code == 201, await response.get_json()
    return (await response.get_json())["counts"]


@pytest.mark.parametrize(("rules", "match", "expected"), [
    # (shoppers, push, email, subscribers)
    ([{"type": "last_seen", "days": 7}], "all", (2, 2, 1, 2)),  # not Chen
    ([{"type": "purchased", "category": "kitchen", "days": 30}], "all", (1, 1, 0, 1)),
    ([{"type": "purchased", "days": 30, "negate": True}], "all", (2, 1, 2, 2)),
    ([{"type": "viewed", "sku": "KETTLE", "days": 7}, {"type": "abandoned_cart", "days": 1}],
     "any", (2, 2, 1, 2)),
    ([{"type": "viewed", "sku": "KETTLE", "days": 7}, {"type": "abandoned_cart", "days": 1}],
     "all", (0, 0, 0, 0)),
    ([{"type": "added_to_cart", "category": "tea", "days": 7}], "all", (1, 1, 1, 1)),
    ([{"type": "locale", "values": ["hi"]}], "all", (1, 1, 1, 1)),
    ([{"type": "country", "values": ["br", "SG"]}], "all", (2, 1, 1, 2)),
    ([{"type": "device", "values": ["mobile"]}], "all", (1, 1, 1, 1)),
    ([{"type": "browser", "values": ["firefox"]}], "all", (1, 1, 0, 1)),
    ([{"type": "channel", "value": "email"}], "all", (2, 1, 2, 2)),
    ([{"type": "channel", "value": "push"}, {"type": "country", "values": ["IN"],
                                             "negate": True}], "all", (1, 1, 0, 1)),
])
async def test_rules_select_the_shoppers_who_did_it(shop, shoppers, rules, match, expected) -> None:
    counts = await _count(shop, rules, match)
    assert (counts["shoppers"], counts["push"], counts["email"], counts["subscribers"]) == expected


async def test_a_campaign_to_a_segment_reaches_only_its_subscribers(shop, service, shoppers, background) -> None:
    response = await shop.admin("POST", "/segments", {
        "name": "Kitchen buyers", "rules": [{"type": "purchased", "category": "kitchen",
                                             "days": 30}]})
    segment = await response.get_json()
    response = await shop.admin("POST", "/campaigns", {
        "title": "Kettles are back", "url": "https://shop.test/kettle",
        "segment": segment["id"]})
    assert response.status_code == 201, await response.get_json()
    campaign_id = (await response.get_json())["id"]
    await send_all(background)
    assert [shown(m)["title"] for m in service.messages_for(shoppers["bruno"])] == [
        "Kettles are back"]
    assert all(shown(m)["title"] != "Kettles are back"
               for m in service.messages_for(shoppers["asha"]))
    counts = await campaign_counts(shop, campaign_id)
    assert (counts["segment"], counts["targeted"], counts["delivered"]) == (segment["id"], 1, 1)
    listed = await (await shop.admin("GET", "/segments")).get_json()
    assert [s["name"] for s in listed["segments"]] == ["Kitchen buyers"]


async def test_segments_are_checked_and_kept_to_their_store(shop) -> None:
    from server.stores import create_store

    for body, where in (
        ({"name": "x", "rules": []}, "rules"),
        ({"name": "x", "rules": [{"type": "teleported"}]}, "rules"),
        ({"name": "x", "rules": [{"type": "last_seen", "days": 0}]}, "days"),
        ({"name": "x", "match": "some", "rules": [{"type": "last_seen"}]}, "match"),
        ({"name": "", "rules": [{"type": "last_seen"}]}, "name"),
        ({"name": "x", "rules": [{"type": "device", "values": []}]}, "values"),
    ):
        response = await shop.admin("POST", "/segments", body)
        assert response.status_code == 400, body
        assert where in str(await response.get_json()), body
    response = await shop.admin("POST", "/segments", {"name": "Ours",
                                                      "rules": [{"type": "last_seen"}]})
    ours = (await response.get_json())["id"]
    other = await create_store(TEST_SECRET, "Other", ["https://other.test"])
    headers = {"Authorization": f"Bearer {other.secret_key}"}
    assert (await shop.client.get(f"/api/v1/segments/{ours}", headers=headers)
            ).status_code == 404
    response = await shop.client.post("/api/v1/campaigns", headers=headers, json={
        "title": "T", "url": "https://other.test/", "segment": ours})
    assert (await response.get_json())["error"]["code"] == "unknown_segment"


async def test_a_view_of_an_unknown_product_is_refused(shop) -> None:
    response = await shop.widget("POST", "/views", {"visitor_id": "asha-000001", "sku": "NOPE"})
    assert response.status_code == 404
    response = await shop.widget("POST", "/views", {"visitor_id": "x", "sku": "TEA"})
    assert response.status_code == 400
