from typing import Any

from cryptography.hazmat.primitives.asymmetric.ec import (
    EllipticCurvePrivateKey,
    EllipticCurvePublicKey,
)

class Vapid01:
    private_key: EllipticCurvePrivateKey
    public_key: EllipticCurvePublicKey
    def __init__(self, private_key: EllipticCurvePrivateKey | None = ...,
                 conf: dict[str, Any] | None = ...) -> None: ...
    @classmethod
    def from_pem(cls, private_key: bytes) -> Vapid01: ...
    def generate_keys(self) -> None: ...
    def private_pem(self) -> bytes: ...
    def public_pem(self) -> bytes: ...
    def sign(self, claims: dict[str, Any], crypto_key: str | None = ...) -> dict[str, str]: ...

class Vapid02(Vapid01):
    @classmethod
    def from_pem(cls, private_key: bytes) -> Vapid02: ...

Vapid = Vapid02
