"""Product recommendations from a store's own orders: "bought together" pair counts kept as
orders are confirmed, bestsellers of the same category as the fallback, and the merchant's pins
and exclusions; shown in the widget's cart, order messages, the order page and reminders."""
