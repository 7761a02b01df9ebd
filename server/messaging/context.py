"""What queuing a message needs from outside: the signing secret, Pushcart's public URL, email."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MessageContext:
    """Given by the running app (a request, or the background worker) to the code that queues
    messages, so that code can sign links and knows whether email can go out."""

    server_secret: str
    base_url: str
    email_enabled: bool
