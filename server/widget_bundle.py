"""Builds widget.js from widget/ (the script plus its locale files), once, gzipped, with an ETag."""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from server import assets

WIDGET_DIR = assets.WIDGET
LOCALES_MARKER = "/*__PUSHCART_LOCALES__*/{}"


@dataclass(frozen=True)
class Bundle:
    source: bytes
    gzipped: bytes
    etag: str


def build_bundle(widget_dir: Path = WIDGET_DIR) -> Bundle:
    script = (widget_dir / "widget.js").read_text(encoding="utf-8")
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
