"""The demo store made on first start: a small Indian catalog, GST, shipping rules, an admin, and
ninety days of history (server/demo_history.py); made anew or removed by `pushcart demo`."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from server.admin_auth import Role, hash_password
from server.checkout import catalog, rules
from server.checkout.schemas import DiscountCodeIn, ProductIn, ShippingRuleIn, TaxRateIn
from server.demo_history import DEMO_SEED, HistoryTotals, generate_history, history_start
from server.messaging.context import MessageContext
from server.models import AdminUser, DiscountKind, Store, StoreMembership
from server.recommendations import counts as recommendation_counts
from server.stores import create_store

DEMO_ADMIN_EMAIL = "admin@demo.pushcart.test"

DEMO_PRODUCTS = [
    ("TEA-ASSAM", "Assam breakfast tea, 250 g", 34900, 39900, "tea", 40),
    ("TEA-DARJ", "Darjeeling first flush, 100 g", 64900, None, "tea", 3),
    ("MUG-BLUE", "Blue pottery mug", 54900, None, "kitchen", 25),
    ("KETTLE-CU", "Copper kettle, 1 L", 249900, 299900, "kitchen", 8),
    ("SPICE-BOX", "Masala dabba spice box", 129900, None, "kitchen", None),
    ("SCARF-SILK", "Handwoven silk scarf", 189900, None, "clothing", 12),
]


@dataclass(frozen=True)
class DemoCredentials:
    store: Store
    secret_key: str
    admin_email: str
    admin_password: str | None  # None: the account existed, its password is unchanged
    history: HistoryTotals | None = None


async def ensure_demo(server_secret: str, base_url: str, now: datetime | None = None, *,
                      seed: int = DEMO_SEED, history: bool = True) -> DemoCredentials | None:
    """Create the demo store and admin if no store exists yet; None when there is one."""
    if await Store.exists():
        return None
    return await create_demo(server_secret, base_url, now, seed=seed, history=history)


async def create_demo(server_secret: str, base_url: str, now: datetime | None = None, *,
                      seed: int = DEMO_SEED, history: bool = True) -> DemoCredentials:
    """The demo store, its catalog and rules, the demo admin as its owner (a new account gets a
    new password; an existing one keeps its own) and, with *history*, its last ninety days up to
    *now*; all in one transaction."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        return await _create_demo(server_secret, base_url, now, seed, history)


async def _create_demo(server_secret: str, base_url: str, now: datetime, seed: int,
                       history: bool) -> DemoCredentials:
    created = await create_store(
        server_secret, "Chai & Co. (demo)", [base_url], currency="INR", locale="en-IN",
        timezone="Asia/Kolkata", country="IN", prices_include_tax=True,
        payment_methods=["upi", "card", "wallet", "cash_on_delivery"],
        trust={
            "secure": "Secure checkout, encrypted end to end",
            "returns": "Free returns within 7 days",
            "contact": "help@chai.example · +91 98765 43210",
        },
    )
    store = created.store
    store.is_demo = True
    store.branding = {"color": "#0f766e"}
    await store.save()
    opened = history_start(store.timezone, now) if history else now  # the catalog's first day
    for sku, name, price, compare_at, category, stock in DEMO_PRODUCTS:
        await catalog.upsert_product(store, sku, ProductIn(
            name=name, price=price, compare_at_price=compare_at, category=category, stock=stock,
            image_url=f"{base_url}/static/demo/{sku.lower()}.svg",
            url=f"{base_url}/demo#{sku.lower()}",
        ), opened)
    await rules.replace_shipping_rules(store, [
        ShippingRuleIn(country="IN", rate=4900, free_above=99900, name="Standard (3–5 days)"),
        ShippingRuleIn(country=None, rate=150000, name="International"),
    ])
    await rules.replace_tax_rates(store, [TaxRateIn(country="IN", rate_bp=1800, name="GST")])
    await rules.create_discount_code(store, DiscountCodeIn(
        code="WELCOME10", kind=DiscountKind.PERCENT, value=10))
    password: str | None = None
    admin = await AdminUser.get_or_none(email=DEMO_ADMIN_EMAIL)
    if admin is None:
        password = secrets.token_urlsafe(12)
        admin = await AdminUser.create(email=DEMO_ADMIN_EMAIL,
                                       password_hash=hash_password(password))
    await StoreMembership.create(user=admin, store=store, role=Role.OWNER)
    totals = None
    if history:
        ctx = MessageContext(server_secret=server_secret, base_url=base_url, email_enabled=True)
        totals = await generate_history(store, ctx, now, seed=seed)
        # the history's orders were written in bulk: counted for "Goes well with" in one pass
        await recommendation_counts.rebuild(store.id)
        await store.refresh_from_db()
    return DemoCredentials(store=store, secret_key=created.secret_key,
                           admin_email=DEMO_ADMIN_EMAIL, admin_password=password, history=totals)


async def reset_demo(server_secret: str, base_url: str | None = None,
                     now: datetime | None = None, *, seed: int = DEMO_SEED) -> DemoCredentials:
    """The demo store made anew, with fresh history: the old one (if any) and everything in it
    deleted, its team kept (the demo admin's password too). Other stores are not touched.
    *base_url* defaults to the old demo's origin."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        old = await Store.filter(is_demo=True).order_by("id")
        base_url = base_url or next((s.allowed_origins[0] for s in old if s.allowed_origins),
                                    "http://127.0.0.1:8000")
        team = await StoreMembership.filter(store_id__in=[s.id for s in old]).values_list(
            "user_id", "role")
        await Store.filter(id__in=[s.id for s in old]).delete()
        demo = await _create_demo(server_secret, base_url, now, seed, True)
        owner = await AdminUser.get(email=DEMO_ADMIN_EMAIL)
        for user_id, role in dict(team).items():
            if user_id != owner.id:
                await StoreMembership.create(user_id=user_id, store=demo.store, role=role)
    return demo


async def remove_demo() -> int:
    """Delete the demo store and everything in it, and the demo admin account unless it has
    another store; returns how many demo stores there were. Other stores are not touched."""
    async with in_transaction():
        ids = list(await Store.filter(is_demo=True).values_list("id", flat=True))
        await Store.filter(id__in=ids).delete()
        admin = await AdminUser.get_or_none(email=DEMO_ADMIN_EMAIL)
        if admin is not None and not await StoreMembership.exists(user=admin):
            await admin.delete()
    return len(ids)
