"""The flows Pushcart runs, what each one's texts may say, and its defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from server.models import Flow

# {points} and {points_value}: the shopper's loyalty balance and its worth (server/loyalty)
COMMON_PLACEHOLDERS = frozenset({"store", "first_name", "code", "expiry", "points",
                                 "points_value"})
TEXT_LANGUAGES = ("en", "hi", "bn", "gu", "ur")


@dataclass(frozen=True)
class FlowSpec:
    flow: Flow
    placeholders: frozenset[str]  # besides COMMON_PLACEHOLDERS
    params: tuple[str, ...]  # the flow-specific settings it reads (FlowSettings fields)
    defaults: dict[str, Any]
    transactional: bool = False  # order updates: no marketing consent needed, no cap, any hour
    ttl_hours: int = 24  # how long a push may wait in the push service

    @property
    def allowed(self) -> frozenset[str]:
        return COMMON_PLACEHOLDERS | self.placeholders


_BOTH = ["push", "email"]

SPECS: dict[Flow, FlowSpec] = {spec.flow: spec for spec in (
    FlowSpec(Flow.PRICE_DROP, frozenset({"product", "old_price", "new_price", "saving"}),
             ("threshold_percent", "lookback_days"),
             {"enabled": True, "delay_minutes": 0, "channels": _BOTH, "cooldown_hours": 24,
              "threshold_percent": 5, "lookback_days": 14}),
    FlowSpec(Flow.BACK_IN_STOCK, frozenset({"product", "price"}), ("factor",),
             {"enabled": True, "delay_minutes": 0, "channels": _BOTH, "cooldown_hours": 0,
              "factor": 3}),
    FlowSpec(Flow.BROWSE_ABANDONMENT, frozenset({"product", "price"}), (),
             {"enabled": False, "delay_minutes": 4 * 60, "channels": ["push"],
              "cooldown_hours": 72}),
    FlowSpec(Flow.REPLENISHMENT, frozenset({"product", "quantity"}), ("lead_days",),
             {"enabled": False, "delay_minutes": 0, "channels": _BOTH, "cooldown_hours": 24 * 7,
              "lead_days": 3}, ttl_hours=48),
    FlowSpec(Flow.WIN_BACK, frozenset(), ("inactive_days",),
             {"enabled": False, "delay_minutes": 0, "channels": ["email", "push"],
              "cooldown_hours": 24 * 30, "inactive_days": 60}, ttl_hours=72),
    FlowSpec(Flow.NEW_ARRIVALS, frozenset({"products", "product", "count"}), ("lookback_days",),
             {"enabled": False, "delay_minutes": 0, "channels": ["push"], "cooldown_hours": 24,
              "lookback_days": 14}),
    FlowSpec(Flow.ORDER_UPDATES, frozenset({"number", "status", "carrier", "total"}), (),
             {"enabled": True, "delay_minutes": 0, "channels": _BOTH, "cooldown_hours": 0},
             transactional=True, ttl_hours=72),
    # loyalty points about to expire: told once per expiry date, lead_days before it
    FlowSpec(Flow.POINTS_EXPIRY, frozenset({"expiring", "expiry_date", "days"}), ("lead_days",),
             {"enabled": True, "delay_minutes": 0, "channels": _BOTH, "cooldown_hours": 0,
              "lead_days": 14}, ttl_hours=72),
)}


def spec_of(flow: Flow) -> FlowSpec:
    return SPECS[flow]
