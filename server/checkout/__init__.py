"""The checkout: carts, the catalog, shipping, tax and discount rules, pricing, orders and the
messages after a purchase."""
