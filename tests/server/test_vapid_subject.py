"""The VAPID subject is checked at start: one Apple's push service refuses (403 BadJwtToken) stops
a production start (PUSHCART_PUBLIC_URL on https) saying what to set, and is a warning on a
laptop."""

from __future__ import annotations

import pytest

from server.settings import Settings, SettingsError, vapid_subject_problem


def _env(tmp_path, **values: str) -> dict[str, str]:
    return {"PUSHCART_DATA_DIR": str(tmp_path), "PUSHCART_SECRET_KEY": "s" * 40, **values}


@pytest.mark.parametrize("subject", [
    "mailto:push@shop.example.com", "https://shop.example.com", "https://push.shop.in/contact",
    "mailto:push@chai.co.in"])
def test_a_reachable_subject_is_accepted(subject: str) -> None:
    assert vapid_subject_problem(subject) == ""


@pytest.mark.parametrize("subject", [
    "mailto:webpush@pushcart.invalid", "mailto:me@localhost", "mailto:me@shop.local",
    "https://shop.test", "https://localhost:8443", "https://pushcart.localhost", "mailto:nobody",
    "http://shop.example.com", "push@shop.example.com", ""])
def test_a_subject_apple_refuses_is_named(subject: str) -> None:
    assert vapid_subject_problem(subject)


def test_production_with_a_refused_subject_does_not_start(tmp_path) -> None:
    env = _env(tmp_path, PUSHCART_PUBLIC_URL="https://pushcart.example.com",
               PUSHCART_VAPID_SUBJECT="mailto:push@shop.test")
    with pytest.raises(SettingsError) as refused:
        Settings.from_env(env)
    assert "PUSHCART_VAPID_SUBJECT" in str(refused.value)
    assert "BadJwtToken" in str(refused.value) and "shop.test" in str(refused.value)


def test_production_on_a_local_name_needs_a_subject(tmp_path) -> None:
    """Without PUSHCART_VAPID_SUBJECT the public URL is the subject: .local is not reachable."""
    with pytest.raises(SettingsError, match="PUSHCART_VAPID_SUBJECT"):
        Settings.from_env(_env(tmp_path, PUSHCART_PUBLIC_URL="https://pushcart.local"))


def test_production_with_a_good_subject_starts(tmp_path) -> None:
    settings = Settings.from_env(_env(tmp_path, PUSHCART_PUBLIC_URL="https://pushcart.example.com"))
    assert settings.vapid_contact == "https://pushcart.example.com"
    settings = Settings.from_env(_env(tmp_path, PUSHCART_PUBLIC_URL="https://pushcart.example.com",
                                      PUSHCART_VAPID_SUBJECT="mailto:push@chai.example.com"))
    assert settings.vapid_contact == "mailto:push@chai.example.com"


def test_a_laptop_only_warns(tmp_path) -> None:
    settings = Settings.from_env(_env(tmp_path))  # http://127.0.0.1:8000, the default subject
    assert settings.vapid_contact == "mailto:webpush@pushcart.invalid"
    assert "PUSHCART_VAPID_SUBJECT" in settings.vapid_subject_warning()
    good = Settings.from_env(_env(tmp_path, PUSHCART_VAPID_SUBJECT="mailto:push@chai.example.com"))
    assert good.vapid_subject_warning() == ""
