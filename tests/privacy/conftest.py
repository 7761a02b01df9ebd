"""These tests read the email Pushcart sends: the SMTP sink and settings that send to it."""

from tests.mailbox import inbox, settings  # noqa: F401 (fixtures)
