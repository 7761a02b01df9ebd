"""Carts: catalog items, the shopper's details captured step by step, and the live quote."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from server.checkout.pricing import Breakdown, Line, quote
from server.checkout.rules import (
    DiscountRefused,
    as_pricing_discount,
    shipping_for,
    ships_to,
    tax_for,
    usable_discount,
)
from server.errors import ApiError, Conflict, NotFound
from server.models import Cart, CartItem, CartStatus, Product, Store, Visitor
from server.stores import currency_exponent

MAX_LINE_QUANTITY = 99
MAX_DISTINCT_ITEMS = 50
LOW_STOCK = 5  # at most this many left: the widget and reminder emails say so
CHECKOUT_STEPS = ("cart", "contact", "delivery", "payment")
ADDRESS_FIELDS = ("line1", "line2", "city", "region", "postal_code", "country")
REQUIRED_ADDRESS_FIELDS = ("line1", "city", "postal_code", "country")


@dataclass(frozen=True)
class CartQuote:
    items: list[CartItem]
    breakdown: Breakdown
    discount_error: str | None


def new_token() -> str:
    return secrets.token_urlsafe(24)


async def _visitor(store: Store, visitor_key: str | None) -> Visitor | None:
    if not visitor_key:
        return None
    visitor, _ = await Visitor.get_or_create(store=store, key=visitor_key)
    return visitor


async def create_cart(store: Store, visitor_key: str | None, locale: str, now: datetime,
                      timezone: str = "") -> Cart:
    """A new open cart; a returning visitor's contact and address are filled in for them.
    The browser's time zone (used for quiet hours) is kept with the visitor."""
    visitor = await _visitor(store, visitor_key)
    if visitor is not None:
        changed = []
        if timezone and timezone != visitor.timezone:
            try:
                ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                pass  # not a zone we know: keep what we had
            else:
                visitor.timezone = timezone
                changed.append("timezone")
        if locale and locale[:16] != visitor.locale:  # for segments by language
            visitor.locale = locale[:16]
            changed.append("locale")
        if changed:
            await visitor.save(update_fields=changed)
    prefill: dict[str, Any] = {}
    if visitor is not None and visitor.email:
        prefill = {
            "email": visitor.email, "marketing_consent": visitor.marketing_consent,
            "name": visitor.name, "phone": visitor.phone, "address": visitor.address,
        }
    return await Cart.create(store=store, visitor=visitor, token=new_token(), locale=locale,
                             created_at=now, updated_at=now, **prefill)


async def get_cart(store: Store, token: str) -> Cart:
    cart = await Cart.get_or_none(store=store, token=token) if len(token) <= 64 else None
    if cart is None:
        raise NotFound("no such cart", code="unknown_cart")
    return cart


async def get_open_cart(store: Store, token: str) -> Cart:
    cart = await get_cart(store, token)
    if cart.status != CartStatus.OPEN:
        raise Conflict("this cart has already been ordered", code="cart_converted")
    return cart


async def _touch(cart: Cart, now: datetime, *fields: str) -> None:
    cart.updated_at = now
    await cart.save(update_fields=[*fields, "updated_at"])


async def _product(store: Store, sku: str) -> Product:
    product = await Product.get_or_none(store=store, sku=sku) if len(sku) <= 64 else None
    if product is None:
        raise NotFound(f"no product with SKU '{sku[:64]}'", code="unknown_sku")
    return product


async def set_quantity(store: Store, cart: Cart, sku: str, quantity: int, now: datetime) -> None:
    """Put *quantity* of *sku* in the cart (0 removes it); the catalog decides name and price."""
    product = await _product(store, sku)
    await _set_line(cart, product, await CartItem.get_or_none(cart=cart, product=product),
                    quantity, now)


async def add_quantity(store: Store, cart: Cart, sku: str, quantity: int, now: datetime) -> None:
    product = await _product(store, sku)
    item = await CartItem.get_or_none(cart=cart, product=product)
    total = (item.quantity if item else 0) + quantity
    await _set_line(cart, product, item, total, now)


async def _set_line(cart: Cart, product: Product, item: CartItem | None, quantity: int,
                    now: datetime) -> None:
    if quantity < 0 or quantity > MAX_LINE_QUANTITY:
        raise ApiError(f"quantity must be between 0 and {MAX_LINE_QUANTITY}",
                       code="invalid_quantity")
    if quantity == 0:
        if item is not None:
            await item.delete()
        await _touch(cart, now)
        return
    if not product.is_active:
        raise NotFound(f"no product with SKU '{product.sku}'", code="unknown_sku")
    if product.stock is not None and quantity > product.stock:
        raise Conflict(
            f"only {product.stock} of '{product.name}' left" if product.stock else
            f"'{product.name}' is out of stock",
            code="out_of_stock", details={"sku": product.sku, "available": product.stock},
        )
    if item is None:
        if await CartItem.filter(cart=cart).count() >= MAX_DISTINCT_ITEMS:
            raise ApiError(f"a cart holds at most {MAX_DISTINCT_ITEMS} different products",
                           code="cart_full")
        await CartItem.create(cart=cart, product=product, quantity=quantity)
    else:
        item.quantity = quantity
        await item.save(update_fields=["quantity"])
    await _touch(cart, now)


async def update_details(
    store: Store, cart: Cart, changes: dict[str, Any], now: datetime
) -> None:
    """Save what the shopper typed. The email is saved the moment it is valid (it is validated
    before it gets here); the visitor remembers it for their next visit."""
    fields: list[str] = []
    if changes.get("email") is not None:
        cart.email = str(changes["email"]).strip().lower()
        fields.append("email")
        if cart.email_captured_at is None:
            cart.email_captured_at = now
            fields.append("email_captured_at")
    if changes.get("marketing_consent") is not None:
        cart.marketing_consent = bool(changes["marketing_consent"])
        fields.append("marketing_consent")
    for name in ("name", "phone"):
        if changes.get(name) is not None:
            setattr(cart, name, str(changes[name]).strip())
            fields.append(name)
    if changes.get("address") is not None:
        address = {k: str(v).strip() for k, v in changes["address"].items()
                   if k in ADDRESS_FIELDS and v is not None}
        if address.get("country"):
            address["country"] = address["country"].upper()
            if not await ships_to(store, address["country"]):
                raise ApiError(f"{store.name} does not ship to {address['country']}",
                               code="no_shipping_to_country")
        cart.address = address
        fields.append("address")
    if "discount_code" in changes:
        code = changes["discount_code"]
        if code:
            discount = await usable_discount(store, code, now)
            cart.discount_code = discount.code
        else:
            cart.discount_code = None
        fields.append("discount_code")
    if changes.get("payment_method") is not None:
        if changes["payment_method"] not in store.payment_methods:
            raise ApiError(f"{store.name} does not accept '{changes['payment_method']}'",
                           code="invalid_payment_method")
        cart.payment_method = changes["payment_method"]
        fields.append("payment_method")
    if changes.get("step") is not None:
        if changes["step"] not in CHECKOUT_STEPS:
            raise ApiError(f"step is one of {', '.join(CHECKOUT_STEPS)}", code="invalid_step")
        cart.checkout_step = changes["step"]
        fields.append("checkout_step")
    if changes.get("locale"):
        cart.locale = str(changes["locale"])[:16]
        fields.append("locale")
    await _touch(cart, now, *fields)
    await _remember_visitor(cart)


async def _remember_visitor(cart: Cart) -> None:
    """What the shopper told us is kept with the visitor: contact and address once there is an
    email; language and country (for segments) in any case."""
    if cart.visitor_id is None:
        return
    values: dict[str, Any] = {}
    if cart.locale:
        values["locale"] = cart.locale
    if cart.address.get("country"):
        values["country"] = cart.address["country"]
    if cart.email:
        values.update(email=cart.email, marketing_consent=cart.marketing_consent,
                      name=cart.name, phone=cart.phone, address=cart.address)
    if values:
        await Visitor.filter(id=cart.visitor_id).update(**values)


async def quote_cart(store: Store, cart: Cart, now: datetime) -> CartQuote:
    items = await CartItem.filter(cart=cart).select_related("product").order_by("id")
    lines = [Line(unit_price=i.product.price, quantity=i.quantity) for i in items]
    country = cart.address.get("country") or None
    region = cart.address.get("region") or None
    discount = None
    discount_error = None
    if cart.discount_code:
        try:
            discount = as_pricing_discount(await usable_discount(store, cart.discount_code, now))
        except DiscountRefused as exc:  # expired or used up since it was applied: the shopper
            discount_error = exc.reason  # had it, so the reason tells them nothing new
    breakdown = quote(
        lines,
        shipping=await shipping_for(store, country),
        tax=await tax_for(store, country, region),
        prices_include_tax=store.prices_include_tax,
        discount=discount,
        shipping_is_estimate=country is None,
    )
    return CartQuote(items=items, breakdown=breakdown,
                     discount_error=discount_error or breakdown.discount_rejection)


def cart_view(store: Store, cart: Cart, cart_quote: CartQuote) -> dict[str, Any]:
    items = []
    for item in cart_quote.items:
        p = item.product
        items.append({
            "sku": p.sku, "name": p.name, "image_url": p.image_url, "url": p.url,
            "unit_price": p.price, "compare_at_price": p.compare_at_price,
            "quantity": item.quantity, "line_total": p.price * item.quantity,
            "low_stock": p.stock is not None and p.stock <= LOW_STOCK,
            "available": p.is_active and (p.stock is None or p.stock >= item.quantity),
        })
    return {
        "token": cart.token,
        "status": cart.status.value,
        "currency": store.currency,
        "currency_exponent": currency_exponent(store.currency),
        "items": items,
        "item_count": sum(i["quantity"] for i in items),
        "breakdown": cart_quote.breakdown.as_dict(),
        "discount_error": cart_quote.discount_error,
        "email": cart.email,
        "marketing_consent": cart.marketing_consent,
        "name": cart.name,
        "phone": cart.phone,
        "address": cart.address,
        "payment_method": cart.payment_method,
        "step": cart.checkout_step,
    }


def _link_serializer(server_secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(server_secret, salt="pushcart-cart-link")


def cart_link_token(server_secret: str, cart: Cart,
                    recovery: dict[str, Any] | None = None) -> str:
    """A signed token for ?pushcart_cart=…, restoring this cart on any device; a reminder's
    link also names its step, channel and incentive code."""
    data: dict[str, Any] = {"c": cart.token}
    if recovery:
        data["r"] = recovery
    return _link_serializer(server_secret).dumps(data)


async def restore_from_link(store: Store, server_secret: str, link_token: str,
                            max_age_seconds: int) -> tuple[Cart, dict[str, Any] | None]:
    try:
        data = _link_serializer(server_secret).loads(link_token, max_age=max_age_seconds)
    except SignatureExpired as exc:
        raise ApiError("this cart link has expired", code="link_expired", status=410) from exc
    except BadSignature as exc:
        raise ApiError("this cart link is not valid", code="invalid_link") from exc
    token = data.get("c") if isinstance(data, dict) else None
    valid = isinstance(token, str) and len(token) <= 64
    cart = await Cart.get_or_none(store=store, token=token) if valid else None
    if cart is None:
        raise NotFound("this cart link is not valid for this store", code="invalid_link")
    recovery = data.get("r")
    return cart, recovery if isinstance(recovery, dict) else None
