# ruff: noqa: F811 (the provider's fixtures are imported, and named again as arguments)
"""Cart reminders by SMS and WhatsApp, end to end: the shopper's per-channel consent given in
the widget's API, the step queued through the gates (consent, quiet hours, the daily cap), the
outbox POSTing the signed message webhook to a real local provider (tests/text_provider.py,
which checks every signature), the provider's answers recorded, and the link counted when
followed. The clock is frozen and moved by hand."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from server.background import Background
from server.messaging.message_webhook import UnsafeWebhook, _CheckedPool
from server.models import Cart, Delivery, DeliveryStatus, Order
from tests.conftest import ShopFixture
from tests.text_provider import TextProvider, provider, provider_port, settings  # noqa: F401

PHONE = "+91 98765 43210"
E164 = "+919876543210"
QUIET = {"start": 21, "end": 8}
STEPS: list[dict[str, Any]] = [
    {"delay_minutes": 60, "channels": ["push", "email", "sms", "whatsapp"], "template": "help"},
    {"delay_minutes": 24 * 60, "channels": ["sms"], "template": "items"},
]


@pytest.fixture(autouse=True)
async def sequence(shop: ShopFixture, provider: TextProvider) -> None:
    response = await shop.admin("PUT", "/recovery/settings", {"steps": STEPS,
                                                              "quiet_hours": QUIET})
    assert response.status_code == 200, await response.get_json()


async def _abandon(shop: ShopFixture, *, visitor: str = "visitor-0001", phone: str = PHONE,
                   sms: bool | None = True, whatsapp: bool | None = None,
                   locale: str = "en-IN", timezone: str = "Asia/Kolkata") -> str:
    """A shopper puts tea in a cart and leaves their phone number, ticking the boxes given."""
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": locale,
                                                    "timezone": timezone})
    token = str((await response.get_json())["token"])
    assert (await shop.add(token, "TEA", 2)).status_code == 200
    details: dict[str, Any] = {"name": "Asha Rao", "phone": phone}
    if sms is not None:
        details["sms_consent"] = sms
    if whatsapp is not None:
        details["whatsapp_consent"] = whatsapp
    response = await shop.widget("PATCH", f"/carts/{token}", details)
    assert response.status_code == 200, await response.get_json()
    return token


async def _tick(background: Background) -> int:
    await background.recover()
    return await background.outbox_worker().drain()


async def test_a_reminder_goes_by_sms_to_a_shopper_who_agreed(shop, provider, background,
                                                              clock) -> None:
    token = await _abandon(shop)
    cart = await (await shop.widget("GET", f"/carts/{token}")).get_json()
    assert cart["phone"] == E164 and cart["sms_consent"] is True
    assert cart["whatsapp_consent"] is False  # its own box, not ticked
    clock.advance(minutes=61)
    assert await _tick(background) == 1  # no push subscription, no email: the SMS alone

    [message] = provider.messages
    assert provider.received[0].signed and provider.received[0].signature.startswith("t=")
    assert message["channel"] == "sms" and message["to"] == E164 and message["flow"] == "cart"
    assert message["text"].startswith("Test Shop: your cart is saved.")
    assert message["text"].endswith(" " + message["link"])
    assert message["link"].startswith("http://pushcart.test/click/")
    assert message["shopper"].startswith("v:")
    [delivery] = await Delivery.filter(channel="sms")
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.last_status_code == 200
    assert "SM0001" in delivery.last_error  # the provider's answer, kept

    response = await shop.client.get(urlsplit(message["link"]).path)
    assert response.status_code in (302, 303)
    assert response.headers["Location"].startswith("http://shop.test/?pushcart_cart=")
    assert (await Delivery.get(id=delivery.id)).clicked_at is not None

    clock.advance(hours=23)  # step 2: SMS only, its own words
    assert await _tick(background) == 1
    assert "Assam tea are still in your cart" in provider.messages[1]["text"]


async def test_no_text_without_consent_and_each_channel_by_its_own(shop, provider, background,
                                                                   clock) -> None:
    await _abandon(shop, visitor="visitor-0001", phone="+91 90000 00001", sms=None)
    await _abandon(shop, visitor="visitor-0002", phone="+91 90000 00002", sms=False,
                   whatsapp=True)
    clock.advance(minutes=61)
    await _tick(background)
    assert provider.to("+919000000001") == []  # gave a number, ticked nothing
    [only] = provider.to("+919000000002")
    assert only["channel"] == "whatsapp"


async def test_quiet_hours_hold_the_text_until_morning(shop, provider, background,
                                                       clock) -> None:
    clock.advance(hours=5)  # 15:00 UTC: 20:30 in Kolkata
    await _abandon(shop)
    clock.advance(minutes=61)  # 21:31 there: quiet until 08:00
    assert await _tick(background) == 0
    assert provider.received == []
    clock.advance(hours=10, minutes=30)  # 08:01 in Kolkata
    assert await _tick(background) == 1
    assert len(provider.to(E164)) == 1


async def test_the_daily_cap_counts_text_messages(shop, provider, background, clock) -> None:
    await shop.admin("PUT", "/recovery/settings", {"steps": STEPS, "quiet_hours": QUIET,
                                                   "daily_cap": 1})
    await _abandon(shop, whatsapp=True)
    clock.advance(minutes=61)
    await _tick(background)
    assert [m["channel"] for m in provider.messages] == ["sms", "whatsapp"]  # one step
    clock.advance(hours=23)  # step 2 is due, but two messages went within 24 hours
    assert await _tick(background) == 0
    clock.advance(hours=1, minutes=2)
    assert await _tick(background) == 1


async def test_busy_provider_is_retried_and_a_refusal_recorded(shop, provider, background,
                                                               clock) -> None:
    provider.answers = [429]
    await _abandon(shop)
    clock.advance(minutes=61)
    await _tick(background)
    [delivery] = await Delivery.filter(channel="sms")
    assert delivery.status == DeliveryStatus.QUEUED and delivery.last_status_code == 429
    clock.advance(seconds=31)  # its Retry-After
    await background.outbox_worker().drain()
    assert (await Delivery.get(id=delivery.id)).status == DeliveryStatus.DELIVERED
    assert len(provider.messages) == 2  # the same message, twice: the provider's id dedupes
    assert provider.messages[0]["id"] == provider.messages[1]["id"] == str(delivery.id)

    provider.answers = [400]
    await _abandon(shop, visitor="visitor-0002", phone="+91 90000 00002")
    clock.advance(minutes=61)
    await _tick(background)
    [refused] = [d for d in await Delivery.filter(channel="sms")
                 if d.payload["to"] == "+919000000002"]
    assert refused.status == DeliveryStatus.FAILED and refused.last_status_code == 400
    assert "provider says 400" in refused.last_error


async def test_consent_withdrawn_before_sending_stops_the_text(shop, provider, background,
                                                               clock) -> None:
    token = await _abandon(shop)
    clock.advance(minutes=61)
    await background.recover()  # queued
    await Cart.filter(token=token).update(sms_consent=False)  # taken back meanwhile
    await background.outbox_worker().drain()
    assert provider.received == []
    [delivery] = await Delivery.filter(channel="sms")
    assert delivery.status == DeliveryStatus.EXPIRED
    assert "withdrew their consent" in delivery.last_error


async def test_a_webhook_host_that_resolves_to_loopback_is_never_contacted(provider) -> None:
    # "localhost" is not listed (only 127.0.0.1:port is): resolved when it is requested, and
    # refused before any connection, whatever the URL said
    pool = _CheckedPool(())
    with pytest.raises(UnsafeWebhook, match="not a public address"):
        await pool.post(f"http://localhost:{provider.port}/messages", {}, b"{}")
    assert provider.received == []


async def test_a_channel_the_store_no_longer_offers_is_not_used(shop, provider, background,
                                                                clock) -> None:
    await _abandon(shop, whatsapp=True)  # both boxes ticked
    response = await shop.admin("PUT", "/text-messages/settings",
                                {"webhook_url": provider.url, "channels": ["sms"]})
    assert response.status_code == 200
    clock.advance(minutes=61)
    await _tick(background)
    assert [m["channel"] for m in provider.messages] == ["sms"]


async def test_an_order_after_the_texts_link_is_credited_to_it(shop, provider, background,
                                                               clock) -> None:
    token = await _abandon(shop)
    clock.advance(minutes=61)
    await _tick(background)
    [message] = provider.messages
    await shop.client.get(urlsplit(message["link"]).path)  # the shopper taps the link
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "email": "asha@example.com", "address": {
            "line1": "12 MG Road", "city": "Bengaluru", "region": "KA",
            "postal_code": "560001", "country": "IN"}})
    assert response.status_code == 200
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201, await response.get_json()
    [delivery] = await Delivery.filter(channel="sms")
    order = await Order.get(number=(await response.get_json())["number"])
    assert order.attributed_delivery_id == delivery.id
