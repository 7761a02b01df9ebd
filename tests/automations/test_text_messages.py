# ruff: noqa: F811 (the provider's fixtures are imported, and named again as arguments)
"""Automations by SMS and WhatsApp: a price drop told by text to the shopper who agreed to that
channel (and not to one who did not), in their language, through the signed message webhook to
a real local provider; its link puts the item in the cart; quiet hours hold it; a stop condition
met before sending (the price went back up) keeps it from going."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from server.background import Background
from server.models import AutomationRun, Channel, Delivery, DeliveryStatus, Flow, RunStatus
from tests.automations.shoppers import enable
from tests.conftest import ShopFixture
from tests.text_provider import TextProvider, provider, provider_port, settings  # noqa: F401

MUG = {"name": "Blue mug", "price": 50000, "category": "kitchen", "stock": 10}


async def _cart_with_mug(shop: ShopFixture, visitor: str, phone: str, locale: str = "en-IN",
                         **consent: bool) -> None:
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": locale,
                                                    "timezone": "Asia/Kolkata"})
    token = (await response.get_json())["token"]
    assert (await shop.add(token, "MUG")).status_code == 200
    details: dict[str, Any] = {"name": "Asha Rao", "phone": phone, **consent}
    response = await shop.widget("PATCH", f"/carts/{token}", details)
    assert response.status_code == 200, await response.get_json()


async def _reprice(shop: ShopFixture, price: int) -> None:
    response = await shop.admin("PUT", "/products/MUG", {**MUG, "price": price})
    assert response.status_code == 200, await response.get_json()


async def _tick(background: Background) -> int:
    await background.automations()
    return await background.outbox_worker().drain()


async def test_a_price_drop_goes_by_text_to_those_who_agreed(shop, provider: TextProvider,
                                                             background) -> None:
    await enable(shop, Flow.PRICE_DROP, channels=[Channel.PUSH, Channel.EMAIL, Channel.SMS, Channel.WHATSAPP])
    await _cart_with_mug(shop, "visitor-sms", "+91 90000 00001", sms_consent=True)
    await _cart_with_mug(shop, "visitor-hi", "+91 90000 00002", locale="hi-IN",
                         whatsapp_consent=True)
    await _cart_with_mug(shop, "visitor-none", "+91 90000 00003")
    await _reprice(shop, 42000)
    assert await _tick(background) == 2

    [sms] = provider.to("+919000000001")
    assert provider.received[0].signed
    assert sms["channel"] == "sms" and sms["flow"] == "price_drop"
    assert sms["text"].startswith("Test Shop: Blue mug is now ₹420.00 (was ₹500.00):")
    assert sms["text"].endswith(sms["link"]) and sms["shopper"].startswith("v:")
    [whatsapp] = provider.to("+919000000002")
    assert whatsapp["channel"] == "whatsapp"
    assert whatsapp["text"].startswith("Test Shop: Blue mug अब ₹420.00 (पहले ₹500.00):")
    assert provider.to("+919000000003") == []  # a number, but no box ticked
    skipped: list[Any] = await AutomationRun.filter(status=RunStatus.SKIPPED).values_list(
        "reason", flat=True)
    assert skipped == ["the shopper cannot be reached on this flow's channels"]

    response = await shop.client.get(urlsplit(sms["link"]).path)
    assert response.status_code in (302, 303)
    assert "pushcart_add=MUG" in response.headers["Location"]  # the item goes in the cart
    assert await Delivery.filter(channel="sms", clicked_at__isnull=False).count() == 1
    assert await _tick(background) == 0  # told once


async def test_a_text_is_not_sent_once_the_price_went_back_up(shop, provider: TextProvider,
                                                              background) -> None:
    await enable(shop, Flow.PRICE_DROP, channels=[Channel.SMS])
    await _cart_with_mug(shop, "visitor-sms", "+91 90000 00001", sms_consent=True)
    await _reprice(shop, 42000)
    await background.automations()  # queued
    await _reprice(shop, 50000)  # back up before the outbox got to it
    await background.outbox_worker().drain()
    assert provider.received == []
    [delivery] = await Delivery.filter(channel="sms")
    assert delivery.status == DeliveryStatus.EXPIRED
    assert delivery.last_error == "the price went back up"


async def test_quiet_hours_hold_an_automations_text(shop, provider: TextProvider, background,
                                                    clock) -> None:
    await enable(shop, Flow.PRICE_DROP, channels=[Channel.SMS])
    await _cart_with_mug(shop, "visitor-sms", "+91 90000 00001", sms_consent=True)
    clock.advance(hours=6)  # 16:00 UTC: 21:30 in Kolkata
    await _reprice(shop, 42000)
    assert await _tick(background) == 0
    assert provider.received == []
    clock.advance(hours=11)  # 08:30 there
    assert await _tick(background) == 1
    assert len(provider.to("+919000000001")) == 1
