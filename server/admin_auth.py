"""Who may use the admin console: passwords (argon2), sessions, CSRF tokens, roles, invitations.

- A session is a row (AdminSession) named by the SHA-256 of a random token that quart-auth's
  signed cookie carries. Signing out ends that row, so the cookie is worth nothing after it,
  even if it was copied; "sign out everywhere" and a password change end every row of the
  user; a session also ends SESSION_DAYS after it began.
- CSRF: a random cookie (HttpOnly, SameSite=Strict) and, in every form, an HMAC of it and of
  the session under the server secret. A page of another site can neither read the cookie nor
  compute the field, and a form's token is no good after its session ended.
- Roles per store: an owner manages the team, keys and origins; staff run the store.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from server.models import AdminSession, AdminUser, Store, StoreMembership

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

SESSION_DAYS = 14
SEEN_EVERY = timedelta(minutes=5)  # how often a session's last_seen_at is written


def _session_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _password_stamp(user: AdminUser) -> str:
    return hashlib.sha256(f"session:{user.password_hash}".encode()).hexdigest()


async def start_session(user: AdminUser, now: datetime, user_agent: str = "") -> str:
    """A new session for *user*: the token for the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    await AdminSession.create(id=_session_key(token), user=user, created_at=now,
                              last_seen_at=now, user_agent=user_agent[:200],
                              password_stamp=_password_stamp(user))
    return token


async def user_of_session(token: str | None, now: datetime) -> AdminUser | None:
    """The user of a session that has not ended, else None."""
    if not token or len(token) > 100:
        return None
    session = await AdminSession.get_or_none(id=_session_key(token), ended_at=None,
                                             created_at__gt=now - timedelta(days=SESSION_DAYS)
                                             ).select_related("user")
    if session is None or not hmac.compare_digest(session.password_stamp,
                                                  _password_stamp(session.user)):
        return None
    if now - session.last_seen_at > SEEN_EVERY:
        await AdminSession.filter(id=session.id).update(last_seen_at=now)
    return session.user


async def end_session(token: str | None, now: datetime) -> None:
    if token and len(token) <= 100:
        await AdminSession.filter(id=_session_key(token), ended_at=None).update(ended_at=now)


async def end_all_sessions(user: AdminUser, now: datetime) -> int:
    """Sign *user* out everywhere; returns how many sessions ended."""
    return await AdminSession.filter(user=user, ended_at=None).update(ended_at=now)


async def open_sessions(user: AdminUser, now: datetime) -> list[AdminSession]:
    return await (AdminSession.filter(user=user, ended_at=None,
                                      created_at__gt=now - timedelta(days=SESSION_DAYS))
                  .order_by("-last_seen_at"))


async def change_password(user: AdminUser, current: str, new: str, confirm: str,
                          now: datetime) -> str | None:
    """Set a new password, or say why not. Every session of the user ends with the old one."""
    if await authenticate(user.email, current) is None:
        return "Your current password is not right."
    problem = password_problem(new) or ("The two new passwords differ." if new != confirm
                                        else None)
    if problem:
        return problem
    user.password_hash = hash_password(new)
    await user.save(update_fields=["password_hash"])
    await end_all_sessions(user, now)
    return None


# -- CSRF -------------------------------------------------------------------------------------

def new_csrf_cookie() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(server_secret: str, cookie: str, session: str | None = None) -> str:
    """The form token of this browser's CSRF cookie and its session (None: signed out)."""
    bound = _session_key(session) if session else "-"
    return hmac.new(server_secret.encode(), f"csrf:{cookie}:{bound}".encode(),
                    hashlib.sha256).hexdigest()


def csrf_ok(server_secret: str, cookie: str | None, session: str | None,
            given: str | None) -> bool:
    if not cookie or not given:
        return False
    return hmac.compare_digest(csrf_token(server_secret, cookie, session), given)


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
