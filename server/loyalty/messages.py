"""The email that carries a one-time code to spend points, in the shopper's language."""

from __future__ import annotations

from typing import Any

from server.messaging.email import render_email
from server.messaging.texts import direction_of, fill, texts_of
from server.models import Store
from server.recovery.settings import RecoverySettings
from server.stores import Branding


def code_email(store: Store, lang: str, code: str, minutes: int) -> dict[str, Any]:
    t = {k: fill(v, {"store": store.name, "minutes": str(minutes)})
         for k, v in texts_of("loyalty", lang).items()}
    branding = Branding.of(store)
    contact = RecoverySettings.of(store).contact_email
    values = {"t": t, "code": code, "title": t["code_subject"], "store": store.name,
              "color": branding.color, "logo": branding.logo_url, "lang": lang,
              "dir": direction_of(lang), "contact": contact}
    return render_email("loyalty_code", t["code_subject"], values, from_name=store.name,
                        reply_to=contact)
