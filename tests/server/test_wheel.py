"""A wheel built from the repository, installed in a fresh virtualenv, serves all it should."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import free_port
from tests.conftest import until

REPO = Path(__file__).resolve().parents[2]
# What the build reads: copied to a folder of its own, so that building never writes build/ or
# *.egg-info into the checkout (other runs may be using it) and nothing untracked sneaks in.
BUILD_INPUTS = ("pyproject.toml", "README.md", "server", "push", "templates", "static", "widget")
ASSET_FOLDERS = ("templates", "static", "widget")

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="runs once, in the SQLite half of `make test` (the installed server uses SQLite)")


def _files(root: Path, pattern: str = "*") -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob(pattern)
            if p.is_file() and "__pycache__" not in p.parts}


def _run(args: list[str | Path], **kwargs) -> str:
    out = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=900,
                         **kwargs)
    assert out.returncode == 0, f"{args} failed:\n{out.stdout}\n{out.stderr}"
    return out.stdout


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return (response.status, response.headers.get("Content-Type", ""),
                    response.read().decode())
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


def test_the_installed_wheel_serves_pages_widget_and_static_files(tmp_path) -> None:
    started = time.monotonic()
    source = tmp_path / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist,
          source])
    (wheel,) = dist.glob("pushcart-*.whl")

    # A fresh virtualenv outside the checkout; this interpreter's pip installs into it (with
    # pip's cache), so no dependency is borrowed from the development environment.
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel])

    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PUSHCART_") and k not in {"DATABASE_URL", "PYTHONPATH",
                                                          "VIRTUAL_ENV", "PYTHONHOME"}}
    folder = tmp_path / "empty"
    folder.mkdir()

    port = free_port()
    log = tmp_path / "pushcart.log"
    with log.open("w") as output:
        process = subprocess.Popen([venv / "bin" / "pushcart", "run", "--port", str(port)],
                                   cwd=folder, env=env, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        def healthy() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"pushcart run exited:\n{log.read_text()}")
            try:
                return _get(f"{base}/healthz")[0] == 200
            except OSError:
                return False

        until(healthy, "the installed server to answer /healthz", seconds=60)
        expected = {
            "/demo": ("text/html", 'data-pushcart-add data-sku="KETTLE-CU"'),
            "/widget.js": ("javascript", "Pushcart"),
            "/static/sw.js": ("javascript", "pushsubscriptionchange"),
            "/admin/login": ("text/html", "<form"),
            "/openapi.json": ("application/json", '"openapi"'),
        }
        wrong = []
        for path, (content_type, text) in expected.items():
            status, got_type, body = _get(base + path)
            if status != 200 or content_type not in got_type or text not in body:
                wrong.append(f"{path}: {status} {got_type} {body[:100]!r}")
        assert not wrong, "\n".join(wrong)
        assert "__PUSHCART_LOCALES__" not in _get(f"{base}/widget.js")[2]  # locales bundled in
    finally:
        process.terminate()
        process.wait(timeout=20)
    printed = log.read_text()
    assert "First start" in printed and "Pushcart is serving on" in printed, printed
    assert process.returncode == 0, printed

    # It is the installed package that runs, and it finds its asset folders in itself.
    where = _run([python, "-c", "import server, server.assets as a; print(server.__file__); "
                  "print(*(getattr(a, n.upper()) for n in ('templates', 'static', 'widget')), "
                  "sep='\\n')"], cwd=folder, env=env).splitlines()
    site_packages = Path(where[0]).parent.parent
    assert site_packages.is_relative_to(venv), where
    for name, installed in zip(ASSET_FOLDERS, where[1:], strict=True):
        assert Path(installed).is_relative_to(site_packages / "server"), installed
        assert _files(Path(installed)) == _files(REPO / name), f"{name}/ is not all in the wheel"
    for package in ("server", "push"):  # every module, and the server's locale files
        shipped = _files(site_packages / package)
        assert _files(REPO / package, "*.py") <= shipped
    assert _files(REPO / "server" / "locales") <= _files(site_packages / "server" / "locales")

    # Its data lives in the folder it was started in, not in site-packages.
    assert (folder / "pushcart-data" / "pushcart.sqlite3").is_file()
    assert (folder / "pushcart-data" / "secret_key").is_file()
    assert not (site_packages / "data").exists()
    print(f"wheel check took {time.monotonic() - started:.1f} s")
