"""Shoppers' privacy: their consents as they gave them, and their requests to see or erase what
a store holds about them."""
