"""The widget script as served: small enough for a merchant's page, every language complete."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from server.widget_bundle import (
    MAX_GZIPPED_BYTES,
    WIDGET_DIR,
    build_bundle,
    compact,
    compact_css,
    pack_locales,
)


def test_served_widget_stays_under_its_size_budget() -> None:
    assert len(build_bundle().gzipped) < MAX_GZIPPED_BYTES


def test_every_language_has_every_text_and_urdu_reads_right_to_left() -> None:
    locales = {path.stem: json.loads(path.read_text(encoding="utf-8"))
               for path in (WIDGET_DIR / "locales").glob("*.json")}
    assert set(locales) == {"en", "hi", "bn", "gu", "ur"}
    for lang, texts in locales.items():
        assert set(texts) == set(locales["en"]), lang
    assert locales["ur"]["_dir"] == "rtl"


def test_compacting_keeps_the_css_and_drops_only_indentation_and_comments() -> None:
    script = 'const a = 1;\n  // a comment\n\n  const CSS = `\n    .x { color: red; }\n  `;\n'
    assert compact(script) == "const a = 1;\nconst CSS = `\n.x { color: red; }\n`;"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_compacted_widget_is_still_valid_javascript(tmp_path) -> None:
    path = tmp_path / "widget.js"
    path.write_bytes(build_bundle().source)
    subprocess.run(["node", "--check", str(path)], check=True)


def test_compacting_css_drops_only_the_spaces_that_mean_nothing() -> None:
    css = """
      .a :focus-visible { outline: 3px solid #f59e0b; }
      .b > .c, .d + .e { width: calc(100% - 2px); font: 15px/1.45 "Segoe UI", sans-serif; }
      @media (max-width: 560px) { .f { display: none !important; } }
    """
    assert compact_css(css) == (
        '.a :focus-visible{outline:3px solid #f59e0b}'
        '.b > .c,.d + .e{width:calc(100% - 2px);font:15px/1.45 "Segoe UI",sans-serif}'
        '@media (max-width:560px){.f{display:none !important}}')


def test_packed_locales_name_each_text_once_and_keep_every_text() -> None:
    locales = {"en": {"_dir": "ltr", "total": "Total", "free": "Free"},
               "ur": {"_dir": "rtl", "total": "کل", "free": "مفت"}}
    packed = json.loads(pack_locales(locales))
    assert packed["keys"] == ["_dir", "total", "free"]
    unpacked = {lang: dict(zip(packed["keys"], texts, strict=True))
                for lang, texts in packed.items() if lang != "keys"}
    assert unpacked == locales
