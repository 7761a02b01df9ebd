"""Pushcart server processes (`pushcart run`) for the tests that need real ones, on ports of the
range 9100-9199, with what they log."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from tests.conftest import until

PORTS = range(9100, 9200)


def port_in_range() -> int:
    """A free port of this suite's range (9100-9199)."""
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise AssertionError("no free port in 9100-9199")


@dataclass
class Server:
    """One `pushcart run` process, and what it logged."""

    process: subprocess.Popen[str]
    port: int
    lines: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(env: dict[str, str]) -> Server:
    port = port_in_range()
    process = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    server = Server(process, port)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            server.lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        until(lambda: http_get(server, "/healthz")[0] == 200, f"the server on {port} to answer",
              seconds=60)
    except AssertionError:
        server.stop()
        raise AssertionError(f"the server did not start: {server.log()[-2000:]}") from None
    return server


def http_get(server: Server, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(server.url + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except OSError:
        return 0, ""


