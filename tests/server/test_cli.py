"""The `pushcart` command as an operator runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request

from tests.browser.conftest import free_port
from tests.conftest import until


def _env(tmp_path, database_url: str) -> dict[str, str]:
    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)  # a SQLite file of its own: the run creates the demo store
    return env


def test_store_create_prints_keys_as_json(tmp_path, database_url: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "server.cli", "store", "create", "Kirana", "--origin",
         "https://kirana.example.in/shop", "--currency", "INR", "--locale", "hi-IN", "--json"],
        env=_env(tmp_path, database_url), capture_output=True, text=True, check=True)
    store = json.loads(out.stdout)
    assert store["public_key"].startswith("pk_") and store["secret_key"].startswith("sk_")
    assert len(store["vapid_public_key"]) == 87  # 65-byte uncompressed P-256 point, base64url
    assert store["allowed_origins"] == ["https://kirana.example.in"]


def test_store_create_explains_bad_input(tmp_path, database_url: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "server.cli", "store", "create", "X", "--origin", "not a url"],
        env=_env(tmp_path, database_url), capture_output=True, text=True)
    assert out.returncode == 2
    assert "is not an origin" in out.stderr


def test_first_start_creates_the_demo_and_prints_credentials(tmp_path, database_url: str) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "run", "--port", str(port)],
        env=_env(tmp_path, database_url), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    assert process.stdout is not None
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "Pushcart is serving on" in line:
                break
        printed = "".join(lines)
        def healthy() -> bool:  # the banner comes just before the socket is bound
            try:
                return bool(urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2))
            except OSError:
                return False
        until(healthy, "the server to answer /healthz")
        assert "created the demo store" in printed
        assert "admin account: admin@demo.pushcart.test / password " in printed
        assert "secret key:    sk_" in printed
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo", timeout=10) as page:
            html = page.read().decode()
        assert 'data-pushcart-add data-sku="KETTLE-CU"' in html and "/widget.js" in html
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as health:
            assert health.status == 200
    finally:
        process.terminate()
        process.wait(timeout=15)
