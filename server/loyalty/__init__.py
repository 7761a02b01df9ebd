"""Loyalty points: a store's program settings, the append-only ledger of each shopper's points
(earned with orders, spent at checkout, expired), the one-time codes that let a shopper spend
them, and the flow that warns before they expire."""
