"""Who gets into the admin console and what they can do there: sign-in, sessions, CSRF, roles,
store isolation, the secret key shown once, invitations, and the sign-in rate limit."""

from __future__ import annotations

from tests.blueprints.admin.conftest import PASSWORD, Browser, Team
from tests.conftest import ShopFixture, found

STORE_PAGES = ["", "/onboarding", "/team"]
STORE_ACTIONS = ["/origins", "/keys/rotate", "/team"]


async def test_no_page_or_action_without_signing_in(browser: Browser, shop: ShopFixture, team: Team) -> None:
    base = f"/admin/stores/{shop.store.id}"
    for path in ["/admin", *(base + p for p in STORE_PAGES)]:
        response = await browser.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/admin/login")
    for action in STORE_ACTIONS:  # even with a valid CSRF token, no session: no action
        response = await browser.post(base + action, {"origins": "https://evil.test",
                                                      "email": "x@evil.test"},
                                      token_from="/admin/login")
        assert response.status_code == 302 and response.headers["Location"].startswith(
            "/admin/login")
    assert shop.store.allowed_origins == ["http://shop.test"]
    await shop.store.refresh_from_db()
    assert shop.store.allowed_origins == ["http://shop.test"]


async def test_sign_in_needs_the_right_password_and_sign_out_ends_the_session(browser: Browser, shop: ShopFixture, team: Team) -> None:
    wrong = await browser.sign_in(team.owner, "not the password")
    assert wrong.status_code == 401
    assert "That email and password do not match." in await wrong.get_data(as_text=True)
    unknown = await browser.sign_in("nobody@shop.test")
    assert unknown.status_code == 401  # the same answer: no telling which emails exist

    response = await browser.sign_in(team.owner)
    assert response.status_code == 302 and response.headers["Location"] == "/admin"
    cookie = response.headers.get("Set-Cookie", "")
    assert "pushcart_admin=" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    home = await browser.get("/admin")
    assert home.headers["Location"] == f"/admin/stores/{shop.store.id}"
    page = await browser.page(f"/admin/stores/{shop.store.id}")
    assert "Dashboard" in page and "Test Shop" in page and "owner@shop.test" in page

    assert (await browser.post("/admin/logout", token_from=f"/admin/stores/{shop.store.id}")
            ).status_code == 302
    assert (await browser.get(f"/admin/stores/{shop.store.id}")).status_code == 302


async def test_a_password_change_ends_other_sessions(browser: Browser, shop: ShopFixture, team: Team) -> None:
    from server.admin_auth import hash_password
    from server.models import AdminUser

    await browser.sign_in(team.owner)
    assert (await browser.get(f"/admin/stores/{shop.store.id}")).status_code == 200
    user = await AdminUser.get(email=team.owner)
    user.password_hash = hash_password("a brand new password")
    await user.save()
    assert (await browser.get(f"/admin/stores/{shop.store.id}")).status_code == 302


async def test_forms_without_the_right_csrf_token_are_refused(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    onboarding = f"/admin/stores/{shop.store.id}/onboarding"
    hint = shop.store.secret_key_hint
    for token in (None, "0" * 64, await second_browser.token()):  # none, made up, another browser's
        response = await browser.post(f"/admin/stores/{shop.store.id}/keys/rotate", token=token)
        assert response.status_code == 403, token
        assert "This form has expired" in await response.get_data(as_text=True)
    await shop.store.refresh_from_db()
    assert shop.store.secret_key_hint == hint  # nothing changed
    ok = await browser.post(f"/admin/stores/{shop.store.id}/keys/rotate", token_from=onboarding)
    assert ok.status_code == 200
    # the login form is protected too
    assert (await second_browser.post("/admin/login", {"email": team.owner,
                                                       "password": PASSWORD})).status_code == 403


async def test_staff_of_one_store_cannot_see_or_change_another(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.other_owner)
    theirs = f"/admin/stores/{team.other_store_id}"
    assert "Other Store" in await browser.page(theirs)
    for path in STORE_PAGES:
        response = await browser.get(f"/admin/stores/{shop.store.id}{path}")
        assert response.status_code == 404
        assert "Test Shop" not in await response.get_data(as_text=True)
    response = await browser.post(f"/admin/stores/{shop.store.id}/origins",
                                  {"origins": "https://evil.test"}, token_from=theirs)
    assert response.status_code == 404
    await shop.store.refresh_from_db()
    assert shop.store.allowed_origins == ["http://shop.test"]
    page = await browser.page(theirs)
    assert "Test Shop" not in page  # not even in the store switcher


async def test_staff_cannot_manage_keys_origins_or_the_team(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    base = f"/admin/stores/{shop.store.id}"
    page = await browser.page(f"{base}/onboarding")
    assert "Rotate the secret key" not in page and "Save origins" not in page
    assert shop.store.public_key in page  # but they see how to embed the widget
    for action, form in (("/keys/rotate", {}), ("/origins", {"origins": "https://x.test"}),
                         ("/team", {"email": "friend@x.test"})):
        response = await browser.post(base + action, form, token_from=f"{base}/onboarding")
        assert response.status_code == 403, action
    await shop.store.refresh_from_db()
    assert shop.store.allowed_origins == ["http://shop.test"]


async def test_the_secret_key_is_shown_once_when_rotated_and_never_again(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    onboarding = f"/admin/stores/{shop.store.id}/onboarding"
    page = await browser.page(onboarding)
    assert shop.secret_key not in page and f"sk_…{shop.secret_key[-4:]}" in page
    response = await browser.post(f"/admin/stores/{shop.store.id}/keys/rotate",
                                  token_from=onboarding)
    assert response.headers["Cache-Control"] == "no-store"
    new_key = found(r"<pre class=\"code\" data-secret>(sk_[\w-]+)</pre>", await response.get_data(as_text=True))
    assert new_key != shop.secret_key
    assert new_key not in await browser.page(onboarding)
    assert new_key not in await browser.page(f"/admin/stores/{shop.store.id}")
    old = await shop.client.get("/api/v1/store", headers={"Authorization": f"Bearer {shop.secret_key}"})
    new = await shop.client.get("/api/v1/store", headers={"Authorization": f"Bearer {new_key}"})
    assert (old.status_code, new.status_code) == (401, 200)


async def test_origins_are_validated_and_saved(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    onboarding = f"/admin/stores/{shop.store.id}/onboarding"
    bad = await browser.post(f"/admin/stores/{shop.store.id}/origins",
                             {"origins": "not a url"}, token_from=onboarding)
    assert bad.status_code == 400
    body = await bad.get_data(as_text=True)
    assert 'role="alert"' in body and "not a url" in body  # the typed text is kept
    ok = await browser.post(f"/admin/stores/{shop.store.id}/origins",
                            {"origins": "https://shop.example.com/\nhttp://shop.test"},
                            token_from=onboarding)
    assert ok.status_code == 302
    await shop.store.refresh_from_db()
    assert shop.store.allowed_origins == ["https://shop.example.com", "http://shop.test"]


async def test_an_owner_invites_staff_who_choose_a_password(browser: Browser, second_browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    team_page = f"/admin/stores/{shop.store.id}/team"
    response = await browser.post(team_page, {"email": "New.Person@Shop.test", "role": "staff"},
                                  token_from=team_page)
    body = await response.get_data(as_text=True)
    link = found(r"<pre class=\"code\" data-invite>(\S+)</pre>", body)
    assert "new.person@shop.test" in body and "invited" in body
    path = "/admin/invite/" + link.rsplit("/admin/invite/", 1)[1]

    short = await second_browser.post(path, {"password": "short", "confirm": "short"},
                                      token_from=path)
    assert short.status_code == 400
    assert "Use at least 10 characters." in await short.get_data(as_text=True)
    joined = await second_browser.post(path, {"password": "a long enough one",
                                              "confirm": "a long enough one"}, token_from=path)
    assert joined.status_code == 302
    assert "staff" in await second_browser.page(f"/admin/stores/{shop.store.id}")
    assert (await second_browser.get(path)).status_code == 404  # used: no longer valid
    assert (await second_browser.get("/admin/invite/forged.token.here")).status_code == 404


async def test_sign_in_attempts_are_rate_limited(browser: Browser, shop: ShopFixture, team: Team) -> None:
    for _ in range(5):
        assert (await browser.sign_in(team.owner, "guess")).status_code == 401
    response = await browser.sign_in(team.owner)  # even the right password must wait
    assert response.status_code == 429
    assert "Too many attempts" in await response.get_data(as_text=True)
    assert int(response.headers["Retry-After"]) > 0
    assert (await browser.get(f"/admin/stores/{shop.store.id}")).status_code == 302


async def test_next_never_leads_off_the_console(browser: Browser, shop: ShopFixture, team: Team) -> None:
    for target in ("//evil.test/x", "https://evil.test", "/admin\\@evil.test", "javascript:x"):
        response = await browser.post("/admin/login", {"email": team.owner, "password": PASSWORD,
                                                       "next": target}, token_from="/admin/login")
        assert response.headers["Location"] == "/admin", target
        await browser.post("/admin/logout", token_from=f"/admin/stores/{shop.store.id}")


async def test_many_accounts_tried_from_one_address_are_rate_limited_too(browser: Browser, shop: ShopFixture, team: Team) -> None:
    statuses = [(await browser.sign_in(f"guess{n}@shop.test", "guess")).status_code
                for n in range(40)]
    # 30 a minute (GCRA: a burst of 30, then one more every 2 s)
    assert statuses[:30] == [401] * 30 and 429 in statuses
    assert (await browser.sign_in(team.owner)).status_code == 429
