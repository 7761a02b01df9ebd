"""Tests of the outbox worker and the pushcart worker process."""
