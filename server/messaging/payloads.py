"""Declarative Web Push messages, the Push API's `{"web_push": 8030, "notification": {…}}`: made
at send time from what Pushcart stores per delivery, and measured when a message is saved, so a
message every push service would not take is refused with a reason before it is ever queued.

Safari 18.4+ shows such a message without running any JavaScript; `static/sw.js` reads the same
JSON in the other browsers. The rules followed are the Push API's declarative push message
parser (`web_push` 8030, a `notification` map whose `title` is a string, a `navigate` URL on the
notification and on each action, `app_badge` a 64-bit unsigned integer, `mutable` a boolean)
and the Notifications standard's "create a notification" (`renotify` needs a non-empty `tag`,
`silent` excludes `vibrate`, `dir` is auto, ltr or rtl).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from push.sender import PayloadTooLarge
from server.messaging.texts import RTL_LANGUAGES, language_of

WEB_PUSH = 8030
MAX_ACTIONS = 2  # what Chromium shows (Notification.maxActions); the rest would be dropped
MAX_APP_BADGE = 2**64 - 1

# The largest message (JSON, UTF-8) that every push service takes. RFC 8030 §7.2 has push
# services take at least 4096 bytes of body, which aes128gcm (RFC 8291 §4: an 86-byte header, a
# 16-byte tag, at least one padding byte) leaves as 3993 bytes of plaintext: FCM (Chrome,
# Edge), Apple's web.push.apple.com and Mozilla's direct connections take that. Firefox for
# Android is reached through autopush's FCM bridge, which sends the encrypted body base64url
# inside a JSON object of at most 4096 bytes (mozilla-services/autopush-rs:
# autoendpoint/src/routers/fcm/settings.rs `max_data`, routers/common.rs `build_message_data`):
# {"chid":"<36-character id>","body":"…","con":"aes128gcm"} leaves 4021 characters of
# base64url, 3015 bytes of encrypted body, 3015 - 86 - 16 - 1 = 2912 bytes of JSON.
MAX_PAYLOAD_BYTES = 2912

# What a message is measured with when it is saved: the longest click link and delivery id the
# worker may put in (a public URL of up to 200 characters), and images and icons of 500.
_WORST_CLICK_URL = "https://" + "x" * 192 + "/click/" + f"{10**15}." + "x" * 22
_WORST_MEDIA_URL = "https://" + "x" * 492
_WORST_DELIVERY_ID = 10**15
_WORST_TIMESTAMP_MS = 10**13


class PayloadRefused(ValueError):
    """A stored payload that would show nothing (no title) or lead nowhere (no URL)."""


@lru_cache(maxsize=64)
def direction(lang: str) -> str:
    """The notification's `dir`: the language's own, or "auto" when the language is unknown."""
    if not lang:
        return "auto"
    return "rtl" if language_of(lang) in RTL_LANGUAGES else "ltr"


def action_url(click_url: str, action: str) -> str:
    """The click link of one action button: the delivery's, naming the button."""
    return f"{click_url}?action={quote(action, safe='')}"


def _actions(stored: dict[str, Any], navigate: str, click_url: str | None) -> list[dict[str, Any]]:
    actions = []
    for given in (stored.get("actions") or [])[:MAX_ACTIONS]:
        name, title = given.get("action"), given.get("title")
        if not isinstance(name, str) or not name or not isinstance(title, str) or not title:
            continue  # NotificationAction requires both: a browser would refuse the message
        action: dict[str, Any] = {"action": name, "title": title,
                                  "navigate": action_url(click_url, name) if click_url
                                  else given.get("url") or navigate}
        if given.get("icon"):
            action["icon"] = given["icon"]
        actions.append(action)
    return actions


def declarative(stored: dict[str, Any], *, click_url: str | None = None,
                delivery_id: int | None = None, timestamp_ms: int | None = None) -> dict[str, Any]:
    """The Declarative Web Push message of a stored payload ({"title", "body", "url", "icon",
    "image", "badge", "tag" or "topic", "lang", "actions": [{"action", "title", "url"}]}).

    With *click_url* every `navigate` is Pushcart's signed click link, which counts the click
    and redirects to the stored URL; without it, the stored URLs themselves. Runs for every
    message sent: plain dictionary work, no parsing or encoding."""
    title = stored.get("title")
    if not isinstance(title, str) or not title.strip():
        raise PayloadRefused("a push message needs a title: one without would show nothing")
    navigate = click_url or stored.get("url") or ""
    if not isinstance(navigate, str) or not navigate:
        raise PayloadRefused("a push message needs a URL to open when it is clicked")
    lang = stored.get("lang") if isinstance(stored.get("lang"), str) else ""
    tag = stored.get("tag") or stored.get("topic") or ""
    notification: dict[str, Any] = {"title": title, "navigate": navigate,
                                    "body": stored.get("body") or "", "dir": direction(lang)}
    if lang:
        notification["lang"] = lang
    if tag:
        notification["tag"] = tag
    for name in ("icon", "image", "badge"):
        if stored.get(name):
            notification[name] = stored[name]
    notification["silent"] = False
    notification["requireInteraction"] = False
    notification["renotify"] = bool(tag)  # a newer message of the same tag alerts again
    if timestamp_ms is not None:
        notification["timestamp"] = timestamp_ms
    if delivery_id is not None:
        notification["data"] = {"delivery_id": delivery_id}
    actions = _actions(stored, navigate, click_url)
    if actions:
        notification["actions"] = actions
    message: dict[str, Any] = {"web_push": WEB_PUSH, "notification": notification,
                               "mutable": True}
    badge = stored.get("app_badge")
    if isinstance(badge, int) and not isinstance(badge, bool) and 0 <= badge <= MAX_APP_BADGE:
        message["app_badge"] = badge
    return message


# Holes a template leaves for each message's own values: text no stored payload can hold
# (PostgreSQL's jsonb refuses U+0000, and a template whose own check fails is not used).
_CLICK_HOLE, _ID_HOLE, _TIME_HOLE = "\0click\0", "\0id\0", "\0time\0"
_HOLES = re.compile(r'(\\u0000click\\u0000|"\\u0000id\\u0000"|"\\u0000time\\u0000")')
_HOLE_NAMES = {r"\u0000click\u0000": "click", r'"\u0000id\u0000"': "id",
               r'"\u0000time\u0000"': "time"}


class Template:
    """A stored payload's declarative message as JSON, made once for the many messages that
    share the payload (a campaign's): `render()` fills in each one's click link, delivery id
    and time and gives exactly the bytes `encoded(declarative(…))` gives, without building and
    serializing the message again for each."""

    def __init__(self, stored: dict[str, Any]) -> None:
        message = declarative(stored, click_url=_CLICK_HOLE, delivery_id=0, timestamp_ms=0)
        message["notification"]["timestamp"] = _TIME_HOLE  # the keys keep their places
        message["notification"]["data"]["delivery_id"] = _ID_HOLE
        pieces = _HOLES.split(encoded(message).decode())
        self._texts = pieces[0::2]
        self._holes = [_HOLE_NAMES[hole] for hole in pieces[1::2]]

    @classmethod
    def of(cls, stored: dict[str, Any]) -> Template | None:
        """The template of *stored*, or None where one would not give what declarative() does
        (its own text held a hole's marker): then each message is made by declarative()."""
        template = cls(stored)
        click_url, delivery_id, timestamp_ms = "https://example.invalid/click/1.x", 1, 2
        made = template.render(click_url=click_url, delivery_id=delivery_id,
                               timestamp_ms=timestamp_ms)
        return template if made == encoded(declarative(
            stored, click_url=click_url, delivery_id=delivery_id,
            timestamp_ms=timestamp_ms)) else None

    def render(self, *, click_url: str, delivery_id: int, timestamp_ms: int) -> bytes:
        values = {"click": json.dumps(click_url, ensure_ascii=False)[1:-1],
                  "id": str(delivery_id), "time": str(timestamp_ms)}
        texts = self._texts
        out = [texts[0]]
        for hole, text in zip(self._holes, texts[1:], strict=True):
            out.append(values[hole])
            out.append(text)
        return "".join(out).encode()


def encoded(message: dict[str, Any]) -> bytes:
    """The bytes the sender encrypts (push/sender.py's encode_payload writes the same)."""
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode()


def worst_size(stored: dict[str, Any]) -> int:
    """How large *stored* can be once sent: with the longest click link and delivery id."""
    return len(encoded(declarative(stored, click_url=_WORST_CLICK_URL,
                                   delivery_id=_WORST_DELIVERY_ID,
                                   timestamp_ms=_WORST_TIMESTAMP_MS)))


def check_fits(stored: dict[str, Any]) -> None:
    """Refuse (PayloadTooLarge, saying by how much) a message some push service would refuse."""
    size = worst_size(stored)
    if size > MAX_PAYLOAD_BYTES:
        raise PayloadTooLarge(
            f"{size} bytes would not fit a push message: at most {MAX_PAYLOAD_BYTES} reach "
            f"every browser's push service (shorten the title, text, button titles or image "
            f"URLs by {size - MAX_PAYLOAD_BYTES} bytes)")


def check_text_fits(title: str, body: str, lang: str, tag: str) -> None:
    """Refuse a title and text (a reminder's, an automation's) that would not fit a push with
    an image and an icon of up to 500 characters each beside them."""
    check_fits({"title": title, "body": body, "url": _WORST_CLICK_URL, "lang": lang, "tag": tag,
                "image": _WORST_MEDIA_URL, "icon": _WORST_MEDIA_URL})
