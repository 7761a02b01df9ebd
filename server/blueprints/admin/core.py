"""The admin console's core: sign-in and out, CSRF, the store-page decorator, and the helpers
every area's pages share. Server-rendered; every form carries a CSRF token."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError
from quart import Blueprint, Response, g, redirect, render_template, request
from quart_auth import AuthUser, current_user, login_user, logout_user
from quart_rate_limiter import RateLimit, rate_limit

from server import admin_auth
from server.admin_auth import Access
from server.blueprints import current
from server.messaging.formatting import money, zone_of
from server.models import AdminUser

blueprint = Blueprint("admin", __name__, url_prefix="/admin")
M = TypeVar("M", bound=BaseModel)

async def _address() -> str:
    return f"login|{current.client_address()}"


async def _address_and_email() -> str:
    email = ((await request.form).get("email") or "").strip().lower()[:254]
    return f"login|{current.client_address()}|{email}"


# Guessing one account's password: 5 tries a minute, 20 an hour; trying many accounts from one
# address: 30 a minute.
LOGIN_LIMITS = [RateLimit(5, timedelta(minutes=1), key_function=_address_and_email),
                RateLimit(20, timedelta(hours=1), key_function=_address_and_email),
                RateLimit(30, timedelta(minutes=1), key_function=_address)]
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' https: data:; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
}

Page = Callable[..., Awaitable[Any]]


# -- before and after every admin request ------------------------------------------------------

def _secure_cookies() -> bool:
    return current.settings().public_url.startswith("https://")


@blueprint.before_request
async def check_csrf() -> Any:
    """Every unsafe request must carry the form token that matches this browser's cookie."""
    cookie = request.cookies.get(admin_auth.CSRF_COOKIE)
    g.csrf_new = cookie is None
    g.csrf_cookie = cookie or admin_auth.new_csrf_cookie()
    if request.method in ("GET", "HEAD"):
        return None
    form = await request.form
    given = form.get(admin_auth.CSRF_FIELD) or request.headers.get("X-CSRF-Token")
    if not admin_auth.csrf_ok(current.settings().secret_key, cookie, current_user.auth_id,
                              given):
        return await message_page(
            403, "This form has expired", "Go back, reload the page and try again.")
    return None


@blueprint.after_request
async def admin_headers(response: Response) -> Response:
    if getattr(g, "csrf_new", False):
        response.set_cookie(admin_auth.CSRF_COOKIE, g.csrf_cookie, httponly=True,
                            samesite="Strict", secure=_secure_cookies(), path="/admin")
    for name, value in PAGE_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@blueprint.app_context_processor
def csrf_context() -> dict[str, Any]:
    def csrf_token() -> str:
        cookie = getattr(g, "csrf_cookie", None) or ""
        return admin_auth.csrf_token(current.settings().secret_key, cookie, current_user.auth_id)
    return {"csrf_token": csrf_token}


@blueprint.errorhandler(429)
async def too_many(exc: Any) -> Any:
    """A person at a form gets a page, not JSON; Retry-After is kept."""
    page, status = await message_page(
        429, "Too many attempts", "For your account's safety, wait a minute and try again.")
    headers = {k: v for k, v in exc.get_headers() if k.lower() == "retry-after"} \
        if hasattr(exc, "get_headers") else {}
    return page, status, headers


async def message_page(status: int, title: str, text: str) -> tuple[str, int]:
    return await render_template("admin/message.html", title=title, text=text), status


def _safe_next(value: str | None) -> str:
    """Only a path of this console: never an open redirect to another site."""
    if value and value.startswith("/admin") and not urlsplit(value).netloc \
            and "\\" not in value and not value.startswith("//"):
        return value
    return "/admin"


async def _signed_in() -> Any:
    if not await current_user.is_authenticated:
        return None
    return await admin_auth.user_of_session(current_user.auth_id, current.now())


def store_page(*, owner: bool = False) -> Callable[[Page], Page]:
    """A page of one store: signed in, a member of that store (else 404), an owner if asked."""
    def decorate(view: Page) -> Page:
        @wraps(view)
        async def wrapper(store_id: int, **kwargs: Any) -> Any:
            user = await _signed_in()
            if user is None:
                return redirect(f"/admin/login?next={request.path}")
            granted = await admin_auth.access(user, store_id)
            if granted is None:
                return await message_page(404, "Not found", "There is no such page here.")
            if owner and not granted.is_owner:
                return await message_page(403, "Only an owner can do that",
                                           "Ask an owner of this store.")
            g.access = granted
            g.user_stores = await admin_auth.stores_of(user)
            return await view(granted, **kwargs)
        return wrapper
    return decorate


def money_of(access: Access) -> Callable[[int], str]:
    """Amounts in minor units, as the store's currency and locale write them."""
    return lambda amount: money(amount, access.store.currency, access.store.locale)


async def render(template: str, access: Access, **values: Any) -> str:
    return await render_template(template, access=access, store=access.store,
                                 user=access.user, user_stores=g.user_stores,
                                 active=template.rsplit("/", 1)[1].split(".")[0], **values)


# -- signing in and out -----------------------------------------------------------------------

@blueprint.get("/login")
async def login_page() -> Any:
    if await _signed_in() is not None:
        return redirect(_safe_next(request.args.get("next")))
    return await render_template("admin/login.html", email="", error="",
                                 next=_safe_next(request.args.get("next")))


@blueprint.post("/login")
@rate_limit(limits=LOGIN_LIMITS)
async def login() -> Any:
    form = await request.form
    email = (form.get("email") or "").strip()[:254]
    user = await admin_auth.authenticate(email, form.get("password") or "")
    next_path = _safe_next(form.get("next"))
    if user is None:
        return await render_template("admin/login.html", email=email, next=next_path,
                                     error="That email and password do not match."), 401
    await sign_in(user)
    return redirect(next_path)


async def sign_in(user: AdminUser) -> None:
    """A new session for this browser (a cookie naming it)."""
    token = await admin_auth.start_session(user, current.now(),
                                           request.headers.get("User-Agent", ""))
    login_user(AuthUser(token), remember=True)


@blueprint.post("/logout")
async def logout() -> Any:
    """Ends this browser's session on the server, not only its cookie."""
    await admin_auth.end_session(current_user.auth_id, current.now())
    logout_user()
    return redirect("/admin/login")


@blueprint.get("")
@blueprint.get("/")
async def home() -> Any:
    user = await _signed_in()
    if user is None:
        return redirect("/admin/login")
    memberships = await admin_auth.stores_of(user)
    if not memberships:
        return await message_page(200, "No store yet",
                                   "Ask an owner to invite you, or create a store with "
                                   "`pushcart store create`.")
    return redirect(f"/admin/stores/{memberships[0][0].id}")


# -- helpers of every area ----------------------------------------------------------------------

def local_time(access: Access, moment: datetime) -> str:
    return moment.astimezone(zone_of(access.store.timezone)).strftime("%d %b %Y, %H:%M")


def field_errors(exc: ValidationError, rename: Callable[[tuple[Any, ...]], str] | None = None,
                 ) -> dict[str, str]:
    """A form's errors per field, as sentences, from pydantic's."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        loc = tuple(error["loc"])
        field = rename(loc) if rename else ".".join(str(p) for p in loc)
        message = str(error["msg"]).removeprefix("Value error, ")
        errors.setdefault(field, message[:1].upper() + message[1:] + ".")
    return errors


def validated(model: type[M], data: Any, errors: dict[str, str],
              rename: Callable[[tuple[Any, ...]], str] | None = None) -> M | None:
    """*data* checked by *model* (the store API's own schema), or None with its errors added to
    *errors* under the form's field names (an error found before stays)."""
    try:
        return model.model_validate(data, strict=False)  # form fields arrive as text
    except ValidationError as exc:
        for name, message in field_errors(exc, rename).items():
            errors.setdefault(name, message)
        return None


# what makes a spreadsheet read a cell as a formula (or a DDE call), in ASCII and full width
FORMULA_STARTS = frozenset("=+-@|%\t\r\n\uff1d\uff0b\uff0d\uff20\uff5c\uff05")


def csv_safe(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs as a formula (leading spaces included)."""
    if isinstance(value, str) and value.lstrip(" ")[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def csv_response(filename: str, header: list[str], rows: list[list[Any]]) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_safe(cell) for cell in row])
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


class RowError(ValueError):
    """What is wrong with a typed value, said for the person who typed it."""


def to_minor(text: str, exponent: int, column: str) -> int | None:
    """ "499.00" → 49900 for a currency of 2 decimals; blank → None."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise RowError(f"{column} “{text[:20]}” is not a number") from None
    if not amount.is_finite():
        raise RowError(f"{column} “{text[:20]}” is not a number")
    scaled = amount * 10 ** exponent
    if scaled != scaled.to_integral_value():
        raise RowError(f"{column} {text} has more than {exponent} decimals")
    return int(scaled)


def to_major(amount: int | None, exponent: int) -> str:
    if amount is None:
        return ""
    return f"{Decimal(amount) / 10 ** exponent:.{exponent}f}"
