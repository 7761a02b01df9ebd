"""Send one rendered email through SMTP (aiosmtplib) and say what happened as an Outcome, the
same way push/sender.py does for push: delivered, gone (the address is refused for good),
retry (a 4xx, a timeout, the server unreachable) or failed."""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import aiosmtplib

from push.sender import Outcome, OutcomeKind, backoff


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    username: str = ""
    password: str = ""
    tls: str = "starttls"  # starttls | tls | none
    sender: str = "Pushcart <no-reply@localhost>"
    timeout: float = 30.0


def build_message(config: SmtpConfig, to: str, payload: dict[str, Any]) -> EmailMessage:
    """A multipart/alternative message (text, then HTML) with RFC 8058 one-click unsubscribe."""
    _, address = email.utils.parseaddr(config.sender)
    message = EmailMessage()
    message["From"] = email.utils.formataddr((payload.get("from_name") or "", address))
    message["To"] = to
    message["Subject"] = payload["subject"]
    message["Date"] = email.utils.formatdate(localtime=False)
    message["Message-ID"] = email.utils.make_msgid(domain=address.rpartition("@")[2] or None)
    if payload.get("reply_to"):
        message["Reply-To"] = payload["reply_to"]
    if payload.get("unsubscribe_url"):
        message["List-Unsubscribe"] = f"<{payload['unsubscribe_url']}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(payload["text"])
    message.add_alternative(payload["html"], subtype="html")
    return message


class Mailer:
    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    async def send(self, to: str, payload: dict[str, Any], attempt: int = 1) -> Outcome:
        config = self.config
        message = build_message(config, to, payload)
        try:
            errors, _ = await aiosmtplib.send(
                message, hostname=config.host, port=config.port,
                username=config.username or None, password=config.password or None,
                use_tls=config.tls == "tls", start_tls=True if config.tls == "starttls" else False,
                timeout=config.timeout)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients[0] if exc.recipients else None
            code = refused.code if refused else 550
            reason = f"{code} {refused.message if refused else 'recipient refused'}"[:300]
            if code >= 500:
                return Outcome(OutcomeKind.GONE, code, reason=reason)
            return Outcome(OutcomeKind.RETRY, code, retry_after=backoff(attempt), reason=reason)
        except aiosmtplib.SMTPResponseException as exc:
            reason = f"{exc.code} {exc.message}"[:300]
            if exc.code >= 500:
                return Outcome(OutcomeKind.FAILED, exc.code, reason=reason)
            return Outcome(OutcomeKind.RETRY, exc.code, retry_after=backoff(attempt), reason=reason)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            return Outcome(OutcomeKind.RETRY, retry_after=backoff(attempt),
                           reason=f"{type(exc).__name__}: {exc}"[:300])
        if errors:  # some recipients refused, the message sent to none (we send to one)
            response = next(iter(errors.values()))
            kind = OutcomeKind.GONE if response.code >= 500 else OutcomeKind.RETRY
            return Outcome(kind, response.code, retry_after=backoff(attempt),
                           reason=f"{response.code} {response.message}"[:300])
        return Outcome(OutcomeKind.DELIVERED, 250)
