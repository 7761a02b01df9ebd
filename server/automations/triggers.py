"""Every trigger module, imported so that its expander or scan is registered."""

from server.automations import (
    back_in_stock,  # noqa: F401
    browse,  # noqa: F401
    new_arrivals,  # noqa: F401
    order_updates,  # noqa: F401
    price_drop,  # noqa: F401
    replenishment,  # noqa: F401
    win_back,  # noqa: F401
)
from server.loyalty import expiry  # noqa: F401
