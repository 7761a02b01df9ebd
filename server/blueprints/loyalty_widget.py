"""The widget's loyalty routes (public key, CORS): send the cart's shopper a one-time code, and
spend their points on the cart (a number of points or "max": never an amount)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints
from quart import Blueprint, Response, jsonify, request
from quart_schema import security_scheme_blueprint, tag

from server.blueprints import current
from server.blueprints.keys import add_cors_headers, preflight, require_public_store
from server.blueprints.validation import validate_json
from server.checkout import carts
from server.errors import ApiError
from server.loyalty import checkout as loyalty
from server.loyalty import codes
from server.schemas import Lenient

blueprint = Blueprint("loyalty_widget", __name__)
security_scheme_blueprint(blueprint, [{"publicKey": []}])
blueprint.before_request(preflight)
blueprint.after_request(add_cors_headers)


@blueprint.before_request
async def authenticate() -> None:
    if request.method != "OPTIONS":
        await require_public_store()


class Redeem(Lenient):
    points: Annotated[int, Field(ge=0, le=loyalty.ALL_POINTS)] | Literal["max"]
    code: Annotated[str, StringConstraints(strip_whitespace=True,
                                           pattern=r"^[0-9]{6}$")] | None = None


def _client() -> str:
    return f"{current.client_address()}|{request.headers.get('X-Pushcart-Key', '')[:64]}"


@blueprint.post("/carts/<token>/loyalty/code")
@tag(["widget"])
async def send_code(token: str) -> tuple[dict[str, str], int]:
    """Email the cart's shopper a six-digit code (valid 10 minutes, 5 tries) that lets this cart
    spend their points."""
    store = await require_public_store()
    cart, _ = await carts.cart_with_items(store, token)
    await codes.send_code(store, cart, current.now(), current.message_context(),
                          current.limiter_store(), _client())
    return {"status": "sent", "email": cart.email or ""}, 202


@blueprint.post("/carts/<token>/loyalty")
@tag(["widget"])
@validate_json(Redeem)
async def redeem(token: str, data: Redeem) -> tuple[Response, int]:
    """Spend `points` (a number, or "max": as many as the balance and the cart allow; 0 stops)
    on the cart. The first time, `code` is the one emailed to the cart's address. The discount
    is computed here and shown as its own line of the breakdown."""
    store = await require_public_store()
    now = current.now()
    cart, items = await carts.cart_with_items(store, token)
    quote = await carts.live_quote(store, cart, items, now)
    program, points, _ = await loyalty.offer(store, cart, now)
    requested = loyalty.ALL_POINTS if data.points == "max" else data.points
    loyalty.check_request(program, points, None if data.points == "max" else requested,
                          quote.breakdown, program.point_value if program else 1)
    if requested and not loyalty.is_verified(cart):
        if data.code is None:
            raise ApiError("enter the code sent to your email", code="code_required")
        await codes.verify_code(store, cart, data.code, now, current.settings().secret_key,
                                current.limiter_store(), _client())
    cart.loyalty_points = requested
    await cart.save(update_fields=["loyalty_points"])
    quote = await carts.live_quote(store, cart, items, now)
    return jsonify(carts.cart_view(store, cart, quote)), 200
