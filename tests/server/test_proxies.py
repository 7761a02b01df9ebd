"""The client behind a trusted reverse proxy is the address the proxy saw, never one the client
wrote into X-Forwarded-For itself."""

from __future__ import annotations

import pytest

from server.proxies import client_address, parse_trusted

PROXY = parse_trusted(("10.0.0.0/8", "::1"))


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert client_address("203.0.113.9", "198.51.100.1", ()) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_client_is_the_address_it_forwarded() -> None:
    assert client_address("10.0.0.5", "198.51.100.7", PROXY) == "198.51.100.7"
    assert client_address("::1", "2001:db8::7", PROXY) == "2001:db8::7"


def test_an_address_the_client_wrote_itself_is_not_believed() -> None:
    # the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
    assert client_address("10.0.0.5", "1.2.3.4, 198.51.100.7", PROXY) == "198.51.100.7"
    # two trusted proxies in a row
    assert client_address("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.9", PROXY) == "198.51.100.7"


def test_a_request_not_from_a_trusted_proxy_is_its_own_client() -> None:
    assert client_address("203.0.113.9", "198.51.100.7", PROXY) == "203.0.113.9"


def test_a_bad_entry_is_named() -> None:
    with pytest.raises(ValueError, match="not-an-ip"):
        parse_trusted(("10.0.0.0/8", "not-an-ip"))


async def test_behind_a_trusted_proxy_each_shopper_has_their_own_rate_limit(database_url: str, tmp_path) -> None:
    from server.app import create_app
    from tests.conftest import make_settings

    settings = make_settings(database_url, tmp_path, PUSHCART_RATE_LIMIT_PER_MINUTE="3",
                             PUSHCART_TRUSTED_PROXIES="127.0.0.1, ::1")
    app = create_app(settings)
    async with app.test_app() as running:
        client = running.test_client()

        async def config(forwarded_for: str) -> int:
            response = await client.get("/api/v1/widget/config", headers={
                "X-Forwarded-For": forwarded_for, "X-Pushcart-Key": "pk_unknown"},
                scope_base={"client": ("127.0.0.1", 40000)})  # the proxy's own address
            return response.status_code

        assert [await config("198.51.100.1") for _ in range(3)] == [401] * 3
        assert await config("198.51.100.1") == 429  # this shopper's limit
        assert await config("198.51.100.2") == 401  # another shopper behind the same proxy
        # a shopper cannot borrow another's budget by writing the header themselves
        assert await config("198.51.100.2, 198.51.100.1") == 429


def test_a_bad_trusted_proxy_setting_names_itself(tmp_path) -> None:
    from server.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="PUSHCART_TRUSTED_PROXIES"):
        Settings.from_env({"PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": "x" * 32,
                           "PUSHCART_TRUSTED_PROXIES": "proxy.internal"})
