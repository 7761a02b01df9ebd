"""Rate limits shared by several Pushcart processes through Redis: two real servers (`pushcart run`,
Hypercorn) on one database and one Redis count one limit, and keep serving when Redis goes."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server import shared_limits
from server.settings import Settings, SettingsError
from tests.conftest import TEST_SECRET, until
from tests.server.processes import Server, http_get, port_in_range, start_server

REDIS_URL = "redis://127.0.0.1:6379/5"  # the machine's Redis; this suite owns logical DB 5
LIMIT = 6  # PUSHCART_RATE_LIMIT_PER_MINUTE of the servers under test
ORIGIN = "https://shop.example.com"


def redis_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def flush_db5() -> None:
    with socket.create_connection(("127.0.0.1", 6379), timeout=2) as s:
        s.sendall(b"SELECT 5\r\nFLUSHDB\r\n")
        answer = b""
        while answer.count(b"\r\n") < 2:
            answer += s.recv(64)
        assert answer == b"+OK\r\n+OK\r\n", answer


@pytest.fixture
def machine_redis() -> Iterator[str]:
    if not redis_answers(6379):
        pytest.fail("the machine's Redis at 127.0.0.1:6379 does not answer")
    flush_db5()
    yield REDIS_URL
    flush_db5()


def _env(tmp_path: Path, database_url: str, redis_url: str) -> dict[str, str]:
    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": TEST_SECRET,
           "PUSHCART_CREATE_DEMO": "0", "PUSHCART_RUN_WORKER": "0",
           "PUSHCART_RATE_LIMIT_PER_MINUTE": str(LIMIT), "PUSHCART_REDIS_URL": redis_url,
           "PUSHCART_LOG_LEVEL": "INFO", "PUSHCART_TRUSTED_PROXIES": "127.0.0.1",
           "PUSHCART_VAPID_SUBJECT": "mailto:ops@shop.example.com"}
    if database_url.startswith("postgres"):
        env["DATABASE_URL"] = database_url
    else:  # both servers on one SQLite file of this test's own
        env["DATABASE_URL"] = f"sqlite://{tmp_path / 'shared.sqlite3'}"
    return env


def _store(env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run([sys.executable, "-m", "server.cli", "store", "create", "Limits",
                          "--origin", ORIGIN, "--json"],
                         env=env, capture_output=True, text=True, check=True)
    store: dict[str, str] = json.loads(out.stdout)
    return store


@pytest.fixture
def servers(tmp_path: Path, database_url: str, machine_redis: str
            ) -> Iterator[tuple[Server, Server, dict[str, str]]]:
    env = _env(tmp_path, database_url, machine_redis)
    store = _store(env)
    first = start_server(env)
    try:
        second = start_server(env)
    except BaseException:
        first.stop()
        raise
    try:
        yield first, second, store
    finally:
        first.stop()
        second.stop()


def _config(server: Server, store: dict[str, str], client: str = "203.0.113.7") -> int:
    return http_get(server, "/api/v1/widget/config",
                {"X-Pushcart-Key": store["public_key"], "Origin": ORIGIN,
                 "X-Forwarded-For": client})[0]


def test_widget_limit_is_one_limit_across_two_processes(servers) -> None:
    first, second, store = servers
    # alternating between the processes, as a load balancer would: LIMIT in all, not LIMIT each
    statuses = [_config(first if n % 2 else second, store) for n in range(LIMIT)]
    assert statuses == [200] * LIMIT
    assert _config(first, store) == 429
    assert _config(second, store) == 429
    assert "rate limits are shared through Redis at redis://127.0.0.1:6379/5" in first.log()


def test_the_counts_in_redis_expire_when_they_limit_nothing_more(servers) -> None:
    import redis

    first, _, store = servers
    assert _config(first, store, "203.0.113.50") == 200
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = client.keys("pushcart:limit:*")
        assert keys, "nothing was counted in Redis"
        for key in keys:
            # one request of 6 a minute: it stops counting 10 s from now (and a second's margin)
            assert 0 < int(client.pttl(key)) <= 11_000, key
    finally:
        client.close()


def test_widget_limit_survives_a_restart_of_the_process(servers, tmp_path: Path,
                                                         database_url: str) -> None:
    first, second, store = servers
    assert [_config(first, store) for _ in range(LIMIT)] == [200] * LIMIT
    first.stop()
    again = start_server(_env(tmp_path, database_url, REDIS_URL))
    try:
        assert _config(again, store) == 429  # a restart does not forget what was counted
    finally:
        again.stop()


def test_a_burst_at_both_processes_at_once_gets_the_limit_and_no_more(servers) -> None:
    first, second, store = servers
    barrier = threading.Barrier(4 * LIMIT)
    statuses: list[int] = []

    def burst(server: Server) -> None:
        barrier.wait()
        statuses.append(_config(server, store, "203.0.113.99"))

    threads = [threading.Thread(target=burst, args=(first if n % 2 else second,))
               for n in range(4 * LIMIT)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # checked and counted in one step in Redis: two processes never both take the last one
    assert sorted(statuses) == [200] * LIMIT + [429] * (3 * LIMIT)


def _json(server: Server, method: str, path: str, body: object, headers: dict[str, str]
          ) -> tuple[int, Any]:
    request = urllib.request.Request(server.url + path, method=method,
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_discount_code_guesses_on_one_cart_are_counted_across_processes(servers) -> None:
    first, second, store = servers

    def headers(n: int) -> dict[str, str]:  # a new address each time: the widget limit stays out
        return {"X-Pushcart-Key": store["public_key"], "Origin": ORIGIN,
                "X-Forwarded-For": f"192.0.2.{n + 1}"}

    status, cart = _json(first, "POST", "/api/v1/carts", {"visitor_id": "visitor-0001"},
                         headers(200))
    assert status == 201, cart
    path = f"/api/v1/carts/{cart['token']}"
    guesses = [_json(first if n % 2 else second, "PATCH", path, {"discount_code": f"GUESS{n}"},
                     headers(n))[0] for n in range(10)]
    assert guesses == [400] * 10  # unknown codes, each one counted for this cart
    for server in (first, second):
        status, body = _json(server, "PATCH", path, {"discount_code": "GUESS10"}, headers(50))
        assert status == 429 and body["error"]["code"] == "rate_limited"


def _login_page(opener: urllib.request.OpenerDirector, server: Server) -> str:
    with opener.open(server.url + "/admin/login", timeout=10) as response:
        html = response.read().decode()
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match is not None, html[:500]
    return match.group(1)


def _sign_in(opener: urllib.request.OpenerDirector, server: Server, token: str) -> int:
    body = urllib.parse.urlencode({"email": "owner@shop.example.com", "password": "wrong-guess",
                                   "csrf_token": token}).encode()
    try:
        with opener.open(urllib.request.Request(server.url + "/admin/login", data=body),
                         timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_sign_in_guesses_are_counted_across_processes(servers) -> None:
    first, second, _ = servers
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    token = _login_page(opener, first)
    # five wrong passwords a minute for one account, wherever they land
    statuses = [_sign_in(opener, first if n % 2 else second, token) for n in range(5)]
    assert statuses == [401] * 5
    assert _sign_in(opener, second, token) == 429
    assert _sign_in(opener, first, token) == 429


class OwnRedis:
    """A redis-server of a test's own on a port of this suite's range, to stop and start again."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = port_in_range()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(shutil.which("redis-server")), "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        until(lambda: redis_answers(self.port), "our redis-server to answer")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None
        until(lambda: not redis_answers(self.port), "our redis-server to be gone")


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed")
    redis = OwnRedis(tmp_path)
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


def test_requests_succeed_while_redis_is_away_and_the_log_says_so_once(
        own_redis, tmp_path: Path, database_url: str) -> None:
    port = own_redis.port
    env = _env(tmp_path, database_url, f"redis://127.0.0.1:{port}/0")
    store = _store(env)
    first, second = start_server(env), None
    try:
        second = start_server(env)
        assert _config(first, store, "198.51.100.1") == 200
        assert _config(second, store, "198.51.100.1") == 200

        own_redis.stop()  # Redis goes away
        for server in (first, second):
            # every request still answers; the limit is now this process's own, LIMIT each
            statuses = [_config(server, store, "198.51.100.2") for _ in range(LIMIT)]
            assert statuses == [200] * LIMIT, server.log()[-1500:]
            assert _config(server, store, "198.51.100.2") == 429
            gone = [line for line in server.lines if "cannot be reached" in line]
            assert len(gone) == 1, server.log()[-1500:]
            assert f"Redis at redis://127.0.0.1:{port}/0 cannot be reached" in gone[0]

        # Redis is back: the processes share the limits again, and say so once
        own_redis.start()
        for server in (first, second):
            def back(server: Server = server) -> bool:
                _config(server, store, "198.51.100.3")
                return any("is reachable again" in line for line in server.lines)

            until(back, "the log to say Redis is reachable again",
                  seconds=shared_limits.RETRY_SECONDS * 5)
        shared = [_config(first if n % 2 else second, store, "198.51.100.4")
                  for n in range(LIMIT + 1)]
        assert shared == [200] * LIMIT + [429], first.log()[-3000:] + second.log()[-3000:]
        for server in (first, second):
            assert sum("is reachable again" in line for line in server.lines) == 1
            assert sum("cannot be reached" in line for line in server.lines) == 1
    finally:
        first.stop()
        if second is not None:
            second.stop()


def test_a_password_in_the_redis_url_is_never_logged(tmp_path: Path, database_url: str) -> None:
    port = port_in_range()
    redis = subprocess.Popen(
        [str(shutil.which("redis-server")), "--port", str(port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no", "--dir", str(tmp_path),
         "--requirepass", "s3cret-pass-word"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = None
    try:
        until(lambda: redis_answers(port) or b"NOAUTH" in _raw_ping(port), "Redis to answer")
        right = _env(tmp_path, database_url, f"redis://:s3cret-pass-word@127.0.0.1:{port}/0")
        store = _store(right)
        server = start_server(right)
        assert [_config(server, store) for _ in range(LIMIT + 1)] == [200] * LIMIT + [429]
        assert f"shared through Redis at redis://127.0.0.1:{port}/0" in server.log()
        server.stop()
        logged = server.log()
        wrong = _env(tmp_path, database_url, f"redis://:not-the-pass-word@127.0.0.1:{port}/0")
        server = start_server(wrong)
        until(lambda: "cannot be reached" in server.log(), "the log to say why Redis is unused")
        assert _config(server, store) == 200  # still served, counted in the process
        for secret in ("s3cret-pass-word", "not-the-pass-word"):
            assert secret not in logged + server.log()
    finally:
        if server is not None:
            server.stop()
        redis.kill()
        redis.wait()


def _raw_ping(port: int) -> bytes:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64)
    except OSError:
        return b""


def test_a_redis_url_that_cannot_work_is_refused_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"PUSHCART_REDIS_URL=http://cache:6379/0: it must "
                                            r"start with redis://"):
        Settings.from_env({"PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": "k",
                           "PUSHCART_REDIS_URL": "http://:pw@cache/"})
    out = subprocess.run([sys.executable, "-m", "server.cli", "migrate"],
                         env={**os.environ, "PUSHCART_DATA_DIR": str(tmp_path),
                              "PUSHCART_REDIS_URL": "redis://:pw@cache/zero"},
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stderr.strip() == ("error: PUSHCART_REDIS_URL=redis://cache:6379/zero: its path "
                                  "must be a logical database number, e.g. redis://host:6379/0")


def _shared(store: shared_limits.SharedLimitStore) -> bool:
    return store.is_shared


class Ticks:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_while_redis_is_away_it_is_tried_again_only_after_the_interval(
        own_redis, tmp_path: Path, caplog) -> None:
    port = own_redis.port
    ticks = Ticks()
    store = shared_limits.SharedLimitStore(f"redis://127.0.0.1:{port}/0", retry_seconds=2.0,
                                           monotonic=ticks)
    limit = [("login|203.0.113.9|a@shop.test", 2, 60.0)]
    caplog.set_level("INFO", logger="server.shared_limits")
    await store.before_serving()
    try:
        assert await shared_limits.take(store, limit) is None and _shared(store)
        own_redis.stop()
        # counted in the process from now on: the limit still holds there
        assert await shared_limits.take(store, limit) is None and not _shared(store)
        assert await shared_limits.take(store, limit) is None
        assert (await shared_limits.take(store, limit) or 0) > 0
        own_redis.start()
        ticks.now += 1.9  # not yet: requests in the meantime do not wait for Redis
        await shared_limits.take(store, [("other", 100, 60.0)])
        assert not _shared(store)
        ticks.now += 0.2
        assert await shared_limits.take(store, [("other", 100, 60.0)]) is None
        assert _shared(store)
        # the Redis that came back is empty: the limit counts afresh there
        assert await shared_limits.take(store, limit) is None
    finally:
        await store.after_serving()
    said = [record.getMessage() for record in caplog.records
            if record.name == "server.shared_limits"]
    assert said[0] == f"rate limits are shared through Redis at redis://127.0.0.1:{port}/0"
    assert [m.split(" (")[0] for m in said[1:]] == [
        f"Redis at redis://127.0.0.1:{port}/0 cannot be reached",
        f"Redis at redis://127.0.0.1:{port}/0 is reachable again: rate limits are shared again"]
