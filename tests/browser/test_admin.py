"""The admin console in Chromium: an account made with `pushcart admin add` signs in, finds the
dashboard, the embed snippets and the team, on a laptop and on a phone."""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LiveServer, MerchantSite
from tests.conftest import found

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _admin(live_server: LiveServer, store: dict[str, Any], email: str) -> str:
    out = subprocess.run([sys.executable, "-m", "server.cli", "admin", "add", email,
                          "--store", store["public_key"]],
                         env=live_server.env, check=True, capture_output=True, text=True).stdout
    return found(r"with password (\S+) ", out)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_sign_in_and_find_the_embed_snippets(browser, live_server: LiveServer, merchant: MerchantSite, screenshot, viewport) -> None:
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


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_compose_a_campaign_with_a_live_preview(browser, live_server: LiveServer, merchant: MerchantSite, screenshot, viewport) -> None:
    store = live_server.create_store(f"Chai {secrets.token_hex(2)}", merchant.origin,
                                     currency="INR", locale="en-IN", timezone="Asia/Kolkata")
    email = f"staff-{secrets.token_hex(3)}@chai.test"
    password = _admin(live_server, store, email)
    name = "phone" if viewport == PHONE else "laptop"
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.click("nav >> text=Campaigns")
    page.click("text=New campaign")
    page.fill("#title", "Diwali lamps are here")
    page.fill("#body", "Handmade diyas, 15% off this week")
    page.fill("#url", f"{merchant.origin}/diwali")
    page.fill("#action1_title", "Shop lamps")
    page.fill("#action1_url", f"{merchant.origin}/lamps")
    android = page.locator(".notif.android")
    expect(android.locator("[data-preview=title]")).to_have_text("Diwali lamps are here")
    expect(android.locator("[data-preview=actions]")).to_have_text(re.compile("shop lamps", re.I))
    assert page.locator("#send_at").is_disabled()  # until "At a time" is chosen
    page.check("input[name=when][value=at]")
    assert not page.locator("#send_at").is_disabled()
    page.fill("#send_at", "2030-11-01T09:00")
    screenshot(page, f"admin-campaign-new-{name}")
    page.click("text=Create campaign")
    page.wait_for_selector("[data-status]")
    assert page.locator("[data-status]").inner_text() == "scheduled"
    assert "01 Nov 2030, 09:00 (Asia/Kolkata)" in page.inner_text("main")
    screenshot(page, f"admin-campaign-{name}")
    context.close()
