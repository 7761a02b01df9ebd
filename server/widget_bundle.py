"""Builds the served widget.js from widget/ (script and locales), once: compacted, gzipped, ETag."""

from __future__ import annotations

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


def pack_locales(locales: dict[str, dict[str, str]]) -> str:
    """Every language's texts as JSON with the text names once: `{"keys": [...English's names],
    "en": [...texts in that order], "hi": [...], ...}` (the widget unpacks it when it starts).
    Written out five times, the names cost about 900 bytes of the gzipped widget. A text a
    language lacks is null there, and the widget shows English's."""
    keys = list(locales["en"])
    packed: dict[str, list[str | None]] = {"keys": [*keys]}
    packed.update({lang: [texts.get(key) for key in keys] for lang, texts in locales.items()})
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":"))


def build_bundle(widget_dir: Path = WIDGET_DIR) -> Bundle:
    script = compact((widget_dir / "widget.js").read_text(encoding="utf-8"))
    locales = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((widget_dir / "locales").glob("*.json"))
    }
    if LOCALES_MARKER not in script:
        raise RuntimeError("widget/widget.js lost its locales marker")
    if not CSS_BLOCK.search(script):
        raise RuntimeError("widget/widget.js lost its `const CSS = `...`;` block")
    script = CSS_BLOCK.sub(lambda m: m[1] + compact_css(m[2]) + m[3], script, count=1)
    script = script.replace(LOCALES_MARKER, pack_locales(locales))
    # rjsmin then takes out what compact() leaves: spaces around operators and trailing
    # comments (about 700 gzipped bytes); it keeps strings, regular expressions and the CSS's
    # template literal as they are.
    source = rjsmin.jsmin(script).encode("utf-8")
    gzipped = gzip.compress(source, compresslevel=9, mtime=0)
    return Bundle(source=source, gzipped=gzipped,
                  etag='"' + hashlib.sha256(source).hexdigest()[:20] + '"')
