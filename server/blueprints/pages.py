"""Pages served as they are: health, the widget script, the landing page and the demo shop."""

from __future__ import annotations

import time
from typing import Any

from quart import Blueprint, Response, current_app, redirect, render_template, request

from server.blueprints import current
from server.checkout import fulfilment, order_texts, post_purchase
from server.errors import RETRY_AFTER_DATABASE, NotFound, database_unavailable
from server.messaging import clicks
from server.messaging.suppressions import read_unsubscribe_token, suppress_email
from server.messaging.texts import direction_of, texts_of
from server.models import Order, Product, Store, SuppressionReason
from server.privacy import consents
from server.recovery.settings import RecoverySettings
from server.widget_bundle import Bundle, build_bundle

blueprint = Blueprint("pages", __name__)


def _bundle() -> Bundle:
    bundle = current_app.extensions.get("pushcart_widget")
    if bundle is None:
        bundle = current_app.extensions["pushcart_widget"] = build_bundle()
    return bundle


@blueprint.get("/healthz")
async def healthz() -> tuple[dict[str, str], int, dict[str, str]]:
    """200 when the database answers; 503, saying so, when it does not, or when a request found
    it locked or down in the last few seconds (a read can pass while writes wait)."""
    unavailable = {"status": "database unavailable"}, 503, {
        "Retry-After": str(RETRY_AFTER_DATABASE)}
    try:
        await Store.first()
    except Exception as exc:
        if not database_unavailable(exc):
            raise
        return unavailable
    last = current_app.extensions.get("database_unavailable_at")
    if last is not None and time.monotonic() - last < 2 * RETRY_AFTER_DATABASE:
        return unavailable
    return {"status": "ok"}, 200, {}


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
    return await render_template("index.html", demo=demo, base_url=current.public_url())


@blueprint.get("/demo")
async def demo_shop() -> str:
    store = await Store.filter(is_demo=True).first()
    if store is None:
        raise NotFound("there is no demo store here", code="no_demo")
    products = await Product.filter(store=store, is_active=True).order_by("id")
    return await render_template("demo/shop.html", store=store, products=products,
                                 base_url=current.public_url())


# -- email unsubscribe (RFC 8058 one-click, and a page for people) ----------------------------

async def _unsubscribe_target(token: str) -> tuple[Store, str, str] | None:
    found = (read_unsubscribe_token(current.settings().secret_key, token)
             if len(token) <= 1000 else None)
    if found is None:
        return None
    store = await Store.get_or_none(id=found[0])
    return (store, found[1], found[2]) if store is not None else None


async def _unsubscribe_page(state: str, target: tuple[Store, str, str] | None) -> tuple[str, int]:
    if target is None:
        return await render_template("unsubscribe.html", state="invalid",
                                     t=texts_of("unsubscribe", "en"), lang="en", dir="ltr",
                                     store=None), 404
    store, email, lang = target
    texts = {k: v.replace("{store}", store.name).replace("{email}", email)
             for k, v in texts_of("unsubscribe", lang).items()}
    return await render_template("unsubscribe.html", state=state, t=texts, lang=lang,
                                 dir=direction_of(lang), store=store), 200


@blueprint.get("/email/unsubscribe/<token>")
async def unsubscribe_page(token: str) -> tuple[str, int]:
    """Asks first: link checkers open GET links, and must not unsubscribe anyone."""
    return await _unsubscribe_page("ask", await _unsubscribe_target(token))


@blueprint.post("/email/unsubscribe/<token>")
async def unsubscribe(token: str) -> tuple[str, int]:
    """The page's button, and mail clients' one-click POST (List-Unsubscribe=One-Click)."""
    target = await _unsubscribe_target(token)
    if target is not None:
        store, email, lang = target
        if await suppress_email(store.id, email, SuppressionReason.UNSUBSCRIBED, current.now()):
            await consents.record_consent(
                store, channel="email", is_granted=False, now=current.now(),
                source="unsubscribe_link", email=email, text_key=consents.UNSUBSCRIBED,
                language=lang)
    return await _unsubscribe_page("done", target)


# -- notification clicks ----------------------------------------------------------------------

CLICK_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
                 "X-Robots-Tag": "noindex"}


@blueprint.get("/click/<token>")
async def follow_click(token: str) -> Any:
    """Every push's `navigate` (and each button's, `?action=NAME`): the browser opens it, the
    click is counted, and the shopper lands where the message leads."""
    action = request.args.get("action")
    target = None
    if len(token) <= 200 and (action is None or len(action) <= 64):
        target = await clicks.follow_click(current.settings().secret_key, token, action,
                                           current.now())
    if target is None:
        return "This link is not valid.", 404, {**CLICK_HEADERS,
                                                "Content-Type": "text/plain; charset=utf-8"}
    response = redirect(target, 302)
    response.headers.update(CLICK_HEADERS)
    return response


# -- the order status page (linked from order confirmations) -----------------------------------

ORDER_PAGE_HEADERS = {"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer",
                      "X-Robots-Tag": "noindex"}


async def _linked_order(token: str) -> tuple[Order, str] | None:
    """The order a signed status link points to, and the link's language."""
    found = post_purchase.read_order_token(current.settings().secret_key, token)
    order = await Order.get_or_none(id=found[0]) if found else None
    return (order, found[1]) if order is not None and found else None


async def _order_page(token: str, linked: tuple[Order, str] | None, *, error: str = "",
                      rating: int | None = None, comment: str = "",
                      status: int = 200) -> tuple[str, int, dict[str, str]]:
    if linked is None:
        return await render_template("order.html", view=None, t=order_texts.texts("en"),
                                     lang="en", dir="ltr"), 404, ORDER_PAGE_HEADERS
    order, lang = linked
    store = await Store.get(id=order.store_id)
    view = (await post_purchase.OrderContent.load(store, order, lang, None)).view()
    feedback = (RecoverySettings.of(store).post_purchase.feedback.enabled
                or order.feedback_at is not None or rating is not None or bool(error))
    steps = fulfilment.timeline_lines(store, await fulfilment.timeline(order), lang)
    return await render_template(
        "order.html", view=view, lang=lang, dir=view["dir"], feedback=feedback, error=error,
        timeline=steps, fulfilment=texts_of("fulfilment", lang),
        words=texts_of("automation_email", lang),
        rating=rating if rating is not None else order.feedback_rating,
        comment=comment or order.feedback_comment,
        form_action=f"/orders/{token}/feedback#feedback",
    ), status, ORDER_PAGE_HEADERS


def _rating(value: str | None) -> int | None:
    return int(value) if value in {"1", "2", "3", "4", "5"} else None


@blueprint.get("/orders/<token>")
async def order_page(token: str) -> tuple[str, int, dict[str, str]]:
    """Where the order confirmation links: status, items, amounts, address, and (when the store
    asks for feedback, or a rating star in the email was clicked) a rating form."""
    return await _order_page(token, await _linked_order(token),
                             rating=_rating(request.args.get("rating")))


@blueprint.post("/orders/<token>/feedback")
async def order_feedback(token: str) -> tuple[str, int, dict[str, str]]:
    """The rating form. The signed link is the shopper's key: no one else can rate the order."""
    linked = await _linked_order(token)
    if linked is None:
        return await _order_page(token, None)
    form = await request.form
    rating = _rating(form.get("rating"))
    comment = (form.get("comment") or "").strip()[:1000]
    if rating is None:
        return await _order_page(token, linked, comment=comment, status=400,
                                 error=order_texts.texts(linked[1])["rating_required"])
    await post_purchase.record_feedback(linked[0], rating, comment, current.now())
    return await _order_page(token, linked)
