"""The store API's loyalty routes (secret key): the program's settings and figures, a shopper's
balance and ledger, and manual credits and debits."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import EmailStr, Field, StringConstraints
from quart import Blueprint
from quart_schema import security_scheme_blueprint, tag, validate_querystring

from server.blueprints import current
from server.blueprints.keys import require_secret_store
from server.blueprints.validation import validate_json
from server.loyalty import ledger
from server.loyalty.settings import (
    MAX_POINTS,
    LoyaltySettings,
    LoyaltySettingsIn,
    save_loyalty_settings,
)
from server.schemas import QueryArgs, Strict

blueprint = Blueprint("loyalty_store_api", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])


@blueprint.before_request
async def authenticate() -> None:
    await require_secret_store()


class ShopperQuery(QueryArgs):
    email: EmailStr


class Adjustment(Strict):
    email: EmailStr
    points: Annotated[int, Field(ge=-MAX_POINTS, le=MAX_POINTS)]  # + credit, - debit
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                             max_length=200)]


@blueprint.get("/loyalty/settings")
@tag(["loyalty"])
async def get_settings() -> dict[str, Any]:
    """The points program: `enabled`, `spend_per_point` (minor units of goods that earn a point;
    ₹10 or $1 by default), `point_value` (minor units a point is worth), `min_redeem`,
    `expiry_months`, and the bonuses `bonus_first_order`, `bonus_push`, `bonus_feedback`."""
    return LoyaltySettings.of(await require_secret_store()).view()


@blueprint.put("/loyalty/settings")
@tag(["loyalty"])
@validate_json(LoyaltySettingsIn)
async def put_settings(data: LoyaltySettingsIn) -> dict[str, Any]:
    """Replace the program's settings; a field left out takes Pushcart's default."""
    store = await require_secret_store()
    return (await save_loyalty_settings(store, data)).view()


@blueprint.get("/loyalty")
@tag(["loyalty"])
@validate_querystring(ShopperQuery)
async def get_shopper(query_args: ShopperQuery) -> dict[str, Any]:
    """A shopper's balance (`points`, and `value` in minor units) and their ledger, newest
    first: every change with its kind (earn, bonus, redeem, release, reverse, expire, adjust),
    reason and order. 404 unknown_shopper for an address the store has never seen."""
    store = await require_secret_store()
    return await ledger.shopper_view(store, str(query_args.email), current.now())


@blueprint.post("/loyalty/adjust")
@tag(["loyalty"])
@validate_json(Adjustment)
async def adjust(data: Adjustment) -> dict[str, Any]:
    """Credit (`points` > 0) or debit (`points` < 0) a shopper by hand, with a `reason`. A debit
    beyond the balance is refused (insufficient_points) and changes nothing."""
    store = await require_secret_store()
    now = current.now()
    await ledger.adjust(store, str(data.email), data.points, data.reason, now)
    return await ledger.shopper_view(store, str(data.email), now)


@blueprint.get("/loyalty/figures")
@tag(["loyalty"])
async def get_figures() -> dict[str, Any]:
    """Points issued, redeemed, reversed, expired and outstanding; accounts; and the revenue
    (minor units) of confirmed orders that redeemed points."""
    store = await require_secret_store()
    return await ledger.figures(store, current.now())
