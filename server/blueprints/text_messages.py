"""The store API for SMS and WhatsApp: the message webhook and the length limit, and a text's
length in segments as Pushcart counts it."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints
from quart import Blueprint
from quart_schema import security_scheme_blueprint, tag

from server.blueprints import current
from server.blueprints.keys import require_secret_store
from server.blueprints.validation import validate_json
from server.messaging import sms
from server.messaging.message_webhook import save_text_message_settings
from server.models import Store
from server.schemas import Strict

blueprint = Blueprint("text_messages", __name__)
security_scheme_blueprint(blueprint, [{"secretKey": []}])


@blueprint.before_request
async def authenticate() -> None:
    await require_secret_store()


class TextIn(Strict):
    text: Annotated[str, StringConstraints(max_length=2000)]


def _view(store: Store) -> dict[str, Any]:
    settings = sms.TextMessageSettings.of(store)
    return {**settings.model_dump(mode="json"), "offered": settings.offered,
            "signature_header": "X-Pushcart-Signature"}


@blueprint.get("/text-messages/settings")
@tag(["text messages"])
async def get_text_settings() -> dict[str, Any]:
    """Where the store's SMS and WhatsApp messages go (its provider adapter's https URL) and how
    many segments one may take (1-10, default 2)."""
    return _view(await require_secret_store())


@blueprint.put("/text-messages/settings")
@tag(["text messages"])
@validate_json(sms.TextMessageSettings)
async def put_text_settings(data: sms.TextMessageSettings) -> dict[str, Any]:
    """Replace them. Each message is POSTed to `webhook_url` as JSON {"id", "channel", "to",
    "text", "link", "shopper", "flow"}, signed: X-Pushcart-Signature: t=<unix time>,v1=<hex
    HMAC-SHA256(secret key, "t.body")>. An empty URL turns text messages off."""
    store = await require_secret_store()
    await save_text_message_settings(store, data, current.settings().message_webhook_hosts)
    return _view(store)


@blueprint.post("/text-messages/segments")
@tag(["text messages"])
@validate_json(TextIn)
async def count_segments(data: TextIn) -> dict[str, Any]:
    """How many segments *text* takes as sent (with a link as long as a real one after it), in
    GSM-7 or UCS-2, against the store's limit."""
    store = await require_secret_store()
    counted = sms.count_segments(sms.message_text(
        data.text, sms.sample_link(current.message_context().base_url)))
    limit = sms.TextMessageSettings.of(store).max_segments
    return {**counted.as_dict(), "max_segments": limit, "fits": counted.segments <= limit}
