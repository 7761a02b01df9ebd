"""Shoppers' privacy requests through the store API: the export holds everything about the
shopper, the erasure leaves nothing of them but anonymous orders, nothing is sent to the address
again (not even for a new cart), a racing cart update cannot bring the address back, and consents
say when, what text and which language. Email goes through a real SMTP server (aiosmtpd), push
through the test push service."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from tortoise import Tortoise

from server.checkout import carts
from server.errors import NotFound
from server.models import (
    Cart,
    Consent,
    DeliveryStatus,
    LoyaltyAccount,
    LoyaltyEntry,
    Order,
    OrderItem,
    ShopperErasure,
    Visitor,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from server.privacy import consents, erasure
from server.webhooks import events as webhooks
from tests.conftest import TEST_SECRET, ShopFixture
from tests.privacy.shoppers import ADDRESS, EMAIL, busy_shopper
from tests.push.service import PushService

LOCALES = "widget/locales"
TRACES = (EMAIL, "Asha Rao", "98450 12345", "12 MG Road", "560001", "Bengaluru")


async def _export(shop: ShopFixture, email: str = EMAIL) -> dict[str, Any]:
    response = await shop.admin("GET", f"/shoppers?email={email}")
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def _erase(shop: ShopFixture, email: str = EMAIL) -> dict[str, Any]:
    response = await shop.admin("DELETE", f"/shoppers?email={email}")
    assert response.status_code == 200, await response.get_json()
    return dict(await response.get_json())


async def _everything_stored() -> list[tuple[str, dict[str, Any]]]:
    """Every row of every table the models know, as (table, values)."""
    rows = []
    for model in Tortoise.apps["models"].values():
        for row in await model.all().values():
            rows.append((model._meta.db_table, row))
    return rows


async def _traces_left(*traces: str) -> list[str]:
    found = []
    for table, row in await _everything_stored():
        text = json.dumps(row, default=str, ensure_ascii=False)
        found += [f"{table}: {t}" for t in traces if t in text]
    return found


def _widget_text(lang: str, key: str) -> str:
    return str(json.loads(open(f"{LOCALES}/{lang}.json", encoding="utf-8").read())[key])


async def test_the_export_holds_everything_the_store_keeps_about_the_shopper(shop, service, background, clock) -> None:
    done = await busy_shopper(shop, service)
    assert await background.outbox_worker().drain() == 2  # the order's confirmation, twice
    export = await _export(shop, "  Asha@Example.com ")

    assert export["email"] == EMAIL and export["found"] is True
    [visitor] = export["visitors"]
    assert (visitor["name"], visitor["phone"], visitor["address"]["line1"]) == (
        "Asha Rao", "+91 98450 12345", "12 MG Road")
    [order] = export["orders"]
    assert order["number"] == done["order"]["number"] and order["total"] == 249900
    assert [(i["sku"], i["quantity"]) for i in order["items"]] == [("KETTLE", 1)]
    assert {(c["status"], tuple(i["sku"] for i in c["items"])) for c in export["carts"]} == {
        ("converted", ("KETTLE",)), ("open", ("TEA",))}
    [sub] = export["push_subscriptions"]
    assert sub["endpoint"] == done["endpoint"] and sub["is_active"]
    assert "p256dh" not in sub and "auth" not in sub  # the browser's keys are not handed out
    assert [v["sku"] for v in export["product_views"]] == ["TEA"]
    assert sorted((d["channel"], d["title"]) for d in export["deliveries"]) == [
        ("email", "Order #1001 confirmed"), ("push", "Order #1001 confirmed")]
    assert {(c["channel"], c["granted"], c["language"]) for c in export["consents"]} == {
        ("push", True, "en"), ("email", True, "en")}
    email_consent = next(c for c in export["consents"] if c["channel"] == "email")
    assert email_consent["text"] == _widget_text("en", "consent")
    assert email_consent["at"] == clock.now().isoformat()


async def test_feedback_and_alerts_are_in_the_export(shop, service, background, clock) -> None:
    done = await busy_shopper(shop, service)
    order = await Order.get(number=done["order"]["number"])
    await Order.filter(id=order.id).update(feedback_rating=4, feedback_comment="Lovely kettle",
                                           feedback_at=clock.now())
    await shop.admin("PUT", "/products/MUG", {"name": "Blue mug", "price": 50000, "stock": 0})
    response = await shop.widget("POST", "/products/MUG/alerts", {
        "visitor_id": "visitor-0002", "channel": "email", "email": EMAIL, "consent": True,
        "locale": "hi"})
    assert response.status_code == 201, await response.get_json()
    export = await _export(shop)
    assert export["feedback"] == [{"order": "1001", "rating": 4, "comment": "Lovely kettle",
                                   "at": clock.now().isoformat()}]
    assert [(a["sku"], a["channel"]) for a in export["product_alerts"]] == [("MUG", "email")]
    alert_consent = next(c for c in export["consents"] if c["text_key"] == "notify_consent")
    assert (alert_consent["language"], alert_consent["text"]) == (
        "hi", _widget_text("hi", "notify_consent"))


async def test_erasure_leaves_only_anonymous_orders_with_their_amounts_and_items(shop, service, background, clock) -> None:
    done = await busy_shopper(shop, service)
    await background.outbox_worker().drain()
    order_before = await Order.get(number=done["order"]["number"])

    result = await _erase(shop)
    assert result["requested_by"] == f"api:sk_…{shop.secret_key[-4:]}"
    assert result["erased_at"] == clock.now().isoformat()
    assert result["erased"]["orders_anonymised"] == 1 and result["erased"]["visitors"] == 1

    assert await _traces_left(*TRACES, done["endpoint"]) == []  # in no table at all
    order = await Order.get(number=done["order"]["number"])
    assert order.email == f"{result['anonymous_id']}@erased.invalid"
    assert (order.total, order.subtotal, order.tax, order.currency) == (
        order_before.total, order_before.subtotal, order_before.tax, "INR")
    assert order.address == {"country": "IN"}
    assert [(i.sku, i.quantity, i.line_total) for i in await OrderItem.filter(order=order)] == [
        ("KETTLE", 1, 249900)]
    assert not await Visitor.exists() and not await Consent.exists()
    export = await _export(shop)
    assert export["found"] is False and export["orders"] == [] and export["visitors"] == []
    assert export["erasures"] == [{k: result[k] for k in ("erased_at", "anonymous_id",
                                                          "requested_by", "erased")}]


async def test_the_erasure_is_recorded_by_a_keyed_hash_not_the_address(shop, service) -> None:
    await busy_shopper(shop, service)
    await _erase(shop)
    [record] = await ShopperErasure.all()
    assert EMAIL not in json.dumps(await ShopperErasure.all().values(), default=str)
    assert record.email_hash == erasure.email_hash(TEST_SECRET, EMAIL)
    assert record.email_hash != erasure.email_hash("another-server-secret", EMAIL)
    assert await erasure.is_erased(TEST_SECRET, shop.store.id, "ASHA@example.com ")


async def test_nothing_is_sent_to_an_erased_address_not_even_for_a_new_cart(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})
    token = (await response.get_json())["token"]
    await shop.add(token, "TEA", 1)
    await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "marketing_consent": True})
    clock.advance(minutes=61)
    await background.recover()  # the first reminder is queued ...
    await _erase(shop)  # ... and the shopper is erased before it goes
    assert await background.outbox_worker().drain() == 0

    # the shopper comes back in another browser and gives the same address again
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0002"})
    again = (await response.get_json())["token"]
    await shop.add(again, "TEA", 1)
    response = await shop.widget("PATCH", f"/carts/{again}", {
        "email": EMAIL, "marketing_consent": True, "name": "Asha", "address": ADDRESS})
    assert response.status_code == 200
    clock.advance(minutes=61)
    await background.recover()
    await background.outbox_worker().drain()
    clock.advance(days=4)
    await background.recover()
    await background.outbox_worker().drain()
    response = await shop.widget("POST", f"/carts/{again}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201  # they can still buy ...
    await background.outbox_worker().drain()
    assert messages.to(EMAIL) == []  # ... but no reminder, offer or confirmation reaches them

    other = "ravi@example.com"  # while others still get theirs
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0003"})
    token = (await response.get_json())["token"]
    await shop.add(token, "TEA", 1)
    await shop.widget("PATCH", f"/carts/{token}", {"email": other, "marketing_consent": True})
    clock.advance(minutes=61)
    await background.recover()
    await background.outbox_worker().drain()
    assert len(messages.to(other)) == 1


async def test_a_cart_update_racing_the_erasure_does_not_bring_the_address_back(shop, service, clock) -> None:
    done = await busy_shopper(shop, service)
    # the widget's request has read the open cart by its token when the erasure runs
    cart, items = await carts.cart_with_items(shop.store, done["cart"])
    await _erase(shop)
    with pytest.raises(NotFound):  # its write is conditional on the token the erasure changed
        await carts.update_details(shop.store, cart, {
            "email": EMAIL, "marketing_consent": True, "name": "Asha Rao"}, clock.now())
    # a consent recorded from a cart read before the erasure is taken back
    given = await consents.record_consent(
        shop.store, channel="email", is_granted=True, now=clock.now(), source="widget",
        email=EMAIL, text_key=consents.EMAIL_CONSENT, language="en")
    assert await erasure.undo_if_erased(cart, [given]) is True
    assert await _traces_left(EMAIL, "Asha Rao") == []
    # and through the API: the old token is no longer a cart
    response = await shop.widget("PATCH", f"/carts/{done['cart']}", {"email": EMAIL})
    assert response.status_code == 404


async def test_concurrent_cart_updates_and_erasure_leave_no_trace(shop, service) -> None:
    done = await busy_shopper(shop, service)

    async def typing(i: int) -> None:
        await shop.widget("PATCH", f"/carts/{done['cart']}", {
            "email": EMAIL, "marketing_consent": i % 2 == 0, "name": "Asha Rao"})

    await asyncio.gather(*(typing(i) for i in range(6)), _erase(shop),
                         *(typing(i) for i in range(6, 12)))
    assert await _traces_left(EMAIL, "Asha Rao") == []


async def test_erasing_again_erases_what_came_since_and_each_time_is_recorded(shop, service) -> None:
    await busy_shopper(shop, service)
    await _erase(shop)
    await busy_shopper(shop, service, visitor="visitor-0009")
    second = await _erase(shop)
    assert second["erased"]["orders_anonymised"] == 1
    assert await ShopperErasure.all().count() == 2
    assert await _traces_left(*TRACES) == []


async def test_consent_says_which_language_and_text_and_unsubscribing_withdraws_it(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001", "locale": "bn"})
    token = (await response.get_json())["token"]
    await shop.add(token, "TEA", 1)
    await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "marketing_consent": True,
                                                   "locale": "ur"})
    await shop.widget("PATCH", f"/carts/{token}", {"name": "Asha"})  # no change: no new row
    clock.advance(minutes=61)
    await background.recover()
    await background.outbox_worker().drain()
    [mail] = messages.to(EMAIL)
    link = mail["List-Unsubscribe"].strip("<>").split("pushcart.test", 1)[1]
    assert (await shop.client.post(link)).status_code == 200

    rows = (await _export(shop))["consents"]
    assert [(c["channel"], c["granted"], c["language"], c["source"]) for c in rows] == [
        ("email", True, "ur", "widget"), ("email", False, "ur", "unsubscribe_link")]
    assert rows[0]["text"] == _widget_text("ur", "consent") != _widget_text("en", "consent")


async def test_push_consent_keeps_the_prompt_shown_and_turning_it_off_withdraws(shop, service: PushService, clock) -> None:
    response = await shop.admin("PATCH", "/store", {"push_prompt": {
        "title": "Tea news?", "body": "Only when a new harvest lands."}})
    assert response.status_code == 200, await response.get_json()
    await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})  # the visitor exists
    endpoint, keys = service.subscribe()
    await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": "visitor-0001", "subscription": keys.subscription(endpoint),
        "locale": "gu"})
    await shop.widget("POST", "/push/subscriptions", {  # the same browser again: not new
        "visitor_id": "visitor-0001", "subscription": keys.subscription(endpoint),
        "locale": "gu"})
    assert (await shop.widget("POST", "/push/unsubscribe", {"endpoint": endpoint})
            ).status_code == 200
    rows = await Consent.filter(channel="push").order_by("id")
    assert [(c.is_granted, c.language) for c in rows] == [(True, "gu"), (False, "gu")]
    assert rows[0].text == f"Tea news?\nOnly when a new harvest lands.\n[{_widget_text('gu', 'allow')}]"


async def test_another_channel_records_consent_through_the_same_function(shop, clock) -> None:
    consent = await consents.record_consent(
        shop.store, channel="whatsapp", is_granted=True, now=clock.now(), source="api",
        email=" Asha@Example.com", text="Send me order updates on WhatsApp", language="hi-IN")
    assert (consent.channel, consent.email, consent.language) == ("whatsapp", EMAIL, "hi")
    assert [c["channel"] for c in (await _export(shop))["consents"]] == ["whatsapp"]


async def test_cart_consent_rows_are_never_updated_only_added(shop) -> None:
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})
    token = (await response.get_json())["token"]
    for given in (True, False, True):
        await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "marketing_consent": given})
    assert [c.is_granted for c in await Consent.all().order_by("id")] == [True, False, True]
    assert (await Cart.get(token=token)).marketing_consent is True


async def test_a_bounced_address_leaves_no_trace_in_suppressions_or_errors(shop, service, background, inbox) -> None:
    bounced = "asha.bounce@example.com"  # the SMTP server refuses it for good (550)
    await busy_shopper(shop, service, email=bounced)
    await background.outbox_worker().drain()
    export = await _export(shop, bounced)
    assert [s["reason"] for s in export["email_suppressions"]] == ["bounced"]
    await _erase(shop, bounced)
    assert await _traces_left(bounced) == []


async def test_an_order_placed_while_the_shopper_was_erased_is_anonymised_too(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    cart = await shop.ready_to_order()  # asha@example.com, Asha Rao, 12 MG Road
    response = await shop.widget("POST", f"/carts/{cart['token']}/order",
                                 {"payment_method": "cash_on_delivery"})
    number = (await response.get_json())["number"]
    # as if the erasure had committed while this order was being placed: the erasure ran
    # first and saw no order; its cart's token changed under the order being written
    cart_id = (await Order.get(number=number)).cart_id
    await _erase(shop)
    placed = await Order.get(number=number)
    await Order.filter(id=placed.id).update(email=EMAIL, name="Asha Rao", address=ADDRESS,
                                            cart_id=cart_id)  # what the racing order wrote
    placed = await Order.get(number=number)
    assert await erasure.undo_order_if_erased(shop.store, placed, cart["token"],
                                              server_secret=TEST_SECRET, now=clock.now())
    assert await _traces_left(EMAIL, "Asha Rao", "12 MG Road") == []
    [record] = await ShopperErasure.all()
    assert (await Order.get(number=number)).email == f"{record.anonymous_id}@erased.invalid"
    await background.outbox_worker().drain()
    assert messages.to(EMAIL) == []


async def test_an_order_placed_normally_is_left_alone(shop, clock) -> None:
    cart = await shop.ready_to_order()
    response = await shop.widget("POST", f"/carts/{cart['token']}/order",
                                 {"payment_method": "cash_on_delivery"})
    placed = await Order.get(number=(await response.get_json())["number"])
    assert not await erasure.undo_order_if_erased(shop.store, placed, cart["token"],
                                                  server_secret=TEST_SECRET, now=clock.now())
    assert (await Order.get(id=placed.id)).email == EMAIL


async def test_text_message_consent_is_recorded_per_channel_with_the_text_shown(shop, clock) -> None:
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001", "locale": "hi"})
    token = (await response.get_json())["token"]
    for change in ({"email": EMAIL, "phone": "+91 98450 12345", "sms_consent": True},
                   {"whatsapp_consent": True}, {"name": "Asha"}, {"sms_consent": False}):
        response = await shop.widget("PATCH", f"/carts/{token}", change)
        assert response.status_code == 200, await response.get_json()
    rows = (await _export(shop))["consents"]
    assert [(c["channel"], c["granted"], c["language"]) for c in rows] == [
        ("sms", True, "hi"), ("whatsapp", True, "hi"), ("sms", False, "hi")]
    assert rows[0]["text"] == _widget_text("hi", "consent_sms")
    assert rows[1]["text"] == _widget_text("hi", "consent_whatsapp")
    [cart] = (await _export(shop))["carts"]
    assert (cart["sms_consent"], cart["whatsapp_consent"]) == (False, True)
    await _erase(shop)
    erased = await Cart.get(id=cart["id"])
    assert not erased.sms_consent and not erased.whatsapp_consent and erased.phone == ""


async def test_the_shoppers_webhook_events_are_exported_then_erased_and_not_sent(shop, clock) -> None:
    response = await shop.widget("POST", "/carts", {"visitor_id": "visitor-0001"})
    token = (await response.get_json())["token"]
    await shop.add(token, "TEA", 1)
    await shop.widget("PATCH", f"/carts/{token}", {"email": EMAIL, "name": "Asha Rao",
                                                   "address": ADDRESS})
    endpoint = await WebhookEndpoint.create(  # as the store API saves one (its checks aside)
        store_id=shop.store.id, url="https://hooks.example.com/pushcart",
        events=["order.placed"], secret_sealed="x", secret_hint="x", created_at=clock.now(),
        updated_at=clock.now())
    webhooks.forget_subscriptions()
    order = await shop.widget("POST", f"/carts/{token}/order", {"payment_method": "upi"})
    assert order.status_code == 201, await order.get_json()
    [event] = (await _export(shop))["webhook_events"]
    assert event["type"] == "order.placed" and EMAIL in json.dumps(event["data"])
    [queued] = await WebhookDelivery.filter(endpoint_id=endpoint.id)
    assert queued.status == DeliveryStatus.QUEUED

    await _erase(shop)
    assert await _traces_left(*TRACES) == []
    assert (await WebhookDelivery.get(id=queued.id)).status == DeliveryStatus.EXPIRED
    assert (await WebhookEvent.get(event_id=event["id"])).payload["data"] == {"erased": True}


async def test_loyalty_points_are_exported_and_the_ledger_is_kept_under_the_anonymous_id(shop, clock) -> None:
    from tests.loyalty.conftest import cart_of, credit, enable, proven

    await enable(shop)
    cart = await cart_of(shop, email=EMAIL)
    await proven(cart["token"])
    await credit(shop, 500, email=EMAIL)
    loyalty = (await _export(shop))["loyalty"]
    assert loyalty["points"] == 500 and loyalty["entries"][0]["reason"] == "welcome gift"

    erased = await _erase(shop)
    assert erased["erased"]["loyalty_accounts"] == 1
    assert await _traces_left(*TRACES) == []
    [account] = await LoyaltyAccount.filter(store_id=shop.store.id)
    assert account.email == f"{erased['anonymous_id']}@erased.invalid"
    assert await LoyaltyEntry.filter(account_id=account.id).count() == 1  # the figures stay
    assert (await _export(shop))["loyalty"] is None
