"""Recommendations where the shopper reads them after the cart: the order confirmation email
(received over SMTP by aiosmtpd), the order status page, and the cart-recovery reminders (a
rich block, and `{recommendations}` in the merchant's texts)."""

from __future__ import annotations

from urllib.parse import urlsplit

from server.background import Background
from tests.conftest import ShopFixture
from tests.recommendations.conftest import ADDRESS, buy

EMAIL = "meera@example.com"


async def _tea_goes_with_mugs(shop: ShopFixture, background: Background) -> None:
    response = await shop.admin("PUT", "/products/TEA", {
        "name": "Assam tea", "price": 34900, "category": "tea", "url": "https://shop.test/tea",
        "image_url": "https://shop.test/tea.jpg"})
    assert response.status_code == 200, await response.get_json()
    await buy(shop, "MUG", "TEA")
    await buy(shop, "MUG", "TEA")
    await background.outbox_worker().drain()  # their own confirmations


async def test_the_confirmation_email_and_order_page_say_what_goes_well_with_the_order(shop, background, inbox) -> None:
    messages, _ = inbox
    await _tea_goes_with_mugs(shop, background)
    token = (await shop.new_cart("visitor-meera"))["token"]
    assert (await shop.add(token, "MUG")).status_code == 200
    await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "name": "Meera Shah",
                                                   "address": ADDRESS})
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    order = await response.get_json()
    assert await background.outbox_worker().drain() == 1

    [mail] = messages.to(EMAIL)
    html = mail.get_body(("html",)).get_content()
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "Goes well with your order" in html
    assert '<a href="https://shop.test/tea"' in html and "Assam tea" in html
    assert 'src="https://shop.test/tea.jpg"' in html and "₹349.00" in html
    assert "Goes well with your order:\n- Assam tea: ₹349.00 (https://shop.test/tea)" in text

    page = await shop.client.get(urlsplit(order["status_url"]).path)
    body = await page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Goes well with your order" in body and ">Assam tea</a>" in body


async def test_a_store_that_turns_recommendations_off_sends_none(shop, background, inbox) -> None:
    messages, _ = inbox
    await _tea_goes_with_mugs(shop, background)
    await shop.admin("PUT", "/recommendations/settings", {"enabled": False})
    await buy(shop, "MUG")
    assert await background.outbox_worker().drain() == 1
    mail = messages.messages[-1]
    assert "Blue mug" in mail.get_body(("html",)).get_content()
    assert "Goes well with" not in mail.get_body(("html",)).get_content()


async def test_reminders_show_what_goes_well_with_the_cart(shop, background, clock, inbox) -> None:
    messages, _ = inbox
    await _tea_goes_with_mugs(shop, background)
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["email"], "template": "items",
         "texts": {"en": {"title": "Your mug is waiting, {first_name}",
                          "body": "It goes well with {recommendations}."}}}]})
    assert response.status_code == 200, await response.get_json()
    token = (await shop.new_cart("visitor-meera"))["token"]
    assert (await shop.add(token, "MUG")).status_code == 200
    await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "name": "Meera Shah",
                                                   "marketing_consent": True})
    clock.advance(minutes=61)
    await background.recover()
    assert await background.outbox_worker().drain() == 1

    [mail] = messages.to(EMAIL)
    html = mail.get_body(("html",)).get_content()
    assert "It goes well with Assam tea." in html
    assert "Goes well with your cart" in html and '<a href="https://shop.test/tea"' in html
    assert "- Assam tea: ₹349.00" in mail.get_body(("plain",)).get_content()
