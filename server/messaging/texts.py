"""The languages Pushcart writes messages and pages in, their texts, and how texts are filled in.

Every text a shopper reads from the server (reminders, emails, order messages, the order and
unsubscribe pages) is in `server/locales/<lang>.json`, one file per language, in sections:
`reminder_steps` (each step's title and body: {first_name}, {store}, {items}, {total}, {code},
{expiry}, {recommendations}), `reminder_email`, `order` ({first_name}, {number}, {store},
{total}) and `unsubscribe` ({store}, {email}). A merchant's own step texts replace
`reminder_steps` per step and language.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from server import assets

LANGUAGES = ("en", "hi", "bn", "gu", "ur")
RTL_LANGUAGES = frozenset({"ur"})
LOCALES = assets.SERVER_LOCALES
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def language_of(locale: str | None) -> str:
    """'hi-IN' -> 'hi'; anything not among the five -> 'en'."""
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def direction_of(lang: str) -> str:
    """The writing direction of a language, as HTML's dir attribute takes it."""
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


@cache
def _locale(lang: str) -> dict[str, Any]:
    texts: dict[str, Any] = json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))
    return texts


def texts_of(section: str, lang: str) -> dict[str, Any]:
    """One section of a language's texts (English for a language Pushcart does not speak)."""
    texts: dict[str, Any] = _locale(language_of(lang))[section]
    return texts


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {placeholders}; unknown ones stay as typed. Escaping is the renderer's job."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
