"""Fixtures of the push tests."""

from __future__ import annotations

import pytest

from push.sender import VapidSigner
from tests.push.keys import STORE_KEYS


@pytest.fixture
def signer() -> VapidSigner:
    """Signs for STORE_KEYS, the key the sender tests' push services expect."""
    return VapidSigner(STORE_KEYS.private_pem, "mailto:push@shop.test")
