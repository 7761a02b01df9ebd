"""The store API's webhook endpoints: bad input and refused URLs are a 400 with the reason and
save nothing; a URL that is safe when saved is checked again before each send; one store never
sees or changes another's endpoints and deliveries."""

from __future__ import annotations

import pytest

from server.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from server.stores import create_store
from server.webhooks.targets import allow_rules
from server.webhooks.worker import WebhookWorker
from tests.browser.conftest import free_port
from tests.conftest import TEST_SECRET, ShopFixture
from tests.webhooks.conftest import Receiver, subscribe_endpoint


async def _order(shop: ShopFixture) -> None:
    token = (await shop.ready_to_order())["token"]
    response = await shop.widget("POST", f"/carts/{token}/order",
                                 {"payment_method": "cash_on_delivery"})
    assert response.status_code == 201


async def test_endpoints_are_created_listed_updated_and_deleted(shop: ShopFixture, receiver: Receiver) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed", "order.paid"])
    assert created["events"] == ["order.placed", "order.paid"] and created["is_active"] is True
    listing = await (await shop.admin("GET", "/webhooks/endpoints")).get_json()
    assert [e["id"] for e in listing["endpoints"]] == [created["id"]]
    assert "secret" not in listing["endpoints"][0]

    response = await shop.admin("PATCH", f"/webhooks/endpoints/{created['id']}",
                                {"events": ["cart.abandoned"], "description": "CRM"})
    assert response.status_code == 200
    assert (await response.get_json())["events"] == ["cart.abandoned"]

    assert (await shop.admin("DELETE", f"/webhooks/endpoints/{created['id']}")).status_code == 204
    assert (await shop.admin("GET", f"/webhooks/endpoints/{created['id']}")).status_code == 404
    assert not await WebhookEndpoint.exists()


@pytest.mark.parametrize(("body", "code"), [
    ({"url": "https://hooks.example.com/x", "events": ["order.shipped"]}, "invalid_request"),
    ({"url": "https://hooks.example.com/x", "events": []}, "invalid_request"),
    ({"url": "https://hooks.example.com/x", "events": "order.placed"}, "invalid_request"),
    ({"url": "https://hooks.example.com/x", "events": ["order.placed"], "secret": "x"},
     "invalid_request"),
    ({"events": ["order.placed"]}, "invalid_request"),
    ({"url": "http://hooks.example.com/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "ftp://hooks.example.com/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://10.0.0.8/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://192.168.1.20/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://169.254.169.254/latest", "events": ["order.placed"]},
     "invalid_webhook_url"),
    ({"url": "https://[::1]/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://[::ffff:10.0.0.1]/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://8.8.8.8/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://localhost/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://vm/x", "events": ["order.placed"]}, "invalid_webhook_url"),
    ({"url": "https://user:pw@hooks.example.com/x", "events": ["order.placed"]},
     "invalid_webhook_url"),
    ({"url": "https://hooks.example.com/a b", "events": ["order.placed"]},
     "invalid_webhook_url"),
])
async def test_bad_input_is_refused_and_nothing_is_saved(shop: ShopFixture, body, code) -> None:
    response = await shop.admin("POST", "/webhooks/endpoints", body)
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] == code
    assert not await WebhookEndpoint.exists()


async def test_a_name_resolving_to_loopback_is_refused_without_the_allowlist(shop: ShopFixture, receiver: Receiver) -> None:
    # "localhost" resolves to 127.0.0.1 here; only http://127.0.0.1:<port> is allowlisted
    response = await shop.admin("POST", "/webhooks/endpoints", {
        "url": f"https://localhost:{receiver.port}/hooks", "events": ["order.placed"]})
    body = await response.get_json()
    assert response.status_code == 400 and "127.0.0.1" in body["error"]["message"]
    response = await shop.admin("POST", "/webhooks/endpoints", {
        "url": f"http://localhost:{receiver.port}/hooks", "events": ["order.placed"]})
    assert response.status_code == 400 and not await WebhookEndpoint.exists()


async def test_an_update_to_a_private_url_is_refused_and_changes_nothing(shop: ShopFixture, receiver: Receiver) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    response = await shop.admin("PATCH", f"/webhooks/endpoints/{created['id']}",
                                {"url": "https://10.1.2.3/hook", "events": ["order.paid"]})
    assert response.status_code == 400
    stored = await WebhookEndpoint.get(id=created["id"])
    assert (stored.url, stored.events) == (receiver.url(), ["order.placed"])


async def test_a_host_that_now_resolves_to_loopback_is_refused_at_send_time(shop: ShopFixture, receiver: Receiver, hooks) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    # The name was public when it was saved and points at 127.0.0.1 now (a DNS change): written
    # straight to the table, as the API would refuse it today.
    await WebhookEndpoint.filter(id=created["id"]).update(
        url=f"https://localhost:{receiver.port}/hooks")
    await _order(shop)
    await hooks.drain()
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert "resolves to 127.0.0.1" in delivery.last_error
    assert receiver.received == []


async def test_without_the_allowlist_a_local_receiver_gets_nothing(shop: ShopFixture, receiver: Receiver, clock) -> None:
    await subscribe_endpoint(shop, receiver, ["order.placed"])
    await _order(shop)
    strict = WebhookWorker(server_secret=TEST_SECRET, rules=(), now=clock.now)
    await strict.drain()
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_error.startswith("refused")
    assert receiver.received == []


async def test_an_unreachable_endpoint_is_retried_not_lost(shop: ShopFixture, receiver: Receiver, clock) -> None:
    closed = free_port()  # nothing listens there
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    await WebhookEndpoint.filter(id=created["id"]).update(url=f"http://127.0.0.1:{closed}/hooks")
    worker = WebhookWorker(server_secret=TEST_SECRET, now=clock.now,
                           rules=allow_rules((f"http://127.0.0.1:{closed}",)))
    await _order(shop)
    await worker.drain()
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.QUEUED and delivery.attempts == 1
    assert "ConnectionRefusedError" in delivery.last_error and delivery.last_status_code is None


async def test_one_store_cannot_see_or_touch_anothers_webhooks(shop: ShopFixture, receiver: Receiver, hooks) -> None:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    await _order(shop)
    await hooks.drain()
    delivery_id = (await WebhookDelivery.get()).id
    other = await create_store(TEST_SECRET, "Other Shop", ["http://other.test"])
    headers = {"Authorization": f"Bearer {other.secret_key}"}

    async def call(method: str, path: str, json=None):
        return await shop.client.open(f"/api/v1{path}", method=method, json=json,
                                      headers=headers)

    assert (await (await call("GET", "/webhooks/endpoints")).get_json())["endpoints"] == []
    assert (await (await call("GET", "/webhooks/deliveries")).get_json())["deliveries"] == []
    assert (await call("GET", f"/webhooks/endpoints/{created['id']}")).status_code == 404
    assert (await call("PATCH", f"/webhooks/endpoints/{created['id']}",
                       {"is_active": False})).status_code == 404
    assert (await call("DELETE", f"/webhooks/endpoints/{created['id']}")).status_code == 404
    assert (await call("POST", f"/webhooks/deliveries/{delivery_id}/redeliver")).status_code == 404
    listing = await call("GET", f"/webhooks/deliveries?endpoint_id={created['id']}")
    assert (await listing.get_json())["deliveries"] == []
    assert (await WebhookEndpoint.get(id=created["id"])).is_active
    assert await WebhookDelivery.all().count() == 1

    # the other store's own endpoint hears only of its own store's events
    response = await call("POST", "/webhooks/endpoints",
                          {"url": receiver.url("/other"), "events": ["order.placed"]})
    assert response.status_code == 201
    await _order(shop)
    await hooks.drain()
    assert receiver.types("/other") == [] and receiver.types("/hooks") == ["order.placed"] * 2


async def test_a_store_key_is_needed(shop: ShopFixture) -> None:
    response = await shop.client.get("/api/v1/webhooks/endpoints")
    assert response.status_code == 401
    response = await shop.client.post("/api/v1/webhooks/endpoints", json={"url": 1})
    assert response.status_code == 401 and not await WebhookEndpoint.exists()


async def test_deliveries_query_is_validated(shop: ShopFixture) -> None:
    for query in ("status=lost", "limit=0", "limit=abc", "endpoint_id=0", "colour=red"):
        response = await shop.admin("GET", f"/webhooks/deliveries?{query}")
        assert response.status_code == 400, query
        assert "error" in await response.get_json()
