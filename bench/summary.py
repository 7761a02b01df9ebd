"""The figures a bench hands to `make bench` (bench/all.py), which prints them in one table.
Nothing here imports the server: a bench that only drives processes stays light."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Figure:
    what: str
    value: float
    unit: str  # "x" (a ratio), "%", "ms", "MB", "steps/s", "s"
    target: str = ""  # ">= 2x", "< 50 ms"; empty for a figure shown for context only
    met: bool | None = None


SUMMARY_HELP = "also write the figures to this JSON file (`make bench` reads it)"


def write_summary(path: str | None, figures: list[Figure]) -> None:
    if path:
        Path(path).write_text(json.dumps([asdict(f) for f in figures], indent=1))


def read_summary(path: Path) -> list[Figure]:
    return [Figure(**row) for row in json.loads(path.read_text())]
