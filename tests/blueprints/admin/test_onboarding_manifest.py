"""Onboarding's Home Screen snippets: the web app manifest the merchant hosts and the <head>
lines that install the shop on iOS, with the store's name escaped wherever it goes."""

from __future__ import annotations

import html
import json
import re

from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture

NAME = """</pre><script>alert(1)</script> "Chai" & 'Co'"""


def _snippet(page: str, name: str) -> str:
    match = re.search(rf'<pre class="code" data-snippet="{name}">(.*?)</pre>', page, re.DOTALL)
    assert match, f"no {name} snippet"
    return html.unescape(match.group(1))  # what the merchant copies from the page


async def test_onboarding_shows_a_manifest_for_the_shops_own_origin(browser: Browser, shop: ShopFixture, team: Team) -> None:
    shop.store.branding = {"color": "#aa3300"}
    await shop.store.save()
    await browser.sign_in(team.staff)
    page = await browser.page(f"/admin/stores/{shop.store.id}/onboarding")
    manifest = json.loads(_snippet(page, "manifest"))
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == ("/", "/", "standalone")
    assert manifest["name"] == shop.store.name and manifest["theme_color"] == "#aa3300"
    assert [icon["sizes"] for icon in manifest["icons"]] == ["192x192", "512x512"]
    assert all(icon["src"].startswith("/") for icon in manifest["icons"])  # the shop's own files
    tags = _snippet(page, "home-screen")
    assert '<link rel="manifest" href="/manifest.webmanifest">' in tags
    assert '<meta name="apple-mobile-web-app-capable" content="yes">' in tags
    assert '<meta name="mobile-web-app-capable" content="yes">' in tags


async def test_the_store_name_is_escaped_in_the_page_and_in_each_snippet(browser: Browser, shop: ShopFixture, team: Team) -> None:
    shop.store.name = NAME
    await shop.store.save()
    await browser.sign_in(team.owner)
    page = await browser.page(f"/admin/stores/{shop.store.id}/onboarding")
    assert "<script>alert(1)</script>" not in page
    assert json.loads(_snippet(page, "manifest"))["name"] == NAME  # valid JSON, quotes and all
    title = re.search(r'name="apple-mobile-web-app-title" content="([^"]*)"',
                      _snippet(page, "home-screen"))
    assert title, "the title tag lost its quoting"
    assert html.unescape(title.group(1)) == NAME  # escaped once more for the merchant's page
