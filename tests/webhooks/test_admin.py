"""The admin console's webhooks page: an owner adds an endpoint (its secret shown once), sees the
last deliveries with their answers, redelivers one; every form needs its CSRF token; another
store's owner sees nothing of it."""

from __future__ import annotations

import re

from server.models import WebhookDelivery, WebhookEndpoint
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture
from tests.webhooks.conftest import Receiver


async def _place_order(shop: ShopFixture) -> None:
    token = (await shop.ready_to_order())["token"]
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201


async def test_an_owner_adds_an_endpoint_and_sees_its_deliveries(browser: Browser, shop: ShopFixture, team: Team, receiver: Receiver, hooks) -> None:
    await browser.sign_in(team.owner)
    page_path = f"/admin/stores/{shop.store.id}/webhooks"
    response = await browser.post(page_path, {"url": receiver.url(), "events": "order.placed"},
                                  token_from=page_path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 200
    secret = re.search(r"<pre class=\"code\" data-secret>(whsec_[\w-]+)</pre>", page)
    assert secret is not None
    receiver.secrets["/hooks"] = secret.group(1)
    assert secret.group(1) not in await browser.page(page_path)  # shown that once

    await _place_order(shop)
    await hooks.drain()
    page = await browser.page(page_path)
    assert "order.placed" in page and "delivered · 1 attempt" in page and "200 in" in page
    assert receiver.received[0].signed

    delivery = await WebhookDelivery.get()
    response = await browser.post(f"{page_path}/deliveries/{delivery.id}/redeliver",
                                  token_from=page_path)
    assert response.status_code == 302
    await hooks.drain()
    assert [r.event["id"] for r in receiver.received] == [receiver.received[0].event["id"]] * 2


async def test_a_refused_url_shows_why_and_saves_nothing(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    page_path = f"/admin/stores/{shop.store.id}/webhooks"
    response = await browser.post(page_path, {"url": "http://hooks.example.com/x",
                                               "events": "order.placed"}, token_from=page_path)
    assert response.status_code == 400
    assert "https://" in await response.get_data(as_text=True)
    response = await browser.post(page_path, {"url": "https://hooks.example.com/x"},
                                  token_from=page_path)
    assert response.status_code == 400 and not await WebhookEndpoint.exists()


async def test_forms_without_the_csrf_token_are_refused(browser: Browser, shop: ShopFixture, team: Team, receiver: Receiver) -> None:
    await browser.sign_in(team.owner)
    page_path = f"/admin/stores/{shop.store.id}/webhooks"
    response = await browser.post(page_path, {"url": receiver.url(), "events": "order.placed"})
    assert response.status_code == 403 and not await WebhookEndpoint.exists()
    response = await browser.post(page_path, {"url": receiver.url(), "events": "order.placed"},
                                  token="0" * 64)
    assert response.status_code == 403 and not await WebhookEndpoint.exists()


async def test_pause_and_delete_from_the_console(browser: Browser, shop: ShopFixture, team: Team, receiver: Receiver) -> None:
    await browser.sign_in(team.owner)
    page_path = f"/admin/stores/{shop.store.id}/webhooks"
    await browser.post(page_path, {"url": receiver.url(), "events": "order.placed"},
                       token_from=page_path)
    endpoint = await WebhookEndpoint.get()
    await browser.post(f"{page_path}/{endpoint.id}/active", {"active": "0"}, token_from=page_path)
    assert not (await WebhookEndpoint.get()).is_active
    assert "paused" in await browser.page(page_path)
    await browser.post(f"{page_path}/{endpoint.id}/delete", token_from=page_path)
    assert not await WebhookEndpoint.exists()


async def test_staff_cannot_add_and_another_store_sees_nothing(browser: Browser, shop: ShopFixture, team: Team, receiver: Receiver) -> None:
    await shop.admin("POST", "/webhooks/endpoints",
                     {"url": receiver.url(), "events": ["order.placed"]})
    await browser.sign_in(team.staff)
    page_path = f"/admin/stores/{shop.store.id}/webhooks"
    assert receiver.url() in await browser.page(page_path)
    response = await browser.post(page_path, {"url": receiver.url("/b"), "events": "order.paid"},
                                  token_from=page_path)
    assert response.status_code == 403 and await WebhookEndpoint.all().count() == 1

    other = Browser(browser.client.app.test_client())
    await other.sign_in(team.other_owner)
    assert (await other.get(page_path)).status_code == 404
    own = await other.page(f"/admin/stores/{team.other_store_id}/webhooks")
    assert receiver.url() not in own and "No endpoints yet." in own
