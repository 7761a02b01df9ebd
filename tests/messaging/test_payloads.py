"""The Declarative Web Push builder (server/messaging/payloads.py), field by field against the
Push API's declarative push message parser and the Notifications standard's "create a
notification", and its size limit in every language Pushcart writes."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from push.sender import PayloadTooLarge, Subscription, encrypt
from server.messaging.payloads import (
    MAX_PAYLOAD_BYTES,
    PayloadRefused,
    Template,
    check_fits,
    check_text_fits,
    declarative,
    encoded,
    worst_size,
)
from server.messaging.texts import LANGUAGES, texts_of
from tests.push.keys import SubscriberKeys

CLICK = "https://pushcart.example/click/42.AAAAAAAAAAAAAAAAAAAAAA"
SCOPE = "https://shop.example/"  # the service worker registration's scope: the base URL


def _url(value: Any, base: str) -> str | None:
    """The URL parser's answer for a notification's URL member (None: failure)."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value) if urlsplit(value).scheme else urlsplit(urljoin(base, value))
    return parts.geturl() if parts.scheme in ("http", "https") and parts.hostname else None


def parse(data: bytes, base: str = SCOPE) -> dict[str, Any] | None:
    """The Push API's declarative push message parser: None for failure, else the notification
    (title, options, navigation URLs), the app badge and whether it is mutable. NotificationOptions
    conversion is taken strictly (a string where a string is declared), as a JSON sender must."""
    try:
        message = json.loads(data)
    except ValueError:
        return None
    if not isinstance(message, dict) or type(message.get("web_push")) is not int \
            or message["web_push"] != 8030:
        return None
    n = message.get("notification")
    if not isinstance(n, dict) or not isinstance(n.get("title"), str):
        return None
    if n.get("dir", "auto") not in ("auto", "ltr", "rtl"):
        return None
    strings = ("lang", "body", "navigate", "tag", "image", "icon", "badge")
    if any(key in n and not isinstance(n[key], str) for key in strings):
        return None
    if any(key in n and not isinstance(n[key], bool) for key in ("renotify", "requireInteraction")):
        return None
    if n.get("silent") is not None and not isinstance(n["silent"], bool):
        return None
    if "timestamp" in n and (type(n["timestamp"]) is not int or n["timestamp"] < 0):
        return None
    actions = n.get("actions", [])
    if not isinstance(actions, list) or not all(
            isinstance(a, dict) and isinstance(a.get("action"), str)
            and isinstance(a.get("title"), str) for a in actions):
        return None  # NotificationAction's action and title are required
    if n.get("silent") is True and "vibrate" in n:
        return None
    if n.get("renotify") is True and n.get("tag", "") == "":
        return None
    navigate = _url(n.get("navigate"), base)
    if navigate is None or any(_url(a.get("navigate"), base) is None for a in actions):
        return None  # a declarative notification and each action need a navigation URL
    badge = message.get("app_badge")
    valid_badge = type(badge) is int and 0 <= badge <= 2**64 - 1
    return {"title": n["title"], "navigate": navigate, "options": n,
            "actions": [{**a, "navigate": _url(a["navigate"], base)} for a in actions],
            "app_badge": badge if valid_badge else None,
            "mutable": message.get("mutable") is True}


CAMPAIGN: dict[str, Any] = {
    "title": "Flash sale: 30% off teas", "body": "Until midnight",
    "url": "https://shop.example/sale", "topic": "campaign-7",
    "icon": "https://cdn.example/logo.png", "image": "https://cdn.example/tea.jpg",
    "actions": [{"action": "shop", "title": "Shop now", "url": "https://shop.example/teas"},
                {"action": "later", "title": "Later", "url": "https://shop.example/later"}]}

# (what it checks, the stored payload, the builder's options, expected notification members)
FIELDS: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = [
    ("title is the stored title", CAMPAIGN, {}, {"title": "Flash sale: 30% off teas"}),
    ("body is the stored text", CAMPAIGN, {}, {"body": "Until midnight"}),
    ("a missing body is the empty string", {"title": "T", "url": "/"}, {}, {"body": ""}),
    ("navigate is the click link when there is one", CAMPAIGN, {"click_url": CLICK},
     {"navigate": CLICK}),
    ("navigate is the stored URL without one", CAMPAIGN, {}, {"navigate": "https://shop.example/sale"}),
    ("the topic is the tag, and renotifies", CAMPAIGN, {}, {"tag": "campaign-7", "renotify": True}),
    ("a stored tag wins over the topic", {**CAMPAIGN, "tag": "pushcart-cart"}, {},
     {"tag": "pushcart-cart"}),
    ("no tag: no renotify (it would be a TypeError)",
     {"title": "T", "url": "https://s.example/"}, {}, {"renotify": False}),
    ("icon and image are kept", CAMPAIGN, {},
     {"icon": "https://cdn.example/logo.png", "image": "https://cdn.example/tea.jpg"}),
    ("a badge is kept", {**CAMPAIGN, "badge": "https://cdn.example/b.png"}, {},
     {"badge": "https://cdn.example/b.png"}),
    ("never silent", CAMPAIGN, {}, {"silent": False, "requireInteraction": False}),
    ("Urdu is right to left", {**CAMPAIGN, "lang": "ur"}, {}, {"lang": "ur", "dir": "rtl"}),
    ("a regional Urdu tag too", {**CAMPAIGN, "lang": "ur-PK"}, {}, {"dir": "rtl"}),
    ("Hindi is left to right", {**CAMPAIGN, "lang": "hi"}, {}, {"lang": "hi", "dir": "ltr"}),
    ("no language: dir auto, no lang", CAMPAIGN, {}, {"dir": "auto"}),
    ("the timestamp is the message's", CAMPAIGN, {"timestamp_ms": 1_764_547_200_000},
     {"timestamp": 1_764_547_200_000}),
    ("data names the delivery", CAMPAIGN, {"delivery_id": 42}, {"data": {"delivery_id": 42}}),
]


@pytest.mark.parametrize(("what", "stored", "options", "expected"), FIELDS,
                         ids=[row[0] for row in FIELDS])
def test_each_field_follows_the_specification(what: str, stored: dict[str, Any],
                                              options: dict[str, Any],
                                              expected: dict[str, Any]) -> None:
    message = declarative(stored, **options)
    parsed = parse(encoded(message))
    assert parsed is not None, f"a browser would drop it: {message}"
    notification = message["notification"]
    assert {key: notification.get(key) for key in expected} == expected
    if "lang" not in expected:
        assert "lang" not in notification or what.startswith("a regional")


def test_the_message_is_declarative_and_mutable() -> None:
    message = declarative(CAMPAIGN, click_url=CLICK)
    assert (message["web_push"], message["mutable"]) == (8030, True)
    assert parse(encoded(message))["mutable"] is True  # type: ignore[index]
    assert "app_badge" not in message


ACTIONS: list[tuple[str, dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = [
    ("each button opens its own click link", CAMPAIGN, {"click_url": CLICK},
     [{"action": "shop", "title": "Shop now", "navigate": CLICK + "?action=shop"},
      {"action": "later", "title": "Later", "navigate": CLICK + "?action=later"}]),
    ("without a click link, its own URL", CAMPAIGN, {},
     [{"action": "shop", "title": "Shop now", "navigate": "https://shop.example/teas"},
      {"action": "later", "title": "Later", "navigate": "https://shop.example/later"}]),
    ("a button without a URL opens the message's",
     {**CAMPAIGN, "actions": [{"action": "go", "title": "Go"}]}, {},
     [{"action": "go", "title": "Go", "navigate": "https://shop.example/sale"}]),
    ("at most two buttons", {**CAMPAIGN, "actions": CAMPAIGN["actions"] + [
        {"action": "third", "title": "Third", "url": "https://shop.example/3"}]}, {},
     [{"action": "shop", "title": "Shop now", "navigate": "https://shop.example/teas"},
      {"action": "later", "title": "Later", "navigate": "https://shop.example/later"}]),
    ("a button without its required title is left out",
     {**CAMPAIGN, "actions": [{"action": "x", "url": "https://s.example/"}]}, {}, []),
    ("an icon of a button is kept",
     {**CAMPAIGN, "actions": [{"action": "a", "title": "A", "icon": "https://c.example/a.png"}]},
     {}, [{"action": "a", "title": "A", "navigate": "https://shop.example/sale",
           "icon": "https://c.example/a.png"}]),
    ("an action name is escaped in its link",
     {**CAMPAIGN, "actions": [{"action": "a&b", "title": "A"}]}, {"click_url": CLICK},
     [{"action": "a&b", "title": "A", "navigate": CLICK + "?action=a%26b"}]),
]


@pytest.mark.parametrize(("what", "stored", "options", "expected"), ACTIONS,
                         ids=[row[0] for row in ACTIONS])
def test_actions_follow_the_specification(what: str, stored: dict[str, Any],
                                          options: dict[str, Any],
                                          expected: list[dict[str, Any]]) -> None:
    message = declarative(stored, **options)
    assert parse(encoded(message)) is not None
    assert message["notification"].get("actions", []) == expected


TEMPLATED = [CAMPAIGN, {**CAMPAIGN, "lang": "ur", "body": "تخفیف \"آج\" \\ 😀\n"},
             {"title": "T", "url": "/"}, {**CAMPAIGN, "actions": [{"action": "a&b", "title": "A"}]},
             {**CAMPAIGN, "app_badge": 3, "tag": "pushcart-cart"},
             {**CAMPAIGN, "body": "1 and 42 and click:42"}]


@pytest.mark.parametrize("stored", TEMPLATED)
@pytest.mark.parametrize(("click_url", "delivery_id", "timestamp_ms"), [
    (CLICK, 42, 1_764_547_200_000), ('https://p.example/c/"quoted"\\1', 10**15, 0)])
def test_a_template_gives_the_bytes_of_the_message_made_for_each(
        stored: dict[str, Any], click_url: str, delivery_id: int, timestamp_ms: int) -> None:
    template = Template.of(stored)
    assert template is not None
    assert template.render(click_url=click_url, delivery_id=delivery_id,
                           timestamp_ms=timestamp_ms) == encoded(declarative(
        stored, click_url=click_url, delivery_id=delivery_id, timestamp_ms=timestamp_ms))


def test_a_payload_holding_a_templates_marker_is_made_for_each_message() -> None:
    assert Template.of({**CAMPAIGN, "body": "\0click\0"}) is None
    assert Template.of({**CAMPAIGN, "title": "\0id\0"}) is None


def test_a_template_of_a_payload_without_a_title_is_refused() -> None:
    with pytest.raises(PayloadRefused, match="title"):
        Template.of({"url": "https://s.example/"})


@pytest.mark.parametrize(("badge", "kept"), [
    (0, True), (3, True), (2**64 - 1, True), (2**64, False), (-1, False), (True, False),
    ("3", False), (None, False)])
def test_app_badge_is_a_64_bit_unsigned_integer_or_left_out(badge: Any, kept: bool) -> None:
    message = declarative({**CAMPAIGN, "app_badge": badge})
    assert ("app_badge" in message) is kept
    assert parse(encoded(message))["app_badge"] == (badge if kept else None)  # type: ignore[index]


@pytest.mark.parametrize(("stored", "reason"), [
    ({"body": "no title", "url": "https://s.example/"}, "title"),
    ({"title": "", "url": "https://s.example/"}, "title"),
    ({"title": "   ", "url": "https://s.example/"}, "title"),
    ({"title": 7, "url": "https://s.example/"}, "title"),
    ({"title": "No link"}, "URL"),
])
def test_a_message_that_would_show_nothing_or_lead_nowhere_is_refused(
        stored: dict[str, Any], reason: str) -> None:
    with pytest.raises(PayloadRefused, match=reason):
        declarative(stored)


def test_the_parser_itself_refuses_what_browsers_refuse() -> None:
    """The checker above can fail: each rule it applies, broken once."""
    good = declarative(CAMPAIGN, click_url=CLICK)
    assert parse(encoded(good)) is not None
    broken = [
        {**good, "web_push": 8031}, {**good, "web_push": "8030"}, {"notification": good["notification"]},
        {**good, "notification": {**good["notification"], "navigate": "https://"}},
        {**good, "notification": {k: v for k, v in good["notification"].items() if k != "navigate"}},
        {**good, "notification": {**good["notification"], "dir": "up"}},
        {**good, "notification": {**good["notification"], "tag": "", "renotify": True}},
        {**good, "notification": {**good["notification"], "silent": True, "vibrate": [100]}},
        {**good, "notification": {**good["notification"], "actions": [{"title": "no name"}]}},
    ]
    for message in broken:
        assert parse(encoded(message)) is None, message
    assert parse(b"not json") is None and parse(b"[]") is None


# -- sizes --------------------------------------------------------------------------------------

def _fcm_bridge_json_bytes(body: bytes) -> int:
    """What autopush's FCM bridge (Firefox for Android) measures against its 4096 bytes."""
    data = base64.urlsafe_b64encode(body).rstrip(b"=").decode()
    return len(json.dumps({"chid": "0" * 36, "body": data, "con": "aes128gcm"},
                          separators=(",", ":")))


def _letters(lang: str) -> str:
    """Text in the language's own script, from Pushcart's own texts in it."""
    text = "".join(v["title"] + v["body"] for v in texts_of("automations", lang).values())
    return "".join(ch for ch in text if ch.isalpha())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_largest_text_that_is_accepted_reaches_every_push_service(lang: str) -> None:
    letters = _letters(lang)
    title = (letters * 5)[:120]

    def body(n: int) -> str:
        return (letters * (n // len(letters) + 1))[:n]

    fits = 0
    for n in range(0, 2000):  # the longest body accepted beside a 120-letter title
        try:
            check_text_fits(title, body(n), lang, "pushcart-price_drop")
        except PayloadTooLarge:
            break
        fits = n
    assert 0 < fits < 2000
    with pytest.raises(PayloadTooLarge, match=f"at most {MAX_PAYLOAD_BYTES}"):
        check_text_fits(title, body(fits + 1), lang, "pushcart-price_drop")
    stored = {"title": title, "body": body(fits), "url": "https://s.example/", "lang": lang,
              "tag": "pushcart-price_drop", "image": "https://" + "x" * 492,
              "icon": "https://" + "x" * 492}
    assert worst_size(stored) <= MAX_PAYLOAD_BYTES
    keys = SubscriberKeys.generate()
    sent = encrypt(Subscription("https://fcm.googleapis.com/x", keys.p256dh, keys.auth),
                   encoded(declarative(stored, click_url="https://" + "x" * 192 + "/click/"
                                       + f"{10**15}." + "x" * 22, delivery_id=10**15,
                                       timestamp_ms=10**13)))
    assert len(sent) <= 4096  # FCM, Apple and Mozilla's own connections (RFC 8030 §7.2)
    assert _fcm_bridge_json_bytes(sent) <= 4096  # Firefox for Android


def test_a_campaign_too_large_is_refused_saying_by_how_much() -> None:
    big = {**CAMPAIGN, "body": "ر" * 400, "image": "https://cdn.example/" + "i" * 980,
           "icon": "https://cdn.example/" + "c" * 300}
    with pytest.raises(PayloadTooLarge) as refused:
        check_fits(big)
    assert f"at most {MAX_PAYLOAD_BYTES}" in str(refused.value)
    check_fits({**big, "image": ""})  # without the image it fits


def test_urls_of_the_message_do_not_count_when_clicks_go_through_the_click_link() -> None:
    long_links = {**CAMPAIGN, "url": "https://shop.example/" + "u" * 990,
                  "actions": [{"action": "a", "title": "A",
                               "url": "https://shop.example/" + "a" * 990}]}
    assert worst_size(long_links) == worst_size({**long_links, "url": "https://s.example/",
                                                 "actions": [{"action": "a", "title": "A"}]})
