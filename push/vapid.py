"""VAPID (RFC 8292) key pairs for stores: generation and the application server key."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from py_vapid import Vapid02


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class VapidKeyPair:
    private_pem: str = ""
    public_key: str = ""  # uncompressed P-256 point, base64url: the widget's applicationServerKey

    def __repr__(self) -> str:  # never print the private key
        return f"VapidKeyPair(public_key={self.public_key!r})"


def generate_key_pair() -> VapidKeyPair:
    vapid = Vapid02()
    vapid.generate_keys()
    public_raw = vapid.public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return VapidKeyPair(private_pem=vapid.private_pem().decode("ascii"),
                        public_key=b64url(public_raw))
