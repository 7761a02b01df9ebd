"""Pages served as they are: health, the widget script, the landing page and the demo shop."""

from __future__ import annotations

from quart import Blueprint, Response, current_app, render_template, request

from server import runtime
from server.errors import NotFound
from server.models import Product, Store
from server.widget_bundle import Bundle, build_bundle

blueprint = Blueprint("pages", __name__)


def _bundle() -> Bundle:
    bundle = current_app.extensions.get("pushcart_widget")
    if bundle is None:
        bundle = current_app.extensions["pushcart_widget"] = build_bundle()
    return bundle


def public_url() -> str:
    return runtime.settings().public_url or request.host_url.rstrip("/")


@blueprint.get("/healthz")
async def healthz() -> dict[str, str]:
    await Store.first()  # the database answers
    return {"status": "ok"}


@blueprint.get("/widget.js")
async def widget_js() -> Response:
    bundle = _bundle()
    headers = {
        "Content-Type": "application/javascript; charset=utf-8",
        "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
        "ETag": bundle.etag,
        "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff",
    }
    if bundle.etag in request.headers.get("If-None-Match", ""):
        return Response(status=304, headers=headers)
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(bundle.gzipped, headers=headers)
    return Response(bundle.source, headers=headers)


@blueprint.get("/")
async def index() -> str:
    demo = await Store.filter(is_demo=True).first()
    return await render_template("index.html", demo=demo, base_url=public_url())


@blueprint.get("/demo")
async def demo_shop() -> str:
    store = await Store.filter(is_demo=True).first()
    if store is None:
        raise NotFound("there is no demo store here", code="no_demo")
    products = await Product.filter(store=store, is_active=True).order_by("id")
    return await render_template("demo/shop.html", store=store, products=products,
                                 base_url=public_url())
