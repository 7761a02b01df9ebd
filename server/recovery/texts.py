"""Default texts of the abandoned-cart sequence and of its emails, in the widget's languages.

Placeholders in titles and bodies: {first_name}, {store}, {items}, {total}, {code}, {expiry}.
A merchant's own texts (store API `PUT /api/v1/recovery/settings`) replace these per step and
language; a language they leave out falls back to these, then to English.
"""

from __future__ import annotations

STEP_TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "help": {
        "en": {"title": "Need a hand, {first_name}?",
               "body": "Your cart at {store} is saved. Questions about sizes, delivery or "
                       "payment? Just reply, we're happy to help."},
        "hi": {"title": "क्या मदद चाहिए, {first_name}?",
               "body": "{store} पर आपका कार्ट सुरक्षित है। साइज़, डिलीवरी या भुगतान के बारे में "
                       "कोई सवाल? जवाब दीजिए, हम मदद करेंगे।"},
        "bn": {"title": "কোনো সাহায্য লাগবে, {first_name}?",
               "body": "{store}-এ আপনার কার্ট সংরক্ষিত আছে। সাইজ, ডেলিভারি বা পেমেন্ট নিয়ে "
                       "প্রশ্ন? উত্তর দিন, আমরা সাহায্য করব।"},
        "gu": {"title": "મદદ જોઈએ છે, {first_name}?",
               "body": "{store} પર તમારું કાર્ટ સાચવેલું છે. સાઇઝ, ડિલિવરી કે ચુકવણી વિશે "
                       "પ્રશ્ન? જવાબ આપો, અમે મદદ કરીશું."},
        "ur": {"title": "کیا مدد چاہیے، {first_name}؟",
               "body": "{store} پر آپ کی کارٹ محفوظ ہے۔ سائز، ڈیلیوری یا ادائیگی کے بارے میں "
                       "کوئی سوال؟ جواب دیں، ہم مدد کریں گے۔"},
    },
    "items": {
        "en": {"title": "Your items are waiting",
               "body": "{items} are still in your cart at {store}. Total {total}."},
        "hi": {"title": "आपका सामान इंतज़ार कर रहा है",
               "body": "{items} अब भी {store} पर आपके कार्ट में हैं। कुल {total}।"},
        "bn": {"title": "আপনার জিনিসগুলো অপেক্ষা করছে",
               "body": "{items} এখনও {store}-এ আপনার কার্টে আছে। মোট {total}।"},
        "gu": {"title": "તમારી વસ્તુઓ રાહ જુએ છે",
               "body": "{items} હજી {store} પર તમારા કાર્ટમાં છે. કુલ {total}."},
        "ur": {"title": "آپ کی اشیاء انتظار کر رہی ہیں",
               "body": "{items} ابھی تک {store} پر آپ کی کارٹ میں ہیں۔ کل {total}۔"},
    },
    "incentive": {
        "en": {"title": "A little something to finish your order",
               "body": "Use {code} at {store} before {expiry}. Your cart is ready."},
        "hi": {"title": "ऑर्डर पूरा करने के लिए एक छोटा तोहफ़ा",
               "body": "{expiry} से पहले {store} पर {code} इस्तेमाल करें। आपका कार्ट तैयार है।"},
        "bn": {"title": "অর্ডার শেষ করতে ছোট্ট একটি উপহার",
               "body": "{expiry}-এর আগে {store}-এ {code} ব্যবহার করুন। আপনার কার্ট তৈরি।"},
        "gu": {"title": "ઓર્ડર પૂરો કરવા માટે નાની ભેટ",
               "body": "{expiry} પહેલાં {store} પર {code} વાપરો. તમારું કાર્ટ તૈયાર છે."},
        "ur": {"title": "آرڈر مکمل کرنے کے لیے ایک چھوٹا سا تحفہ",
               "body": "{expiry} سے پہلے {store} پر {code} استعمال کریں۔ آپ کی کارٹ تیار ہے۔"},
    },
}

# The words around an email's own text: button, code box, unsubscribe line.
EMAIL_TEXTS: dict[str, dict[str, str]] = {
    "en": {"cta": "Return to your cart", "code": "Your code", "valid_until": "valid until",
           "total": "Total", "low_stock": "Only {n} left", "contact": "Questions? Write to",
           "unsubscribe": "Unsubscribe from these emails", "why": "You get this email because "
           "you started an order at {store} and agreed to hear from them.",
           "friend": "there"},
    "hi": {"cta": "अपने कार्ट पर लौटें", "code": "आपका कोड", "valid_until": "मान्य तक",
           "total": "कुल", "low_stock": "सिर्फ़ {n} बचे हैं", "contact": "सवाल? लिखें",
           "unsubscribe": "ये ईमेल बंद करें", "why": "आपको यह ईमेल इसलिए मिला क्योंकि आपने "
           "{store} पर ऑर्डर शुरू किया और उनसे सुनने की सहमति दी।", "friend": "दोस्त"},
    "bn": {"cta": "আপনার কার্টে ফিরে যান", "code": "আপনার কোড", "valid_until": "মেয়াদ",
           "total": "মোট", "low_stock": "মাত্র {n}টি বাকি", "contact": "প্রশ্ন? লিখুন",
           "unsubscribe": "এই ইমেলগুলো বন্ধ করুন", "why": "আপনি {store}-এ একটি অর্ডার শুরু "
           "করেছেন এবং তাদের কাছ থেকে শুনতে সম্মত হয়েছেন, তাই এই ইমেল।", "friend": "বন্ধু"},
    "gu": {"cta": "તમારા કાર્ટ પર પાછા જાઓ", "code": "તમારો કોડ", "valid_until": "સુધી માન્ય",
           "total": "કુલ", "low_stock": "ફક્ત {n} બાકી", "contact": "પ્રશ્નો? લખો",
           "unsubscribe": "આ ઇમેઇલ બંધ કરો", "why": "તમે {store} પર ઓર્ડર શરૂ કર્યો અને "
           "તેમની પાસેથી સાંભળવા સંમતિ આપી, તેથી આ ઇમેઇલ.", "friend": "મિત્ર"},
    "ur": {"cta": "اپنی کارٹ پر واپس جائیں", "code": "آپ کا کوڈ", "valid_until": "تک درست",
           "total": "کل", "low_stock": "صرف {n} باقی", "contact": "سوالات؟ لکھیں",
           "unsubscribe": "یہ ای میلز بند کریں", "why": "آپ کو یہ ای میل اس لیے ملی کیونکہ آپ "
           "نے {store} پر آرڈر شروع کیا اور ان سے سننے پر رضامندی دی۔", "friend": "دوست"},
}
