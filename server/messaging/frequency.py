"""How often a shopper hears from a store: quiet hours in the shopper's own zone, and the daily
cap on Pushcart messages of every kind (reminders, campaigns, automations) in any 24 hours."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from server.bulk import Members, Statement
from server.models import Delivery

CAP_WINDOW = timedelta(hours=24)


def quiet_until(local: datetime, start: int, end: int) -> datetime | None:
    """When quiet hours (from the hour *start* to the hour *end*, across midnight if start >
    end) end, if *local* falls inside them; else None."""
    hour = local.hour
    inside = (start <= hour or hour < end) if start > end else (start <= hour < end)
    if not inside:
        return None
    day = local.date() if hour < end else local.date() + timedelta(days=1)
    return datetime.combine(day, time(end), tzinfo=local.tzinfo)


class DailyCap:
    """At most *limit* messages to one shopper in any 24 hours. A shopper is a visitor, or, for
    an email to someone the store knows no visitor of, the address within the store."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    @staticmethod
    def _window(now: datetime) -> QuerySet[Delivery]:
        return Delivery.filter(created_at__gt=now - CAP_WINDOW, created_at__lte=now)

    async def reopens_at(self, now: datetime, *, visitor_id: int | None, store_id: int,
                         email: str | None) -> datetime | None:
        """When this shopper may get their next message: None if now."""
        recent = self._window(now)
        recent = (recent.filter(visitor_id=visitor_id) if visitor_id is not None
                  else recent.filter(store_id=store_id, email_to=email))
        sent: list[Any] = await recent.order_by("created_at").values_list("created_at", flat=True)
        if len(sent) < self.limit:
            return None
        oldest_counted: datetime = sent[len(sent) - self.limit]
        return oldest_counted + CAP_WINDOW + timedelta(seconds=1)

    async def sent(self, now: datetime, *, store_id: int, visitor_ids: set[int],
                   emails: set[str], excluding_runs: set[int] | frozenset[int] = frozenset()
                   ) -> tuple[dict[int, int], dict[str, int]]:
        """What `reopens_at` counts, for many shoppers in two queries: messages per visitor,
        and per address within the store (for shoppers the store knows no visitor of);
        messages of the automation runs *excluding_runs* left out (the caller counts those)."""
        sql = Statement(Delivery)
        window = "created_at > ? AND created_at <= ?"
        params: list[Any] = [now - CAP_WINDOW, now]
        if excluding_runs:
            window += (" AND (automation_run_id IS NULL OR "
                       f"NOT {sql.among('automation_run_id')})")
            params.append(Members(excluding_runs))
        per_visitor = {int(r["visitor_id"]): int(r["n"]) for r in await sql.rows(
            f"SELECT visitor_id, COUNT(*) AS n FROM delivery WHERE {sql.among('visitor_id')} "
            f"AND {window} GROUP BY visitor_id",
            [Members(visitor_ids), *params])} if visitor_ids else {}
        per_email = {str(r["email_to"]): int(r["n"]) for r in await sql.rows(
            f"SELECT email_to, COUNT(*) AS n FROM delivery WHERE store_id = ? AND "
            f"{sql.among('email_to')} AND {window} GROUP BY email_to",
            [store_id, Members(emails), *params])} if emails else {}
        return per_visitor, per_email

    async def reached(self, store_id: int, now: datetime) -> set[int]:
        """The store's visitors who already had *limit* messages in the last 24 hours."""
        busy = (self._window(now).filter(store_id=store_id, visitor_id__isnull=False)
                .group_by("visitor_id").annotate(n=Count("id")).filter(n__gte=self.limit))
        rows: list[Any] = await busy.values_list("visitor_id", flat=True)
        return {int(visitor_id) for visitor_id in rows}
