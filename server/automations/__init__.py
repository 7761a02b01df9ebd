"""Triggered automations: one engine (events and scans yield occurrences, the runner queues their
messages through the shared gates) and a small module per trigger."""
