"""Fixtures: a migrated database (SQLite, or PostgreSQL when DATABASE_URL is set), a fresh app per
test with a frozen clock, a store with a catalog, and helpers to call the APIs as a browser would."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import os
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from quart.typing import TestClientProtocol

from server import db
from server.app import create_app
from server.background import Background
from server.clock import FrozenClock
from server.models import Store
from server.settings import Settings
from server.stores import create_store
from tests.push.service import PushService

TEST_SECRET = "test-server-secret-0123456789"
SHOP_ORIGIN = "http://shop.test"
TABLES = [
    "webhook_delivery", "webhook_event", "webhook_endpoint",
    "consent", "shopper_erasure", "loyalty_entry", "loyalty_code", "loyalty_account",
    "product_pair", "product_sales", "recommendation_rule",
    "order_item", "order_event", "automation_event", "delivery", "automation_run", "product_alert",
    "automation_mark", '"order"', "email_suppression", "campaign", "push_subscription",
    "product_view", "cart_item", "cart", "visitor", "discount_code", "tax_rate", "shipping_rule", "product", "store_membership",
    "admin_user", "segment", "delivery_tally", "reminder_cart_tally", "cart_tally",
    "retention_lease", "store",
]


async def _reset_postgres(url: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


def run_async(coroutine: Any) -> Any:
    """asyncio.run in a thread of its own: sync Playwright keeps a loop running in this one."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One migrated database per test run; each test empties it before it starts."""
    url = os.environ.get("DATABASE_URL")
    if url and db.dialect_of(url) == "postgres":
        run_async(_reset_postgres(url))
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'pushcart.sqlite3'}"
    run_async(db.migrate(url))
    return url


def found(pattern: str, text: str, group: int = 1, flags: int = 0) -> str:
    """What *pattern* captures in *text*; the test fails, saying so, if it is not there."""
    match = re.search(pattern, text, flags)
    assert match is not None, f"{pattern!r} is not in {text[:300]!r}"
    return match.group(group)


def make_settings(database_url: str, data_dir: os.PathLike[str] | str, **env: str) -> Settings:
    return Settings.from_env({
        "PUSHCART_DATA_DIR": str(data_dir),
        "DATABASE_URL": database_url,
        "PUSHCART_SECRET_KEY": TEST_SECRET,
        "PUSHCART_AUTO_MIGRATE": "0",
        "PUSHCART_RATE_LIMIT_PER_MINUTE": "0",
        "PUSHCART_RUN_WORKER": "0",  # tests drive the outbox worker themselves
        **env,
    })


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def settings(database_url: str, tmp_path) -> Settings:
    return make_settings(database_url, tmp_path)


@pytest.fixture
async def app(settings: Settings, clock: FrozenClock) -> AsyncIterator[Any]:
    quart_app = create_app(settings, clock=clock)
    async with quart_app.test_app() as test_app:
        db.enter_context(quart_app.extensions["tortoise_ctx"])
        await _empty_tables(settings.database_url)
        yield test_app


async def _empty_tables(database_url: str) -> None:
    conn = Store._meta.db
    if db.dialect_of(database_url) == "postgres":
        await conn.execute_script(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE;")
    else:
        await conn.execute_script("".join(f"DELETE FROM {t};" for t in TABLES))


@pytest.fixture
def client(app: Any) -> TestClientProtocol:
    return app.test_client()


@dataclass
class ShopFixture:
    store: Store
    secret_key: str
    client: TestClientProtocol
    origin: str = SHOP_ORIGIN

    @property
    def public_headers(self) -> dict[str, str]:
        return {"X-Pushcart-Key": self.store.public_key, "Origin": self.origin}

    @property
    def secret_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secret_key}"}

    async def widget(self, method: str, path: str, json: Any = None, **kw: Any) -> Any:
        return await self.client.open(f"/api/v1{path}", method=method, json=json,
                                      headers={**self.public_headers, **kw.pop("headers", {})}, **kw)

    async def admin(self, method: str, path: str, json: Any = None, **kw: Any) -> Any:
        return await self.client.open(f"/api/v1{path}", method=method, json=json,
                                      headers={**self.secret_headers, **kw.pop("headers", {})}, **kw)

    async def new_cart(self, visitor_id: str | None = "visitor-0001") -> dict[str, Any]:
        response = await self.widget("POST", "/carts", {"visitor_id": visitor_id})
        assert response.status_code == 201, await response.get_json()
        return await response.get_json()

    async def add(self, token: str, sku: str, quantity: int = 1) -> Any:
        return await self.widget("POST", f"/carts/{token}/items", {"sku": sku, "quantity": quantity})

    async def ready_to_order(self, sku: str = "MUG", quantity: int = 1,
                             country: str = "IN") -> dict[str, Any]:
        cart = await self.new_cart()
        token = cart["token"]
        assert (await self.add(token, sku, quantity)).status_code == 200
        response = await self.widget("PATCH", f"/carts/{token}", {
            "email": "asha@example.com", "name": "Asha Rao",
            "address": {"line1": "12 MG Road", "city": "Bengaluru", "region": "KA",
                        "postal_code": "560001", "country": country},
        })
        assert response.status_code == 200, await response.get_json()
        return await response.get_json()


CATALOG = [
    {"sku": "MUG", "name": "Blue mug", "price": 50000, "category": "kitchen", "stock": 10},
    {"sku": "TEA", "name": "Assam tea", "price": 34900, "category": "tea", "stock": None},
    {"sku": "KETTLE", "name": "Copper kettle", "price": 249900, "category": "kitchen", "stock": 2},
]


@pytest.fixture
async def shop(app: Any, client: TestClientProtocol) -> ShopFixture:
    """An Indian store (INR, GST 18 % included) with shipping rules and three products."""
    created = await create_store(
        TEST_SECRET, "Test Shop", [SHOP_ORIGIN], currency="INR", locale="en-IN",
        timezone="Asia/Kolkata", country="IN", prices_include_tax=True,
        payment_methods=["upi", "card", "cash_on_delivery"],
    )
    fixture = ShopFixture(store=created.store, secret_key=created.secret_key, client=client)
    response = await fixture.admin("POST", "/products/bulk", {"products": CATALOG})
    assert response.status_code == 200, await response.get_json()
    await fixture.admin("PUT", "/shipping-rules", {"rules": [
        {"country": "IN", "rate": 4900, "free_above": 99900},
        {"country": None, "rate": 150000},
    ]})
    await fixture.admin("PUT", "/tax-rates", {"rates": [
        {"country": "IN", "rate_bp": 1800, "name": "GST"},
    ]})
    return fixture


# -- push: a test push service for the shop, and the background that sends to it -------------------

@pytest.fixture
def push_port() -> int:
    from tests.browser.conftest import free_port

    return free_port()


@pytest.fixture
async def service(shop: ShopFixture, push_port: int) -> AsyncIterator[PushService]:
    """The test push service, expecting the shop's VAPID key (tests/push/service.py)."""
    svc = await PushService(port=push_port,
                            expected_vapid_keys={shop.store.vapid_public_key}).start()
    yield svc
    await svc.stop()


@pytest.fixture
def background(settings: Settings, clock: FrozenClock) -> Background:
    """What `pushcart worker` runs, on the test's settings and frozen clock."""
    return Background(settings, clock, base_url="http://pushcart.test")


async def subscribe(shop: ShopFixture, service: PushService, visitor: str = "visitor-0001",
                    **details: str) -> str:
    """A shopper allows notifications (the widget's call); returns their endpoint."""
    endpoint, keys = service.subscribe()
    response = await shop.widget("POST", "/push/subscriptions", {
        "visitor_id": visitor, "subscription": keys.subscription(endpoint), **details})
    assert response.status_code == 201, await response.get_json()
    return endpoint


async def new_campaign(shop: ShopFixture, **fields: Any) -> int:
    """A flash sale to everyone, now, through the store API; returns its id."""
    body = {"title": "Flash sale: 30% off teas", "body": "Until midnight",
            "url": "https://shop.test/sale", "segment": "all", "send_at": None, **fields}
    response = await shop.admin("POST", "/campaigns", body)
    assert response.status_code == 201, await response.get_json()
    return int((await response.get_json())["id"])


async def queued_campaign(shop: ShopFixture, service: PushService, background: Background,
                          subscribers: int, **fields: Any) -> tuple[int, list[str]]:
    """*subscribers* shoppers subscribed, and a campaign to them fanned out into the outbox
    (nothing sent yet): its id and their endpoints."""
    endpoints = [await subscribe(shop, service, f"visitor-{i:04d}") for i in range(subscribers)]
    campaign_id = await new_campaign(shop, **fields)
    await background.schedule()
    return campaign_id, endpoints


async def campaign_counts(shop: ShopFixture, campaign_id: int) -> dict[str, Any]:
    return dict(await (await shop.admin("GET", f"/campaigns/{campaign_id}")).get_json())


async def send_all(background: Background, **options: Any) -> int:
    """What the worker does each second: fan out due campaigns, then send every due row."""
    await background.schedule()
    return await background.outbox_worker(**options).drain()


POLL_SECONDS = 0.05


async def eventually(check: Callable[[], Any], what: str, seconds: float = 10.0) -> Any:
    """Wait until *check()* (awaited if it returns an awaitable) is true, for what another task
    or process does, which a test cannot step through; returns that true value. Fails saying
    *what* it waited for. `until` is the same for synchronous tests (the browser's)."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds:g} s waiting for {what}")
        await asyncio.sleep(POLL_SECONDS)


def until(check: Callable[[], Any], what: str, seconds: float = 10.0) -> Any:
    """`eventually` for synchronous tests: blocks this thread while it waits."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds:g} s waiting for {what}")
        time.sleep(POLL_SECONDS)
