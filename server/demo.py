"""The demo store made on first start: a small Indian catalog, GST, shipping rules and an admin."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from server.admin_auth import Role, hash_password
from server.checkout import catalog, rules
from server.checkout.schemas import DiscountCodeIn, ProductIn, ShippingRuleIn, TaxRateIn
from server.models import AdminUser, DiscountKind, Store, StoreMembership
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
    admin_password: str


async def ensure_demo(server_secret: str, base_url: str) -> DemoCredentials | None:
    """Create the demo store and admin if no store exists yet; None when there is one."""
    if await Store.exists():
        return None
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
    for sku, name, price, compare_at, category, stock in DEMO_PRODUCTS:
        await catalog.upsert_product(store, sku, ProductIn(
            name=name, price=price, compare_at_price=compare_at, category=category, stock=stock,
            image_url=f"{base_url}/static/demo/{sku.lower()}.svg",
            url=f"{base_url}/demo#{sku.lower()}",
        ), datetime.now(UTC))
    await rules.replace_shipping_rules(store, [
        ShippingRuleIn(country="IN", rate=4900, free_above=99900, name="Standard (3–5 days)"),
        ShippingRuleIn(country=None, rate=150000, name="International"),
    ])
    await rules.replace_tax_rates(store, [TaxRateIn(country="IN", rate_bp=1800, name="GST")])
    await rules.create_discount_code(store, DiscountCodeIn(
        code="WELCOME10", kind=DiscountKind.PERCENT, value=10))
    password = secrets.token_urlsafe(12)
    admin = await AdminUser.create(email=DEMO_ADMIN_EMAIL, password_hash=hash_password(password))
    await StoreMembership.create(user=admin, store=store, role=Role.OWNER)
    return DemoCredentials(store=store, secret_key=created.secret_key,
                           admin_email=DEMO_ADMIN_EMAIL, admin_password=password)
