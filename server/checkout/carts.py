"""Carts: catalog items, the shopper's details captured step by step, and the live quote."""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from tortoise.exceptions import IntegrityError

from server.checkout.pricing import Breakdown, Line, quote
from server.checkout.rules import (
    DiscountRefused,
    StoreRules,
    as_pricing_discount,
    cached_store_rules,
    store_rules,
    usable_discount,
)
from server.errors import ApiError, Conflict, NotFound
from server.loyalty import checkout as loyalty
from server.messaging.sms import normalize_phone
from server.models import Cart, CartItem, CartStatus, Product, Store, Visitor
from server.stores import currency_exponent

MAX_LINE_QUANTITY = 99
MAX_DISTINCT_ITEMS = 50
LOW_STOCK = 5  # at most this many left: the widget and reminder emails say so
CHECKOUT_STEPS = ("cart", "contact", "delivery", "payment")
ADDRESS_FIELDS = ("line1", "line2", "city", "region", "postal_code", "country")
REQUIRED_ADDRESS_FIELDS = ("line1", "city", "postal_code", "country")
TEXT_CONSENTS = ("sms_consent", "whatsapp_consent")  # each channel's own, off by default


@dataclass(frozen=True)
class CartQuote:
    items: list[CartItem]
    breakdown: Breakdown
    discount_error: str | None
    loyalty: dict[str, Any] | None = None  # the shopper's points (server/loyalty/checkout.py)


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _known_zone(timezone: str) -> bool:
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


async def _visitor(store: Store, visitor_key: str | None, locale: str,
                   timezone: str) -> Visitor | None:
    """The visitor of this key (made on their first cart), with the language and the browser's
    time zone (used for quiet hours) they came with; a zone we do not know keeps what we had."""
    if not visitor_key:
        return None
    locale = locale[:16]  # for segments by language
    timezone = timezone if timezone and _known_zone(timezone) else ""
    visitor = await Visitor.get_or_none(store=store, key=visitor_key)
    if visitor is None:
        try:
            return await Visitor.create(store=store, key=visitor_key, locale=locale,
                                        timezone=timezone)
        except IntegrityError:  # the same shopper's other tab made them meanwhile
            visitor = await Visitor.get(store=store, key=visitor_key)
    changed = []
    if timezone and timezone != visitor.timezone:
        visitor.timezone = timezone
        changed.append("timezone")
    if locale and locale != visitor.locale:
        visitor.locale = locale
        changed.append("locale")
    if changed:
        await visitor.save(update_fields=changed)
    return visitor


async def create_cart(store: Store, visitor_key: str | None, locale: str, now: datetime,
                      timezone: str = "") -> Cart:
    """A new open cart; a returning visitor's contact and address are filled in for them."""
    visitor = await _visitor(store, visitor_key, locale, timezone)
    prefill: dict[str, Any] = {}
    if visitor is not None and visitor.email:
        prefill = {
            "email": visitor.email, "marketing_consent": visitor.marketing_consent,
            "name": visitor.name, "phone": visitor.phone, "address": visitor.address,
            "sms_consent": visitor.sms_consent, "whatsapp_consent": visitor.whatsapp_consent,
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


async def cart_items(cart: Cart) -> list[CartItem]:
    """The cart's lines with their products as the catalog has them now, in the order added."""
    return await CartItem.filter(cart=cart).select_related("product").order_by("id")


# What the widget's requests read of a cart and its lines (not the recovery's columns), in one
# query: the ORM would take two, and build each query anew.
_CART_COLUMNS = ("id", "store_id", "visitor_id", "token", "status", "email", "email_captured_at",
                 "marketing_consent", "name", "phone", "sms_consent", "whatsapp_consent",
                 "address", "discount_code", "payment_method", "locale", "checkout_step",
                 "loyalty_points", "loyalty_email")
_PRODUCT_COLUMNS = ("id", "store_id", "sku", "name", "price", "compare_at_price", "image_url",
                    "url", "stock", "is_active")
_CART_WITH_ITEMS = (
    f"SELECT {', '.join('c.' + c for c in _CART_COLUMNS)}, ci.id, ci.quantity, "
    f"{', '.join('p.' + c for c in _PRODUCT_COLUMNS)} "
    "FROM cart c LEFT JOIN cart_item ci ON ci.cart_id = c.id "
    "LEFT JOIN product p ON p.id = ci.product_id "
    "WHERE c.token = $1 AND c.store_id = $2 ORDER BY ci.id")


async def cart_with_items(store: Store, token: str, *,
                          open_only: bool = True) -> tuple[Cart, list[CartItem]]:
    """The store's cart of this token and its lines (cart_items), as a widget request works on
    them: partial models, saved with update_fields. Another store's token is not found."""
    if len(token) > 64:
        raise NotFound("no such cart", code="unknown_cart")
    db = Cart._meta.db
    sql = _CART_WITH_ITEMS.replace("$", "?") if db.capabilities.dialect == "sqlite" \
        else _CART_WITH_ITEMS  # sqlite3 numbers its parameters ?1, ?2
    _, rows = await db.execute_query(sql, [token, store.id])
    if not rows:
        raise NotFound("no such cart", code="unknown_cart")
    width = len(_CART_COLUMNS)
    cart = Cart._init_from_db(**dict(zip(_CART_COLUMNS, rows[0][:width], strict=True)))
    if open_only and cart.status != CartStatus.OPEN:
        raise Conflict("this cart has already been ordered", code="cart_converted")
    items = []
    for row in rows:
        if row[width] is None:
            continue  # an empty cart: its one row has no line
        item = CartItem._init_from_db(id=row[width], quantity=row[width + 1], cart_id=cart.id)
        item.product = Product._init_from_db(**dict(zip(_PRODUCT_COLUMNS, row[width + 2:],
                                                        strict=True)))
        items.append(item)
    return cart, items


async def _touch(cart: Cart, now: datetime, *fields: str) -> None:
    cart.updated_at = now
    await cart.save(update_fields=[*fields, "updated_at"])


async def _product(store: Store, sku: str,
                   items: list[CartItem]) -> tuple[Product, CartItem | None]:
    """The product of *sku* and its line among *items* (if the cart holds it)."""
    item = next((i for i in items if i.product.sku == sku), None)
    if item is not None:
        return item.product, item
    product = await Product.get_or_none(store=store, sku=sku) if len(sku) <= 64 else None
    if product is None:
        raise NotFound(f"no product with SKU '{sku[:64]}'", code="unknown_sku")
    return product, None


async def set_quantity(store: Store, cart: Cart, items: list[CartItem], sku: str, quantity: int,
                       now: datetime) -> None:
    """Put *quantity* of *sku* in the cart (0 removes it); the catalog decides name and price.
    *items* are the cart's lines (cart_items), read once a request and kept up to date here."""
    product, item = await _product(store, sku, items)
    await _set_line(cart, items, product, item, quantity, now)


async def add_quantity(store: Store, cart: Cart, items: list[CartItem], sku: str, quantity: int,
                       now: datetime) -> None:
    product, item = await _product(store, sku, items)
    await _set_line(cart, items, product, item, (item.quantity if item else 0) + quantity, now)


async def _set_line(cart: Cart, items: list[CartItem], product: Product, item: CartItem | None,
                    quantity: int, now: datetime) -> None:
    if quantity < 0 or quantity > MAX_LINE_QUANTITY:
        raise ApiError(f"quantity must be between 0 and {MAX_LINE_QUANTITY}",
                       code="invalid_quantity")
    if quantity == 0:
        if item is not None:
            await item.delete()
            items.remove(item)
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
    if item is None and len(items) >= MAX_DISTINCT_ITEMS:
        raise ApiError(f"a cart holds at most {MAX_DISTINCT_ITEMS} different products",
                       code="cart_full")
    if item is None:
        items.append(await CartItem.create(cart=cart, product=product, quantity=quantity))
    else:
        item.quantity = quantity
        await item.save(update_fields=["quantity"])
    await _touch(cart, now)


async def update_details(
    store: Store, cart: Cart, changes: dict[str, Any], now: datetime
) -> None:
    """Save what the shopper typed. The email is saved the moment it is valid (it is validated
    before it gets here); the visitor remembers it for their next visit."""
    fields = _text_consent(cart, changes)  # checked first: a refusal saves nothing
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
        if changes.get(name) is not None and name not in fields:
            setattr(cart, name, str(changes[name]).strip())
            fields.append(name)
    if changes.get("address") is not None:
        address = {k: str(v).strip() for k, v in changes["address"].items()
                   if k in ADDRESS_FIELDS and v is not None}
        if address.get("country"):
            address["country"] = address["country"].upper()
            if not (await cached_store_rules(store)).ships_to(address["country"]):
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
    cart.updated_at = now
    written = await Cart.filter(id=cart.id, token=cart.token).update(
        **{name: getattr(cart, name) for name in (*fields, "updated_at")})
    if not written:  # erased meanwhile (server/privacy/erasure.py gives the cart a new token):
        raise NotFound("no such cart", code="unknown_cart")  # what it was sent is not kept
    await _remember_visitor(cart, texting=any(flag in fields for flag in TEXT_CONSENTS))


def _text_consent(cart: Cart, changes: dict[str, Any]) -> list[str]:
    """Apply the shopper's SMS and WhatsApp consent (each its own box, off unless ticked): with
    either on, the phone must be in E.164 (+ country code), and is kept so. Returns the fields
    it set; raises before setting any when the number is not one."""
    consents = {flag: bool(changes[flag]) for flag in TEXT_CONSENTS
                if changes.get(flag) is not None}
    phone = str(changes["phone"]).strip() if changes.get("phone") is not None else cart.phone
    wanted = {flag: consents.get(flag, bool(getattr(cart, flag))) for flag in TEXT_CONSENTS}
    normalized = normalize_phone(phone) if any(wanted.values()) else None
    if any(wanted.values()) and normalized is None:
        raise ApiError("to get text messages, give the phone number with its country code, "
                       "such as +91 98765 43210", code="invalid_phone")
    fields = list(consents)
    for flag, value in consents.items():  # given, or taken back
        setattr(cart, flag, value)
    if normalized is not None:
        cart.phone = normalized
        fields.append("phone")
    return fields


async def _remember_visitor(cart: Cart, *, texting: bool = False) -> None:
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
    if texting:  # consent to texts, given or taken back, is the visitor's too (automations)
        values.update(phone=cart.phone, sms_consent=bool(cart.sms_consent),
                      whatsapp_consent=bool(cart.whatsapp_consent))
    if values:
        await Visitor.filter(id=cart.visitor_id).update(**values)


async def quote_cart(store: Store, cart: Cart, now: datetime) -> CartQuote:
    """The cart's quote from what the database holds now, as an order is placed."""
    return await _quote(store, cart, await cart_items(cart), await store_rules(store), now)


async def live_quote(store: Store, cart: Cart, items: list[CartItem], now: datetime) -> CartQuote:
    """The quote the widget shows after each change: of the lines this request holds, with the
    store's rules from their cache (server/checkout/rules.py)."""
    return await _quote(store, cart, items, await cached_store_rules(store), now)


async def _quote(store: Store, cart: Cart, items: list[CartItem], rules: StoreRules,
                 now: datetime) -> CartQuote:
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
    program, points, offer = await loyalty.offer(store, cart, now)
    breakdown = quote(
        lines,
        shipping=rules.shipping_for(store, country),
        tax=rules.tax_for(store, country, region),
        prices_include_tax=store.prices_include_tax,
        discount=discount,
        shipping_is_estimate=country is None,
        points=offer,
    )
    return CartQuote(items=items, breakdown=breakdown,
                     discount_error=discount_error or breakdown.discount_rejection,
                     loyalty=loyalty.view(program, cart, points, breakdown) if program else None)


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
        "sms_consent": bool(cart.sms_consent),
        "whatsapp_consent": bool(cart.whatsapp_consent),
        "address": cart.address,
        "payment_method": cart.payment_method,
        "step": cart.checkout_step,
        "loyalty": cart_quote.loyalty,
    }


@functools.lru_cache(maxsize=8)
def _link_serializer(server_secret: str) -> URLSafeTimedSerializer:
    """One per secret: a reminder batch signs thousands of links, and building a serializer
    signs a test payload each time."""
    return URLSafeTimedSerializer(server_secret, salt="pushcart-cart-link")


def cart_link_token(server_secret: str, cart: Cart | str,
                    recovery: dict[str, Any] | None = None) -> str:
    """A signed token for ?pushcart_cart=…, restoring this cart (or the cart of this token)
    on any device; a reminder's link also names its step, channel and incentive code."""
    data: dict[str, Any] = {"c": cart if isinstance(cart, str) else cart.token}
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
