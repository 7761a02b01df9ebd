"""Builds the served widget.js from widget/ (script and locales), once: compacted, gzipped, ETag."""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from server import assets

WIDGET_DIR = assets.WIDGET
LOCALES_MARKER = "/*__PUSHCART_LOCALES__*/{}"
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


def build_bundle(widget_dir: Path = WIDGET_DIR) -> Bundle:
    script = compact((widget_dir / "widget.js").read_text(encoding="utf-8"))
    locales = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((widget_dir / "locales").glob("*.json"))
    }
    if LOCALES_MARKER not in script:
        raise RuntimeError("widget/widget.js lost its locales marker")
    script = script.replace(LOCALES_MARKER, json.dumps(locales, ensure_ascii=False,
                                                       separators=(",", ":")))
    source = script.encode("utf-8")
    gzipped = gzip.compress(source, compresslevel=9, mtime=0)
    return Bundle(source=source, gzipped=gzipped,
                  etag='"' + hashlib.sha256(source).hexdigest()[:20] + '"')
