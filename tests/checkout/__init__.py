"""Tests of carts, pricing, orders and the messages after a purchase."""
