"""The message webhook: each SMS or WhatsApp message is POSTed, signed, to the https URL of the
store's provider adapter, which turns it into a message (Twilio, Gupshup, Meta's Cloud API …).

The URL is the merchant's, so it is untrusted as a push endpoint is: https only, no credentials,
no IP literal, and, when it is requested, its host must resolve only to public addresses; the
connection goes to the address that was checked (no second lookup a DNS change could answer
differently). PUSHCART_MESSAGE_WEBHOOK_HOSTS lists exact scheme://host:port entries allowed
anyway (http, loopback: a local provider for testing).

The body is JSON: {"id", "channel", "to", "text", "link", "shopper", "flow"}; `text` is the
whole message (the words, then the link), `link` the signed click link alone. The header
`X-Pushcart-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.body" with the store's secret
key>` signs it as Pushcart's payment webhook is signed (server/checkout/orders.py). Any 2xx is
delivered; 408, 429 and 5xx are retried (Retry-After honoured); anything else failed, with the
provider's answer recorded.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from push.endpoints import HostRule, parse_host_rules
from push.http import MAX_HEAD_BYTES, HttpPool, TransportError, _Connection
from push.sender import Outcome, OutcomeKind, backoff, refusal_reason
from server.checkout.orders import sign_webhook
from server.errors import ApiError
from server.messaging import sms
from server.models import Store
from server.stores import webhook_signing_key
from server.webhooks import targets

MAX_URL_LENGTH = 500
ANSWER_CHARS = 300  # of the provider's answer, kept with the delivery


class UnsafeWebhook(ValueError):
    """The webhook's host is not one Pushcart may contact: the message fails, not retried."""


def _listed(rules: tuple[HostRule, ...], scheme: str, host: str, port: int | None) -> bool:
    return any(not r.subdomains and r.allows(scheme, host, port) for r in rules)


def validate_webhook_url(url: str, allowed: tuple[str, ...]) -> str:
    """*url* if a store may send its messages there, else ApiError (400) saying why; "" (no
    webhook: text messages off) is accepted. The webhooks' rules (server/webhooks/targets.py),
    with the allowlist's entries exact (scheme, host and port), and no host that only a local
    network could name."""
    if not url:
        return ""
    if len(url) > MAX_URL_LENGTH:
        raise ApiError(f"webhook_url is longer than {MAX_URL_LENGTH} characters",
                       code="invalid_webhook_url")
    exact = tuple(rule for rule in parse_host_rules(allowed) if not rule.subdomains)
    try:
        target = targets.check_url(url, exact)
    except targets.RefusedTarget as exc:
        raise ApiError(f"webhook_url: {exc}", code="invalid_webhook_url") from None
    host = target.host
    if not target.is_allowlisted and (
            host == "localhost" or "." not in host
            or host.endswith((".localhost", ".local", ".internal", ".invalid"))):
        raise ApiError(f"webhook_url must be on a public host, not {host}",
                       code="invalid_webhook_url")
    return url


class _CheckedPool(HttpPool):
    """Opens each connection to an address of the host checked to be public (or to a listed
    host), so what is contacted is what was checked."""

    def __init__(self, rules: tuple[HostRule, ...], **options: Any) -> None:
        super().__init__(**options)
        self.rules = rules

    async def _open(self, origin: tuple[str, str, int]) -> _Connection:
        scheme, host, port = origin
        try:
            address = await targets.resolve(targets.Target(
                scheme, host, port, _listed(self.rules, scheme, host, port)))
        except targets.RefusedTarget as exc:
            raise UnsafeWebhook(f"{exc}: not contacted") from None
        except OSError as exc:
            raise TransportError(f"cannot resolve {host}: {exc}") from exc
        try:
            reader, writer = await asyncio.open_connection(
                address, port, ssl=self._ssl_context() if scheme == "https" else None,
                server_hostname=host if scheme == "https" else None, limit=MAX_HEAD_BYTES)
        except (OSError, ssl.SSLError) as exc:
            raise TransportError(f"cannot connect to {host}:{port}: "
                                 f"{type(exc).__name__}: {exc}") from exc
        self.connections_opened += 1
        return _Connection(reader, writer)


@dataclass(frozen=True)
class Target:
    """Where one store's messages go, and the key that signs them."""

    url: str
    signing_key: str


def classify(status: int, retry_after: str | None, attempt: int, body: bytes) -> Outcome:
    answer = refusal_reason(body.decode("utf-8", "replace"))[:200]
    said = f"provider answered {status}" + (f": {answer}" if answer else "")
    if 200 <= status < 300:
        return Outcome(OutcomeKind.DELIVERED, status, reason=said[:ANSWER_CHARS])
    if status in (408, 429) or status >= 500:
        try:
            wait = max(0.0, float(retry_after)) if retry_after else backoff(attempt)
        except ValueError:
            wait = backoff(attempt)
        return Outcome(OutcomeKind.RETRY, status, retry_after=min(wait, 3600.0), reason=said)
    return Outcome(OutcomeKind.FAILED, status, reason=said[:ANSWER_CHARS])


class TextSender:
    """POSTs text messages to their store's message webhook (the outbox worker's, for the rows
    of channel sms and whatsapp)."""

    def __init__(self, server_secret: str, allowed: tuple[str, ...], *, timeout: float = 15.0,
                 clock: Callable[[], float] = time.time,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.server_secret = server_secret
        self.allowed = allowed
        self.clock = clock
        self._pool = _CheckedPool(parse_host_rules(allowed), timeout=timeout,
                                  ssl_context=ssl_context)

    async def targets(self, store_ids: set[int]) -> dict[int, Target | None]:
        """Each store's webhook as it is configured now (None: none), read for each batch."""
        found: dict[int, Target | None] = {}
        for store in await Store.filter(id__in=store_ids):
            settings = sms.TextMessageSettings.of(store)
            found[store.id] = (Target(settings.webhook_url,
                                      webhook_signing_key(self.server_secret, store))
                               if settings.webhook_url else None)
        return found

    @staticmethod
    def body(delivery_id: int, channel: str, payload: dict[str, Any], link: str) -> bytes:
        text = sms.fit(str(payload.get("text") or ""), link,
                       int(payload.get("max_segments") or sms.DEFAULT_MAX_SEGMENTS))
        return json.dumps({"id": str(delivery_id), "channel": channel, "to": payload.get("to"),
                           "text": text, "link": link, "shopper": payload.get("shopper"),
                           "flow": payload.get("flow")},
                          ensure_ascii=False, separators=(",", ":")).encode()

    async def send(self, target: Target | None, delivery_id: int, channel: str,
                   payload: dict[str, Any], link: str, attempt: int,
                   ready: Callable[[], Awaitable[None]] | None = None) -> Outcome:
        if target is None:
            return Outcome(OutcomeKind.FAILED,
                           reason="the store has no message webhook for SMS and WhatsApp")
        try:  # checked again: the allowlist may have changed since it was saved
            validate_webhook_url(target.url, self.allowed)
        except ApiError as exc:
            return Outcome(OutcomeKind.FAILED, reason=exc.message[:ANSWER_CHARS])
        body = self.body(delivery_id, channel, payload, link)
        headers = {"Content-Type": "application/json",
                   "X-Pushcart-Signature": sign_webhook(target.signing_key, int(self.clock()),
                                                        body),
                   "User-Agent": "Pushcart"}
        if ready is not None:
            await ready()
        try:
            response = await self._pool.post(target.url, headers, body)
        except TransportError as exc:
            return Outcome(OutcomeKind.RETRY, retry_after=backoff(attempt), reason=str(exc)[:200])
        except ValueError as exc:  # UnsafeWebhook, or a URL that cannot be requested at all
            return Outcome(OutcomeKind.FAILED, reason=str(exc)[:ANSWER_CHARS])
        return classify(response.status, response.headers.get("retry-after"), attempt,
                        response.body)

    async def close(self) -> None:
        await self._pool.close()


async def save_text_message_settings(store: Store, settings: sms.TextMessageSettings,
                                     allowed: tuple[str, ...]) -> None:
    """Replace the store's text-message settings (the store API and the admin both come here);
    a webhook URL Pushcart may not contact is refused and nothing is saved."""
    url = validate_webhook_url(settings.webhook_url, allowed)
    store.text_messages = settings.model_copy(update={"webhook_url": url}).model_dump(mode="json")
    await store.save(update_fields=["text_messages"])
