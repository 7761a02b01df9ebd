"""API errors: exceptions with a status and a machine-readable code, rendered as JSON."""

from __future__ import annotations

import socket
import time
from typing import Any

from quart import Quart, jsonify
from quart.typing import ResponseReturnValue
from quart_schema import RequestSchemaValidationError
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    """An error a client caused and can act on. A subclass names its HTTP status and default
    code in its class line: `class NotFound(ApiError, status=404, code="not_found")`."""

    status = 400
    code = "bad_request"

    def __init_subclass__(cls, *, status: int = 400, code: str = "bad_request",
                          **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.status, cls.code = status, code

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None,
                 details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if status:
            self.status = status
        self.details = details


class NotFound(ApiError, status=404, code="not_found"):
    """No such resource, or one of another store's."""


class Unauthorized(ApiError, status=401, code="unauthorized"):
    """No key or signature, or one that is not the store's."""


class Forbidden(ApiError, status=403, code="forbidden"):
    """A store's key, used where it may not be (an origin it does not allow)."""


class Conflict(ApiError, status=409, code="conflict"):
    """The resource is not in the state the request needs (an ordered cart, a used code)."""


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


RETRY_AFTER_DATABASE = 5  # seconds
_LOCKED = ("database is locked", "database table is locked", "database is busy")


def database_unavailable(exc: BaseException) -> bool:
    """Whether *exc* (or what caused it) means the database cannot answer now, as opposed to a
    mistake in a query: locked by another process, down, or out of connections."""
    import asyncpg
    from tortoise.exceptions import DBConnectionError

    seen: BaseException | None = exc
    for _ in range(20):  # the chain of causes, bounded (a chain can loop)
        if seen is None:
            break
        if isinstance(seen, DBConnectionError | asyncpg.PostgresConnectionError
                      | asyncpg.TooManyConnectionsError | asyncpg.CannotConnectNowError
                      | ConnectionError | TimeoutError | socket.gaierror):
            return True
        if any(text in str(seen).lower() for text in _LOCKED):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _validation_details(exc: RequestSchemaValidationError) -> tuple[str, str, Any]:
    inner = exc.validation_error
    errors = getattr(inner, "errors", None)
    if callable(errors):
        details = [
            {"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
            for e in errors(include_url=False, include_context=False, include_input=False)
        ]
        first = details[0] if details else {"field": "", "message": "invalid"}
        where = f" at '{first['field']}'" if first["field"] else ""
        return "invalid_request", f"Request body is invalid{where}: {first['message']}", details
    return "invalid_json", "Request body must be a JSON object of the documented shape.", None


def register_error_handlers(app: Quart) -> None:
    @app.errorhandler(ApiError)
    async def api_error(exc: ApiError) -> ResponseReturnValue:
        return jsonify(error_body(exc.code, exc.message, exc.details)), exc.status

    @app.errorhandler(RequestSchemaValidationError)
    async def schema_error(exc: RequestSchemaValidationError) -> ResponseReturnValue:
        code, message, details = _validation_details(exc)
        return jsonify(error_body(code, message, details)), 400

    @app.errorhandler(HTTPException)
    async def http_error(exc: HTTPException) -> ResponseReturnValue:
        status = exc.code or 500
        codes = {
            400: ("bad_request", "The request could not be understood (malformed JSON?)."),
            404: ("not_found", "No such resource."),
            405: ("method_not_allowed", "That method is not allowed here."),
            413: ("body_too_large", f"The request body is larger than allowed "
                                    f"({app.config['MAX_CONTENT_LENGTH']} bytes)."),
            429: ("rate_limited", "Too many requests; slow down and retry later."),
        }
        code, message = codes.get(status, ("http_error", exc.description or exc.name))
        response = jsonify(error_body(code, message))
        response.status_code = status
        for name, value in exc.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    async def unexpected(exc: Exception) -> ResponseReturnValue:
        if database_unavailable(exc):
            app.logger.warning("database unavailable: %s", exc)
            app.extensions["database_unavailable_at"] = time.monotonic()
            return jsonify(error_body(
                "database_unavailable", "The database is busy or down; retry in a few seconds."
            )), 503, {"Retry-After": str(RETRY_AFTER_DATABASE)}
        app.logger.exception("unhandled error", exc_info=exc)
        return jsonify(error_body("internal_error", "Something went wrong on our side.")), 500
