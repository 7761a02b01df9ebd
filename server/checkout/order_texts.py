"""Texts of the messages after a purchase and of the order status page, in the widget's languages:
the `order` section of server/locales/<lang>.json.

Labels the checkout already has (subtotal, shipping, tax, discount, total, payment methods,
"deliver to") come from the widget's own locale files, so a shopper reads the same words in the
widget, the confirmation email and the order page. Placeholders: {first_name}, {number},
{store}, {total}.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from server.messaging.texts import language_of, texts_of
from server.widget_bundle import load_texts

CHECKOUT_LABELS = ("subtotal", "shipping", "tax", "discount", "total", "free", "deliver_to",
                   "payment_method", "thank_you", "continue_shopping", "pay_card", "pay_upi",
                   "pay_pix", "pay_wallet", "pay_bank_transfer", "pay_cash_on_delivery")


@cache
def texts(lang: str) -> dict[str, Any]:
    """This language's order texts plus the checkout's labels (from the widget's locale)."""
    lang = language_of(lang)
    widget = load_texts().by_language[lang]
    return {**{k: widget[k] for k in CHECKOUT_LABELS}, **texts_of("order", lang)}
