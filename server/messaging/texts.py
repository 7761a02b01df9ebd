"""The languages Pushcart writes messages and pages in, and how texts are filled in."""

from __future__ import annotations

import re

LANGUAGES = ("en", "hi", "bn", "gu", "ur")
RTL_LANGUAGES = frozenset({"ur"})
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def language_of(locale: str | None) -> str:
    """'hi-IN' -> 'hi'; anything not among the five -> 'en'."""
    code = (locale or "").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def direction_of(lang: str) -> str:
    """The writing direction of a language, as HTML's dir attribute takes it."""
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {placeholders}; unknown ones stay as typed. Escaping is the renderer's job."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# The unsubscribe page.
UNSUBSCRIBE_TEXTS: dict[str, dict[str, str]] = {
    "en": {"ask": "Stop emails from {store} to {email}?", "button": "Unsubscribe",
           "done": "Done. {email} gets no more emails from {store}.",
           "invalid": "This unsubscribe link is not valid. Copy the whole link from the email."},
    "hi": {"ask": "{store} से {email} पर ईमेल बंद करें?", "button": "सदस्यता छोड़ें",
           "done": "हो गया। {email} पर अब {store} से कोई ईमेल नहीं आएगा।",
           "invalid": "यह लिंक मान्य नहीं है। ईमेल से पूरा लिंक कॉपी करें।"},
    "bn": {"ask": "{store} থেকে {email}-এ ইমেল বন্ধ করবেন?", "button": "সদস্যতা ত্যাগ করুন",
           "done": "হয়ে গেছে। {email}-এ {store} থেকে আর কোনো ইমেল যাবে না।",
           "invalid": "এই লিংকটি বৈধ নয়। ইমেল থেকে পুরো লিংকটি কপি করুন।"},
    "gu": {"ask": "{store} તરફથી {email} પર ઇમેઇલ બંધ કરવા છે?", "button": "અનસબ્સ્ક્રાઇબ",
           "done": "થઈ ગયું. {email} પર હવે {store} તરફથી કોઈ ઇમેઇલ નહીં આવે.",
           "invalid": "આ લિંક માન્ય નથી. ઇમેઇલમાંથી આખી લિંક કૉપિ કરો."},
    "ur": {"ask": "{store} سے {email} پر ای میلز بند کریں؟", "button": "ان سبسکرائب",
           "done": "ہو گیا۔ {email} پر اب {store} سے کوئی ای میل نہیں آئے گی۔",
           "invalid": "یہ لنک درست نہیں۔ ای میل سے پورا لنک کاپی کریں۔"},
}
