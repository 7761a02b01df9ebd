"""The store API's webhooks: a merchant's backend manages its endpoints, reads the deliveries
made to them and redelivers one, with the store's secret key."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from quart import Blueprint
from quart_schema import security_scheme_blueprint, tag, validate_querystring

from server.blueprints import current
from server.blueprints.keys import require_secret_store
from server.blueprints.validation import validate_json
from server.models import DeliveryStatus
from server.schemas import QueryArgs
from server.webhooks import endpoints
from server.webhooks.endpoints import WebhookEndpointIn, WebhookEndpointPatch

blueprint = Blueprint("webhooks_api", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])


@blueprint.before_request
async def authenticate() -> None:
    """The key first: a request without it learns nothing, not even whether its body is valid."""
    await require_secret_store()


class DeliveriesQuery(QueryArgs):
    endpoint_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    status: DeliveryStatus | None = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Annotated[int, Field(ge=0, le=10**9)] = 0


@blueprint.get("/webhooks/endpoints")
@tag(["webhooks"])
async def list_endpoints() -> dict[str, Any]:
    store = await require_secret_store()
    return {"endpoints": [endpoints.endpoint_view(e)
                          for e in await endpoints.list_endpoints(store.id)]}


@blueprint.post("/webhooks/endpoints")
@tag(["webhooks"])
@validate_json(WebhookEndpointIn)
async def create_endpoint(data: WebhookEndpointIn) -> tuple[dict[str, Any], int]:
    """Subscribe a public https URL to some events. The answer carries the endpoint's signing
    secret (`secret`): shown this once, keep it to verify X-Pushcart-Signature."""
    store = await require_secret_store()
    settings = current.settings()
    endpoint, secret = await endpoints.create_endpoint(
        store.id, data, settings.secret_key, settings.webhook_allow_hosts, current.now())
    return {**endpoints.endpoint_view(endpoint), "secret": secret}, 201


@blueprint.get("/webhooks/endpoints/<id:endpoint_id>")
@tag(["webhooks"])
async def get_endpoint(endpoint_id: int) -> dict[str, Any]:
    store = await require_secret_store()
    return endpoints.endpoint_view(await endpoints.get_endpoint(store.id, endpoint_id))


@blueprint.patch("/webhooks/endpoints/<id:endpoint_id>")
@tag(["webhooks"])
@validate_json(WebhookEndpointPatch)
async def update_endpoint(endpoint_id: int, data: WebhookEndpointPatch) -> dict[str, Any]:
    """Change an endpoint's URL, events, description, or pause it (`is_active`: false)."""
    store = await require_secret_store()
    endpoint = await endpoints.update_endpoint(store.id, endpoint_id, data,
                                               current.settings().webhook_allow_hosts,
                                               current.now())
    return endpoints.endpoint_view(endpoint)


@blueprint.delete("/webhooks/endpoints/<id:endpoint_id>")
@tag(["webhooks"])
async def delete_endpoint(endpoint_id: int) -> tuple[str, int]:
    store = await require_secret_store()
    await endpoints.delete_endpoint(store.id, endpoint_id)
    return "", 204


@blueprint.get("/webhooks/deliveries")
@tag(["webhooks"])
@validate_querystring(DeliveriesQuery)
async def list_deliveries(query_args: DeliveriesQuery) -> dict[str, Any]:
    """The latest deliveries first, each with its endpoint's last answer (status code, an
    excerpt of the body, duration)."""
    store = await require_secret_store()
    rows, total = await endpoints.list_deliveries(
        store.id, endpoint_id=query_args.endpoint_id, status=query_args.status,
        limit=query_args.limit, offset=query_args.offset)
    return {"deliveries": rows, "total": total}


@blueprint.post("/webhooks/deliveries/<id:delivery_id>/redeliver")
@tag(["webhooks"])
async def redeliver(delivery_id: int) -> tuple[dict[str, Any], int]:
    """Send the delivery's event again (a new delivery, the same event id)."""
    store = await require_secret_store()
    delivery = await endpoints.redeliver(store.id, delivery_id, current.now())
    return {"id": delivery.id, "status": delivery.status.value}, 202
