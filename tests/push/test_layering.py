"""push/ is a library: the Web Push protocol edge, readable and usable without the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PUSH = Path(__file__).resolve().parents[2] / "push"


def test_every_module_of_push_imports_without_the_server_package() -> None:
    modules = sorted(f"push.{p.stem}" for p in PUSH.glob("*.py") if p.stem != "__init__")
    assert {"push.sender", "push.http", "push.mailer", "push.endpoints", "push.vapid"} <= set(
        modules)
    script = ("import importlib, sys\n"
              f"for name in {modules!r}:\n"
              "    importlib.import_module(name)\n"
              "leaked = sorted(m for m in sys.modules if m == 'server' or m.startswith('server.'))\n"
              "print(','.join(leaked))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=PUSH.parent, timeout=60, check=True)
    assert result.stdout.strip() == "", f"push/ pulled in {result.stdout.strip()}"
