"""The admin console at /admin: one blueprint, its pages in a module per area."""

from server.blueprints.admin import (  # noqa: F401 (their routes)
    account,
    automations,
    campaigns,
    catalog,
    loyalty,
    onboarding,
    orders,
    recommendations,
    reports,
    segments,
    settings,
    shoppers,
    subscribers,
    team,
    text_messages,
    webhooks,
)
from server.blueprints.admin.core import blueprint

__all__ = ["blueprint"]
