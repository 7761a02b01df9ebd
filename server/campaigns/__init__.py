"""Campaigns to a store's push subscribers: their audiences (segments), the subscriptions they
go to, sending and A/B tests, clicks and the orders attributed to them."""
