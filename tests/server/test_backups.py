"""`pushcart backup` and `pushcart restore` as an operator runs them, against a real `pushcart run`
that keeps writing: the copy is one committed moment, restored exactly; what must be refused is."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from server import backups
from tests.conftest import TEST_SECRET, until
from tests.server.processes import Server, http_get, start_server

ORIGIN = "https://shop.example.com"
PREFILLED = 6000  # products before the backup starts, so that it takes many steps


def _env(tmp_path: Path) -> dict[str, str]:
    """A SQLite database of this test's own, whatever DATABASE_URL the suite runs with."""
    return {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": TEST_SECRET,
            "PUSHCART_CREATE_DEMO": "0", "PUSHCART_RUN_WORKER": "0",
            "PUSHCART_RATE_LIMIT_PER_MINUTE": "0", "PUSHCART_REDIS_URL": "",
            "PUSHCART_MAX_BODY_BYTES": str(1024 * 1024),  # the catalog goes in 1000 at a time
            "PUSHCART_VAPID_SUBJECT": "mailto:ops@shop.example.com",
            "DATABASE_URL": f"sqlite://{tmp_path / 'live.sqlite3'}"}


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def _send(server: Server, method: str, path: str, secret: str, body: object) -> int:
    request = urllib.request.Request(
        server.url + path, method=method, data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _product(n: int) -> dict[str, object]:
    return {"name": f"Hand-thrown stoneware cup, glaze {n:06d} " + "·" * 40, "price": 1000 + n,
            "category": "cups", "stock": n % 97}


def database_digest(path: Path) -> tuple[dict[str, int], str]:
    """Every table's row count, and a SHA-256 of every row of every table (in key order)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        counts = {}
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            counts[table] = len(rows)
            digest.update(table.encode())
            for row in rows:
                digest.update(repr(row).encode())
        return counts, digest.hexdigest()
    finally:
        conn.close()


def _skus(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT sku FROM product ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[dict[str, str], dict[str, str], Server]]:
    env = _env(tmp_path)
    out = _cli(env, "store", "create", "Backups", "--origin", ORIGIN, "--json")
    assert out.returncode == 0, out.stderr
    store = json.loads(out.stdout)
    server = start_server(env)
    try:
        for first in range(0, PREFILLED, 1000):
            products = [{"sku": f"P{n:06d}", **_product(n)} for n in range(first, first + 1000)]
            assert _send(server, "POST", "/api/v1/products/bulk", store["secret_key"],
                         {"products": products}) == 200
        yield env, store, server
    finally:
        server.stop()


class Writer(threading.Thread):
    """A merchant's backend putting new products one request (one transaction) at a time."""

    def __init__(self, server: Server, secret: str) -> None:
        super().__init__(daemon=True)
        self.server, self.secret = server, secret
        self.written = 0  # products whose PUT was answered 201
        self.stopping = threading.Event()
        self.failures: list[int] = []

    def run(self) -> None:
        while not self.stopping.is_set():
            status = _send(self.server, "PUT", f"/api/v1/products/W{self.written:06d}",
                           self.secret, _product(self.written))
            if status != 201:
                self.failures.append(status)
                return
            self.written += 1

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=30)


def test_backup_during_writes_restores_exactly_the_committed_state(shop, tmp_path: Path) -> None:
    env, store, server = shop
    live = tmp_path / "live.sqlite3"
    writer = Writer(server, store["secret_key"])
    writer.start()
    until(lambda: writer.written >= 20, "the writer to be writing")
    before = writer.written
    out = _cli(env, "backup", str(tmp_path / "nightly.sqlite3"), "--pages-per-step", "2")
    after = writer.written
    writer.stop()
    assert out.returncode == 0, out.stderr
    assert writer.failures == []  # every write went through while the backup ran
    assert after > before, "no write happened during the backup"
    assert "backup: 100% (" in out.stderr and "backup: 10% (" in out.stderr  # progress shown
    latest = backups.known_migrations()[-1]
    assert "Backed up " in out.stdout and f"at migration {latest}" in out.stdout
    assert "Keep the server secret (PUSHCART_SECRET_KEY) safe too" in out.stdout
    assert TEST_SECRET.encode() not in (tmp_path / "nightly.sqlite3").read_bytes()

    # the copy is one committed moment: every product written before it began, none missing
    # after the first one it lacks
    copy = tmp_path / "nightly.sqlite3"
    written = [sku for sku in _skus(copy) if sku.startswith("W")]
    # ... taken while writes went on (some were committed after its moment, before it ended)
    assert before <= len(written) < after
    assert written == [f"W{n:06d}" for n in range(len(written))]
    assert len(_skus(copy)) == PREFILLED + len(written)
    assert not Path(f"{copy}-wal").exists()  # one self-contained file

    # refused while the server runs on the database, which stays as it is
    served = database_digest(live)
    refused = _cli(env, "restore", str(copy))
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: a Pushcart server or worker is running on ")
    assert database_digest(live) == served

    server.stop()
    restored = _cli(env, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "restore: 100% (" in restored.stderr
    # exactly the backup's rows, table by table, and its checksum
    assert database_digest(live) == database_digest(copy)
    kept = Path(restored.stdout.split("is kept in ", 1)[1].split(" (", 1)[0])
    assert database_digest(kept) == served  # the database as it was, kept beside it

    again = start_server(env)
    try:
        status, body = http_get(again, "/api/v1/products?limit=1",
                                {"Authorization": f"Bearer {store['secret_key']}"})
        assert status == 200
        assert json.loads(body)["total"] == PREFILLED + len(written)
    finally:
        again.stop()


def test_a_worker_holds_the_database_and_a_killed_server_leaves_no_stale_lock(
        tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    assert _cli(env, "backup", str(tmp_path / "copy.sqlite3")).returncode == 0
    worker = subprocess.Popen([sys.executable, "-m", "server.cli", "worker"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        def held() -> bool:
            lock = backups.ServingLock((tmp_path / "live.sqlite3").resolve(), exclusive=True)
            with lock:
                return not lock.acquire()

        until(held, "the worker to hold the serving lock", seconds=30)
        refused = _cli(env, "restore", str(tmp_path / "copy.sqlite3"))
        assert refused.returncode == 1 and "is running on" in refused.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=15)

    server = start_server(env)
    server.process.send_signal(signal.SIGKILL)  # no shutdown of any kind
    server.process.wait()
    restored = _cli(env, "restore", str(tmp_path / "copy.sqlite3"), "--no-keep")
    assert restored.returncode == 0, restored.stderr
    assert "is kept in" not in restored.stdout


def test_a_server_does_not_start_while_a_restore_holds_the_database(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    with backups.ServingLock((tmp_path / "live.sqlite3").resolve(), exclusive=True) as lock:
        assert lock.acquire()
        out = _cli(env, "run", "--port", "0")
    assert out.returncode == 1
    assert out.stderr.strip().endswith("is being restored (`pushcart restore`): start again "
                                       "when it has finished")


def test_restore_refuses_files_that_are_not_pushcart_databases(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    live = tmp_path / "live.sqlite3"
    before = database_digest(live)
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 10)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    cases = {
        str(text): "is not a SQLite database (so not a Pushcart backup)",
        str(other): "is a SQLite database but not Pushcart's",
        str(tmp_path / "missing.sqlite3"): "no such file",
    }
    for path, reason in cases.items():
        out = _cli(env, "restore", path)
        assert out.returncode == 1, path
        assert out.stderr.startswith("error: ") and reason in out.stderr, out.stderr
    assert database_digest(live) == before
    assert not list(tmp_path.glob("live.sqlite3.before-restore-*"))  # nothing was done


def test_restore_refuses_a_backup_from_a_newer_pushcart(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    newer = tmp_path / "newer.sqlite3"
    assert _cli(env, "backup", str(newer)).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO aerich (version, app, content) VALUES "
                 "('42_20991231000000_from_the_future.py', 'models', '{}')")
    conn.commit()
    conn.close()
    before = database_digest(tmp_path / "live.sqlite3")
    out = _cli(env, "restore", str(newer))
    assert out.returncode == 1
    assert "was made by a newer Pushcart: its migration 42_20991231000000_from_the_future.py " \
           "is not one this version knows" in out.stderr
    assert database_digest(tmp_path / "live.sqlite3") == before


def test_backup_refuses_to_replace_a_file_or_copy_onto_itself(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert _cli(env, "migrate").returncode == 0
    existing = tmp_path / "monday.sqlite3"
    existing.write_bytes(b"last week's")
    out = _cli(env, "backup", str(existing))
    assert out.returncode == 1 and "exists already" in out.stderr
    assert existing.read_bytes() == b"last week's"
    assert _cli(env, "backup", str(existing), "--force").returncode == 0
    assert backups.inspect_file(existing).migration == backups.known_migrations()[-1]
    onto = _cli(env, "backup", str(tmp_path / "live.sqlite3"), "--force")
    assert onto.returncode == 1 and "is the database itself" in onto.stderr


def test_on_postgresql_backup_and_restore_give_the_pg_dump_lines(tmp_path: Path) -> None:
    env = {**_env(tmp_path),
           "DATABASE_URL": "postgres://shop:pg-secret-99@db.internal:5432/pushcart"}
    for command in ("backup", "restore"):
        out = _cli(env, command, str(tmp_path / "x.dump"))
        assert out.returncode == 1
        assert out.stderr.startswith("error: DATABASE_URL=postgres://shop:***@db.internal:5432/"
                                     "pushcart is PostgreSQL")
        assert 'pg_dump --format=custom --no-owner --file=pushcart.dump "$DATABASE_URL"' \
            in out.stderr
        assert "pg_restore --clean --if-exists" in out.stderr
        assert "pg-secret-99" not in out.stderr + out.stdout
