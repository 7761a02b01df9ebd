"""The admin console in Chromium: an account made with `pushcart admin add` signs in, finds the
dashboard, the embed snippets and the team, on a laptop and on a phone."""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
from typing import Any

import pytest

from tests.browser.conftest import LiveServer, MerchantSite

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _admin(live_server: LiveServer, store: dict[str, Any], email: str) -> str:
    out = subprocess.run([sys.executable, "-m", "server.cli", "admin", "add", email,
                          "--store", store["public_key"]],
                         env=live_server.env, check=True, capture_output=True, text=True).stdout
    return re.search(r"with password (\S+) ", out).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_sign_in_and_find_the_embed_snippets(browser, live_server: LiveServer, merchant: MerchantSite, screenshot, viewport) -> None:  # type: ignore[no-untyped-def]
    store = live_server.create_store(f"Chai {secrets.token_hex(2)}", merchant.origin,
                                     currency="INR", locale="en-IN")
    email = f"owner-{secrets.token_hex(3)}@chai.test"
    password = _admin(live_server, store, email)
    name = "phone" if viewport == PHONE else "laptop"
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{live_server.url}/admin")
    assert page.url.startswith(f"{live_server.url}/admin/login")
    page.fill("#email", email)
    page.fill("#password", "wrong password")
    page.click("button[type=submit]")
    assert page.locator("[role=alert]").inner_text() == "That email and password do not match."
    page.fill("#password", password)
    screenshot(page, f"admin-login-{name}")
    errors.clear()  # the wrong password's 401 was meant
    page.click("button[type=submit]")
    page.wait_for_selector("h1:text('Dashboard')")
    assert store["name"] in page.inner_text("header")
    assert page.locator("[data-funnel]").all_inner_texts() == ["0", "0", "0", "0"]
    screenshot(page, f"admin-dashboard-{name}")

    page.click("nav >> text=Onboarding & keys")
    snippet = page.locator("[data-snippet=script]").inner_text()
    assert f'data-store="{store["public_key"]}"' in snippet
    assert f"{live_server.url}/widget.js" in snippet
    assert page.locator("[data-snippet=sw]").inner_text() == \
        f'importScripts("{live_server.url}/static/sw.js");'
    assert store["secret_key"] not in page.content()
    screenshot(page, f"admin-onboarding-{name}")

    page.click("nav >> text=Team")
    page.fill("#email", "helper@chai.test")
    page.click("button:text-is(\"Invite\")")
    assert "/admin/invite/" in page.locator("[data-invite]").inner_text()
    screenshot(page, f"admin-team-{name}")

    page.click("text=Sign out")
    page.wait_for_url(re.compile(r".*/admin/login$"))
    assert errors == []  # no console errors (the CSP blocks nothing we need)
    context.close()
