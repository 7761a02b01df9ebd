"""Push subscriptions come from browsers, so they are untrusted: which endpoints and keys we accept.

An endpoint must be https on a known push service (Google FCM, Mozilla, Microsoft, Apple) or on
a host the operator listed in PUSHCART_PUSH_HOSTS (an entry may carry a scheme and port, such as
``http://localhost:8090`` for a local test service). Nothing else is ever contacted: no IP
literals, no loopback, private or link-local addresses, no credentials in the URL.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec

MAX_ENDPOINT_LENGTH = 2048


class InvalidSubscription(ValueError):
    """The subscription cannot be used; the message says why."""


@dataclass(frozen=True)
class HostRule:
    host: str
    scheme: str = "https"
    port: int | None = None  # None: the scheme's default port
    subdomains: bool = True

    def allows(self, scheme: str, host: str, port: int | None) -> bool:
        if scheme != self.scheme:
            return False
        host_ok = host == self.host or (self.subdomains and host.endswith("." + self.host))
        default_port = 443 if scheme == "https" else 80
        return host_ok and (port or default_port) == (self.port or default_port)


def parse_host_rules(entries: tuple[str, ...] | list[str]) -> tuple[HostRule, ...]:
    """'fcm.googleapis.com' allows it and its subdomains over https; 'http://localhost:8090'
    allows exactly that scheme, host and port."""
    rules = []
    for entry in entries:
        entry = entry.strip().lower()
        if not entry:
            continue
        if "://" in entry:
            parts = urlsplit(entry)
            if parts.scheme not in {"http", "https"} or not parts.hostname:
                raise ValueError(f"push host entry {entry!r} is not scheme://host[:port]")
            rules.append(HostRule(host=parts.hostname, scheme=parts.scheme, port=parts.port,
                                  subdomains=False))
        else:
            rules.append(HostRule(host=entry))
    return tuple(rules)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def validate_endpoint(endpoint: str, rules: tuple[HostRule, ...]) -> str:
    if not isinstance(endpoint, str) or len(endpoint) > MAX_ENDPOINT_LENGTH:
        raise InvalidSubscription("the endpoint is missing or too long")
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in endpoint):
        # urlsplit would drop a CR, LF or tab and accept what no browser ever sends
        raise InvalidSubscription("the endpoint must not contain spaces or control characters")
    try:
        parts = urlsplit(endpoint)
        port = parts.port
    except ValueError as exc:
        raise InvalidSubscription("the endpoint is not a valid URL") from exc
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"http", "https"} or not host:
        raise InvalidSubscription("the endpoint must be an https URL of a push service")
    if parts.username or parts.password:
        raise InvalidSubscription("the endpoint must not carry credentials")
    explicitly_listed = any(not r.subdomains and r.host == host for r in rules)
    if _is_ip_literal(host) and not explicitly_listed:
        raise InvalidSubscription("the endpoint must name a push service, not an IP address")
    if not any(rule.allows(parts.scheme, host, port) for rule in rules):
        raise InvalidSubscription(f"{host} is not a known push service")
    return endpoint


def _b64url_decode(value: str) -> bytes:
    if not isinstance(value, str) or len(value) > 200:
        raise InvalidSubscription("subscription keys must be base64url strings")
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise InvalidSubscription("subscription keys must be base64url strings") from exc


def validate_keys(p256dh: str, auth: str) -> tuple[str, str]:
    """p256dh must be an uncompressed point on P-256 and auth 16 bytes (RFC 8291)."""
    raw = _b64url_decode(p256dh)
    if len(raw) != 65 or raw[0] != 4:
        raise InvalidSubscription("p256dh must be a 65-byte uncompressed P-256 point")
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw)
    except ValueError as exc:
        raise InvalidSubscription("p256dh is not a point on the P-256 curve") from exc
    if len(_b64url_decode(auth)) != 16:
        raise InvalidSubscription("auth must be 16 bytes")
    return p256dh.rstrip("="), auth.rstrip("=")
