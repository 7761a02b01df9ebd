"""The admin's text-message settings (Settings → Text messages): the message webhook of the
store's SMS / WhatsApp provider adapter, which channels the widget offers, and the length limit
in segments; saved through the same service as the store API."""

from __future__ import annotations

from typing import Any

from quart import redirect, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, render, store_page, validated
from server.errors import ApiError
from server.messaging import sms
from server.messaging.message_webhook import save_text_message_settings
from server.messaging.texts import LANGUAGES

CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp"}


def _values(access: Access) -> dict[str, Any]:
    saved = sms.TextMessageSettings.of(access.store)
    return {"webhook_url": saved.webhook_url, "max_segments": str(saved.max_segments),
            "channels": list(saved.channels)}


async def _show(access: Access, values: dict[str, Any], errors: dict[str, str],
                status: int = 200) -> tuple[str, int]:
    link = sms.sample_link(current.message_context().base_url)
    examples = {lang: sms.count_label(sms.default_text("items", lang).replace(
        "{store}", access.store.name).replace("{items}", "…"), link,
        int(values["max_segments"]) if str(values["max_segments"]).isdigit() else 2)
        for lang in LANGUAGES}
    return await render("admin/settings_texts.html", access, values=values, errors=errors,
                        section="texts", channel_names=CHANNEL_NAMES, examples=examples,
                        link=link, max_allowed=sms.MAX_SEGMENTS), status


@blueprint.get("/stores/<id:store_id>/settings/texts")
@store_page()
async def settings_texts(access: Access) -> tuple[str, int]:
    return await _show(access, _values(access), {})


@blueprint.post("/stores/<id:store_id>/settings/texts")
@store_page(owner=True)
async def save_settings_texts(access: Access) -> Any:
    form = await request.form
    values = {"webhook_url": (form.get("webhook_url") or "").strip(),
              "max_segments": (form.get("max_segments") or "").strip(),
              "channels": [c for c in CHANNEL_NAMES if form.get(f"channel_{c}")]}
    errors: dict[str, str] = {}
    settings = validated(sms.TextMessageSettings, values, errors, lambda loc: str(loc[0]))
    if errors or settings is None:
        return await _show(access, values, errors, 400)
    try:
        await save_text_message_settings(access.store, settings,
                                         current.settings().message_webhook_hosts)
    except ApiError as exc:
        return await _show(access, values, {"webhook_url": exc.message}, 400)
    return redirect(f"/admin/stores/{access.store.id}/settings/texts?saved=1")
