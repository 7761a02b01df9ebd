"""Price drop end to end: the store API lowers a price; shoppers with it in an open cart, who
viewed it lately or asked to be told hear about it once, by push (decrypted by the test push
service) and email (aiosmtpd), with both prices and a link that puts it in the cart; buyers,
the unsubscribed, small drops and a second scheduler do not make more messages."""

from __future__ import annotations

import asyncio
from typing import Any

from server.background import Background
from server.models import AutomationRun, Delivery, EmailSuppression, RunStatus
from tests.conftest import ShopFixture, subscribe
from tests.declarative import destination, shown

MUG = {"name": "Blue mug", "price": 50000, "category": "kitchen", "stock": 10}


async def _cart_with(shop: ShopFixture, visitor: str, sku: str, email: str | None = None,
                     consent: bool = True) -> str:
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": "en-IN"})
    token = (await response.get_json())["token"]
    assert (await shop.add(token, sku)).status_code == 200
    if email:
        patch = {"email": email, "marketing_consent": consent, "name": "Asha Rao"}
        assert (await shop.widget("PATCH", f"/carts/{token}", patch)).status_code == 200
    return str(token)


async def _reprice(shop: ShopFixture, price: int) -> None:
    response = await shop.admin("PUT", "/products/MUG", {**MUG, "price": price})
    assert response.status_code == 200, await response.get_json()


async def _tick(background: Background) -> int:
    await background.automations()
    return await background.outbox_worker().drain()


async def test_cart_holders_and_viewers_hear_of_the_drop_with_both_prices(
        shop, service, background, inbox) -> None:
    messages, _ = inbox
    in_cart = await subscribe(shop, service, "visitor-cart")
    await _cart_with(shop, "visitor-cart", "MUG", "asha@example.com")
    viewer = await subscribe(shop, service, "visitor-view")
    assert (await shop.widget("POST", "/views", {"visitor_id": "visitor-view",
                                                 "sku": "MUG"})).status_code == 204
    other = await subscribe(shop, service, "visitor-tea")
    await _cart_with(shop, "visitor-tea", "TEA")

    await _reprice(shop, 42000)
    assert await _tick(background) == 3  # two pushes and one email

    [push] = service.messages_for(in_cart)
    assert shown(push)["title"] == "Price drop: Blue mug"
    assert "₹420.00" in shown(push)["body"] and "₹500.00" in shown(push)["body"]
    target = await destination(push)
    assert target.startswith("http://shop.test/") and "pushcart_add=MUG" in target
    assert len(service.messages_for(viewer)) == 1
    assert service.messages_for(other) == []  # a cart without the mug
    [mail] = messages.to("asha@example.com")
    assert mail["Subject"] == "Price drop: Blue mug"
    html = mail.get_body(("html",)).get_content()
    assert "pushcart_add=MUG" in html and "/email/unsubscribe/" in html

    assert await _tick(background) == 0  # told once


async def test_no_message_for_a_small_drop_a_buyer_or_an_unsubscribed_address(
        shop, service, background, inbox) -> None:
    messages, _ = inbox
    bought = await subscribe(shop, service, "visitor-0001")
    token = await _cart_with(shop, "visitor-0001", "MUG", "buyer@example.com")
    response = await shop.widget("PATCH", f"/carts/{token}", {"address": {
        "line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
        "country": "IN"}})
    assert response.status_code == 200
    assert (await shop.widget("POST", "/views", {"visitor_id": "visitor-0001",
                                                 "sku": "MUG"})).status_code == 204
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201, await response.get_json()
    await background.outbox_worker().drain()  # the order confirmation
    sent_before = len(service.messages_for(bought))
    await _cart_with(shop, "visitor-0002", "MUG", "gone@example.com")
    await EmailSuppression.create(store_id=shop.store.id, email="gone@example.com",
                                  reason="unsubscribed", created_at=shop.store.created_at)

    await _reprice(shop, 49000)  # 2 %: under the 5 % threshold
    assert await _tick(background) == 0
    await _reprice(shop, 40000)
    assert await _tick(background) == 0
    assert len(service.messages_for(bought)) == sent_before  # bought it: nothing more
    assert messages.to("gone@example.com") == []
    reasons = {str(r) for r in await AutomationRun.all().values_list("reason", flat=True)}
    assert reasons == {"the shopper cannot be reached on this flow's channels"}


async def test_two_schedulers_racing_queue_each_message_once(shop, service, background,
                                                             settings, clock) -> None:
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(30)]
    for i in range(30):
        await _cart_with(shop, f"visitor-{i:04d}", "MUG")
    await _reprice(shop, 30000)
    other = Background(settings, clock, base_url="http://pushcart.test")
    await asyncio.gather(background.automations(), other.automations(),
                         background.automations())
    assert await Delivery.filter(flow="price_drop").count() == 30
    assert await AutomationRun.filter(status=RunStatus.SENT).count() == 30
    await background.outbox_worker().drain()
    assert all(len(service.messages_for(e)) == 1 for e in endpoints)


async def test_the_flow_can_be_turned_off_and_its_settings_are_checked(shop) -> None:
    response = await shop.admin("GET", "/automations/price_drop")
    body: dict[str, Any] = await response.get_json()
    assert response.status_code == 200 and body["enabled"] is True
    assert body["threshold_percent"] == 5
    bad = {**{k: body[k] for k in ("enabled", "delay_minutes", "channels", "cooldown_hours",
                                   "threshold_percent", "lookback_days")},
           "texts": {"en": {"title": "Now {new_price}! {oops}", "body": "Hurry"}}}
    response = await shop.admin("PUT", "/automations/price_drop", bad)
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] == "unknown_placeholder"
    response = await shop.admin("PUT", "/automations/price_drop",
                                {**bad, "texts": {}, "threshold_percent": 0})
    assert response.status_code == 400
    response = await shop.admin("PUT", "/automations/price_drop",
                                {**bad, "texts": {}, "enabled": False})
    assert response.status_code == 200 and (await response.get_json())["enabled"] is False
    await _reprice(shop, 10000)
    assert await AutomationRun.all().count() == 0


async def test_a_shopper_who_asked_to_be_told_hears_by_email(shop, background, inbox) -> None:
    messages, _ = inbox
    response = await shop.widget("POST", "/products/MUG/alerts", {
        "visitor_id": "visitor-watch", "channel": "email", "kind": "price",
        "email": "Watcher@Example.com", "consent": True, "locale": "en-IN"})
    assert response.status_code == 201, await response.get_json()
    await _reprice(shop, 45000)
    assert await _tick(background) == 1
    [mail] = messages.to("watcher@example.com")
    assert "₹450.00" in mail.get_body(("plain",)).get_content()
