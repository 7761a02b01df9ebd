"""A store's recommendation settings: on or off, the minimum support, how many are shown."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, ValidationError

from server.models import Store
from server.schemas import Strict
from server.stores import store_cache

MAX_SHOWN = 8


class RecommendationSettings(Strict):
    enabled: bool = True
    # "bought together" counts only pairs seen in at least this many orders
    min_support: Annotated[int, Field(ge=1, le=10_000)] = 2
    count: Annotated[int, Field(ge=1, le=MAX_SHOWN)] = 3  # shown at most, per place

    @classmethod
    def of(cls, store: Store) -> RecommendationSettings:
        """The store's saved settings; Pushcart's defaults where none (or a broken one) is."""
        try:
            return cls.model_validate(store.recommendations or {}, strict=False)
        except ValidationError:
            return cls()

    def view(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


async def save_settings(store: Store, settings: RecommendationSettings) -> None:
    store.recommendations = settings.model_dump(mode="json")
    await Store.filter(id=store.id).update(recommendations=store.recommendations)
    store_cache.forget()  # the widget's cart follows at once
