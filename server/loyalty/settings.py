"""A store's loyalty program: on or off, how points are earned and what they are worth, the
minimum to redeem, when they expire, and the bonuses; Pushcart's defaults where none is saved."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from pydantic import Field, ValidationError
from tortoise.transactions import in_transaction

from server.models import Store
from server.schemas import Strict
from server.stores import currency_exponent, store_cache

log = logging.getLogger(__name__)

MAX_POINTS = 10**8  # any one change of a balance, and any figure in the settings
Points = Annotated[int, Field(ge=0, le=MAX_POINTS)]


def default_spend_per_point(currency: str) -> int:
    """Minor units of merchandise that earn one point: ₹10 in rupees, one whole unit elsewhere
    ($1, €1)."""
    unit = int(10 ** currency_exponent(currency))
    return unit * 10 if currency.upper() == "INR" else unit


class LoyaltySettingsIn(Strict):
    """What the store API and the admin save; a field left out keeps Pushcart's default."""

    enabled: bool = False
    spend_per_point: Annotated[int, Field(ge=1, le=10**9)] | None = None  # minor units
    point_value: Annotated[int, Field(ge=1, le=10**6)] | None = None  # minor units a point is worth
    min_redeem: Points = 100
    expiry_months: Annotated[int, Field(ge=1, le=120)] = 12
    bonus_first_order: Points = 0
    bonus_push: Points = 0  # for allowing push notifications
    bonus_feedback: Points = 0  # for rating an order


class LoyaltySettings(Strict):
    enabled: bool
    spend_per_point: int
    point_value: int
    min_redeem: int
    expiry_months: int
    bonus_first_order: int
    bonus_push: int
    bonus_feedback: int

    @classmethod
    def of(cls, store: Store) -> LoyaltySettings:
        """The store's program as saved, with the currency's defaults where nothing is."""
        saved = store.loyalty or {}
        try:
            data = LoyaltySettingsIn.model_validate(saved, strict=False)
        except ValidationError:
            log.exception("store %s has loyalty settings that no longer validate", store.id)
            data = LoyaltySettingsIn()
        return cls.complete(store, data)

    @classmethod
    def complete(cls, store: Store, data: LoyaltySettingsIn) -> LoyaltySettings:
        spend = data.spend_per_point or default_spend_per_point(store.currency)
        # by default a point gives back 1 % of what earned it: ₹0.10 a point, 1 cent a point
        value = data.point_value or max(1, spend // 100)
        return cls(**{**data.model_dump(), "spend_per_point": spend, "point_value": value})

    def view(self) -> dict[str, Any]:
        return self.model_dump()


async def save_loyalty_settings(store: Store, data: LoyaltySettingsIn) -> LoyaltySettings:
    """Replace the program's settings (store API and admin both come here)."""
    saved = data.model_dump(exclude_none=True)
    async with in_transaction():
        await Store.filter(id=store.id).select_for_update().only("id").first()
        await Store.filter(id=store.id).update(loyalty=saved)
    store.loyalty = saved
    store_cache.forget()
    return LoyaltySettings.complete(store, data)
