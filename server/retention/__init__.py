"""Retention: finished rows older than their window rolled into daily counters and deleted."""
