"""Onboarding in the admin console: the script tag, service-worker line and web app manifest to
paste, the allowed origins, the secret key's rotation, and a test notification to the admin's
own browser."""

from __future__ import annotations

import html
import json
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from quart import jsonify, redirect, request
from quart_auth import current_user
from quart_rate_limiter import RateLimit, rate_limit

from push.sender import OutcomeKind, PayloadTooLarge, PushMessage, Sender, Subscription, VapidSigner
from server import stores
from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, render, store_page
from server.blueprints.keys import forget_known_origins
from server.campaigns import subscriptions
from server.campaigns.subscriptions import PushSubscriptionJSON
from server.errors import ApiError
from server.messaging.payloads import check_fits, declarative
from server.models import Store
from server.stores import StoreSettingsIn


def web_app_manifest(store: Store) -> str:
    """The manifest the merchant hosts at /manifest.webmanifest on the shop's own origin: iOS
    gives a site push only once it is on the Home Screen, opened as an app (`standalone`).
    Served from Pushcart it would not do: `start_url`, `scope` and `id` must be on the page's
    origin, its relative icons would be Pushcart's, and a shop whose CSP says `default-src
    'self'` refuses a manifest from elsewhere (`manifest-src`)."""
    return json.dumps({
        "name": store.name, "id": "/", "start_url": "/", "scope": "/", "display": "standalone",
        "lang": store.locale, "theme_color": stores.Branding.of(store).color,
        "background_color": "#ffffff",
        "icons": [{"src": f"/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png"}
                  for size in (192, 512)],
    }, indent=2, ensure_ascii=False)


def home_screen_tags(store: Store) -> str:
    """What goes in the <head> of every shop page so the shop installs as an app: the manifest,
    Apple's and others' "web app capable" flags, and the icon and title iOS shows."""
    return "\n".join([
        '<link rel="manifest" href="/manifest.webmanifest">',
        '<meta name="mobile-web-app-capable" content="yes">',
        '<meta name="apple-mobile-web-app-capable" content="yes">',
        f'<meta name="apple-mobile-web-app-title" content="{html.escape(store.name)}">',
        '<link rel="apple-touch-icon" href="/apple-touch-icon.png">',
    ])


def _onboarding_values(access: Access) -> dict[str, Any]:
    base = current.public_url()
    return {
        "script_tag": f'<script src="{base}/widget.js" data-store="{access.store.public_key}" '
                      f"async></script>",
        "sw_line": f'importScripts("{base}/static/sw.js");',
        "manifest": web_app_manifest(access.store),
        "home_screen_tags": home_screen_tags(access.store),
        "origins": "\n".join(access.store.allowed_origins),
    }


@blueprint.get("/stores/<id:store_id>/onboarding")
@store_page()
async def onboarding(access: Access) -> str:
    return await render("admin/onboarding.html", access, new_secret=None, error="",
                         **_onboarding_values(access))


@blueprint.post("/stores/<id:store_id>/origins")
@store_page(owner=True)
async def save_origins(access: Access) -> Any:
    form = await request.form
    lines = [line.strip() for line in (form.get("origins") or "").splitlines() if line.strip()]
    values = _onboarding_values(access)
    try:
        if not lines:
            raise ApiError("List at least one origin, e.g. https://shop.example.com")
        if len(lines) > 20:
            raise ApiError("At most 20 origins.")
        await stores.update_settings(access.store, StoreSettingsIn(allowed_origins=lines))
    except ApiError as exc:
        return await render("admin/onboarding.html", access, new_secret=None,
                             error=exc.message, **{**values, "origins": "\n".join(lines)}), 400
    forget_known_origins()
    return redirect(f"/admin/stores/{access.store.id}/onboarding")


@blueprint.post("/stores/<id:store_id>/keys/rotate")
@store_page(owner=True)
async def rotate_key(access: Access) -> str:
    """The new secret key is shown in this answer only (never stored readable, never again)."""
    secret = await stores.rotate_secret_key(current.settings().secret_key, access.store)
    return await render("admin/onboarding.html", access, new_secret=secret, error="",
                         **_onboarding_values(access))


async def _user_key() -> str:
    return f"test-push|{current_user.auth_id}"


@blueprint.post("/stores/<id:store_id>/test-push")
@rate_limit(limits=[RateLimit(10, timedelta(minutes=1), key_function=_user_key)])
@store_page()
async def test_push(access: Access) -> Any:
    """Send one notification, now, to the signed-in person's own browser (its subscription in
    the JSON body, checked like a shopper's), so they see what shoppers will see."""
    body = await request.get_json(silent=True)
    settings = current.settings()
    try:
        given = PushSubscriptionJSON.model_validate((body or {}).get("subscription")
                                                    if isinstance(body, dict) else None)
        endpoint, p256dh, auth = subscriptions.checked(
            given.endpoint, given.keys.p256dh, given.keys.auth, settings.push_hosts)
    except ValidationError:
        return jsonify({"error": "send {subscription: PushSubscription.toJSON()}"}), 400
    except ApiError as exc:
        return jsonify({"error": exc.message}), 400
    signer = VapidSigner(stores.vapid_private_pem(settings.secret_key, access.store),
                         settings.vapid_contact)
    stored = {"title": f"{access.store.name}: test notification",
              "body": "Push notifications from your store reach this browser.",
              "url": f"{current.public_url()}/admin/stores/{access.store.id}/onboarding",
              "topic": "pushcart-test", "icon": stores.Branding.of(access.store).logo_url}
    try:  # as shoppers' pushes are: declarative, and small enough for every push service
        check_fits(stored)
    except PayloadTooLarge as exc:
        return jsonify({"error": str(exc)}), 400
    async with Sender(concurrency=1, timeout=10) as sender:
        outcome = await sender.send(Subscription(endpoint, p256dh, auth),
                                    PushMessage(payload=declarative(stored), ttl=600,
                                                urgency="high", topic="pushcart-test"), signer)
    delivered = outcome.kind == OutcomeKind.DELIVERED
    return jsonify({"status": outcome.kind, "code": outcome.status,
                    "reason": outcome.reason}), 200 if delivered else 502
