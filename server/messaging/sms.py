"""Text messages (SMS and WhatsApp): how long a text is in segments (GSM-7 or UCS-2), phone
numbers in E.164, a store's text-message settings, Pushcart's own texts in five languages, and
the text a shopper gets (cut to the store's limit, the link kept whole)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationError

from server.errors import ApiError
from server.messaging.texts import LANGUAGES, fill, language_of
from server.models import Store
from server.schemas import Strict

# GSM 03.38: the default alphabet (one septet each) and its extension table (an escape and a
# septet: two). Everything else makes the whole text UCS-2 (UTF-16 code units).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
SINGLE = {"GSM-7": 160, "UCS-2": 70}  # a text that fits one segment
MULTIPART = {"GSM-7": 153, "UCS-2": 67}  # each segment of a longer one (the rest is its header)
MAX_SEGMENTS = 10
DEFAULT_MAX_SEGMENTS = 2
E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
_PHONE_PUNCTUATION = re.compile(r"[\s().\-]")
ELLIPSIS = "..."  # GSM-7 and UCS-2 alike


@dataclass(frozen=True)
class Segments:
    """How a text goes out: its encoding, its length in that encoding's units (septets, or
    UTF-16 code units), and how many segments that takes."""

    encoding: str
    units: int
    segments: int

    def as_dict(self) -> dict[str, Any]:
        return {"encoding": self.encoding, "units": self.units, "segments": self.segments}


def encoding_of(text: str) -> str:
    return "GSM-7" if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text) else "UCS-2"


def _costs(text: str, encoding: str) -> list[int]:
    """Each character's units: an extension character is two septets, a character outside the
    Basic Multilingual Plane (an emoji) two UTF-16 units."""
    if encoding == "GSM-7":
        return [2 if c in GSM7_EXTENSION else 1 for c in text]
    return [2 if ord(c) > 0xFFFF else 1 for c in text]


def count_segments(text: str) -> Segments:
    """The segments *text* takes: one if it fits 160 septets (GSM-7) or 70 UTF-16 units (UCS-2);
    else parts of 153 or 67, a two-unit character never split between two parts."""
    encoding = encoding_of(text)
    costs = _costs(text, encoding)
    units = sum(costs)
    if units == 0:
        return Segments(encoding, 0, 0)
    if units <= SINGLE[encoding]:
        return Segments(encoding, units, 1)
    size, parts, used = MULTIPART[encoding], 1, 0
    for cost in costs:
        if used + cost > size:
            parts, used = parts + 1, 0
        used += cost
    return Segments(encoding, units, parts)


def sample_link(base_url: str) -> str:
    """A link as long as a real one (the signed click link of a delivery with a 12-digit id),
    for counting a text before it is sent."""
    return f"{base_url.rstrip('/')}/click/{'1' * 12}.{'x' * 22}"


def message_text(text: str, link: str) -> str:
    """What the shopper receives: the text, then the link."""
    return f"{text.strip()} {link}" if link else text.strip()


def fit(text: str, link: str, max_segments: int) -> str:
    """The message of *text* and *link*, the text cut (with an ellipsis) where it would take
    more than *max_segments*; the link is never cut."""
    whole = message_text(text, link)
    if count_segments(whole).segments <= max_segments:
        return whole
    words = text.strip()
    low, high = 0, len(words)  # the longest prefix that fits
    while low < high:
        middle = (low + high + 1) // 2
        if count_segments(message_text(words[:middle].rstrip() + ELLIPSIS, link)).segments \
                <= max_segments:
            low = middle
        else:
            high = middle - 1
    return message_text(words[:low].rstrip() + ELLIPSIS, link)


def normalize_phone(phone: str) -> str | None:
    """*phone* in E.164 (+ country code and number, 8 to 15 digits), spaces, dots, dashes and
    brackets taken out; None if it is not one ("0044…" and national numbers are not)."""
    compact = _PHONE_PUNCTUATION.sub("", phone or "")
    return compact if E164.fullmatch(compact) else None


# -- the store's settings ---------------------------------------------------------------------


class TextMessageSettings(Strict):
    """Where a store's SMS and WhatsApp messages go (its provider adapter's https URL, which
    Pushcart POSTs each message to, signed) and how long one may be."""

    webhook_url: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] = ""
    max_segments: Annotated[int, Field(ge=1, le=MAX_SEGMENTS)] = DEFAULT_MAX_SEGMENTS
    # which the widget offers (each with its own consent box by the phone field)
    channels: Annotated[list[Literal["sms", "whatsapp"]], Field(max_length=2)] = [
        "sms", "whatsapp"]

    @classmethod
    def of(cls, store: Store) -> TextMessageSettings:
        try:
            return cls.model_validate(store.text_messages or {}, strict=False)
        except ValidationError:
            return cls()

    @property
    def is_configured(self) -> bool:
        return bool(self.webhook_url)

    @property
    def offered(self) -> list[str]:
        return [c for c in ("sms", "whatsapp") if c in self.channels] if self.webhook_url else []


def check_text(text: str, where: str, base_url: str, max_segments: int) -> Segments:
    """Refuse a merchant's text (as typed, with the link after it) longer than the store's
    limit; returns its count."""
    counted = count_segments(message_text(text, sample_link(base_url)))
    if counted.segments > max_segments:
        raise ApiError(
            f"{where}: with its link the text takes {counted.segments} {counted.encoding} "
            f"segments ({counted.units} characters); this store allows at most {max_segments}",
            code="text_too_long", details={where: counted.as_dict()})
    return counted


# -- Pushcart's own texts ---------------------------------------------------------------------

SmsText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]

# Each ends where the link follows. The cart sequence's by template ({first_name}, {store},
# {items}, {total}, {code}, {expiry}); the flows' by flow, with the flow's own placeholders.
DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "help": "{store}: your cart is saved. Questions? Finish your order here:",
        "items": "{store}: {items} are still in your cart. Complete your order:",
        "incentive": "{store}: code {code} gives you a discount on your cart until {expiry}:",
        "price_drop": "{store}: {product} is now {new_price} (was {old_price}):",
        "back_in_stock": "{store}: {product} is back in stock, {price}:",
        "browse_abandonment": "{store}: still thinking about {product}? {price}:",
        "replenishment": "{store}: time to restock {product}? Reorder:",
        "win_back": "{store}: we miss you, {first_name}! See what's new:",
        "new_arrivals": "{store}: new in: {products}:",
        "order_updates": "{store}: order #{number} is {status}:",
        "points_expiry": "{store}: {expiring} of your points ({points_value}) expire on "
                         "{expiry_date}. Use them:",
    },
    "hi": {
        "help": "{store}: आपका कार्ट सुरक्षित है। ऑर्डर यहाँ पूरा करें:",
        "items": "{store}: {items} अभी भी आपके कार्ट में हैं। ऑर्डर पूरा करें:",
        "incentive": "{store}: कोड {code} से {expiry} तक छूट पाएँ:",
        "price_drop": "{store}: {product} अब {new_price} (पहले {old_price}):",
        "back_in_stock": "{store}: {product} फिर से उपलब्ध है, {price}:",
        "browse_abandonment": "{store}: {product} अब भी पसंद है? {price}:",
        "replenishment": "{store}: {product} फिर से मँगाने का समय? दोबारा ऑर्डर करें:",
        "win_back": "{store}: {first_name}, हमें आपकी याद आई! नया देखें:",
        "new_arrivals": "{store}: नया आया: {products}:",
        "order_updates": "{store}: ऑर्डर #{number} की स्थिति: {status}:",
        "points_expiry": "{store}: {expiring} पॉइंट {expiry_date} को खत्म होंगे:",
    },
    "bn": {
        "help": "{store}: আপনার কার্ট সংরক্ষিত আছে। অর্ডার এখানে সম্পূর্ণ করুন:",
        "items": "{store}: {items} এখনও আপনার কার্টে আছে। অর্ডার সম্পূর্ণ করুন:",
        "incentive": "{store}: কোড {code} দিয়ে {expiry} পর্যন্ত ছাড় পান:",
        "price_drop": "{store}: {product} এখন {new_price} (আগে {old_price}):",
        "back_in_stock": "{store}: {product} আবার স্টকে আছে, {price}:",
        "browse_abandonment": "{store}: {product} নিয়ে এখনও ভাবছেন? {price}:",
        "replenishment": "{store}: {product} আবার কেনার সময়? আবার অর্ডার করুন:",
        "win_back": "{store}: {first_name}, আপনাকে মিস করছি! নতুন কী এসেছে দেখুন:",
        "new_arrivals": "{store}: নতুন এসেছে: {products}:",
        "order_updates": "{store}: অর্ডার #{number}: {status}:",
        "points_expiry": "{store}: {expiring} পয়েন্ট {expiry_date} শেষ হবে। ব্যবহার করুন:",
    },
    "gu": {
        "help": "{store}: તમારી કાર્ટ સાચવેલી છે. ઓર્ડર અહીં પૂરો કરો:",
        "items": "{store}: {items} હજી તમારી કાર્ટમાં છે. ઓર્ડર પૂરો કરો:",
        "incentive": "{store}: કોડ {code} થી {expiry} સુધી છૂટ મેળવો:",
        "price_drop": "{store}: {product} હવે {new_price} (પહેલાં {old_price}):",
        "back_in_stock": "{store}: {product} ફરી સ્ટોકમાં છે, {price}:",
        "browse_abandonment": "{store}: {product} વિશે હજી વિચારો છો? {price}:",
        "replenishment": "{store}: {product} ફરી મંગાવવાનો સમય? ફરી ઓર્ડર કરો:",
        "win_back": "{store}: {first_name}, અમને તમારી યાદ આવે છે! નવું જુઓ:",
        "new_arrivals": "{store}: નવું આવ્યું: {products}:",
        "order_updates": "{store}: ઓર્ડર #{number}: {status}:",
        "points_expiry": "{store}: {expiring} પોઇન્ટ {expiry_date}એ પૂરા થશે. વાપરો:",
    },
    "ur": {
        "help": "{store}: آپ کی کارٹ محفوظ ہے۔ آرڈر یہاں مکمل کریں:",
        "items": "{store}: {items} ابھی بھی آپ کی کارٹ میں ہیں۔ آرڈر مکمل کریں:",
        "incentive": "{store}: کوڈ {code} سے {expiry} تک رعایت پائیں:",
        "price_drop": "{store}: {product} اب {new_price} (پہلے {old_price}):",
        "back_in_stock": "{store}: {product} دوبارہ دستیاب ہے، {price}:",
        "browse_abandonment": "{store}: کیا ابھی بھی {product} کا سوچ رہے ہیں؟ {price}:",
        "replenishment": "{store}: {product} دوبارہ منگوانے کا وقت؟ دوبارہ آرڈر کریں:",
        "win_back": "{store}: {first_name}، ہمیں آپ کی یاد آئی! نیا دیکھیں:",
        "new_arrivals": "{store}: نیا آیا ہے: {products}:",
        "order_updates": "{store}: آرڈر #{number}: {status}:",
        "points_expiry": "{store}: {expiring} پوائنٹس {expiry_date} کو ختم ہوں گے:",
    },
}
assert set(DEFAULT_TEXTS) == set(LANGUAGES)


def default_text(key: str, lang: str) -> str:
    """Pushcart's text for a cart step's template or a flow, in *lang* (English if unknown)."""
    return DEFAULT_TEXTS[language_of(lang)][key]


def compose(own: Mapping[Any, str], key: str, lang: str, values: dict[str, str]) -> str:
    """The words a shopper gets: the merchant's text in *lang* (else Pushcart's), filled in.
    The outbox puts the link after them and cuts them to the store's limit (`fit`)."""
    text = own.get(language_of(lang)) or default_text(key, lang)
    return fill(text, values)


def text_payload(*, to: str, text: str, url: str, shopper: str, flow: str,
                 max_segments: int) -> dict[str, Any]:
    """A text message's outbox payload: where the link leads (`url`, followed through the signed
    click link), and what the message webhook will be told."""
    return {"to": to, "text": text, "url": url, "shopper": shopper, "flow": flow,
            "max_segments": max_segments}


def count_label(text: str, link: str, max_segments: int) -> str:
    """A text's length as the admin shows it beside its field (static/admin/sms.js says the
    same as it is typed)."""
    counted = count_segments(message_text(text, link))
    per = (MULTIPART if counted.segments > 1 else SINGLE)[counted.encoding]
    return (f"{counted.segments} segment{'' if counted.segments == 1 else 's'} · "
            f"{counted.encoding} · {counted.units} characters with the link ({per} per "
            f"segment) · at most {max_segments}")


def admin_view(store: Store, base_url: str, texts: dict[str, str]) -> dict[str, Any]:
    """What the admin's text fields need: the store's limit, a sample link, and the count of
    each field's text (by field key) as saved or Pushcart's own."""
    limit = TextMessageSettings.of(store).max_segments
    link = sample_link(base_url)
    return {"max_segments": limit, "link": link,
            "counts": {key: count_label(text, link, limit) for key, text in texts.items()}}
