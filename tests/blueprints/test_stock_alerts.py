"""The widget API's "Notify me when it's back": which products are in stock, and a shopper asking
to be told by push or by email."""

from __future__ import annotations

from typing import Any

import pytest

from server.automations.settings import FlowSettings, save_flow_settings
from server.messaging.suppressions import suppress_email
from server.models import Flow, ProductAlert, Store, SuppressionReason, Visitor
from server.settings import Settings
from tests.conftest import ShopFixture, make_settings, subscribe
from tests.push.service import PushService

VISITOR = "visitor-0001"


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    """With a mail server configured (nothing is sent here: email alerts are only kept)."""
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}",
                         SMTP_HOST="127.0.0.1", SMTP_PORT="9", SMTP_TLS="none")


@pytest.fixture
async def lamp(shop: ShopFixture) -> str:
    """A product sold out (stock 0)."""
    response = await shop.admin("PUT", "/products/LAMP",
                                {"name": "Brass lamp", "price": 129900, "stock": 0})
    assert response.status_code == 201, await response.get_json()
    return "LAMP"


async def ask(shop: ShopFixture, sku: str, **body: Any) -> tuple[int, Any]:
    response = await shop.widget("POST", f"/products/{sku}/alerts",
                                 {"visitor_id": VISITOR, **body})
    return response.status_code, await response.get_json()


async def test_availability_answers_every_button_of_a_page_at_once(shop, lamp) -> None:
    response = await shop.widget("GET", "/widget/availability?skus=MUG,TEA,LAMP,NOPE,MUG")
    assert response.status_code == 200
    # TEA's stock is not tracked: it is always there; an unknown SKU is left out
    assert await response.get_json() == {"MUG": True, "TEA": True, "LAMP": False}


async def test_availability_refuses_too_many_or_no_skus(shop) -> None:
    many = ",".join(f"SKU{i}" for i in range(101))
    long = ",".join(["A" * 64] * 16)  # 16 SKUs, but more text than a query may hold
    for query in (f"skus={many}", f"skus={long}", "", "skus=", "skus=MUG&price=1"):
        response = await shop.widget("GET", f"/widget/availability?{query}")
        assert response.status_code == 400, query
        assert "error" in await response.get_json()


async def test_widget_config_says_how_alerts_can_come(shop) -> None:
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["stock_alerts"] == ["push", "email"]


async def test_email_alert_with_consent_waits_for_the_restock(shop, lamp, clock) -> None:
    status, body = await ask(shop, lamp, channel="email", email="Asha@Example.com",
                             consent=True, locale="hi")
    assert status == 201
    assert body == {"sku": "LAMP", "kind": "stock", "channel": "email",
                    "status": "waiting"}
    alert = await ProductAlert.get(product__sku="LAMP")
    visitor = await Visitor.get(key=VISITOR)
    assert (alert.kind, alert.shopper, alert.email, alert.channel, alert.locale) == (
        "stock", "e:asha@example.com", "asha@example.com", "email", "hi")
    assert alert.visitor_id == visitor.id and alert.created_at == clock.now()
    assert alert.notified_at is None


async def test_asking_again_keeps_one_alert_and_its_place(shop, lamp, clock) -> None:
    assert (await ask(shop, lamp, channel="email", email="asha@example.com", consent=True))[0] \
        == 201
    first = await ProductAlert.get(product__sku="LAMP")
    clock.advance(minutes=5)
    status, body = await ask(shop, lamp, channel="email", email="ASHA@example.com", consent=True)
    assert status == 200 and body["status"] == "waiting"
    [alert] = await ProductAlert.filter(product__sku="LAMP")
    assert alert.id == first.id and alert.created_at == first.created_at


async def test_told_once_asking_again_waits_for_the_next_restock(shop, lamp, clock) -> None:
    await ask(shop, lamp, channel="email", email="asha@example.com", consent=True)
    await ProductAlert.filter(product__sku="LAMP").update(notified_at=clock.now())
    clock.advance(days=3)
    assert (await ask(shop, lamp, channel="email", email="asha@example.com", consent=True))[0] \
        == 201
    [alert] = await ProductAlert.filter(product__sku="LAMP")
    assert alert.notified_at is None and alert.created_at == clock.now()


async def test_email_without_consent_or_address_is_refused(shop, lamp) -> None:
    assert (await ask(shop, lamp, channel="email", email="asha@example.com"))[1]["error"][
        "code"] == "consent_required"
    assert (await ask(shop, lamp, channel="email", email="asha@example.com", consent=False)
            )[1]["error"]["code"] == "consent_required"
    assert (await ask(shop, lamp, channel="email", consent=True))[1]["error"]["code"] \
        == "email_required"
    assert not await ProductAlert.exists()


async def test_an_address_that_cannot_be_emailed_is_told_so_at_once(shop, lamp, clock) -> None:
    for email, reason in (("asha@example.com", SuppressionReason.UNSUBSCRIBED),
                          ("ravi@example.com", SuppressionReason.BOUNCED)):
        await suppress_email(shop.store.id, email, reason, clock.now(), "")
        status, body = await ask(shop, lamp, channel="email", email=email.upper(), consent=True)
        assert (status, body["error"]["code"]) == (409, "email_suppressed")
        assert ("unsubscribed" if reason == SuppressionReason.UNSUBSCRIBED else "bounced") \
            in body["error"]["message"]
    assert not await ProductAlert.exists()


@pytest.mark.parametrize("body", [
    {"channel": "sms"},
    {"channel": "email", "email": "not-an-address", "consent": True},
    {"channel": "email", "email": "asha@example.com", "consent": "yes"},
    {"channel": "push", "visitor_id": "short"},
    {"channel": "push", "visitor_id": None},
    {"channel": "email", "email": "asha@example.com", "consent": True, "locale": "x" * 17},
    {},
])
async def test_bad_bodies_are_clear_400s(shop, lamp, body) -> None:
    status, answer = await ask(shop, lamp, **body)
    assert status == 400 and answer["error"]["code"] == "invalid_request", answer
    assert not await ProductAlert.exists()


async def test_push_needs_a_subscribed_browser(shop, lamp, service: PushService) -> None:
    status, body = await ask(shop, lamp, channel="push")
    assert status == 409 and body["error"]["code"] == "not_subscribed"
    await subscribe(shop, service, VISITOR)
    status, body = await ask(shop, lamp, channel="push", locale="bn")
    assert status == 201 and body["channel"] == "push"
    visitor = await Visitor.get(key=VISITOR)
    alert = await ProductAlert.get(product__sku="LAMP")
    assert (alert.shopper, alert.email, alert.visitor_id, alert.channel) == (
        f"v:{visitor.id}", None, visitor.id, "push")
    assert (await ask(shop, lamp, channel="push"))[0] == 200


async def test_a_product_in_stock_or_unknown_is_refused(shop) -> None:
    status, body = await ask(shop, "MUG", channel="email", email="a@example.com", consent=True)
    assert status == 409 and body["error"]["code"] == "in_stock"
    status, body = await ask(shop, "TEA", channel="email", email="a@example.com", consent=True)
    assert status == 409 and body["error"]["code"] == "in_stock"  # stock not tracked
    status, body = await ask(shop, "NOPE", channel="email", email="a@example.com", consent=True)
    assert status == 404 and body["error"]["code"] == "unknown_sku"


async def test_a_channel_the_store_does_not_use_is_refused(shop, lamp, service) -> None:
    store = await Store.get(id=shop.store.id)
    await save_flow_settings(store, Flow.BACK_IN_STOCK, FlowSettings.model_validate(
        {"enabled": True, "channels": ["email"]}, strict=False))
    await subscribe(shop, service, VISITOR)
    status, body = await ask(shop, lamp, channel="push")
    assert status == 409 and body["error"]["code"] == "channel_unavailable"
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["stock_alerts"] == ["email"]


async def test_asking_is_rate_limited_with_a_json_answer(shop, lamp) -> None:
    statuses = [(await ask(shop, lamp, channel="email", email="a@example.com", consent=True))[0]
                for _ in range(10)]
    assert statuses == [201] + [200] * 9
    response = await shop.widget("POST", f"/products/{lamp}/alerts", {
        "visitor_id": VISITOR, "channel": "email", "email": "a@example.com", "consent": True})
    assert response.status_code == 429
    assert (await response.get_json())["error"]["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) > 0
    # a preflight is not counted, and is answered for the shop's origin
    preflight = await shop.client.options(f"/api/v1/products/{lamp}/alerts", headers={
        "Origin": shop.origin, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == shop.origin


async def test_another_origin_cannot_ask(shop, lamp) -> None:
    response = await shop.widget("POST", f"/products/{lamp}/alerts", {
        "visitor_id": VISITOR, "channel": "email", "email": "a@example.com", "consent": True},
        headers={"Origin": "https://evil.test"})
    assert response.status_code == 403
    assert not await ProductAlert.exists()
