"""Order updates: the merchant records each step of an order's journey (shipped, out for
delivery, delivered, cancelled); steps that make no sense are refused; the order status page
shows the timeline in the shopper's language; and the buyer is told by push (decrypted by the
test push service) and email (aiosmtpd), transactional: without marketing consent, not to an
address that bounced. The clock is frozen and moved by hand."""

from __future__ import annotations

import asyncio
import re
from typing import Any
from urllib.parse import urlsplit

import pytest

from server.automations.settings import flow_settings, save_flow_settings
from server.checkout.fulfilment import record_fulfilment
from server.errors import ApiError
from server.messaging.suppressions import suppress_email
from server.models import (
    AutomationEvent,
    AutomationRun,
    EmailSuppression,
    Flow,
    Order,
    OrderEvent,
    OrderStatus,
    SuppressionReason,
)
from tests.checkout.test_post_purchase import EMAIL, _checkout
from tests.conftest import ShopFixture, found
from tests.declarative import destination, shown
from tests.push.service import PushService

TRACKING = "https://track.example.in/AWB123456"
BOUNCING = "bounce@example.com"  # the SMTP sink refuses it for good (550)


async def _buy(shop: ShopFixture, service: PushService | None = None, *, locale: str = "en-IN",
               email: str = EMAIL, payment: str = "cash_on_delivery",
               visitor: str = "visitor-0001") -> dict[str, Any]:
    """A shopper (who allowed push, if a service is given) buys a mug, without marketing
    consent; the order as the widget answers, with the push endpoint."""
    return await _checkout(shop, service, locale=locale, email=email, payment=payment,
                           visitor=visitor, items=(("MUG", 1),))


async def _order(shop: ShopFixture, number: str) -> Order:
    return await Order.get(store=shop.store, number=number)


async def _record(shop: ShopFixture, clock: Any, number: str, status: str, carrier: str = "",
                  tracking_url: str = "") -> OrderEvent:
    return await record_fulfilment(shop.store, await _order(shop, number), status, carrier,
                                   tracking_url, clock.now())


async def _refused(shop: ShopFixture, clock: Any, number: str, status: str,
                   tracking_url: str = "") -> ApiError:
    with pytest.raises(ApiError) as refused:
        await _record(shop, clock, number, status, tracking_url=tracking_url)
    return refused.value


def _path(url: str) -> str:
    return urlsplit(url).path


async def _page(shop: ShopFixture, order: dict[str, Any]) -> str:
    response = await shop.client.get(_path(order["status_url"]))
    assert response.status_code == 200
    return str(await response.get_data(as_text=True))


# -- the steps --------------------------------------------------------------------------------

async def test_each_step_is_kept_and_becomes_one_automation_event(shop, clock) -> None:
    order = await _buy(shop)
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    clock.advance(days=1)
    await _record(shop, clock, order["number"], "out_for_delivery", "Delhivery", TRACKING)
    clock.advance(hours=5)
    delivered = await _record(shop, clock, order["number"], "delivered")

    assert (await _order(shop, order["number"])).fulfilment_status == "delivered"
    steps = await OrderEvent.filter(order__number=order["number"]).order_by("created_at")
    assert [(s.status.value, s.carrier) for s in steps] == [
        ("shipped", "Delhivery"), ("out_for_delivery", "Delhivery"), ("delivered", "")]
    events = await AutomationEvent.filter(flow=Flow.ORDER_UPDATES).order_by("id")
    assert [e.data["status"] for e in events] == ["shipped", "out_for_delivery", "delivered"]
    assert events[0].data == {"status": "shipped", "carrier": "Delhivery",
                              "tracking_url": TRACKING, "event_id": steps[0].id}
    assert events[-1].data["event_id"] == delivered.id
    assert {e.order_id for e in events} == {(await _order(shop, order["number"])).id}


async def test_an_order_waiting_for_its_payment_cannot_ship_but_can_be_cancelled(shop, clock) -> None:
    order = await _buy(shop, payment="upi")
    assert order["status"] == "pending"
    for status in ("shipped", "out_for_delivery", "delivered"):
        refused = await _refused(shop, clock, order["number"], status)
        assert (refused.status, refused.code) == (409, "order_not_confirmed")
        assert "waiting for its payment" in refused.message
    await _record(shop, clock, order["number"], "cancelled")
    assert (await _order(shop, order["number"])).fulfilment_status == "cancelled"


async def test_an_order_whose_payment_failed_takes_no_step(shop, clock) -> None:
    order = await _buy(shop, payment="card")
    await Order.filter(store=shop.store, number=order["number"]).update(status=OrderStatus.FAILED)
    for status in ("shipped", "cancelled"):
        refused = await _refused(shop, clock, order["number"], status)
        assert refused.code == "order_not_confirmed" and "payment failed" in refused.message
    assert not await OrderEvent.exists() and not await AutomationEvent.exists()


async def test_nothing_follows_delivered_or_cancelled(shop, clock) -> None:
    delivered = await _buy(shop)
    await _record(shop, clock, delivered["number"], "delivered")
    cancelled = await _buy(shop, email="ravi@example.com", visitor="visitor-0002")
    await _record(shop, clock, cancelled["number"], "cancelled")

    for number, status in ((delivered["number"], "cancelled"), (delivered["number"], "shipped"),
                           (cancelled["number"], "shipped"), (cancelled["number"], "delivered")):
        refused = await _refused(shop, clock, number, status)
        assert (refused.status, refused.code) == (409, "order_closed"), (number, status)
    assert (await _refused(shop, clock, delivered["number"], "delivered")).code == \
        "status_unchanged"
    assert await OrderEvent.all().count() == 2 and await AutomationEvent.all().count() == 2


async def test_the_same_step_twice_tells_nobody_twice_and_no_step_goes_back(shop, clock) -> None:
    order = await _buy(shop)
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    with pytest.raises(ApiError) as again:
        await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    assert (again.value.status, again.value.code) == (409, "status_unchanged")

    corrected = TRACKING + "0"  # a corrected link is a step of its own
    await _record(shop, clock, order["number"], "shipped", "Delhivery", corrected)
    await _record(shop, clock, order["number"], "out_for_delivery")
    refused = await _refused(shop, clock, order["number"], "shipped")
    assert refused.code == "invalid_transition" and "cannot go back" in refused.message
    assert [e.data["tracking_url"] for e in await AutomationEvent.all().order_by("id")] == [
        TRACKING, corrected, ""]


async def test_two_requests_at_once_record_the_step_once(shop, clock) -> None:
    order = await _buy(shop)
    results = await asyncio.gather(
        *(_record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
          for _ in range(3)), return_exceptions=True)
    refused = [r for r in results if isinstance(r, ApiError)]
    assert len(refused) == 2, results
    assert {r.code for r in refused} <= {"status_unchanged", "order_changed"}
    assert await OrderEvent.all().count() == 1 and await AutomationEvent.all().count() == 1


async def test_a_step_may_be_skipped(shop, clock) -> None:
    order = await _buy(shop)
    await _record(shop, clock, order["number"], "delivered")
    assert (await _order(shop, order["number"])).fulfilment_status == "delivered"


async def test_bad_values_are_refused_before_anything_is_written(shop, clock) -> None:
    order = await _buy(shop)
    for url in ("javascript:alert(1)", "ftp://track.example/1", "track.example/1"):
        refused = await _refused(shop, clock, order["number"], "shipped", tracking_url=url)
        assert (refused.status, refused.code) == (400, "invalid_tracking_url"), url
    assert (await _refused(shop, clock, order["number"], "lost")).code == "invalid_status"
    with pytest.raises(ApiError) as long_name:
        await _record(shop, clock, order["number"], "shipped", carrier="x" * 101)
    assert long_name.value.code == "invalid_carrier"
    assert not await OrderEvent.exists() and not await AutomationEvent.exists()
    assert (await _order(shop, order["number"])).fulfilment_status == ""


async def test_a_store_that_turned_order_updates_off_records_steps_but_sends_nothing(shop, clock) -> None:
    settings = flow_settings(shop.store, Flow.ORDER_UPDATES)
    await save_flow_settings(shop.store, Flow.ORDER_UPDATES,
                             settings.model_copy(update={"enabled": False}))
    order = await _buy(shop)
    await _record(shop, clock, order["number"], "shipped")
    assert await OrderEvent.all().count() == 1
    assert not await AutomationEvent.exists()


# -- the order status page --------------------------------------------------------------------

async def test_the_order_page_shows_the_timeline_on_the_stores_clock(shop, clock) -> None:
    order = await _buy(shop)
    assert 'class="timeline"' not in await _page(shop, order)
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)  # 10:00 UTC
    clock.advance(days=1, hours=2)
    await _record(shop, clock, order["number"], "out_for_delivery", "Delhivery", TRACKING)

    page = await _page(shop, order)
    assert "Status: Out for delivery" in page
    timeline = found(r'<ol class="timeline">(.*?)</ol>', page, flags=re.S)
    steps = re.findall(r'data-status="(\w+)">\s*<strong>([^<]+)</strong> <time[^>]*>([^<]+)<',
                       timeline)
    assert steps == [("out_for_delivery", "Out for delivery", "16 Jan 2026, 17:30"),
                     ("shipped", "Shipped", "15 Jan 2026, 15:30")]  # Asia/Kolkata, UTC+5:30
    assert "Carrier: Delhivery" in timeline
    assert f'<a href="{TRACKING}" target="_blank" rel="noopener noreferrer">Track your parcel</a>' \
        in timeline
    assert 'aria-current="step">Out for delivery</li>' in page


async def test_the_order_page_speaks_the_shoppers_language(shop, clock) -> None:
    order = await _buy(shop, locale="hi-IN")
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    page = await _page(shop, order)
    assert "डिलीवरी की जानकारी" in page and "भेज दिया गया" in page
    assert "कूरियर: Delhivery" in page and "अपना पार्सल ट्रैक करें" in page

    urdu = await _buy(shop, locale="ur-PK", email="bilal@example.com", visitor="visitor-0002")
    await _record(shop, clock, urdu["number"], "delivered")
    page = await _page(shop, urdu)
    assert 'dir="rtl"' in page and "پہنچ گیا" in page and "ڈیلیوری کی تازہ معلومات" in page


async def test_a_cancelled_order_says_so_on_its_page(shop, clock) -> None:
    order = await _buy(shop)
    await _record(shop, clock, order["number"], "cancelled")
    page = await _page(shop, order)
    assert "Status: Cancelled" in page and 'class="track"' not in page


# -- telling the buyer ------------------------------------------------------------------------

def _updates(messages: Any, address: str) -> list[Any]:
    return [m for m in messages.to(address) if "confirmed" not in m["Subject"]
            and "की पुष्टि" not in m["Subject"]]


async def _confirmed(background: Any) -> None:
    """The order confirmation goes out first, so what follows is the update alone."""
    await background.outbox_worker().drain()


async def test_the_buyer_is_told_by_push_and_email_with_the_tracking_link(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _buy(shop, service)
    await _confirmed(background)
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    await background.automations()
    assert await background.outbox_worker().drain() == 2

    [push] = service.messages_for(order["endpoint"])[1:]
    assert shown(push)["title"] == f"Order #{order['number']}: Shipped"
    assert (await destination(push)).startswith("http://pushcart.test/orders/")
    [mail] = _updates(messages, EMAIL)
    assert mail["Subject"] == f"Order #{order['number']}: Shipped"
    text = mail.get_body(("plain",)).get_content()
    assert "Carrier: Delhivery" in text and f"Track your parcel: {TRACKING}" in text
    assert mail["List-Unsubscribe"] is None  # transactional: nothing to unsubscribe from

    await background.automations()
    assert await background.outbox_worker().drain() == 0  # told once


async def test_each_step_is_a_message_of_its_own_in_the_buyers_language(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _buy(shop, service, locale="hi-IN")
    await _confirmed(background)
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    await background.automations()
    assert await background.outbox_worker().drain() == 2
    clock.advance(days=1)
    await _record(shop, clock, order["number"], "delivered")
    await background.automations()
    assert await background.outbox_worker().drain() == 2

    number = order["number"]
    assert [shown(p)["title"] for p in service.messages_for(order["endpoint"])[1:]] == [
        f"ऑर्डर #{number}: भेज दिया गया", f"ऑर्डर #{number}: पहुँच गया"]
    mails = _updates(messages, EMAIL)
    assert [m["Subject"] for m in mails] == [f"ऑर्डर #{number}: भेज दिया गया",
                                              f"ऑर्डर #{number}: पहुँच गया"]
    assert "अपना पार्सल ट्रैक करें" in mails[0].get_body(("plain",)).get_content()


async def test_a_buyer_who_unsubscribed_from_marketing_is_still_told(shop, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _buy(shop)
    await _confirmed(background)
    await suppress_email(shop.store.id, EMAIL, SuppressionReason.UNSUBSCRIBED, clock.now())
    await _record(shop, clock, order["number"], "shipped", "Delhivery", TRACKING)
    await background.automations()
    await background.outbox_worker().drain()
    assert [m["Subject"] for m in _updates(messages, EMAIL)] == [
        f"Order #{order['number']}: Shipped"]


async def test_an_address_that_bounced_gets_no_email_but_the_push_still_goes(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    order = await _buy(shop, service, email=BOUNCING)
    await _confirmed(background)  # the confirmation bounces: the address is refused for good
    assert (await EmailSuppression.get(email=BOUNCING)).reason == SuppressionReason.BOUNCED
    await _record(shop, clock, order["number"], "delivered")
    await background.automations()
    assert await background.outbox_worker().drain() == 1
    assert shown(service.messages_for(order["endpoint"])[-1])["title"] == \
        f"Order #{order['number']}: Delivered"
    assert messages.messages == []


async def test_a_bounced_buyer_without_push_is_not_messaged_at_all(shop, background, clock, inbox) -> None:
    order = await _buy(shop, email=BOUNCING)
    await _confirmed(background)
    await _record(shop, clock, order["number"], "shipped")
    await background.automations()
    assert await background.outbox_worker().drain() == 0
    [run] = await AutomationRun.filter(flow=Flow.ORDER_UPDATES)
    assert run.status.value == "skipped" and "cannot be reached" in run.reason
