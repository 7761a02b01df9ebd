"""Admin sessions end on the server: signing out, signing out everywhere and a password change
make the session cookie worthless, wherever a copy of it is."""

from __future__ import annotations

from tests.blueprints.admin.conftest import PASSWORD, Browser, Team
from tests.conftest import ShopFixture


def _copy_cookies(source: Browser, target: Browser) -> None:
    """What a thief with the cookie has: the same cookies in another client."""
    for cookie in source.client.cookie_jar:
        target.client.cookie_jar.set_cookie(cookie)


async def test_a_copied_session_cookie_is_worthless_after_signing_out(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team) -> None:
    dashboard = f"/admin/stores/{shop.store.id}"
    await browser.sign_in(team.owner)
    _copy_cookies(browser, second_browser)
    assert (await second_browser.get(dashboard)).status_code == 200  # the copy works, for now
    assert (await browser.post("/admin/logout", token_from=dashboard)).status_code == 302
    assert (await second_browser.get(dashboard)).status_code == 302  # to the sign-in page
    assert (await browser.get(dashboard)).status_code == 302


async def test_sign_out_everywhere_ends_every_session_of_that_person_only(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team, app) -> None:
    from tests.blueprints.admin.conftest import Browser as B

    dashboard = f"/admin/stores/{shop.store.id}"
    staff = B(app.test_client())
    await browser.sign_in(team.owner)
    await second_browser.sign_in(team.owner)
    await staff.sign_in(team.staff)
    account = f"{dashboard}/account"
    page = await browser.page(account)
    assert page.count("<tr><td") == 2  # two browsers signed in as the owner
    response = await browser.post(f"{account}/sign-out-everywhere", token_from=account)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/login"
    assert (await browser.get(dashboard)).status_code == 302
    assert (await second_browser.get(dashboard)).status_code == 302
    assert (await staff.get(dashboard)).status_code == 200


async def test_changing_ones_password_in_the_console_signs_out_the_other_browsers(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team) -> None:
    dashboard = f"/admin/stores/{shop.store.id}"
    account = f"{dashboard}/account"
    await browser.sign_in(team.owner)
    await second_browser.sign_in(team.owner)
    wrong = await browser.post(f"{account}/password", {
        "current": "not it at all", "password": "a new long password", "confirm": "a new long password"},
        token_from=account)
    assert wrong.status_code == 400 and "current password is not right" in await wrong.get_data(as_text=True)
    short = await browser.post(f"{account}/password", {
        "current": PASSWORD, "password": "short", "confirm": "short"}, token_from=account)
    assert short.status_code == 400 and "at least 10" in await short.get_data(as_text=True)
    changed = await browser.post(f"{account}/password", {
        "current": PASSWORD, "password": "a new long password", "confirm": "a new long password"},
        token_from=account)
    assert changed.status_code == 302
    assert "Password changed" in await browser.page(changed.headers["Location"])  # still in
    assert (await second_browser.get(dashboard)).status_code == 302  # signed out
    assert (await second_browser.sign_in(team.owner, PASSWORD)).status_code == 401
    assert (await second_browser.sign_in(team.owner, "a new long password")).status_code == 302


async def test_a_form_token_is_no_good_once_its_session_ended(browser: Browser, shop: ShopFixture, team: Team) -> None:
    onboarding = f"/admin/stores/{shop.store.id}/onboarding"
    await browser.sign_in(team.owner)
    old_token = await browser.token(onboarding)
    await browser.post("/admin/logout", token=old_token)
    await browser.sign_in(team.owner)  # a new session in the same browser, same CSRF cookie
    refused = await browser.post(f"/admin/stores/{shop.store.id}/keys/rotate", token=old_token)
    assert refused.status_code == 403
    fresh = await browser.post(f"/admin/stores/{shop.store.id}/keys/rotate", token_from=onboarding)
    assert fresh.status_code == 200
