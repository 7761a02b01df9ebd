"""A new merchant's first look, in Chromium: `pushcart run` in an empty folder makes the demo store
with its ninety days of history, and the dashboard it prints the way to shows full charts and
real figures, on a laptop and on a phone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.browser.conftest import free_port, http_json
from tests.browser.test_admin import LAPTOP, PHONE
from tests.conftest import until

pytestmark = pytest.mark.browser

SERIES = """() => [...document.querySelectorAll("canvas[data-chart]")].map((canvas) =>
  window.Chart.getChart(canvas).data.datasets.map((set) => ({
    label: set.label, points: set.data.length, nonzero: set.data.filter((v) => v > 0).length})))"""


@dataclass
class FirstStart:
    url: str
    email: str
    password: str


@pytest.fixture(scope="module")
def first_start(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstStart]:
    """`pushcart run` as a merchant starts it the first time: its own data folder and SQLite
    file, the demo made (the default), the admin's credentials read from what it printed."""
    data_dir = tmp_path_factory.mktemp("first-start")
    env = {**os.environ, "PUSHCART_DATA_DIR": str(data_dir),
           "PUSHCART_SECRET_KEY": "browser-test-secret-0123456789"}
    for name in ("DATABASE_URL", "PUSHCART_CREATE_DEMO"):
        env.pop(name, None)
    port = free_port()
    log = data_dir / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port",
                                    str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def answering() -> bool:
        if process.poll() is not None:
            raise RuntimeError(log.read_text())
        try:
            return http_json("GET", url + "/healthz")[0] == 200
        except OSError:
            return False

    started = time.monotonic()
    try:
        until(answering, "the first start to answer /healthz", seconds=60)
        assert time.monotonic() - started < 30, log.read_text()
        printed = log.read_text()
        match = re.search(r"admin account: (\S+) / password (\S+)", printed)
        assert match, printed
        yield FirstStart(url, match.group(1), match.group(2))
    finally:
        process.terminate()
        process.wait(timeout=15)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_first_dashboard_tells_the_demo_shops_story(browser: Any, first_start: FirstStart, screenshot: Any, viewport: dict[str, int]) -> None:
    name = "phone" if viewport == PHONE else "laptop"
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{first_start.url}/admin/login")
    page.fill("#email", first_start.email)
    page.fill("#password", first_start.password)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    page.wait_for_selector("canvas[data-drawn=true]")
    assert page.locator("canvas[data-drawn=true]").count() == 2

    for figure in ("revenue", "recovered"):
        shown = page.inner_text(f"[data-figure={figure}]")
        assert shown.startswith("₹") and shown != "₹0.00", (figure, shown)
    assert int(page.inner_text("[data-figure=subscribers]")) > 100
    abandonment = int(page.inner_text("[data-figure=abandonment]").rstrip(" %"))
    assert 60 <= abandonment <= 80
    funnel = [int(n) for n in page.locator("[data-funnel]").all_inner_texts()]
    assert funnel[0] > funnel[1] > funnel[3] > 0  # carts > email captured > ordered
    assert "No campaigns yet" not in page.inner_text("main")
    assert page.locator("text=Flash sale: 10% off every tea today").count() == 1

    money, subscribers = page.evaluate(SERIES)
    revenue, recovered = money
    assert revenue["points"] == 30 and revenue["nonzero"] >= 28  # orders every day
    assert recovered["nonzero"] >= 10
    active, new = subscribers
    assert active["nonzero"] == 30 and new["nonzero"] >= 10
    screenshot(page, f"admin-demo-dashboard-{name}", full_page=True)

    page.goto(page.url.split("?")[0] + "?days=90")
    page.wait_for_selector("canvas[data-drawn=true]")
    (revenue, recovered), (active, new) = page.evaluate(SERIES)
    assert revenue["points"] == 90 and revenue["nonzero"] >= 85
    assert active["nonzero"] >= 85  # the first subscribers came in the first days
    assert errors == []
    context.close()
