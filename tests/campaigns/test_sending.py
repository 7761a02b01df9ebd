"""Campaigns at a local time in each subscriber's own zone, and A/B tests, through the real
outbox and worker to the test push service, on the injected clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.campaigns.sending import split
from server.settings import Settings
from tests.conftest import campaign_counts, make_settings, send_all, subscribe
from tests.declarative import destination, follow, shown

KOLKATA, SAO_PAULO = "Asia/Kolkata", "America/Sao_Paulo"


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")






async def test_nine_in_the_morning_in_kolkata_and_in_sao_paulo(shop, service, background, clock) -> None:
    clock.current = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    kolkata = await subscribe(shop, service, "asha-000001", timezone=KOLKATA)
    sao_paulo = await subscribe(shop, service, "bruno-00002", timezone=SAO_PAULO)
    unknown = await subscribe(shop, service, "chen-000003")  # no zone: the store's (Kolkata)
    response = await shop.admin("POST", "/campaigns", {
        "title": "Good morning: 20% off chai", "url": "https://shop.test/chai",
        "send_at": "2026-12-02T09:00:00", "local_time": True})
    assert response.status_code == 201, await response.get_json()
    created = await response.get_json()
    # fan-out starts when the first zone on Earth (UTC+14) reaches 09:00
    assert (created["local_time"], created["send_at"]) == (
        "2026-12-02T09:00", "2026-12-01T19:00:00+00:00")

    clock.current = datetime(2026, 12, 2, 3, 29, tzinfo=UTC)  # 08:59 in Kolkata
    assert await send_all(background) == 0
    clock.current = datetime(2026, 12, 2, 3, 30, tzinfo=UTC)  # 09:00 in Kolkata
    assert await send_all(background) == 2
    assert [shown(m)["title"] for m in service.messages_for(kolkata)] == [
        "Good morning: 20% off chai"]
    assert len(service.messages_for(unknown)) == 1 and not service.messages_for(sao_paulo)
    counts = await campaign_counts(shop, created["id"])
    assert (counts["status"], counts["targeted"], counts["delivered"]) == ("sending", 3, 2)

    clock.current = datetime(2026, 12, 2, 11, 59, tzinfo=UTC)  # 08:59 in São Paulo
    assert await send_all(background) == 0
    clock.current = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # 09:00 in São Paulo
    assert await send_all(background) == 1
    assert len(service.messages_for(sao_paulo)) == 1
    counts = await campaign_counts(shop, created["id"])
    assert (counts["status"], counts["delivered"]) == ("sent", 3)


async def test_a_local_time_already_past_everywhere_is_refused(shop, clock) -> None:
    clock.current = datetime(2026, 12, 3, 0, 0, tzinfo=UTC)
    response = await shop.admin("POST", "/campaigns", {
        "title": "Too late", "url": "https://shop.test/", "send_at": "2026-12-02T09:00:00",
        "local_time": True})
    assert response.status_code == 400
    assert "already passed in every time zone" in (await response.get_json())["error"]["message"]
    response = await shop.admin("POST", "/campaigns", {
        "title": "When?", "url": "https://shop.test/", "local_time": True})
    assert (await response.get_json())["error"]["code"] == "invalid_send_at"


@pytest.mark.parametrize(("count", "weights", "parts"), [
    (10, [1, 1], [5, 5]), (8, [3, 1], [6, 2]), (7, [1, 1, 1], [3, 2, 2]), (1, [1, 1], [1, 0]),
    (0, [1, 1, 1, 1], [0, 0, 0, 0]),
])
def test_the_split_follows_the_weights_and_loses_no_one(count, weights, parts) -> None:
    assert split(count, weights) == parts


async def test_an_ab_test_sends_each_variant_to_its_share_and_compares_them(shop, service, background, clock) -> None:
    endpoints = {await subscribe(shop, service, f"visitor-{i:04d}"): f"visitor-{i:04d}"
                 for i in range(8)}
    response = await shop.admin("POST", "/campaigns", {
        "title": "ignored", "url": "https://shop.test/", "kind": "offer", "variants": [
            {"title": "10% off teas", "url": "https://shop.test/teas?v=a", "weight": 3},
            {"title": "Free shipping on teas", "body": "Today only",
             "url": "https://shop.test/teas?v=b", "weight": 1}]})
    assert response.status_code == 201, await response.get_json()
    campaign_id = (await response.get_json())["id"]
    assert await send_all(background) == 8
    received = {endpoint: service.messages_for(endpoint) for endpoint in endpoints}
    assert all(len(messages) == 1 for messages in received.values())  # one each, never both
    by_title: dict[str, list[str]] = {}
    for endpoint, [message] in received.items():
        by_title.setdefault(shown(message)["title"], []).append(endpoint)
    assert sorted(len(v) for v in by_title.values()) == [2, 6]
    assert len(by_title["10% off teas"]) == 6

    # both variant-B shoppers click; one of them orders
    for endpoint in by_title["Free shipping on teas"]:
        [message] = received[endpoint]
        assert await destination(message) == "https://shop.test/teas?v=b"
        assert shown(message)["body"] == "Today only"
        assert (await follow(shop.client, message)).status_code == 302
    buyer = endpoints[by_title["Free shipping on teas"][0]]
    clock.advance(hours=1)
    response = await shop.widget("POST", "/carts", {"visitor_id": buyer})
    token = (await response.get_json())["token"]
    await shop.add(token, "TEA", 2)
    await shop.widget("PATCH", f"/carts/{token}", {
        "email": "b@example.com", "name": "B", "address": {
            "line1": "1 Road", "city": "Pune", "region": "MH", "postal_code": "411001",
            "country": "IN"}})
    order = await (await shop.widget("POST", f"/carts/{token}/order",
                                     {"payment_method": "cash_on_delivery"})).get_json()

    view = await campaign_counts(shop, campaign_id)
    assert (view["title"], view["targeted"], view["delivered"], view["clicked"]) == (
        "10% off teas", 8, 8, 2)
    a, b = view["variants"]
    assert (a["variant"], a["title"], a["recipients"], a["delivered"], a["clicked"], a["ctr"],
            a["orders"]) == ("A", "10% off teas", 6, 6, 0, 0.0, 0)
    assert (b["variant"], b["recipients"], b["delivered"], b["clicked"], b["ctr"], b["orders"],
            b["revenue"]) == ("B", 2, 2, 2, 1.0, 1, order["total"])


async def test_variants_are_checked(shop) -> None:
    one = [{"title": "Only", "url": "https://shop.test/"}]
    five = one * 5
    for variants in (one, five, [{"title": "", "url": "https://shop.test/"}] * 2,
                     [{"title": "A", "url": "https://shop.test/", "weight": 0}] * 2):
        response = await shop.admin("POST", "/campaigns", {
            "title": "T", "url": "https://shop.test/", "variants": variants})
        assert response.status_code == 400, variants


async def test_a_subscription_without_a_visitor_still_gets_campaigns(shop, service, background) -> None:
    endpoint, keys = service.subscribe()
    response = await shop.widget("POST", "/push/subscriptions",
                                 {"subscription": keys.subscription(endpoint)})
    assert response.status_code == 201
    response = await shop.admin("POST", "/campaigns", {"title": "Hello", "url": "https://s.test/",
                                                       "send_at": "2026-01-16T09:00:00",
                                                       "local_time": True})
    assert response.status_code == 201
    background.clock.current = datetime(2026, 1, 16, 3, 30, tzinfo=UTC)  # 09:00 in the store's zone
    assert await send_all(background) == 1
    assert [shown(m)["title"] for m in service.messages_for(endpoint)] == ["Hello"]


async def test_a_send_at_written_with_an_offset_goes_out_when_it_is_due(shop, service, background,
                                                                       clock) -> None:
    """10:30 in Kolkata is 05:00 UTC: due at 05:00 UTC, whatever the database (SQLite compares
    stored times as text)."""
    from tests.conftest import new_campaign

    endpoint = await subscribe(shop, service, "visitor-0001")
    clock.current = datetime(2026, 1, 15, 4, 59, tzinfo=UTC)
    campaign_id = await new_campaign(shop, send_at="2026-01-15T10:30:00+05:30")
    await send_all(background)
    assert service.messages_for(endpoint) == []
    clock.advance(minutes=2)
    await send_all(background)
    assert len(service.messages_for(endpoint)) == 1
    assert (await campaign_counts(shop, campaign_id))["delivered"] == 1
