"""The widget's CSS: as served (compacted by server/widget_bundle.py) it is, to Chromium's CSS
parser, the very stylesheet written in widget/widget.js; and browsers without constructable
stylesheets still get it."""

from __future__ import annotations

import re
import secrets

import pytest

from server.widget_bundle import CSS_BLOCK, WIDGET_DIR, compact_css
from tests.browser.conftest import LiveServer, MerchantSite, shop_page

pytestmark = pytest.mark.browser

RULES = """(texts) => texts.map((text) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
})"""


def test_compacted_css_parses_to_the_same_rules(browser) -> None:
    match = CSS_BLOCK.search((WIDGET_DIR / "widget.js").read_text(encoding="utf-8"))
    assert match is not None
    written = match[2]
    page = browser.new_page()
    as_written, as_served = page.evaluate(RULES, [written, compact_css(written)])
    page.close()
    assert len(as_written) > 80  # the whole stylesheet parsed, not an error's empty one
    # var(--x, 30px) keeps its text as written, spaces after commas included: they mean nothing
    def same(rules: list[str]) -> list[str]:
        return [re.sub(r",\s+", ",", rule) for rule in rules]
    assert same(as_served) == same(as_written)


def test_without_adopted_stylesheets_the_widget_brings_a_style_element(
        browser, live_server: LiveServer, merchant: MerchantSite) -> None:
    """As in Safari before 16.4 and Firefox before 101, on a page with no policy against it."""
    store = live_server.create_store(f"Shop {secrets.token_hex(3)}", merchant.origin)
    products = [{"sku": "TEA", "name": "Assam tea", "price": 34900}]
    live_server.store_api(store["secret_key"], "POST", "/products/bulk", {"products": products})
    live_server.store_api(store["secret_key"], "PATCH", "/store", {"branding": {"color": "#7c3aed"}})
    merchant.pages["/old-browser"] = shop_page(live_server.url, store["public_key"], products)
    context = browser.new_context()
    context.add_init_script("delete ShadowRoot.prototype.adoptedStyleSheets;")
    page = context.new_page()
    page.goto(f"{merchant.origin}/old-browser")
    page.wait_for_selector("#pushcart-root .fab")
    assert page.evaluate("document.querySelector('#pushcart-root').shadowRoot"
                         ".querySelectorAll('style').length") == 1
    fab = page.locator(".fab").evaluate(
        "el => [getComputedStyle(el).position, getComputedStyle(el).backgroundColor]")
    assert fab == ["fixed", "rgb(124, 58, 237)"]
    context.close()
