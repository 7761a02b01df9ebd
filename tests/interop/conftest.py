"""web-push-testing (npm), a push service written by others: installed into tests/interop by
`make test` (`npm install --prefix tests/interop`), started per test on a free port as a child
process of the test, and stopped after it."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import free_port
from tests.conftest import until

SERVER = Path(__file__).parent / "node_modules" / "web-push-testing" / "src" / "bin" / "server.js"


@dataclass
class WebPushTesting:
    origin: str

    def call(self, path: str, body: Any = None) -> Any:
        request = urllib.request.Request(f"{self.origin}{path}", method="POST",
                                         data=json.dumps(body or {}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
        try:
            return json.loads(raw)
        except ValueError:  # /status answers plain text
            return raw.decode()

    def subscribe(self, application_server_key: str) -> dict[str, Any]:
        """A browser's subscription to this service: PushSubscriptionJSON plus clientHash."""
        # (it takes userVisibleOnly only as the string "true", as a form would send it)
        answer: dict[str, Any] = self.call("/subscribe", {
            "applicationServerKey": application_server_key})["data"]
        return answer

    def messages(self, client_hash: str) -> list[Any]:
        """What it decrypted for that subscription, as JSON."""
        answer = self.call("/get-notifications", {"clientHash": client_hash})
        return [json.loads(text) for text in answer["data"]["messages"]]

    def expire(self, client_hash: str) -> None:
        self.call(f"/expire-subscription/{client_hash}")


@pytest.fixture
def web_push_testing(tmp_path: Path) -> Iterator[WebPushTesting]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the web-push-testing interop tests need Node.js 20+")
    if not SERVER.exists():
        pytest.skip("web-push-testing is not installed: run `make test`, or "
                    "`npm install --prefix tests/interop`")
    port = free_port()
    process = subprocess.Popen([node, str(SERVER), str(port)], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    service = WebPushTesting(f"http://localhost:{port}")

    def answering() -> bool:
        if process.poll() is not None:
            _, errors = process.communicate()
            raise AssertionError(f"web-push-testing exited: {errors.decode()}")
        try:
            service.call("/status")
        except OSError:
            return False
        return True

    try:
        until(answering, "web-push-testing to answer")
        yield service
    finally:
        process.terminate()
        process.wait(timeout=10)
