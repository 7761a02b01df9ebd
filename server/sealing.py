"""Seal secrets kept in the database (store secret keys, VAPID private keys) with the server key."""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken


def _fernet(server_secret: str) -> Fernet:
    key = hashlib.sha256(b"pushcart-seal:" + server_secret.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(server_secret: str, plaintext: str) -> str:
    return _fernet(server_secret).encrypt(plaintext.encode()).decode("ascii")


def unseal(server_secret: str, sealed: str) -> str:
    try:
        return _fernet(server_secret).decrypt(sealed.encode()).decode()
    except InvalidToken as exc:  # the server secret changed since this was sealed
        raise RuntimeError(
            "cannot unseal a stored secret: was PUSHCART_SECRET_KEY changed?"
        ) from exc


def hash_api_key(key: str) -> str:
    """API keys are long random strings, so a fast digest is the right lookup hash."""
    return hashlib.sha256(key.encode()).hexdigest()


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
