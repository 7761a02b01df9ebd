"""Subscriber health in the admin console: push subscriptions lost per day, by browser and
reason, and the messages push services refused, with their reasons."""

from __future__ import annotations

from quart import request

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, render, store_page
from server.campaigns.health import subscriber_health

PERIODS = (7, 30, 90)
LOST_REASONS = {
    "gone": "the push service said the subscription no longer exists (404 or 410): the shopper "
            "turned notifications off, cleared the site's data or the browser revoked it",
    "unsubscribed": "turned off from the shop, or replaced by the browser's new subscription",
}


@blueprint.get("/stores/<id:store_id>/subscribers")
@store_page()
async def subscriber_health_page(access: Access) -> str:
    value = request.args.get("days", "30")
    days = int(value) if value.isdigit() and int(value) in PERIODS else 30
    health = await subscriber_health(access.store, days, current.now())
    return await render("admin/subscribers.html", access, health=health, periods=PERIODS,
                        reasons=LOST_REASONS)
