"""Which push endpoints and keys are accepted: only real push services, never our own network."""

from __future__ import annotations

import pytest

from push.endpoints import InvalidSubscription, parse_host_rules, validate_endpoint, validate_keys
from server.settings import DEFAULT_PUSH_HOSTS
from tests.push.keys import SubscriberKeys, b64url

RULES = parse_host_rules(DEFAULT_PUSH_HOSTS + ("http://localhost:8090",))


@pytest.mark.parametrize("endpoint", [
    "https://fcm.googleapis.com/fcm/send/abc:APA91b",
    "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
    "https://wns2-par02p.notify.windows.com/w/?token=BQY",
    "https://web.push.apple.com/QGuQy",
    "http://localhost:8090/push/abc",  # listed explicitly, with its scheme and port
])
def test_known_push_services_are_accepted(endpoint: str) -> None:
    assert validate_endpoint(endpoint, RULES) == endpoint


@pytest.mark.parametrize("endpoint", [
    "http://fcm.googleapis.com/fcm/send/x",  # not https
    "https://evil.example/push",  # unknown host
    "https://fcm.googleapis.com.evil.example/x",  # suffix trick
    "https://fcm.googleapis.com@169.254.169.254/latest/meta-data",  # credentials trick
    "https://user:pw@fcm.googleapis.com/x",
    "https://127.0.0.1/x", "https://[::1]/x", "https://10.0.0.5/x", "https://169.254.169.254/",
    "https://192.168.1.1:443/x", "http://localhost/x", "http://localhost:8091/x",
    "https://localhost:8090/x",  # listed for http only
    "https://fcm.googleapis.com:8443/x",  # only the default port
    "file:///etc/passwd", "gopher://fcm.googleapis.com/x", "javascript:alert(1)", "",
    "https://fcm.googleapis.com/" + "a" * 3000,
    # raw whitespace and control characters, which urlsplit silently drops
    "https://fcm.googleapis.com/fcm/send/a\r\nX-Injected: 1", "https://fcm.googleapis.com/a\tb",
    "https://fcm.googleapis.com/a b", " https://fcm.googleapis.com/a", "https://fcm\n.googleapis.com/a",
    "https://fcm.googleapis.com/a\x00", "https://fcm.googleapis.com/a\x7f",
])
def test_anything_else_is_refused(endpoint: str) -> None:
    with pytest.raises(InvalidSubscription):
        validate_endpoint(endpoint, RULES)


def test_real_browser_keys_are_accepted() -> None:
    keys = SubscriberKeys.generate()
    assert validate_keys(keys.p256dh, keys.auth) == (keys.p256dh, keys.auth)


def test_p256dh_must_be_a_point_on_the_curve() -> None:
    keys = SubscriberKeys.generate()
    raw = bytearray(65)
    raw[0] = 4
    raw[1:] = b"\x01" * 64  # well-formed length and prefix, but not on P-256
    for bad in (b64url(bytes(raw)), b64url(b"\x04" + b"\x00" * 10), "not base64!!", ""):
        with pytest.raises(InvalidSubscription):
            validate_keys(bad, keys.auth)


def test_auth_must_be_16_bytes() -> None:
    keys = SubscriberKeys.generate()
    for bad in (b64url(b"\x00" * 15), b64url(b"\x00" * 32), "%%%"):
        with pytest.raises(InvalidSubscription):
            validate_keys(keys.p256dh, bad)
