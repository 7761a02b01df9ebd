"""Admin console fixtures: an owner and a staff member of the test shop, another store with its
own owner, and a browser-like client that keeps cookies and sends each form's CSRF token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from server.admin_auth import hash_password
from server.models import AdminUser, StoreMembership
from server.stores import create_store
from tests.conftest import TEST_SECRET, ShopFixture

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


@dataclass
class Browser:
    """One browser: its own cookie jar (a test client), signing in through the login form."""

    client: Any

    async def get(self, path: str) -> Any:
        return await self.client.get(path)

    async def page(self, path: str) -> str:
        response = await self.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return await response.get_data(as_text=True)

    async def token(self, path: str = "/admin/login") -> str:
        match = TOKEN.search(await (await self.get(path)).get_data(as_text=True))
        assert match, f"no CSRF token on {path}"
        return match.group(1)

    async def post(self, path: str, form: dict[str, str] | None = None, *,
                   token_from: str | None = None, token: str | None = None) -> Any:
        """POST a form with the CSRF token of the page it is on (*token_from*), as a browser
        would; *token* overrides it (None and no page: no token at all)."""
        data = dict(form or {})
        if token is None and token_from is not None:
            token = await self.token(token_from)
        if token is not None:
            data["csrf_token"] = token
        return await self.client.post(path, form=data)

    async def sign_in(self, email: str, password: str = PASSWORD) -> Any:
        return await self.post("/admin/login", {"email": email, "password": password},
                               token_from="/admin/login")


@dataclass
class Team:
    owner: str
    staff: str
    other_owner: str
    other_store_id: int
    other_secret: str


async def _user(email: str, store_id: int, role: str) -> None:
    user = await AdminUser.create(email=email, password_hash=hash_password(PASSWORD))
    await StoreMembership.create(user=user, store_id=store_id, role=role)


@pytest.fixture
async def team(shop: ShopFixture) -> Team:
    other = await create_store(TEST_SECRET, "Other Store", ["http://other.test"])
    await _user("owner@shop.test", shop.store.id, "owner")
    await _user("staff@shop.test", shop.store.id, "staff")
    await _user("owner@other.test", other.store.id, "owner")
    return Team("owner@shop.test", "staff@shop.test", "owner@other.test", other.store.id,
                other.secret_key)


@pytest.fixture
def browser(app: Any) -> Browser:
    return Browser(app.test_client())


@pytest.fixture
def second_browser(app: Any) -> Browser:
    return Browser(app.test_client())
