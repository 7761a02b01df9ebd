"""Pages served as they are: health, the widget script, the landing page and the demo shop."""

from __future__ import annotations

from quart import Blueprint, Response, current_app, render_template, request

from server import recovery, runtime, suppressions
from server.errors import NotFound
from server.models import Product, Store
from server.recovery_texts import PAGE_TEXTS, RTL_LANGUAGES
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


# -- email unsubscribe (RFC 8058 one-click, and a page for people) ----------------------------

async def _unsubscribe_target(token: str) -> tuple[Store, str, str] | None:
    found = (recovery.read_unsubscribe_token(runtime.settings().secret_key, token)
             if len(token) <= 1000 else None)
    if found is None:
        return None
    store = await Store.get_or_none(id=found[0])
    return (store, found[1], found[2]) if store is not None else None


async def _unsubscribe_page(state: str, target: tuple[Store, str, str] | None) -> tuple[str, int]:
    if target is None:
        return await render_template("unsubscribe.html", state="invalid", t=PAGE_TEXTS["en"],
                                     lang="en", dir="ltr", store=None), 404
    store, email, lang = target
    texts = {k: v.replace("{store}", store.name).replace("{email}", email)
             for k, v in PAGE_TEXTS[lang].items()}
    return await render_template("unsubscribe.html", state=state, t=texts, lang=lang,
                                 dir="rtl" if lang in RTL_LANGUAGES else "ltr", store=store), 200


@blueprint.get("/email/unsubscribe/<token>")
async def unsubscribe_page(token: str) -> tuple[str, int]:
    """Asks first: link checkers open GET links, and must not unsubscribe anyone."""
    return await _unsubscribe_page("ask", await _unsubscribe_target(token))


@blueprint.post("/email/unsubscribe/<token>")
async def unsubscribe(token: str) -> tuple[str, int]:
    """The page's button, and mail clients' one-click POST (List-Unsubscribe=One-Click)."""
    target = await _unsubscribe_target(token)
    if target is not None:
        store, email, _ = target
        await suppressions.suppress_email(store.id, email, "unsubscribed", runtime.now())
    return await _unsubscribe_page("done", target)
