"""Who may use the admin console: passwords (argon2), sessions, CSRF tokens, roles, invitations.

- A session is quart-auth's signed cookie holding `"<user id>.<password stamp>"`; the stamp is
  derived from the password hash, so changing a password signs out every other session.
- CSRF: a random cookie (HttpOnly, SameSite=Strict) and, in every form, an HMAC of it under the
  server secret. A page of another site can neither read the cookie nor compute the field.
- Roles per store: an owner manages the team, keys and origins; staff run the store.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from server.models import AdminUser, Store, StoreMembership

CSRF_COOKIE = "pushcart_csrf"
CSRF_FIELD = "csrf_token"
INVITE_MAX_AGE = 7 * 24 * 3600
MIN_PASSWORD = 10
UNUSABLE = "!"  # the hash of an invited user who has not chosen a password yet

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))  # same work when the email is unknown


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"Use at least {MIN_PASSWORD} characters."
    if len(password) > 200:
        return "Use at most 200 characters."
    return None


async def authenticate(email: str, password: str) -> AdminUser | None:
    """The user with this email and password, else None (in about the same time either way)."""
    user = await AdminUser.get_or_none(email=email.strip().lower()) if len(email) <= 254 else None
    stored = user.password_hash if user is not None and user.password_hash != UNUSABLE else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password[:200])
    except (VerificationError, InvalidHashError):
        return None
    if stored is None or user is None:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
        await user.save(update_fields=["password_hash"])
    return user


# -- sessions ---------------------------------------------------------------------------------

def _stamp(server_secret: str, user: AdminUser) -> str:
    return hmac.new(server_secret.encode(), f"session:{user.password_hash}".encode(),
                    hashlib.sha256).hexdigest()[:20]


def session_id(server_secret: str, user: AdminUser) -> str:
    return f"{user.id}.{_stamp(server_secret, user)}"


async def user_of_session(server_secret: str, auth_id: str | None) -> AdminUser | None:
    if not auth_id or "." not in auth_id:
        return None
    user_id, stamp = auth_id.split(".", 1)
    if not user_id.isdigit():
        return None
    user = await AdminUser.get_or_none(id=int(user_id))
    if user is None or not hmac.compare_digest(stamp, _stamp(server_secret, user)):
        return None
    return user


# -- CSRF -------------------------------------------------------------------------------------

def new_csrf_cookie() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(server_secret: str, cookie: str) -> str:
    return hmac.new(server_secret.encode(), f"csrf:{cookie}".encode(),
                    hashlib.sha256).hexdigest()


def csrf_ok(server_secret: str, cookie: str | None, given: str | None) -> bool:
    if not cookie or not given:
        return False
    return hmac.compare_digest(csrf_token(server_secret, cookie), given)


# -- stores and roles -------------------------------------------------------------------------

@dataclass(frozen=True)
class Access:
    user: AdminUser
    store: Store
    role: Role

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER


async def stores_of(user: AdminUser) -> list[tuple[Store, Role]]:
    memberships = await (StoreMembership.filter(user=user).select_related("store")
                         .order_by("store_id"))
    return [(m.store, Role(m.role)) for m in memberships]


async def access(user: AdminUser, store_id: int) -> Access | None:
    """The user's role in that store, or None: another store's data is not there for them."""
    membership = await StoreMembership.get_or_none(user=user, store_id=store_id).select_related(
        "store")
    if membership is None:
        return None
    return Access(user=user, store=membership.store, role=Role(membership.role))


# -- invitations ------------------------------------------------------------------------------

def _invites(server_secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(server_secret, salt="pushcart-admin-invite")


async def invite(store: Store, email: str, role: Role) -> tuple[AdminUser, bool]:
    """Give *email* a role in *store*; (user, True) when they must still choose a password."""
    email = email.strip().lower()
    user = await AdminUser.get_or_none(email=email)
    if user is None:
        user = await AdminUser.create(email=email, password_hash=UNUSABLE)
    membership = await StoreMembership.get_or_none(user=user, store=store)
    if membership is None:
        await StoreMembership.create(user=user, store=store, role=role.value)
    return user, user.password_hash == UNUSABLE


def invite_token(server_secret: str, user: AdminUser) -> str:
    return _invites(server_secret).dumps({"u": user.id})


async def invited_user(server_secret: str, token: str) -> AdminUser | None:
    """The invited user who has not chosen a password yet, from a link under 7 days old."""
    if len(token) > 500:
        return None
    try:
        data = _invites(server_secret).loads(token, max_age=INVITE_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    user = await AdminUser.get_or_none(id=data["u"])
    return user if user is not None and user.password_hash == UNUSABLE else None
