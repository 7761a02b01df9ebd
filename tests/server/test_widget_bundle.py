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
    load_texts,
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


def test_the_bundle_carries_english_and_the_texts_version_only() -> None:
    source = build_bundle().source.decode()
    texts = load_texts()
    built, _ = json.JSONDecoder().raw_decode(source.split("const BUILT=", 1)[1])
    assert built == {"v": texts.version, "en": texts.by_language["en"]}
    assert texts.by_language["hi"]["total"] not in source  # Hindi comes with the config


def test_the_language_is_the_pages_then_the_stores_then_the_browsers() -> None:
    texts = load_texts()
    assert texts.choose("ur-PK", "hi-IN", "bn") == "ur"
    assert texts.choose("fr", "hi-IN", "bn-BD") == "hi"
    assert texts.choose("", "de-DE", "gu_IN") == "gu"
    assert texts.choose("fr", "de-DE", "es") == "en"
