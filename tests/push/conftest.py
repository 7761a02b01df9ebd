"""Fixtures of the push tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from push.sender import VapidSigner
from tests.push.keys import STORE_KEYS
from tests.push.service import PushService


@pytest.fixture
def signer() -> VapidSigner:
    """Signs for STORE_KEYS, the key the sender tests' push services expect."""
    return VapidSigner(STORE_KEYS.private_pem, "mailto:push@shop.test")


@pytest.fixture
async def service() -> AsyncIterator[PushService]:
    """The test push service, checking VAPID against STORE_KEYS."""
    svc = await PushService(expected_vapid_keys={STORE_KEYS.public_key}).start()
    yield svc
    await svc.stop()
