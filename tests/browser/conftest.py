"""Browser fixtures: a real `pushcart run` process, a merchant's page on another origin, and
Debian's Chromium driven by Playwright."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import until

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(method: str, url: str, body: Any = None,
              headers: dict[str, str] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


@dataclass
class LiveServer:
    url: str
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    push_port: int  # a test push service may listen here; the server accepts its endpoints
    inbox: Any = None  # what the server emailed (tests/mailbox.py's Inbox)

    def create_store(self, name: str, origin: str, **options: str) -> dict[str, Any]:
        args = [sys.executable, "-m", "server.cli", "store", "create", name, "--origin", origin,
                "--json"]
        for key, value in options.items():
            args += [f"--{key.replace('_', '-')}", value]
        out = subprocess.run(args, env=self.env, check=True, capture_output=True, text=True)
        return json.loads(out.stdout)

    def store_api(self, secret: str, method: str, path: str, body: Any = None) -> Any:
        status, payload = http_json(method, f"{self.url}/api/v1{path}", body,
                                    {"Authorization": f"Bearer {secret}"})
        assert status < 300, (status, payload)
        return payload


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Iterator[LiveServer]:
    port = free_port()
    push_port = free_port()
    data_dir = tmp_path_factory.mktemp("live")
    from aiosmtpd.controller import Controller

    from tests.mailbox import Inbox

    mail = Controller(Inbox(), hostname="127.0.0.1", port=free_port())  # email is configured,
    mail.start()  # as in production: what the server sends lands here
    env = {
        **os.environ,
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail.port), "SMTP_TLS": "none",
        "SMTP_FROM": "Pushcart <shop@pushcart.test>",
        "PUSHCART_DATA_DIR": str(data_dir),
        "PUSHCART_SECRET_KEY": "browser-test-secret-0123456789",
        "PUSHCART_CREATE_DEMO": "0",
        "PUSHCART_PUSH_HOSTS": f"http://localhost:{push_port}",
    }
    if database_url.startswith("postgres"):
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)  # its own SQLite file in the data dir
    log = open(data_dir / "server.log", "wb")  # noqa: SIM115
    process = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def answering() -> bool:
        if process.poll() is not None:
            raise RuntimeError((data_dir / "server.log").read_text())
        try:
            return http_json("GET", url + "/healthz")[0] == 200
        except OSError:
            return False
    try:
        until(answering, "the server to answer /healthz", seconds=30)
    except AssertionError as exc:
        raise RuntimeError((data_dir / "server.log").read_text()) from exc
    yield LiveServer(url=url, env=env, process=process, push_port=push_port, inbox=mail.handler)
    process.terminate()
    process.wait(timeout=15)
    log.close()
    mail.stop()


@dataclass
class MerchantSite:
    """A merchant's shop on its own origin (another port than Pushcart), serving given pages."""

    origin: str
    pages: dict[str, str | bytes] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # sent with every page, e.g. a CSP


@contextlib.contextmanager
def merchant_site() -> Iterator[MerchantSite]:
    port = free_port()
    # "localhost" vs Pushcart's "127.0.0.1" and another port: a different origin, as in real life
    site = MerchantSite(origin=f"http://localhost:{port}")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            page = site.pages.get(self.path.split("?", 1)[0])
            if page is None:
                self.send_error(404)
                return
            body = page.encode() if isinstance(page, str) else page
            self.send_response(200)
            kinds = {".js": "application/javascript; charset=utf-8", ".png": "image/png"}
            kind = next((k for ext, k in kinds.items() if self.path.endswith(ext)),
                        "text/html; charset=utf-8")
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in site.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()


@pytest.fixture(scope="module")
def merchant() -> Iterator[MerchantSite]:
    with merchant_site() as site:
        yield site


@pytest.fixture
def own_merchant() -> Iterator[MerchantSite]:
    """A merchant origin for one test only: notifications and service workers are per origin."""
    with merchant_site() as site:
        yield site


def answers_preflights_from(live_server: LiveServer, origin: str) -> bool:
    """Whether Pushcart answers CORS preflights from *origin* yet (it caches the origins its
    stores allow for a few seconds, so a brand-new store's origin may wait that long)."""
    request = urllib.request.Request(f"{live_server.url}/api/v1/widget/config", method="OPTIONS",
                                     headers={"Origin": origin,
                                              "Access-Control-Request-Method": "GET"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Access-Control-Allow-Origin") == origin


def strict_csp(pushcart_url: str) -> str:
    """What careful shops send: scripts and fetches only from themselves and Pushcart, no inline
    script or style at all."""
    return (f"default-src 'self'; script-src 'self' {pushcart_url}; "
            f"connect-src {pushcart_url}; img-src * data:")


@pytest.fixture
def csp_merchant(live_server: LiveServer) -> Iterator[MerchantSite]:
    """A merchant origin (for one test) whose every response, the service worker file
    included, carries strict_csp naming this Pushcart server."""
    with merchant_site() as site:
        site.headers["Content-Security-Policy"] = strict_csp(live_server.url)
        yield site


def shop_page(pushcart_url: str, public_key: str, products: list[dict[str, Any]],
              lang: str = "en") -> str:
    buttons = "\n".join(
        f'<button data-pushcart-add data-sku="{p["sku"]}">Add {p["name"]}</button>'
        for p in products
    )
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Shop</title></head><body><h1>Shop</h1>{buttons}"
            f'<script src="{pushcart_url}/widget.js" data-store="{public_key}" async></script>'
            f"</body></html>")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Module-scoped: sync Playwright keeps an event loop running in this thread while it is
    open, which the async tests of other modules must not find."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def screenshot() -> Any:
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page: Any, name: str, *, full_page: bool = False) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

    return take
