"""The store API's shoppers' privacy requests (secret key): everything held about a shopper, as
one JSON document, and the erasure of their personal data."""

from __future__ import annotations

from typing import Any

from quart import Blueprint
from quart_schema import security_scheme_blueprint, tag, validate_querystring

from server.blueprints import current
from server.blueprints.keys import require_secret_store
from server.privacy import erasure
from server.privacy.schemas import ShopperQuery
from server.privacy.shoppers import export_shopper

blueprint = Blueprint("shoppers_api", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])


@blueprint.before_request
async def authenticate() -> None:
    """The key first: a request without it learns nothing, not even whether its query is
    valid."""
    await require_secret_store()


@blueprint.get("/shoppers")
@tag(["shoppers' privacy"])
@validate_querystring(ShopperQuery)
async def export(query_args: ShopperQuery) -> dict[str, Any]:
    """Everything this store holds about the shopper of `?email=`: visitor records, carts,
    orders, feedback, push subscriptions, messages, product views and alerts, automation runs,
    consents (when, the text shown, its language), suppressions, and the erasures of that
    address (when, by whom). `found` is false, and the lists empty, when the store holds
    nothing about that address (an erased shopper's erasures are still listed)."""
    store = await require_secret_store()
    return await export_shopper(store, query_args.email, current.now(),
                                current.settings().secret_key)


@blueprint.delete("/shoppers")
@tag(["shoppers' privacy"])
@validate_querystring(ShopperQuery)
async def erase(query_args: ShopperQuery) -> dict[str, Any]:
    """Erase the personal data of the shopper of `?email=` (contact details, addresses, carts'
    details, push subscriptions, product views, alerts, consents, free text); their orders'
    amounts and items stay under an anonymous id. Nothing is sent to the address again (it is
    kept as a keyed hash only). Returns when it was done, by whom, the anonymous id and how
    many rows of each kind were erased."""
    store = await require_secret_store()
    done = await erasure.erase_shopper(
        store, query_args.email, server_secret=current.settings().secret_key,
        requested_by=erasure.api_requester(store), now=current.now())
    return erasure.erasure_view(done)
