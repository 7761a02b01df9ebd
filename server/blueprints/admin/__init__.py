"""The admin console at /admin: one blueprint, its pages in a module per area."""

from server.blueprints.admin import campaigns, catalog, reports, segments  # noqa: F401 (routes)
from server.blueprints.admin.core import blueprint

__all__ = ["blueprint"]
