"""Emails as outbox payloads: subject, HTML and text rendered from templates/email/."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from server import assets

email_env = Environment(loader=FileSystemLoader(assets.EMAIL_TEMPLATES),
                        autoescape=select_autoescape(["html"]), trim_blocks=True,
                        lstrip_blocks=True)


def render_email(template: str, subject: str, values: dict[str, Any], *, from_name: str,
                 reply_to: str, unsubscribe_url: str = "") -> dict[str, Any]:
    """An email outbox payload from templates/email/<template>.html and .txt."""
    return {
        "subject": subject,
        "html": email_env.get_template(f"{template}.html").render(**values),
        "text": email_env.get_template(f"{template}.txt").render(**values),
        "from_name": from_name,
        "reply_to": reply_to,
        "unsubscribe_url": unsubscribe_url,
    }
