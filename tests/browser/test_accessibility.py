"""axe-core (vendored in tests/browser/vendor/, never from a CDN) run in Chromium over the demo
shop with the widget in every state a shopper meets, in English and in Urdu (right to left), and
over every page of the admin console reachable from its navigation, signed in. Any violation
fails, each listed with its rule, impact and where it is."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import LiveServer
from tests.conftest import found

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
RUN_AXE = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
  .map((v) => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.flat().join(" >>> "))}))"""


@dataclass
class Demo:
    url: str  # Pushcart, which serves the demo shop at /demo
    email: str
    password: str


@pytest.fixture(scope="module")
def demo(live_server: LiveServer) -> Demo:
    """The demo store with its history (`pushcart demo reset`), and an owner of it."""
    env = {**live_server.env, "PUSHCART_PUBLIC_URL": live_server.url}  # the demo's origin

    def cli(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "server.cli", *args], env=env, check=True,
                              capture_output=True, text=True).stdout
    public_key = found(r"public key:\s+(\S+)", cli("demo", "reset"))
    email = "a11y-owner@demo.test"
    password = found(r"with password (\S+) ",
                     cli("admin", "add", email, "--store", public_key, "--role", "owner"))
    return Demo(live_server.url, email, password)


def violations(page: Any) -> list[dict[str, Any]]:
    """What axe-core finds on the page as it is now (open shadow roots included)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE)  # through DevTools: no page's CSP applies
    found_now: list[dict[str, Any]] = page.evaluate(RUN_AXE)
    return found_now


class Audit:
    """Runs axe-core in each state reached and keeps what it found, so that one run reports
    every state's violations, not only the first."""

    def __init__(self) -> None:
        self.found: dict[str, list[dict[str, Any]]] = {}

    def check(self, page: Any, state: str) -> None:
        result = violations(page)
        if result:
            self.found[state] = result

    def assert_clean(self) -> None:
        lines = [f"{state}: {v['id']} ({v['impact']}) {v['help']} at {v['targets']}"
                 for state, found_in_state in self.found.items() for v in found_in_state]
        assert not lines, "axe-core found violations:\n" + "\n".join(lines)


@pytest.fixture
def audit() -> Iterator[Audit]:
    yield Audit()


def _shop(browser: Any, demo: Demo, lang: str = "en", **context_options: Any) -> Any:
    context = browser.new_context(reduced_motion="reduce", **context_options)
    page = context.new_page()
    page.goto(f"{demo.url}/demo?lang={lang}")
    page.wait_for_selector("#pushcart-root .fab")
    return page


def _add_first_product(page: Any) -> None:
    page.locator("button[data-pushcart-add]").first.click()
    page.wait_for_selector(".drawer .item")


def _checkout(page: Any, audit: Audit, lang: str) -> None:
    """Contact, delivery, payment and the confirmation, each audited."""
    page.locator(".step button.primary").click()
    page.wait_for_selector("#pc-email")
    audit.check(page, f"{lang}: contact step")
    page.fill("#pc-email", "zara@example.com")
    page.locator(".saved:not(:empty)").wait_for()
    page.fill("#pc-name", "Zara Khan")
    page.locator(".step form button[type=submit]").click()
    page.wait_for_selector("#pc-line1")
    audit.check(page, f"{lang}: delivery step")
    page.fill("#pc-line1", "7 Lodhi Road")
    page.fill("#pc-city", "Delhi")
    page.fill("#pc-postal", "110003")
    page.locator(".step form button[type=submit]").click()
    page.wait_for_selector("[data-place]")
    audit.check(page, f"{lang}: payment step")
    page.check("input[name=method][value=cash_on_delivery]")
    page.locator("[data-place]").click()
    page.wait_for_selector(".confirm")
    audit.check(page, f"{lang}: confirmation")


def test_demo_shop_with_the_widget_has_no_violation_in_any_state(browser, demo, audit) -> None:
    page = _shop(browser, demo)
    audit.check(page, "en: page with the cart button")
    page.locator(".fab").click()
    page.wait_for_selector(".drawer .empty")
    audit.check(page, "en: empty cart")
    page.keyboard.press("Escape")
    _add_first_product(page)
    page.wait_for_selector(".optin .primary")
    audit.check(page, "en: cart with the notifications opt-in card")
    _checkout(page, audit, "en")
    page.locator(".confirm > button.primary").click()  # continue shopping
    page.evaluate("Pushcart.notifyMe(document.querySelector('[data-pushcart-add]').dataset.sku)")
    page.wait_for_selector("dialog.notify[open]")
    audit.check(page, "en: notify me when it's back")
    page.context.close()
    audit.assert_clean()


def test_urdu_right_to_left_widget_has_no_violation(browser, demo, audit) -> None:
    page = _shop(browser, demo, "ur")
    _add_first_product(page)
    assert page.locator(".shell").get_attribute("dir") == "rtl"
    audit.check(page, "ur: cart with the opt-in card")
    _checkout(page, audit, "ur")
    page.context.close()
    audit.assert_clean()


IPHONE_SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 "
                 "(KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1")


def test_iphone_home_screen_card_has_no_violation(browser, demo, audit) -> None:
    """Safari on iOS in a tab, not opened from the Home Screen: no Push API at all."""
    page = _shop(browser, demo, user_agent=IPHONE_SAFARI, has_touch=True,
                 viewport={"width": 390, "height": 844})
    page.context.add_init_script("delete window.PushManager;")
    page.reload()
    page.wait_for_selector("#pushcart-root .fab")
    _add_first_product(page)
    page.wait_for_selector(".optin svg")  # the card shows the share icon, and no "Allow"
    assert page.locator(".optin button.primary").count() == 0
    audit.check(page, "en: iPhone Home Screen card")
    page.context.close()
    audit.assert_clean()


def _admin_pages(page: Any, start: str) -> Iterator[str]:
    """Every admin page linked from the navigation, and from the pages it leads to, once per
    kind of page (one order, one campaign, one segment, one product: they share a template);
    downloads (CSV) left out."""
    seen_kinds: set[str] = set()
    queue = [start]
    while queue:
        url = queue.pop(0)
        path = urlsplit(url).path
        kind = re.sub(r"/(orders|campaigns|segments|catalog)/(?!new\b)[^/]+", r"/\1/*", path)
        if kind in seen_kinds or path.endswith(".csv"):
            continue
        seen_kinds.add(kind)
        page.goto(url)
        yield url
        links = page.eval_on_selector_all(
            "a[href]", "links => links.map((a) => a.href)")
        queue += [link.split("#")[0] for link in links
                  if link.startswith(start.rsplit("/stores/", 1)[0] + "/stores/")]


def test_every_admin_page_has_no_violation(browser, demo, audit) -> None:
    page = browser.new_context(reduced_motion="reduce").new_page()
    page.goto(f"{demo.url}/admin/login")
    audit.check(page, "admin: sign in")
    page.fill("#email", demo.email)
    page.fill("#password", demo.password)
    page.click("button[type=submit]")
    page.wait_for_selector("nav.sidenav")
    kinds = set()
    for url in _admin_pages(page, page.url):
        path = urlsplit(url).path
        audit.check(page, "admin " + path)
        kinds.add(re.sub(r"/admin/stores/\d+", "", path))
    for expected in ("", "/orders", "/orders/*", "/campaigns", "/campaigns/new", "/automations",
                     "/automations/price_drop", "/catalog", "/catalog/new", "/segments",
                     "/settings", "/settings/checkout", "/settings/recovery", "/onboarding",
                     "/team", "/account"):
        assert any(re.fullmatch(re.escape(expected).replace(r"\*", "[^/]+"), kind)
                   for kind in kinds), (expected, sorted(kinds))
    page.context.close()
    audit.assert_clean()
