"""Request bodies read as the JSON their models describe: UTF-8 only, strictly typed (the string
"2" is not a number, `true` is not 1), nesting bounded by the JSON parser; anything else is a
400 with the reason. Routes use `@validate_json(Model)` where quart-schema's `validate_request`
would coerce types and let a decoding error become a 500."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError
from quart import request
from quart_schema import DataSource, RequestSchemaValidationError
from quart_schema.validation import QUART_SCHEMA_REQUEST_ATTRIBUTE

from server.errors import ApiError

M = TypeVar("M", bound=BaseModel)
View = TypeVar("View", bound=Callable[..., Awaitable[Any]])


async def json_body(model: type[M]) -> M:
    """The request's body as *model*, or an ApiError / RequestSchemaValidationError saying why."""
    if not request.is_json:
        raise ApiError("send the body as JSON, with Content-Type: application/json",
                       code="invalid_json")
    raw = await request.get_data(True, False, False)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(f"the body is not UTF-8 (byte {exc.start} is not valid)",
                       code="invalid_encoding") from exc
    try:
        return model.model_validate_json(text)  # strict: the models say so (server/schemas.py)
    except ValidationError as exc:
        syntax = [e for e in exc.errors(include_url=False) if e["type"] == "json_invalid"]
        if syntax:  # also what the parser says of nesting deeper than it allows
            raise ApiError(f"the body is not valid JSON: {syntax[0]['msg']}",
                           code="invalid_json") from exc
        raise RequestSchemaValidationError(exc) from exc


def validate_json(model: type[BaseModel]) -> Callable[[View], View]:
    """Check the body against *model* and hand it to the route as `data` (and document it)."""

    def decorator(view: View) -> View:
        @wraps(view)
        async def checked(*args: Any, **kwargs: Any) -> Any:
            return await view(*args, data=await json_body(model), **kwargs)

        setattr(checked, QUART_SCHEMA_REQUEST_ATTRIBUTE, (model, DataSource.JSON))
        return cast(View, checked)

    return decorator
