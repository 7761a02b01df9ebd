"""After a purchase: the order confirmation by email (aiosmtpd) and push (decrypted by the test
push service), the order status page it links to, and the optional feedback request days later
with its rating form. The clock is frozen and moved by hand."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from server.background import Background
from server.checkout.orders import sign_webhook
from server.models import Delivery, EmailSuppression, Order
from tests.conftest import ShopFixture, found
from tests.declarative import destination, shown
from tests.push.service import PushService

EMAIL = "asha@example.com"
ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
           "country": "IN"}


async def _checkout(shop: ShopFixture, service: PushService | None, *, locale: str = "en-IN",
                    email: str = EMAIL, payment: str = "cash_on_delivery",
                    visitor: str = "visitor-0001",
                    items: tuple[tuple[str, int], ...] = (("KETTLE", 1), ("TEA", 2)),
                    ) -> dict[str, Any]:
    """A shopper (who allowed push, if a service is given) buys *items* (a kettle and two teas),
    giving no marketing consent; the order as the widget answers, with the push endpoint."""
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": locale})
    token = (await response.get_json())["token"]
    for sku, quantity in items:
        assert (await shop.add(token, sku, quantity)).status_code == 200
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "email": email, "name": "Asha Rao", "address": ADDRESS, "marketing_consent": False})
    assert response.status_code == 200, await response.get_json()
    endpoint = None
    if service is not None:
        endpoint, keys = service.subscribe()
        response = await shop.widget("POST", "/push/subscriptions", {
            "visitor_id": visitor, "subscription": keys.subscription(endpoint)})
        assert response.status_code == 201
    response = await shop.widget("POST", f"/carts/{token}/order", {"payment_method": payment})
    assert response.status_code == 201, await response.get_json()
    return {**await response.get_json(), "endpoint": endpoint}


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _html(mail: Any) -> str:
    return mail.get_body(("html",)).get_content()


def _text(mail: Any) -> str:
    return mail.get_body(("plain",)).get_content()


async def _webhook(shop: ShopFixture, clock: Any, order: dict[str, Any], status: str) -> Any:
    body = json.dumps({"order_number": order["number"], "status": status,
                       "amount": order["total"], "currency": "INR",
                       "provider_reference": "upi_123"}).encode()
    signature = sign_webhook(shop.secret_key, int(clock.now().timestamp()), body)
    return await shop.client.post(
        f"/api/v1/webhooks/payments/{shop.store.public_key}", data=body,
        headers={"X-Pushcart-Signature": signature, "Content-Type": "application/json"})


async def test_an_order_is_confirmed_by_email_and_push_linking_to_its_status_page(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _checkout(shop, service)
    assert order["status_url"].split("/orders/")[0] == "http://localhost"
    assert await background.outbox_worker().drain() == 2

    [mail] = messages.to(EMAIL)  # sent without marketing consent: it is not marketing
    assert mail["Subject"] == "Order #1001 confirmed"
    assert mail["List-Unsubscribe"] is None
    html, text = _html(mail), _text(mail)
    assert "Copper kettle × 1" in html and "Assam tea × 2" in html
    assert "Thank you for your order, Asha." in html
    assert "₹3,197.00" in html and "Cash on delivery" in html and "12 MG Road" in html
    assert f"View your order: {order['status_url']}" in text
    assert order["status_url"] in html

    [push] = service.messages_for(order["endpoint"])
    assert shown(push)["title"] == "Order #1001 confirmed"
    assert shown(push)["body"] == "Thank you, Asha! Total ₹3,197.00. Tap to see your order."
    assert (await destination(push)) == order["status_url"]

    page = await shop.client.get(_path(order["status_url"]))
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "private, no-store"
    body = await page.get_data(as_text=True)
    assert "Order #1001" in body and "Received: the shop is preparing it" in body
    assert "Copper kettle × 1" in body and "₹3,197.00" in body and "Bengaluru" in body
    assert 'name="rating"' not in body  # feedback is off by default

    clock.advance(days=30)
    assert await background.outbox_worker().drain() == 0  # nothing else follows by default
    assert await background.recover() is None and await background.outbox_worker().drain() == 0


async def test_an_online_payment_is_confirmed_when_it_is_paid_and_only_once(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _checkout(shop, service, payment="upi")
    assert order["status"] == "pending"
    assert await background.outbox_worker().drain() == 0  # not paid yet: no confirmation
    body = await (await shop.client.get(_path(order["status_url"]))).get_data(as_text=True)
    assert "Waiting for payment" in body

    assert (await _webhook(shop, clock, order, "paid")).status_code == 200
    assert (await _webhook(shop, clock, order, "paid")).status_code == 200  # a repeat
    assert await background.outbox_worker().drain() == 2
    assert [m["Subject"] for m in messages.to(EMAIL)] == ["Order #1001 confirmed"]
    assert len(service.messages_for(order["endpoint"])) == 1
    assert "UPI" in _html(messages.to(EMAIL)[0])
    body = await (await shop.client.get(_path(order["status_url"]))).get_data(as_text=True)
    assert "Paid: the shop is preparing it" in body


async def test_a_failed_payment_confirms_nothing(shop, service, background, clock, inbox) -> None:
    order = await _checkout(shop, service, payment="card")
    assert (await _webhook(shop, clock, order, "failed")).status_code == 200
    assert await background.outbox_worker().drain() == 0
    assert inbox[0].to(EMAIL) == [] and service.messages_for(order["endpoint"]) == []
    body = await (await shop.client.get(_path(order["status_url"]))).get_data(as_text=True)
    assert "Payment failed" in body


async def test_the_confirmation_and_page_speak_the_shoppers_language(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _checkout(shop, service, locale="hi-IN")
    await background.outbox_worker().drain()
    [mail] = messages.to(EMAIL)
    assert mail["Subject"] == "ऑर्डर #1001 की पुष्टि हो गई"
    html = _html(mail)
    assert 'lang="hi"' in html and "कैश ऑन डिलीवरी" in html and "अपना ऑर्डर देखें" in html
    assert shown(service.messages_for(order["endpoint"])[0])["body"].startswith("धन्यवाद, Asha!")
    body = await (await shop.client.get(_path(order["status_url"]))).get_data(as_text=True)
    assert "ऑर्डर #1001" in body and "मिल गया: दुकान इसे तैयार कर रही है" in body

    urdu = await _checkout(shop, None, locale="ur-PK", email="bilal@example.com",
                           visitor="visitor-0002")
    await background.outbox_worker().drain()
    [mail] = messages.to("bilal@example.com")
    assert mail["Subject"] == "آرڈر #1002 کی تصدیق ہو گئی" and 'dir="rtl"' in _html(mail)
    body = await (await shop.client.get(_path(urdu["status_url"]))).get_data(as_text=True)
    assert 'dir="rtl"' in body


async def test_unsubscribed_addresses_get_confirmations_but_bounced_ones_get_nothing(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    await EmailSuppression.create(store=shop.store, email=EMAIL, reason="unsubscribed",
                                  created_at=clock.now())
    await EmailSuppression.create(store=shop.store, email="gone@example.com", reason="bounced",
                                  created_at=clock.now())
    await _checkout(shop, None)
    await _checkout(shop, None, email="gone@example.com", visitor="visitor-0002")
    await background.outbox_worker().drain()
    assert [m["Subject"] for m in messages.to(EMAIL)] == ["Order #1001 confirmed"]
    assert messages.to("gone@example.com") == []
    assert not await Delivery.exists(email_to="gone@example.com")


async def _enable_feedback(shop: ShopFixture, **feedback: Any) -> dict[str, Any]:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    assert settings["post_purchase"]["feedback"]["enabled"] is False
    settings["post_purchase"]["feedback"] = {"enabled": True, "after_days": 7, **feedback}
    response = await shop.admin("PUT", "/recovery/settings", settings)
    assert response.status_code == 200, await response.get_json()
    return await response.get_json()


async def test_a_feedback_request_comes_days_later_and_the_rating_reaches_the_merchant(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    await _enable_feedback(shop)
    order = await _checkout(shop, service)
    assert await background.outbox_worker().drain() == 2  # the confirmations only
    clock.advance(days=6, hours=23)
    assert await background.outbox_worker().drain() == 0
    clock.advance(hours=1)
    assert await background.outbox_worker().drain() == 2

    feedback = messages.to(EMAIL)[-1]
    assert feedback["Subject"] == "How was your order from Test Shop?"
    assert feedback["List-Unsubscribe"].startswith("<http://localhost/email/unsubscribe/")
    push = service.messages_for(order["endpoint"])[-1]
    assert shown(push)["body"] == "How happy are you with order #1001? Tap to rate it."
    assert (await destination(push)) == order["status_url"] + "#feedback"
    four = found(r"4 of 5: (\S+)", _text(feedback))
    assert four == order["status_url"] + "?rating=4#feedback"

    page = await (await shop.client.get(_path(four.split("#")[0]))).get_data(as_text=True)
    assert re.search(r'value="4"\s+checked', page)
    action = found(r'<form method="post" action="([^"]+)"', page)
    response = await shop.client.post(action.split("#")[0], form={
        "rating": "4", "comment": "Lovely <b>tea</b>, slow courier"})
    assert response.status_code == 200
    body = await response.get_data(as_text=True)
    assert "Thank you for your feedback!" in body
    assert "Lovely &lt;b&gt;tea&lt;/b&gt;" in body and "<b>tea</b>" not in body

    stored = await (await shop.admin("GET", "/orders/1001")).get_json()
    assert stored["feedback"]["rating"] == 4
    assert stored["feedback"]["comment"] == "Lovely <b>tea</b>, slow courier"


async def test_feedback_goes_to_the_merchants_review_page_and_respects_unsubscribes(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    await _enable_feedback(shop, url="https://shop.test/reviews", after_days=2)
    order = await _checkout(shop, service)
    await background.outbox_worker().drain()
    [confirmation] = messages.to(EMAIL)
    unsubscribe = re.search(r"/email/unsubscribe/[\w.\-]+", confirmation.as_string())
    assert unsubscribe is None  # the confirmation has no unsubscribe link: it is not marketing
    await EmailSuppression.create(store=shop.store, email=EMAIL, reason="unsubscribed",
                                  created_at=clock.now())
    clock.advance(days=2)
    await background.outbox_worker().drain()
    assert len(messages.to(EMAIL)) == 1  # the feedback email was dropped
    last = service.messages_for(order["endpoint"])[-1]
    assert await destination(last) == "https://shop.test/reviews"
    dropped = await Delivery.get(email_to=EMAIL, step=2)
    assert dropped.status == "expired" and "unsubscribed" in dropped.last_error


async def test_order_links_cannot_be_forged_and_ratings_are_validated(shop, service, background, clock, inbox) -> None:
    order = await _checkout(shop, None)
    path = _path(order["status_url"])
    token = path.rsplit("/", 1)[1]
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    for bad in (f"/orders/{forged}", "/orders/x", f"/orders/{'a' * 2000}"):
        response = await shop.client.get(bad)
        assert response.status_code == 404
        assert "This order link is not valid" in await response.get_data(as_text=True)
    response = await shop.client.post(f"/orders/{forged}/feedback", form={"rating": "5"})
    assert response.status_code == 404
    for rating in ("0", "6", "five", ""):
        response = await shop.client.post(f"{path}/feedback", form={"rating": rating,
                                                                   "comment": "kept"})
        assert response.status_code == 400
        body = await response.get_data(as_text=True)
        assert "Choose from 1 to 5 stars." in body and ">kept</textarea>" in body
    assert (await Order.get(number="1001")).feedback_rating is None


async def test_post_purchase_settings_are_validated(shop) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    assert settings["post_purchase"] == {
        "confirmation_channels": ["push", "email"],
        "feedback": {"enabled": False, "after_days": 7, "channels": ["email", "push"],
                     "url": ""}}
    bad_settings: list[dict[str, Any]] = [
        {"feedback": {"enabled": True, "after_days": 0}},
        {"feedback": {"enabled": True, "url": "javascript:alert(1)"}},
        {"feedback": {"channels": []}},
        {"confirmation_channels": ["sms"]}]
    for bad in bad_settings:
        response = await shop.admin("PUT", "/recovery/settings",
                                    {**settings, "post_purchase": bad})
        assert response.status_code == 400, bad
        assert (await response.get_json())["error"]["code"] == "invalid_request"
    settings["post_purchase"]["confirmation_channels"] = []  # the shop sends its own
    assert (await shop.admin("PUT", "/recovery/settings", settings)).status_code == 200


async def test_a_shop_that_sends_its_own_confirmations_turns_them_off(shop, service, background: Background, clock, inbox) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    settings["post_purchase"]["confirmation_channels"] = ["push"]
    assert (await shop.admin("PUT", "/recovery/settings", settings)).status_code == 200
    order = await _checkout(shop, service)
    assert await background.outbox_worker().drain() == 1
    assert inbox[0].to(EMAIL) == []
    assert shown(service.messages_for(order["endpoint"])[0])["title"] == "Order #1001 confirmed"
