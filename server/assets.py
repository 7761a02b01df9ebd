"""Where Pushcart's asset folders are: inside the installed package, or in the checkout it runs in.

The repository keeps templates/, static/ and widget/ at its top level. A wheel carries them inside
the `server` package, as server/_assets/templates/ and so on (pyproject.toml maps them there), so
an installed Pushcart never looks outside itself; a checkout, and the editable install of one
(`pip install -e .`), reads them where they are. Everything else asks this module.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED = PACKAGE_DIR / "_assets"

# The checkout this code runs from, or None when it runs from an installed wheel.
CHECKOUT: Path | None = None if _INSTALLED.is_dir() else PACKAGE_DIR.parent
ROOT = CHECKOUT or _INSTALLED

TEMPLATES = ROOT / "templates"  # Jinja2: admin pages, hosted pages, emails
EMAIL_TEMPLATES = TEMPLATES / "email"
STATIC = ROOT / "static"  # served under /static as they are
WIDGET = ROOT / "widget"  # widget.js and its locale files, bundled into /widget.js
WIDGET_LOCALES = WIDGET / "locales"
SERVER_LOCALES = PACKAGE_DIR / "locales"  # package data in either case


def default_data_dir() -> Path:
    """Where the SQLite file and the generated secret go unless PUSHCART_DATA_DIR says: data/ in
    a checkout (as always), ./pushcart-data in the current folder for an installed wheel (never
    inside site-packages)."""
    if CHECKOUT is not None:
        return CHECKOUT / "data"
    return Path.cwd() / "pushcart-data"
