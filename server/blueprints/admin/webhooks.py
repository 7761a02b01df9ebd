"""Webhooks in the admin console: the store's endpoints (add one and see its signing secret once,
pause, resume, delete), the last deliveries with their answers, and redelivering one."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from quart import redirect, request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, render, store_page
from server.errors import ApiError
from server.webhooks import endpoints
from server.webhooks.endpoints import WebhookEndpointIn, WebhookEndpointPatch
from server.webhooks.events import EVENT_KINDS

RECENT_DELIVERIES = 50


async def _page(access: Access, *, error: str = "", created: dict[str, Any] | None = None,
                form: dict[str, Any] | None = None) -> str:
    rows = await endpoints.list_endpoints(access.store.id)
    deliveries, total = await endpoints.list_deliveries(access.store.id,
                                                        limit=RECENT_DELIVERIES)
    urls = {e.id: e.url for e in rows}
    return await render("admin/webhooks.html", access,
                        endpoints=[endpoints.endpoint_view(e) for e in rows],
                        deliveries=[{**d, "url": urls.get(d["endpoint_id"], "")}
                                    for d in deliveries],
                        total=total, kinds=EVENT_KINDS, error=error, created=created,
                        form=form or {"url": "", "events": [], "description": ""})


@blueprint.get("/stores/<id:store_id>/webhooks")
@store_page()
async def webhooks(access: Access) -> str:
    return await _page(access)


@blueprint.post("/stores/<id:store_id>/webhooks")
@store_page(owner=True)
async def add_webhook(access: Access) -> Any:
    form = await request.form
    values = {"url": (form.get("url") or "").strip(), "events": form.getlist("events"),
              "description": (form.get("description") or "").strip()}
    settings = current.settings()
    try:
        data = WebhookEndpointIn.model_validate(values)
        endpoint, secret = await endpoints.create_endpoint(
            access.store.id, data, settings.secret_key, settings.webhook_allow_hosts,
            current.now())
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "form"
        return await _page(access, error=f"{where}: {first['msg']}", form=values), 400
    except ApiError as exc:
        return await _page(access, error=exc.message, form=values), 400
    return await _page(access, created={"url": endpoint.url, "secret": secret})


@blueprint.post("/stores/<id:store_id>/webhooks/<id:endpoint_id>/active")
@store_page(owner=True)
async def toggle_webhook(access: Access, endpoint_id: int) -> Any:
    form = await request.form
    await endpoints.update_endpoint(
        access.store.id, endpoint_id, WebhookEndpointPatch(is_active=form.get("active") == "1"),
        current.settings().webhook_allow_hosts, current.now())
    return redirect(f"/admin/stores/{access.store.id}/webhooks")


@blueprint.post("/stores/<id:store_id>/webhooks/<id:endpoint_id>/delete")
@store_page(owner=True)
async def delete_webhook(access: Access, endpoint_id: int) -> Any:
    await endpoints.delete_endpoint(access.store.id, endpoint_id)
    return redirect(f"/admin/stores/{access.store.id}/webhooks")


@blueprint.post("/stores/<id:store_id>/webhooks/deliveries/<id:delivery_id>/redeliver")
@store_page()
async def redeliver_webhook(access: Access, delivery_id: int) -> Any:
    await endpoints.redeliver(access.store.id, delivery_id, current.now())
    return redirect(f"/admin/stores/{access.store.id}/webhooks")
