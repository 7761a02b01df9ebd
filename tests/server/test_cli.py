"""The `pushcart` command as an operator runs it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

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
        assert "warning: the VAPID subject 'mailto:webpush@pushcart.invalid'" in printed
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


def _one_line(stderr: str) -> str:
    """What a command printed on stderr, which must be one line and no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_run_on_a_port_in_use_says_so_before_doing_anything(tmp_path, database_url: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "server.cli", "run", "--port", str(port)],
                             env=_env(tmp_path, database_url), capture_output=True, text=True,
                             timeout=60)
    assert out.returncode == 1
    line = _one_line(out.stderr)
    assert f"127.0.0.1:{port}" in line and "already in use" in line
    assert "First start" not in out.stdout and "serving on" not in out.stdout
    assert not (tmp_path / "pushcart.sqlite3").exists()  # neither migrated nor a demo store made


BAD_DATABASES = {
    "unknown scheme": ("nosuchdb://x", "nosuchdb"),
    "nothing listening": ("postgres://nobody:hunter2@127.0.0.1:{port}/x", "refused"),
}


@pytest.mark.parametrize("command", ["run", "worker", "migrate"])
@pytest.mark.parametrize("case", BAD_DATABASES)
def test_a_bad_database_url_is_said_in_one_line(tmp_path, database_url: str, command: str,
                                                case: str) -> None:
    url, what = BAD_DATABASES[case]
    url = url.format(port=free_port())
    args = [sys.executable, "-m", "server.cli", command]
    if command == "run":
        args += ["--port", str(free_port())]
    out = subprocess.run(args, env={**_env(tmp_path, database_url), "DATABASE_URL": url},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    line = _one_line(out.stderr)
    assert "DATABASE_URL" in line and what in line
    assert "hunter2" not in out.stderr + out.stdout  # the password is never printed
    assert "First start" not in out.stdout and "serving on" not in out.stdout
