"""How long a text message is in segments (GSM-7 with its extension table, UCS-2, multipart),
phone numbers in E.164, texts cut to the store's limit with the link kept whole, and which
message webhook URLs a store may save."""

from __future__ import annotations

import pytest

from server.errors import ApiError
from server.messaging import sms
from server.messaging.message_webhook import validate_webhook_url
from server.messaging.texts import LANGUAGES

LINK = "https://pushcart.example/click/123456789012.abcdefghijklmnopqrstuv"


def test_plain_english_is_gsm7_and_160_characters_fit_one_segment() -> None:
    assert sms.count_segments("a" * 160) == sms.Segments("GSM-7", 160, 1)
    assert sms.count_segments("a" * 161) == sms.Segments("GSM-7", 161, 2)  # 153 + 8


def test_multipart_gsm7_segments_hold_153_each() -> None:
    assert sms.count_segments("a" * 306).segments == 2
    assert sms.count_segments("a" * 307).segments == 3


def test_extension_characters_count_two_septets() -> None:
    assert sms.count_segments("€" * 80) == sms.Segments("GSM-7", 160, 1)
    assert sms.count_segments("€" * 80 + "a").segments == 2
    assert sms.count_segments("[x]{y}~^|\\").units == 18  # 8 extension chars, 2 plain


def test_an_extension_character_is_never_split_between_segments() -> None:
    # 152 septets then "€": it does not fit the first part's last septet, so a third part opens
    # only where a naive count would not: 152 + 2 + 152 = 306 septets, yet three parts
    text = "a" * 152 + "€" + "a" * 152
    assert sms.count_segments(text).units == 306 and sms.count_segments(text).segments == 3


@pytest.mark.parametrize("text", ["नमस्ते", "নমস্কার", "નમસ્તે", "السلام علیکم", "Hi 😀", "Ça"])
def test_indic_urdu_and_emoji_make_the_text_ucs2(text: str) -> None:
    assert sms.count_segments(text).encoding == ("GSM-7" if text == "Ça" else "UCS-2")


def test_ucs2_fits_70_units_in_one_segment_then_67_per_part() -> None:
    assert sms.count_segments("क" * 70) == sms.Segments("UCS-2", 70, 1)
    assert sms.count_segments("क" * 71) == sms.Segments("UCS-2", 71, 2)
    assert sms.count_segments("क" * 134).segments == 2
    assert sms.count_segments("क" * 135).segments == 3
    assert sms.count_segments("😀" * 35) == sms.Segments("UCS-2", 70, 1)  # two units each
    # one Latin letter outside GSM-7 turns an English text into UCS-2
    assert sms.count_segments("a" * 69 + "ł").segments == 1
    assert sms.count_segments("a" * 70 + "ł") == sms.Segments("UCS-2", 71, 2)


def test_a_text_too_long_is_cut_with_an_ellipsis_and_its_link_kept_whole() -> None:
    long = "Test Shop: " + "your lovely tea is waiting " * 20
    message = sms.fit(long, LINK, 1)
    assert message.endswith("... " + LINK)
    assert sms.count_segments(message).segments == 1
    assert sms.fit("Short and sweet:", LINK, 1) == f"Short and sweet: {LINK}"
    hindi = sms.fit("आपका सामान इंतज़ार कर रहा है " * 5, LINK, 2)
    assert sms.count_segments(hindi).segments == 2 and hindi.endswith(LINK)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pushcarts_own_texts_fit_the_default_limit_with_a_link(lang: str) -> None:
    for key, text in sms.DEFAULT_TEXTS[lang].items():
        filled = text.replace("{store}", "Test Shop")
        counted = sms.count_segments(sms.message_text(filled, LINK))
        assert counted.segments <= sms.DEFAULT_MAX_SEGMENTS, (lang, key, counted)
        assert counted.encoding == ("GSM-7" if lang == "en" else "UCS-2"), (lang, key)
    if lang != "en":  # real translations, not English copies
        assert not set(sms.DEFAULT_TEXTS[lang].values()) & set(sms.DEFAULT_TEXTS["en"].values())


@pytest.mark.parametrize(("given", "e164"), [
    ("+91 98765 43210", "+919876543210"), ("+1 (415) 555-0100", "+14155550100"),
    ("+44.20.7946.0958", "+442079460958"),
])
def test_numbers_with_a_country_code_become_e164(given: str, e164: str) -> None:
    assert sms.normalize_phone(given) == e164


@pytest.mark.parametrize("given", ["98765 43210", "0091 98765 43210", "+0 1234 5678", "+91",
                                   "+1234567890123456", "+91 98765 4321x", ""])
def test_numbers_without_a_country_code_are_not_e164(given: str) -> None:
    assert sms.normalize_phone(given) is None


@pytest.mark.parametrize("url", [
    "http://hooks.example.com/sms",  # not https
    "https://127.0.0.1/sms", "https://[::1]/sms", "https://10.0.0.8/sms",  # IP literals
    "https://localhost/sms", "https://localhost./sms", "https://printer.local/sms",
    "https://metadata.google.internal/sms",
    "https://intranet/sms",  # no dot: a local name
    "https://user:pass@hooks.example.com/sms",  # credentials
    "ftp://hooks.example.com/sms", "https://hooks.example.com/a b",
])
def test_unsafe_webhook_urls_are_refused(url: str) -> None:
    with pytest.raises(ApiError) as refused:
        validate_webhook_url(url, ())
    assert refused.value.code == "invalid_webhook_url"


def test_a_public_https_url_or_a_listed_local_one_is_accepted() -> None:
    assert validate_webhook_url("https://hooks.example.com/sms", ()) == \
        "https://hooks.example.com/sms"
    local = "http://127.0.0.1:9500/messages"
    assert validate_webhook_url(local, ("http://127.0.0.1:9500",)) == local
    with pytest.raises(ApiError):  # listed with its port: another port is not
        validate_webhook_url("http://127.0.0.1:9501/messages", ("http://127.0.0.1:9500",))
