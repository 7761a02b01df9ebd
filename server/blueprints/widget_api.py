"""The widget API: what the checkout widget calls from the shopper's browser (public key, CORS)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import EmailStr, Field, StringConstraints
from quart import Blueprint, Response, jsonify, request
from quart_rate_limiter import RateLimit, rate_limit
from quart_schema import security_scheme_blueprint, tag, validate_querystring

from server import limits, widget_bundle
from server.blueprints import current
from server.blueprints.keys import add_cors_headers, preflight, require_public_store
from server.blueprints.validation import validate_json
from server.campaigns import subscriptions
from server.campaigns.subscriptions import PushSubscriptionJSON
from server.checkout import alerts, carts, catalog, orders, post_purchase
from server.checkout.rules import DiscountRefused
from server.errors import ApiError, NotFound
from server.loyalty import ledger as loyalty
from server.messaging import clicks
from server.messaging.sms import TextMessageSettings
from server.models import Cart, CartItem, CartStatus, Store
from server.privacy import consents, erasure
from server.recommendations import picks
from server.recovery.content import record_landing
from server.schemas import Lenient, QueryArgs
from server.stores import currency_exponent, push_prompt_view

blueprint = Blueprint("widget_api", __name__)
security_scheme_blueprint(blueprint, [{"publicKey": []}])
blueprint.before_request(preflight)
blueprint.after_request(add_cors_headers)
KEYLESS = {"widget_api.record_click"}  # the service worker's signed click link is its own key


@blueprint.before_request
async def authenticate() -> None:
    """The key and origin first, before a body is read."""
    if request.endpoint not in KEYLESS and request.method != "OPTIONS":
        await require_public_store()

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]
VisitorId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{8,64}$")]
Sku = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)]


class NewCart(Lenient):
    visitor_id: VisitorId | None = None
    locale: Annotated[str, StringConstraints(max_length=16)] = ""
    timezone: Annotated[str, StringConstraints(max_length=64)] = ""  # IANA, from the browser


class AddItem(Lenient):
    sku: Sku
    quantity: int = Field(default=1, ge=1, le=carts.MAX_LINE_QUANTITY)


class SetQuantity(Lenient):
    quantity: int = Field(ge=0, le=carts.MAX_LINE_QUANTITY)


class Address(Lenient):
    line1: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    line2: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    city: Short = ""
    region: Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)] = ""
    postal_code: Annotated[str, StringConstraints(strip_whitespace=True, max_length=16)] = ""
    country: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")] | Literal[""] = ""


class CartDetails(Lenient):
    email: EmailStr | None = None
    marketing_consent: bool | None = None
    name: Short | None = None
    phone: Annotated[str, StringConstraints(pattern=r"^[0-9+()\- .]{0,32}$")] | None = None
    sms_consent: bool | None = None  # with either, the phone must be in E.164
    whatsapp_consent: bool | None = None
    address: Address | None = None
    discount_code: Code | None = None
    payment_method: Annotated[str, StringConstraints(max_length=32)] | None = None
    step: Literal["cart", "contact", "delivery", "payment"] | None = None
    locale: Annotated[str, StringConstraints(max_length=16)] | None = None


class NewSubscription(Lenient):
    visitor_id: VisitorId | None = None
    subscription: PushSubscriptionJSON
    locale: Annotated[str, StringConstraints(max_length=16)] = ""
    timezone: Annotated[str, StringConstraints(max_length=64)] = ""


class ProductViewIn(Lenient):
    visitor_id: VisitorId
    sku: Sku


class Unsubscribe(Lenient):
    endpoint: Annotated[str, StringConstraints(max_length=2048)]


class PlaceOrder(Lenient):
    payment_method: Annotated[str, StringConstraints(max_length=32)]


class RestoreCart(Lenient):
    link: Annotated[str, StringConstraints(min_length=10, max_length=500)]


class ConfigQuery(QueryArgs):
    # the page's and the browser's languages ("hi-IN,en-US"): with the store's, they choose the
    # widget's language
    lang: Annotated[str, StringConstraints(max_length=80)] = ""
    # "<language>.<version>" of the texts the widget already keeps: not sent again
    have: Annotated[str, StringConstraints(max_length=40)] = ""


class StockQuery(QueryArgs):
    # comma-separated; short enough that a URL of them always fits a request line
    skus: Annotated[str, StringConstraints(min_length=1, max_length=alerts.MAX_SKUS_LENGTH)]


class NewAlert(Lenient):
    visitor_id: VisitorId
    channel: Literal["push", "email"]
    kind: Literal["stock", "price"] = "stock"  # back in stock, or every price drop
    email: EmailStr | None = None
    consent: bool = False
    locale: Annotated[str, StringConstraints(max_length=16)] = ""


async def _client() -> str:
    return f"{current.client_address()}|{request.headers.get('X-Pushcart-Key', '')[:64]}"


async def _is_preflight() -> bool:
    return request.method == "OPTIONS"


# a shopper asks about a few products; a script signing other people's addresses up asks more
ALERT_LIMITS = [RateLimit(10, timedelta(minutes=1), key_function=_client,
                          skip_function=_is_preflight),
                RateLimit(60, timedelta(hours=1), key_function=_client,
                          skip_function=_is_preflight)]


async def _cart_response(store: Store, cart: Cart, items: list[CartItem],
                         status: int = 200) -> tuple[Response, int]:
    """The cart as the widget shows it, of the lines this request read and changed. Encoded
    here: a dict returned from a route would first be copied through a new pydantic
    TypeAdapter by quart-schema, at every request."""
    quote = await carts.live_quote(store, cart, items, current.now())
    body = carts.cart_view(store, cart, quote)
    body["recommendations"] = await _recommendations(store, cart, items)
    return jsonify(body), status


async def _recommendations(store: Store, cart: Cart, items: list[CartItem]) -> list[Any]:
    """"Goes well with" for the cart's drawer: one statement, none for an empty cart."""
    if cart.status != CartStatus.OPEN:
        return []
    found = await picks.recommend(store, [item.product.id for item in items])
    return [r.view() for r in found]


@blueprint.get("/widget/config")
@tag(["widget"])
@validate_querystring(ConfigQuery)
async def widget_config(query_args: ConfigQuery) -> dict[str, Any]:
    """The store's face in the widget: currency, locale, payment methods, trust line, branding;
    the language the widget speaks and, unless the widget keeps them, that language's texts
    (widget.js carries only English's)."""
    store = await require_public_store()
    page, _, browser = query_args.lang.partition(",")
    texts = widget_bundle.load_texts()
    language = texts.choose(page, store.locale, browser)
    kept = query_args.have == f"{language}.{texts.version}"
    return {
        "lang": language,
        **({} if language == "en" or kept else {"texts": texts.by_language[language]}),
        "name": store.name,
        "currency": store.currency,
        "currency_exponent": currency_exponent(store.currency),
        "locale": store.locale,
        "country": store.country,
        "payment_methods": store.payment_methods,
        "trust": store.trust,
        "branding": store.branding,
        "prices_include_tax": store.prices_include_tax,
        "vapid_public_key": store.vapid_public_key,
        "push_prompt": push_prompt_view(store),
        # how "Notify me" may tell the shopper
        "stock_alerts": alerts.alert_channels(store, current.message_context().email_enabled),
        "text_channels": TextMessageSettings.of(store).offered,  # consent boxes by the phone
    }


@blueprint.post("/carts")
@tag(["widget"])
@validate_json(NewCart)
async def create_cart(data: NewCart) -> tuple[Response, int]:
    store = await require_public_store()
    cart = await carts.create_cart(store, data.visitor_id, data.locale, current.now(),
                                   timezone=data.timezone)
    return await _cart_response(store, cart, [], 201)


@blueprint.get("/carts/<token>")
@tag(["widget"])
async def read_cart(token: str) -> tuple[Response, int]:
    store = await require_public_store()
    cart, items = await carts.cart_with_items(store, token, open_only=False)
    return await _cart_response(store, cart, items)


@blueprint.post("/carts/<token>/items")
@tag(["widget"])
@validate_json(AddItem)
async def add_item(token: str, data: AddItem) -> tuple[Response, int]:
    """Add to the cart; the price always comes from the catalog, whatever the browser says."""
    store = await require_public_store()
    cart, items = await carts.cart_with_items(store, token)
    await carts.add_quantity(store, cart, items, data.sku, data.quantity, current.now())
    return await _cart_response(store, cart, items)


@blueprint.put("/carts/<token>/items/<sku>")
@tag(["widget"])
@validate_json(SetQuantity)
async def set_item(token: str, sku: str, data: SetQuantity) -> tuple[Response, int]:
    store = await require_public_store()
    cart, items = await carts.cart_with_items(store, token)
    await carts.set_quantity(store, cart, items, sku, data.quantity, current.now())
    return await _cart_response(store, cart, items)


@blueprint.delete("/carts/<token>/items/<sku>")
@tag(["widget"])
async def remove_item(token: str, sku: str) -> tuple[Response, int]:
    store = await require_public_store()
    cart, items = await carts.cart_with_items(store, token)
    await carts.set_quantity(store, cart, items, sku, 0, current.now())
    return await _cart_response(store, cart, items)


@blueprint.patch("/carts/<token>")
@tag(["widget"])
@validate_json(CartDetails)
async def update_cart(token: str, data: CartDetails) -> tuple[Response, int]:
    """Save the shopper's details as they type them; the email is kept as soon as it is valid."""
    store = await require_public_store()
    cart, items = await carts.cart_with_items(store, token)
    changes = data.model_dump(exclude_unset=True)
    if data.discount_code:  # a code tried: counted, so that codes cannot be guessed
        await limits.count_attempt(current.limiter_store(), [
            (f"code|cart|{cart.id}", limits.CODES_PER_CART),
            (f"code|address|{current.client_address()}", limits.CODES_PER_ADDRESS)])
    if data.address is not None:
        changes["address"] = data.address.model_dump()
    email_before, consent_before = cart.email, cart.marketing_consent
    texts_before = {channel: bool(getattr(cart, f"{channel}_consent"))
                    for channel in consents.TEXT_CONSENT_KEYS}
    await carts.update_details(store, cart, changes, current.now())
    given = await consents.record_cart_consent(store, cart, email_before, consent_before,
                                               current.now(), texts_before)
    # the cart's own write is conditional on its token (carts.update_details); consents are
    # rows of their own, checked when there are any
    if given and await erasure.undo_if_erased(cart, given):  # erased meanwhile
        raise NotFound("no such cart", code="unknown_cart")
    return await _cart_response(store, cart, items)


@blueprint.post("/carts/<token>/order")
@tag(["widget"])
@validate_json(PlaceOrder)
async def place_order(token: str, data: PlaceOrder) -> tuple[dict[str, Any], int]:
    store = await require_public_store()
    messages = current.message_context()
    order = await orders.place_order(store, token, data.payment_method, current.now(), messages)
    await erasure.undo_order_if_erased(store, order, token, now=current.now(),
                                       server_secret=messages.server_secret)
    lang = await post_purchase.language_of_order(store, order)
    return {
        "number": order.number, "status": order.status.value, "total": order.total,
        "currency": order.currency, "email": order.email,
        "status_url": post_purchase.order_url(messages, order, lang),
        "points": await loyalty.points_of_order(store, order),  # earned (when confirmed) and spent
    }, 201


@blueprint.post("/carts/<token>/link")
@tag(["widget"])
async def cart_link(token: str) -> dict[str, Any]:
    """A signed token that restores this cart on another device (?pushcart_cart=…)."""
    store = await require_public_store()
    cart = await carts.get_open_cart(store, token)
    return {"link": carts.cart_link_token(current.settings().secret_key, cart)}


@blueprint.post("/carts/restore")
@tag(["widget"])
@validate_json(RestoreCart)
async def restore_cart(data: RestoreCart) -> tuple[Response, int]:
    store = await require_public_store()
    settings = current.settings()
    cart, reminder = await carts.restore_from_link(store, settings.secret_key, data.link,
                                                   settings.cart_link_max_age_days * 86400)
    notice = None
    if reminder is not None:  # the shopper followed an abandoned-cart reminder
        now = current.now()
        await record_landing(cart, reminder, now)
        code = reminder.get("k")
        if isinstance(code, str) and code and cart.status == CartStatus.OPEN \
                and cart.discount_code != code:
            try:
                await carts.update_details(store, cart, {"discount_code": code}, now)
            except ApiError as exc:  # expired or used: the cart still comes back, without it
                notice = exc.reason if isinstance(exc, DiscountRefused) else exc.code
    quote = await carts.live_quote(store, cart, await carts.cart_items(cart), current.now())
    body = carts.cart_view(store, cart, quote)
    body["recommendations"] = await _recommendations(store, cart, quote.items)
    if notice:
        body["notice"] = notice
    return jsonify(body), 200


@blueprint.post("/push/subscriptions")
@tag(["push"])
@validate_json(NewSubscription)
async def create_subscription(data: NewSubscription) -> tuple[dict[str, Any], int]:
    """Store a browser's PushSubscription (deduplicated by endpoint) for this store."""
    store = await require_public_store()
    sub = data.subscription
    visitor_id, had_push, _ = await consents.visitor_push_state(store,
                                                               visitor_key=data.visitor_id)
    subscription, created = await subscriptions.subscribe(
        store,
        subscriptions.SubscriptionInput(
            endpoint=sub.endpoint, p256dh=sub.keys.p256dh, auth=sub.keys.auth,
            visitor_key=data.visitor_id, locale=data.locale, timezone=data.timezone,
            user_agent=request.headers.get("User-Agent", "")[:500],
        ),
        current.settings().push_hosts, current.now(),
    )
    await consents.record_push_change(store, subscription.visitor_id or visitor_id, had_push,
                                      data.locale, current.now())
    if created:  # the program's bonus for allowing push, once per shopper
        await loyalty.award_push_bonus(store, data.visitor_id, current.now())
    return {"id": subscription.id, "status": "subscribed"}, 201 if created else 200


@blueprint.get("/widget/availability")
@tag(["widget"])
@validate_querystring(StockQuery)
async def availability(query_args: StockQuery) -> dict[str, bool]:
    """Whether each product of `?skus=A,B` is in stock (unknown SKUs are left out): the widget's
    add-to-cart buttons for those that are not become "Notify me when it's back"."""
    store = await require_public_store()
    return await alerts.availability(store, query_args.skus.split(","))


@blueprint.post("/products/<sku:sku>/alerts")
@tag(["widget"])
@rate_limit(limits=ALERT_LIMITS)
@validate_json(NewAlert)
async def create_alert(sku: str, data: NewAlert) -> tuple[dict[str, Any], int]:
    """"Notify me when it's back": by push (this visitor's browser must be subscribed) or by
    email (with the shopper's consent). Asking again while waiting changes nothing. With
    `"kind": "price"`, the shopper is told of every price drop instead (any stock)."""
    store = await require_public_store()
    alert, created = await alerts.ask_to_be_told(store, sku, alerts.AlertRequest(
        visitor_key=data.visitor_id, channel=data.channel, kind=data.kind, email=data.email,
        consent=data.consent, locale=data.locale), current.now(),
        email_enabled=current.message_context().email_enabled)
    if created and alert.channel == "email":
        await consents.record_consent(
            store, channel="email", is_granted=True, now=current.now(), source="widget",
            email=alert.email, visitor_id=alert.visitor_id,
            text_key=consents.ALERT_EMAIL_CONSENT, language=data.locale)
    return alerts.alert_view(alert, sku), 201 if created else 200


@blueprint.post("/views")
@tag(["widget"])
@validate_json(ProductViewIn)
async def record_view(data: ProductViewIn) -> tuple[str, int]:
    """A shopper opened a product's page (`Pushcart.view(sku)`): used by segments such as
    "viewed the teas in the last 7 days"."""
    store = await require_public_store()
    await catalog.record_view(store, data.visitor_id, data.sku, current.now())
    return "", 204


@blueprint.post("/push/unsubscribe")
@tag(["push"])
@validate_json(Unsubscribe)
async def delete_subscription(data: Unsubscribe) -> dict[str, Any]:
    """Stop sending to this endpoint (the shopper turned notifications off)."""
    store = await require_public_store()
    visitor_id, had_push, locale = await consents.visitor_push_state(
        store, endpoint_hash=subscriptions.endpoint_hash(data.endpoint[:2048]))
    changed = await subscriptions.unsubscribe(store, data.endpoint, current.now())
    if changed:
        await consents.record_push_change(store, visitor_id, had_push, locale, current.now())
    return {"status": "unsubscribed" if changed else "not_subscribed"}


@blueprint.post("/push/clicks/<token>")
@tag(["push"])
async def record_click(token: str) -> tuple[str, int]:
    """The service worker reports a notification click (signed URL from the payload)."""
    if len(token) > 200 or not await clicks.record_click(current.settings().secret_key, token,
                                                        current.now()):
        raise NotFound("unknown click link", code="unknown_click")
    return "", 204
