"""The dashboard: funnel, revenue, recovered revenue and subscribers over time (charts drawn by the
vendored Chart.js, with the same numbers in tables), recent campaigns; each table as CSV."""

from __future__ import annotations

from typing import Any

from quart import request

from server import reports
from server.admin_auth import Access
from server.automations.metrics import CART_SEQUENCE, recovered_by_source
from server.blueprints import current
from server.blueprints.admin.automations import NAMES
from server.blueprints.admin.core import (
    blueprint,
    csv_response,
    message_page,
    money_of,
    render,
    store_page,
)
from server.campaigns import results
from server.models import Flow
from server.stores import currency_exponent

PERIODS = (7, 30, 90)


def _days() -> int:
    value = request.args.get("days", "30")
    return int(value) if value.isdigit() and int(value) in PERIODS else 30


def _source_name(source: str) -> str:
    return "Cart sequence" if source == CART_SEQUENCE else NAMES[Flow(source)]


def _funnel(overview: reports.Overview) -> list[tuple[str, int]]:
    return [("Carts", overview.carts), ("Email captured", overview.email_captured),
            ("Checkout started", overview.checkout_started), ("Ordered", overview.ordered)]


@blueprint.get("/stores/<id:store_id>")
@store_page()
async def dashboard(access: Access) -> str:
    days, now = _days(), current.now()
    overview = await reports.overview(access.store, days, now)
    daily = (await reports.timeline(access.store, days, now))["days"]
    sources = [{**row, "name": _source_name(row["source"])}
               for row in await recovered_by_source(access.store, days, now)
               if row["revenue"] > 0]
    store = access.store
    money_chart = {
        "labels": [d["date"][5:] for d in daily], "currency": store.currency,
        "locale": store.locale, "exponent": currency_exponent(store.currency),
        "series": [{"label": "Revenue", "values": [d["revenue"] for d in daily]},
                   {"label": "Recovered revenue",
                    "values": [d["recovered_revenue"] for d in daily]}]}
    subscriber_chart = {
        "labels": money_chart["labels"], "locale": store.locale,
        "series": [{"label": "Push subscribers", "values": [d["subscribers"] for d in daily]},
                   {"label": "New that day", "values": [d["new_subscribers"] for d in daily]}]}
    return await render("admin/dashboard.html", access, overview=overview, daily=daily,
                        funnel=_funnel(overview), money=money_of(access), days=days,
                        periods=PERIODS, money_chart=money_chart,
                        subscriber_chart=subscriber_chart, sources=sources,
                        recent_campaigns=await results.list_with_counts(store, limit=5))


@blueprint.get("/stores/<id:store_id>/reports/<name>.csv")
@store_page()
async def report_csv(access: Access, name: str) -> Any:
    days, now = _days(), current.now()
    filename = f"{name}-{access.store.id}-{days}d.csv"
    if name == "funnel":
        overview = await reports.overview(access.store, days, now)
        return csv_response(filename, ["stage", "carts", "share"],
                            [[label, n, round(overview.share(n), 4)]
                             for label, n in _funnel(overview)])
    if name == "daily":
        rows = (await reports.timeline(access.store, days, now))["days"]
        columns = list(rows[0]) if rows else ["date"]
        return csv_response(filename, columns, [[r[c] for c in columns] for r in rows])
    return await message_page(404, "Not found", "There is no such report.")
