"""The abandoned-cart sequence end to end: detection, three steps over push (decrypted by the
test push service) and email (received by aiosmtpd), links followed, stops, caps, quiet hours,
idempotency, and the metrics the store API reports. The clock is frozen and moved by hand."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from typing import Any
from urllib.parse import parse_qs, urlsplit

from server.background import Background
from server.models import Cart, DiscountCode, EmailSuppression, Order
from tests.conftest import ShopFixture, found
from tests.declarative import destination, shown
from tests.push.service import PushService

EMAIL = "asha@example.com"


async def _abandon(shop: ShopFixture, service: PushService | None, *, visitor: str = "visitor-0001",
                   email: str | None = EMAIL, consent: bool = True, locale: str = "en-IN",
                   name: str = "Asha Rao", timezone: str = "Asia/Kolkata") -> dict[str, Any]:
    """A shopper adds two things, leaves their email (and maybe allows push), then leaves."""
    response = await shop.widget("POST", "/carts", {"visitor_id": visitor, "locale": locale,
                                                    "timezone": timezone})
    cart = await response.get_json()
    token = cart["token"]
    assert (await shop.add(token, "KETTLE", 1)).status_code == 200
    assert (await shop.add(token, "TEA", 2)).status_code == 200
    details: dict[str, Any] = {"name": name, "locale": locale}
    if email:
        details |= {"email": email, "marketing_consent": consent}
    assert (await shop.widget("PATCH", f"/carts/{token}", details)).status_code == 200
    endpoint = None
    if service is not None:
        endpoint, keys = service.subscribe()
        response = await shop.widget("POST", "/push/subscriptions", {
            "visitor_id": visitor, "subscription": keys.subscription(endpoint),
            "timezone": timezone})
        assert response.status_code == 201
    return {"token": token, "endpoint": endpoint}


async def _tick(background: Background) -> int:
    """One pass of the scheduler, then the outbox drained."""
    await background.recover()
    return await background.outbox_worker().drain()


def _link(text: str) -> str:
    match = re.search(r"http://shop\.test/\?pushcart_cart=[\w.\-]+", text)
    assert match, text[:500]
    return match.group(0)


def _token(url: str) -> str:
    return parse_qs(urlsplit(url).query)["pushcart_cart"][0]


async def test_three_steps_reach_push_and_email_once_each(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    left = await _abandon(shop, service)
    clock.advance(minutes=30)
    assert await _tick(background) == 0  # not abandoned yet

    clock.advance(minutes=31)  # an hour since the last activity: step 1
    assert await _tick(background) == 2
    [push] = service.messages_for(left["endpoint"])
    assert shown(push)["title"] == "Need a hand, Asha?"
    assert (await destination(push)).startswith("http://shop.test/?pushcart_cart=")
    [mail] = messages.to(EMAIL)
    assert mail["Subject"] == "Need a hand, Asha?"
    assert mail["From"] == "Test Shop <shop@pushcart.test>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail["List-Unsubscribe"].startswith("<http://pushcart.test/email/unsubscribe/")
    html = mail.get_body(("html",)).get_content()
    text = mail.get_body(("plain",)).get_content()
    assert "Copper kettle × 1" in html and "Assam tea × 2" in html
    assert "Only 2 left" in html  # the kettle's stock is low
    assert "Return to your cart" in text and _link(text) == _link(html.replace("&amp;", "&"))

    assert await _tick(background) == 0  # nothing is sent twice
    clock.advance(hours=23)  # 24 h after the last activity: step 2
    assert await _tick(background) == 2
    assert shown(service.messages_for(left["endpoint"])[1])["title"] == "Your items are waiting"
    body = shown(service.messages_for(left["endpoint"])[1])["body"]
    assert "Copper kettle, Assam tea" in body and "₹" in body

    clock.advance(hours=48)  # 72 h: the incentive
    assert await _tick(background) == 2
    third = service.messages_for(left["endpoint"])[2]
    code = found(r"BACK-[0-9A-F]{8}", shown(third)["body"], 0)
    discount = await DiscountCode.get(code=code)
    assert (discount.kind.value, discount.value, discount.usage_limit) == ("percent", 10, 1)
    last_mail = messages.to(EMAIL)[-1]
    assert code in last_mail.get_body(("html",)).get_content()
    assert "valid until" in last_mail.get_body(("plain",)).get_content()

    clock.advance(days=10)
    assert await _tick(background) == 0  # the sequence is over
    assert len(service.messages_for(left["endpoint"])) == 3 and len(messages.to(EMAIL)) == 3


async def test_steps_speak_the_shoppers_language(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    left = await _abandon(shop, service, locale="hi-IN", name="आशा राव")
    clock.advance(minutes=61)
    await _tick(background)
    assert shown(service.messages_for(left["endpoint"])[0])["title"] == "क्या मदद चाहिए, आशा?"
    mail = messages.to(EMAIL)[0]
    assert "अपने कार्ट पर लौटें" in mail.get_body(("html",)).get_content()
    clock.advance(hours=23)
    await _tick(background)
    second = service.messages_for(left["endpoint"])[1]
    assert shown(second)["title"] == "आपका सामान इंतज़ार कर रहा है"
    assert "कुल ₹" in shown(second)["body"]


async def test_merchant_texts_replace_the_defaults_and_are_escaped_in_email(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["email"], "template": "items",
         "texts": {"en": {"title": "Still thinking, {first_name}?",
                          "body": "Your {items} ({total}) wait for you."}}}]})
    assert response.status_code == 200, await response.get_json()
    await _abandon(shop, None, name="<script>alert(1)</script>")
    clock.advance(minutes=61)
    assert await _tick(background) == 1
    mail = messages.to(EMAIL)[0]
    assert mail["Subject"] == "Still thinking, <script>alert(1)</script>?"
    html = mail.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


async def test_an_order_between_steps_stops_the_sequence(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service)
    clock.advance(minutes=61)
    await _tick(background)
    assert len(service.messages_for(left["endpoint"])) == 1
    token = left["token"]
    await shop.widget("PATCH", f"/carts/{token}", {"address": {
        "line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
        "country": "IN"}})
    order = await shop.widget("POST", f"/carts/{token}/order",
                              {"payment_method": "cash_on_delivery"})
    assert order.status_code == 201
    for _ in range(4):
        clock.advance(hours=24)
        await _tick(background)
    # no more reminders: what came after the first is the order's confirmation
    pushes = service.messages_for(left["endpoint"])
    assert [shown(p)["title"] for p in pushes] == ["Need a hand, Asha?", "Order #1001 confirmed"]
    assert [m["Subject"] for m in inbox[0].to(EMAIL)] == ["Need a hand, Asha?",
                                                          "Order #1001 confirmed"]


async def test_a_reminder_queued_before_the_shopper_came_back_is_not_sent(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service)
    clock.advance(minutes=61)
    await background.recover()  # queued, not yet sent
    clock.advance(seconds=5)
    assert (await shop.add(left["token"], "MUG")).status_code == 200  # they are back
    await background.outbox_worker().drain()
    assert service.messages_for(left["endpoint"]) == [] and inbox[0].to(EMAIL) == []
    clock.advance(hours=26)  # 24 h and more since they were back (18:31 in Kolkata)
    await _tick(background)
    # The scan sees the new spell of inactivity; the sequence goes on at step 2.
    assert [shown(m)["title"] for m in service.messages_for(left["endpoint"])] == [
        "Your items are waiting"]


async def test_one_click_unsubscribe_stops_email_but_not_push(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    left = await _abandon(shop, service)
    clock.advance(minutes=61)
    await _tick(background)
    url = messages.to(EMAIL)[0]["List-Unsubscribe"].strip("<>")
    path = urlsplit(url).path
    page = await shop.client.get(path)  # a link checker opening it changes nothing
    assert page.status_code == 200 and "Stop emails from Test Shop" in await page.get_data(True)
    assert not await EmailSuppression.exists(email=EMAIL)
    one_click = await shop.client.post(path, form={"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    assert "gets no more emails" in await one_click.get_data(True)
    assert (await EmailSuppression.get(email=EMAIL)).reason == "unsubscribed"
    clock.advance(hours=23)
    await _tick(background)
    assert len(messages.to(EMAIL)) == 1
    assert len(service.messages_for(left["endpoint"])) == 2
    forged = await shop.client.get(path[:-3] + "xyz")
    assert forged.status_code == 404 and "not valid" in await forged.get_data(True)


async def test_unsubscribed_everywhere_ends_the_sequence(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service, consent=False)
    clock.advance(minutes=61)
    await _tick(background)
    assert len(service.messages_for(left["endpoint"])) == 1 and inbox[0].messages == []
    response = await shop.widget("POST", "/push/unsubscribe", {"endpoint": left["endpoint"]})
    assert (await response.get_json())["status"] == "unsubscribed"
    clock.advance(hours=23)
    await _tick(background)
    assert len(service.messages_for(left["endpoint"])) == 1
    cart = await Cart.get(token=left["token"])
    assert cart.recovery_next_at is None and cart.reachable is False


async def test_quiet_hours_wait_for_the_morning_in_the_shoppers_zone(shop, service, background, clock, inbox) -> None:
    # 10:00 UTC is 07:00 in São Paulo: inside the default quiet hours (21:00-08:00).
    clock.advance(hours=-1, minutes=-1)  # the shopper leaves at 05:59 there
    left = await _abandon(shop, service, timezone="America/Sao_Paulo")
    clock.advance(minutes=61)  # due at 07:00 local
    await _tick(background)
    assert service.messages_for(left["endpoint"]) == []
    cart = await Cart.get(token=left["token"])
    assert cart.recovery_next_at is not None
    assert cart.recovery_next_at.isoformat().startswith("2026-01-15T11:00:00")  # 08:00 there
    clock.advance(minutes=59)
    await _tick(background)
    assert service.messages_for(left["endpoint"]) == []
    clock.advance(minutes=1)
    await _tick(background)
    assert len(service.messages_for(left["endpoint"])) == 1


async def test_daily_cap_defers_a_step_until_the_window_frees(shop, service, background, clock, inbox) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    settings["daily_cap"] = 1
    assert (await shop.admin("PUT", "/recovery/settings", settings)).status_code == 200
    left = await _abandon(shop, service, consent=False)
    response = await shop.admin("POST", "/campaigns", {"title": "Flash sale", "url":
                                                       "https://shop.test/sale"})
    assert response.status_code == 201
    await background.schedule()
    await background.outbox_worker().drain()  # today's one message
    clock.advance(minutes=61)
    await _tick(background)
    assert [shown(m)["title"] for m in service.messages_for(left["endpoint"])] == ["Flash sale"]
    clock.advance(hours=22, minutes=58)
    await _tick(background)
    assert len(service.messages_for(left["endpoint"])) == 1
    clock.advance(minutes=2)  # 24 h after the campaign
    await _tick(background)
    assert [shown(m)["title"] for m in service.messages_for(left["endpoint"])][1] == "Need a hand, Asha?"


async def test_steps_are_queued_once_by_concurrent_schedulers_and_restarted_workers(shop, service, background, settings, clock, inbox) -> None:
    carts = [await _abandon(shop, service, visitor=f"visitor-{i:04d}", email=f"s{i}@example.com")
             for i in range(8)]
    clock.advance(minutes=61)
    others = [Background(settings, clock, base_url="http://pushcart.test") for _ in range(2)]
    await asyncio.gather(background.recover(), *(o.recover() for o in others))
    first, second = background.outbox_worker(batch_size=3), others[0].outbox_worker(batch_size=3)
    dying = others[1].outbox_worker(batch_size=2)
    assert len(await dying.claim()) == 2  # claims two rows, then "dies"
    await asyncio.gather(first.drain(), second.drain())
    clock.advance(minutes=3)  # its lease runs out; a restarted worker finishes the job
    await Background(settings, clock, base_url="http://pushcart.test").outbox_worker(
        lease_seconds=60).drain()
    per_subscriber = Counter(r.subscriber for r in service.received)
    assert len(per_subscriber) == 8 and set(per_subscriber.values()) == {1}
    assert Counter(m["To"] for m in inbox[0].messages) == Counter(
        {f"s{i}@example.com": 1 for i in range(8)})
    assert len(carts) == 8


async def test_a_bounce_marks_the_address_unreachable(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service, email="bounce@example.com")
    clock.advance(minutes=61)
    await _tick(background)
    suppressed = await EmailSuppression.get(email="bounce@example.com")
    assert suppressed.reason == "bounced" and "550" in suppressed.detail
    assert len(service.messages_for(left["endpoint"])) == 1


async def test_recovery_link_restores_the_cart_with_its_code_and_counts_as_recovered(shop, service, background, clock, inbox) -> None:
    messages, _ = inbox
    left = await _abandon(shop, service)
    clock.advance(minutes=61)
    await _tick(background)
    clock.advance(hours=23)
    await _tick(background)
    clock.advance(hours=48)
    await _tick(background)
    mail = messages.to(EMAIL)[-1]
    link = _link(mail.get_body(("plain",)).get_content())
    # Another device: a new visitor follows the link.
    restored = await shop.widget("POST", "/carts/restore", {"link": _token(link)})
    body = await restored.get_json()
    assert restored.status_code == 200, body
    assert body["token"] == left["token"]
    assert body["breakdown"]["discount_code"].startswith("BACK-")
    assert body["breakdown"]["discount"] > 0
    cart = await Cart.get(token=left["token"])
    assert cart.recovery_landed_at == clock.now()
    await shop.widget("PATCH", f"/carts/{left['token']}", {"address": {
        "line1": "12 MG Road", "city": "Bengaluru", "region": "KA", "postal_code": "560001",
        "country": "IN"}})
    order = await shop.widget("POST", f"/carts/{left['token']}/order",
                              {"payment_method": "cash_on_delivery"})
    placed = await order.get_json()
    assert order.status_code == 201, placed
    stored = await Order.get(number=placed["number"]).prefetch_related("attributed_delivery")
    assert stored.attributed_delivery is not None
    assert stored.attributed_delivery.step == 3
    assert stored.attributed_delivery.channel == "email"

    metrics = await (await shop.admin("GET", "/recovery/metrics?days=7")).get_json()
    totals = metrics["totals"]
    assert (totals["abandoned"], totals["reachable"], totals["recovered"]) == (1, 1, 1)
    assert totals["recovered_revenue"] == placed["total"]
    assert totals["reminded"] == 3 and totals["clicked"] == 1
    step3 = [s for s in metrics["by_step"] if s["step"] == 3 and s["channel"] == "email"][0]
    assert (step3["sent"], step3["clicked"], step3["recovered"]) == (1, 1, 1)
    assert len(metrics["days"]) == 7


async def test_an_expired_code_is_refused_but_the_cart_still_comes_back(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service)
    for hours in (61 / 60, 23, 48):
        clock.advance(hours=hours)
        await _tick(background)
    link = (await destination(service.messages_for(left["endpoint"])[2]))
    code = found(r"BACK-[0-9A-F]{8}", shown(service.messages_for(left["endpoint"])[2])["body"], 0)
    clock.advance(hours=49)  # valid for 48 hours
    restored = await shop.widget("POST", "/carts/restore", {"link": _token(link)})
    body = await restored.get_json()
    assert restored.status_code == 200 and body["token"] == left["token"]
    assert body["notice"] == "discount_expired" and body["breakdown"]["discount_code"] is None
    again = await shop.widget("PATCH", f"/carts/{left['token']}",
                              {"discount_code": code})
    assert again.status_code == 400
    assert (await again.get_json())["error"]["code"] == "invalid_discount"  # one answer for all


async def test_tampered_links_are_refused_and_reveal_no_cart(shop, service, background, clock, inbox) -> None:
    left = await _abandon(shop, service)
    clock.advance(minutes=61)
    await _tick(background)
    token = _token(await destination(service.messages_for(left["endpoint"])[0]))
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "x" * 40,
                token.replace(".", "", 1)):
        response = await shop.widget("POST", "/carts/restore", {"link": bad})
        body = await response.get_json()
        assert response.status_code in (400, 404) and "token" not in body
        assert body["error"]["code"] == "invalid_link"


async def test_unreachable_carts_count_as_abandoned_and_get_nothing(shop, service, background, clock, inbox) -> None:
    await _abandon(shop, None, consent=False)
    await _abandon(shop, None, visitor="visitor-0002", email=None)
    clock.advance(minutes=61)
    await _tick(background)
    clock.advance(hours=80)
    await _tick(background)
    assert inbox[0].messages == [] and service.received == []
    totals = (await (await shop.admin("GET", "/recovery/metrics")).get_json())["totals"]
    assert (totals["abandoned"], totals["reachable"], totals["reminded"]) == (2, 0, 0)


async def test_recovery_settings_are_validated(shop) -> None:
    defaults = await (await shop.admin("GET", "/recovery/settings")).get_json()
    assert [s["delay_minutes"] for s in defaults["steps"]] == [60, 1440, 4320]
    assert defaults["quiet_hours"] == {"start": 21, "end": 8} and defaults["daily_cap"] == 3
    bad = [
        {"steps": [{"delay_minutes": 120, "channels": ["push"]},
                   {"delay_minutes": 60, "channels": ["push"]}]},
        {"steps": [{"delay_minutes": 60, "channels": ["telegram"]}]},
        {"steps": [{"delay_minutes": 60, "channels": ["push"],
                    "incentive": {"kind": "percent", "value": 0}}]},
        {"steps": [{"delay_minutes": 60, "channels": ["push"],
                    "texts": {"fr": {"title": "Bonjour", "body": "Votre panier"}}}]},
        {"steps": [{"delay_minutes": 60, "channels": ["push"]}],
         "landing_url": "https://evil.example/"},
        {"steps": []},
    ]
    for settings in bad:
        response = await shop.admin("PUT", "/recovery/settings", settings)
        assert response.status_code == 400, (settings, await response.get_json())
    assert (await (await shop.admin("GET", "/recovery/settings")).get_json()) == defaults
    other = await shop.widget("GET", "/recovery/settings")
    assert other.status_code == 401  # the public key cannot read or change it
