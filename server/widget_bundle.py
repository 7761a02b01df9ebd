"""Builds the served widget.js from widget/ (script and locales), once: compacted, gzipped, ETag."""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import rjsmin

from server import assets

WIDGET_DIR = assets.WIDGET
LOCALES_MARKER = "/*__PUSHCART_LOCALES__*/{}"
CSS_BLOCK = re.compile(r"(const CSS = `)(.*?)(`;)", re.DOTALL)
MAX_GZIPPED_BYTES = 20 * 1024  # what a merchant's page downloads: kept small on purpose


@dataclass(frozen=True)
class Bundle:
    source: bytes
    gzipped: bytes
    etag: str


def compact(script: str) -> str:
    """The script without indentation, blank lines and whole-line `//` comments: safe because
    its one multi-line string is its CSS, where indentation means nothing."""
    lines = (line.strip() for line in script.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


def compact_css(css: str) -> str:
    """The CSS without the whitespace it does not need: every run becomes one space, and none is
    kept after `{ } ; : ,` or before `{ } ; ,`. Safe for the widget's CSS, whose only strings
    are font names and an empty `content`; a space before `:` is kept (`.a :focus` is not
    `.a:focus`), and so are those around `+`, `-` and `>`, which calc() and selectors need."""
    css = re.sub(r"\s+", " ", css).strip()
    css = re.sub(r"\s*([{};,])\s*", r"\1", css)
    return re.sub(r":\s+", ":", css).replace(";}", "}")


@dataclass(frozen=True)
class Texts:
    """The widget's texts in every language. widget.js carries English's (what it shows until
    the store's config arrives, and for any text a language lacks); the config response carries
    the shopper's language's, once per browser and version (the widget keeps them)."""

    by_language: dict[str, dict[str, str]]
    version: str

    def choose(self, page: str, store: str, browser: str) -> str:
        """The widget's language: the page's (`<html lang>`), else the store's, else the
        browser's, else English: the first of them that Pushcart speaks."""
        for tag in (page, store, browser):
            language = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
            if language in self.by_language:
                return language
        return "en"


@functools.cache
def load_texts(widget_dir: Path = WIDGET_DIR) -> Texts:
    by_language = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((widget_dir / "locales").glob("*.json"))
    }
    blob = json.dumps(by_language, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return Texts(by_language=by_language, version=hashlib.sha256(blob).hexdigest()[:10])


def build_bundle(widget_dir: Path = WIDGET_DIR) -> Bundle:
    script = compact((widget_dir / "widget.js").read_text(encoding="utf-8"))
    texts = load_texts(widget_dir)
    if LOCALES_MARKER not in script:
        raise RuntimeError("widget/widget.js lost its locales marker")
    if not CSS_BLOCK.search(script):
        raise RuntimeError("widget/widget.js lost its `const CSS = `...`;` block")
    script = CSS_BLOCK.sub(lambda m: m[1] + compact_css(m[2]) + m[3], script, count=1)
    built = {"v": texts.version, "en": texts.by_language["en"]}
    script = script.replace(LOCALES_MARKER, json.dumps(built, ensure_ascii=False,
                                                       separators=(",", ":")))
    # rjsmin then takes out what compact() leaves: spaces around operators and trailing
    # comments (about 700 gzipped bytes); it keeps strings, regular expressions and the CSS's
    # template literal as they are.
    source = rjsmin.jsmin(script).encode("utf-8")
    gzipped = gzip.compress(source, compresslevel=9, mtime=0)
    return Bundle(source=source, gzipped=gzipped,
                  etag='"' + hashlib.sha256(source).hexdigest()[:20] + '"')
