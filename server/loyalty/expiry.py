"""Points that expire: each scan writes off the credits that expired since the last one, and tells
shoppers whose points expire in `lead_days` (14 by default) through the automation engine (push
and email, once per expiry date, with consent, quiet hours and the daily cap like every flow)."""

from __future__ import annotations

from datetime import datetime, timedelta

from server.automations.engine import Occurrence
from server.automations.scans import scan
from server.automations.settings import FlowSettings
from server.loyalty import ledger
from server.loyalty.settings import LoyaltySettings
from server.models import Flow, Store


@scan("points_expiry", Flow.POINTS_EXPIRY)
async def expiring_points(store: Store, settings: FlowSettings, since: datetime,
                          until: datetime, now: datetime) -> list[Occurrence]:
    if not LoyaltySettings.of(store).enabled:
        return []
    await ledger.expire_due(store, since, until)
    ahead = until + timedelta(days=settings.lead_days)
    return [Occurrence(Flow.POINTS_EXPIRY, "points", f"expiry:{first:%Y-%m-%d}", email=email,
                       data={"expiring": points, "expires_at": first.isoformat(),
                             "days": settings.lead_days})
            for email, points, first, _ in await ledger.expiring(store, since, until, ahead)]
