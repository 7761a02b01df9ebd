"""Base request models (text with NUL characters is refused: PostgreSQL cannot store it) and
the checks every domain's models share."""

from __future__ import annotations

from typing import Any

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, model_validator


def has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_nul(v) for v in value)
    return False


def http_url(value: str) -> str:
    """'' or an http(s) URL; anything else raises ValueError (a field validator's refusal)."""
    if value:
        AnyHttpUrl(value)
    return value


class _NoNul(BaseModel):
    # JSON bodies are taken as typed: "2" is not a number, true is not 1 (server/blueprints/
    # validation.py); what was stored, or typed into the admin's forms, is read with
    # strict=False. A datetime field says strict=False itself: JSON has no datetime type.
    model_config = ConfigDict(strict=True)

    @model_validator(mode="before")
    @classmethod
    def _refuse_nul(cls, data: Any) -> Any:
        if has_nul(data):
            raise ValueError("text must not contain NUL characters")
        return data


class Lenient(_NoNul):
    """For browsers: unknown fields (a browser-sent price, say) are ignored, never trusted."""

    model_config = ConfigDict(extra="ignore")


class QueryArgs(BaseModel):
    """A query string's arguments: text by nature, so converted to the types declared; an
    unknown argument is refused."""

    model_config = ConfigDict(extra="forbid")


class Strict(_NoNul):
    """For merchants' servers: an unknown field is a mistake worth reporting."""

    model_config = ConfigDict(extra="forbid")
