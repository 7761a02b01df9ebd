"""Email addresses a store sends nothing more to: unsubscribed, or refused for good (bounced)."""

from __future__ import annotations

import logging
from datetime import datetime

from server.models import EmailSuppression

log = logging.getLogger(__name__)


async def suppress_email(store_id: int, email: str, reason: str, now: datetime,
                         detail: str = "") -> bool:
    """No more email to this address from this store; False if it was already suppressed."""
    email = email.strip().lower()
    if await EmailSuppression.exists(store_id=store_id, email=email):
        return False
    try:
        await EmailSuppression.create(store_id=store_id, email=email, reason=reason,
                                      detail=detail[:300], created_at=now)
    except Exception:  # a concurrent insert of the same address won the unique key
        log.info("suppression of %s for store %s was already recorded", reason, store_id)
        return False
    return True
