"""Back in stock: a restock tells the waiting shoppers in the order they asked, at most stock ×
the flow's factor of them; the others are told at the next restock."""

from __future__ import annotations

from typing import Any

from server.automations import back_in_stock  # noqa: F401  (registers the expander)
from server.automations.events import expand_due
from server.checkout.alerts import AlertRequest, ask_to_be_told
from server.models import AutomationRun, Flow, Product, ProductAlert, Store, Visitor
from tests.conftest import ShopFixture


async def set_stock(shop: ShopFixture, stock: int | None) -> None:
    response = await shop.admin("PUT", "/products/LAMP",
                                {"name": "Brass lamp", "price": 129900, "stock": stock})
    assert response.status_code in (200, 201), await response.get_json()


async def waiting_shoppers(shop: ShopFixture, clock: Any, count: int) -> list[str]:
    """*count* shoppers ask by email, a minute apart; their addresses in the order they asked."""
    store = await Store.get(id=shop.store.id)
    emails = []
    for i in range(count):
        clock.advance(minutes=1)
        email = f"shopper{i}@example.com"
        await ask_to_be_told(store, "LAMP", AlertRequest(
            visitor_key=f"visitor-{i:04d}", channel="email", email=email, consent=True,
            locale="hi"), clock.now(), email_enabled=True)
        emails.append(email)
    return emails


async def told(occurrence: str | None = None) -> list[str]:
    runs = AutomationRun.filter(flow=Flow.BACK_IN_STOCK)
    if occurrence:
        runs = runs.filter(occurrence=occurrence)
    return [str(e) for e in await runs.order_by("id").values_list("email", flat=True)]


async def test_a_restock_tells_stock_times_factor_in_the_order_they_asked(shop, clock) -> None:
    await set_stock(shop, 0)
    emails = await waiting_shoppers(shop, clock, 10)
    await set_stock(shop, 2)  # factor 3 by default: six of the ten
    await expand_due(clock.now())
    assert await told() == emails[:6]
    lamp = await Product.get(sku="LAMP")
    run = await AutomationRun.filter(flow=Flow.BACK_IN_STOCK).order_by("id").first()
    assert run is not None
    assert (run.subject, run.shopper) == (f"product:{lamp.id}", "e:shopper0@example.com")
    assert run.occurrence.startswith("restock:")
    assert run.data == {"product_id": lamp.id, "email_consent": True, "channel": "email",
                        "locale": "hi"}
    assert await ProductAlert.filter(notified_at__isnull=True).count() == 4

    await set_stock(shop, 0)  # sold out again, then the next restock tells the other four
    clock.advance(days=2)
    await set_stock(shop, 2)
    await expand_due(clock.now())
    runs = await AutomationRun.filter(flow=Flow.BACK_IN_STOCK).order_by("id")
    assert [r.email for r in runs] == emails
    assert runs[6].occurrence != runs[0].occurrence
    assert not await ProductAlert.filter(notified_at__isnull=True).exists()


async def test_a_restock_nobody_waits_for_tells_nobody(shop, clock) -> None:
    await set_stock(shop, 0)
    await set_stock(shop, 5)
    await expand_due(clock.now())
    assert await told() == []


async def test_stock_no_longer_tracked_tells_everyone_waiting(shop, clock) -> None:
    await set_stock(shop, 0)
    emails = await waiting_shoppers(shop, clock, 4)
    await set_stock(shop, None)
    await expand_due(clock.now())
    assert await told() == emails


async def test_push_alerts_are_told_by_push_as_their_visitor(shop, clock) -> None:
    await set_stock(shop, 0)
    store = await Store.get(id=shop.store.id)
    visitor = await Visitor.create(store=store, key="visitor-push-01")
    await ProductAlert.create(store=store, product=await Product.get(sku="LAMP"), kind="stock",
                              shopper=f"v:{visitor.id}", visitor=visitor, channel="push",
                              locale="ur", created_at=clock.now())
    await set_stock(shop, 1)
    await expand_due(clock.now())
    [run] = await AutomationRun.filter(flow=Flow.BACK_IN_STOCK)
    assert (run.shopper, run.visitor_id, run.email) == (f"v:{visitor.id}", visitor.id, None)
    assert run.data["channel"] == "push" and run.data["email_consent"] is False
    assert run.data["locale"] == "ur"


async def test_waiting_shoppers_are_emailed_in_their_language_and_told_once(
        shop, clock, background, inbox) -> None:
    messages, _ = inbox
    await set_stock(shop, 0)
    emails = await waiting_shoppers(shop, clock, 4)  # they asked in Hindi
    await set_stock(shop, 1)  # factor 3: the first three
    await background.automations()
    await background.outbox_worker().drain()
    assert sorted(m["To"] for m in messages.messages) == sorted(emails[:3])
    mail = messages.to(emails[0])[0]
    assert mail["Subject"] == "Brass lamp फिर से उपलब्ध है"
    assert "₹1,299.00" in mail.get_body(("plain",)).get_content()
    await background.automations()
    await background.outbox_worker().drain()
    assert len(messages.messages) == 3  # told once; the fourth waits for the next restock
