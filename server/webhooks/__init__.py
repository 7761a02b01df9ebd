"""Outbound webhooks: merchants' endpoints, the events written where things happen, and the
worker lane that delivers them signed, in order per shopper, to public https URLs only."""
