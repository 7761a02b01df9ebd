"""SMS and WhatsApp through the message webhook: how fast the outbox sends them, and what counting
a text's segments costs.

Queues MESSAGES text-message deliveries (half SMS, half WhatsApp; English and Hindi) for one
store on a fresh SQLite database in a temporary directory, then lets the outbox worker drain
them to a local provider adapter (aiohttp, which checks every signature as a real adapter must)
and reports messages per second and the share of signatures that checked out. Then it times
`count_segments` and `fit` over Pushcart's own texts in the five languages.

    nice python bench/text_messages.py [--messages 2000] [--concurrency 64]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from server import db  # noqa: E402
from server.checkout.orders import verify_webhook  # noqa: E402
from server.errors import ApiError  # noqa: E402
from server.messaging import sms  # noqa: E402
from server.messaging.message_webhook import TextSender  # noqa: E402
from server.messaging.outbox import OutboxWorker  # noqa: E402
from server.models import Delivery, DeliveryKind, DeliveryStatus, Store, Visitor  # noqa: E402
from server.stores import create_store  # noqa: E402

SECRET = "bench-server-secret-0123456789"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _provider(port: int, key: str, counts: dict[str, int]) -> web.AppRunner:
    async def receive(request: web.Request) -> web.Response:
        body = await request.read()
        try:
            verify_webhook(key, request.headers.get("X-Pushcart-Signature", ""), body,
                           datetime.now(UTC), 300)
            counts["signed"] += 1
        except ApiError:
            counts["unsigned"] += 1
        json.loads(body)
        return web.json_response({"sid": "SM1"})

    app = web.Application()
    app.router.add_post("/messages", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


async def send(messages: int, concurrency: int) -> dict[str, Any]:
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="sms-bench-") as tmp:
        url = f"sqlite://{tmp}/bench.sqlite3"
        await db.migrate(url)
        await Tortoise.init(config=db.tortoise_config(url))
        try:
            created = await create_store(SECRET, "Bench Shop", ["https://shop.example"])
            store = created.store
            hook = f"http://127.0.0.1:{port}/messages"
            await Store.filter(id=store.id).update(text_messages={"webhook_url": hook})
            now = datetime.now(UTC)
            shopper = await Visitor.create(store_id=store.id, key="bench-visitor",
                                           phone="+919000000000", sms_consent=True,
                                           whatsapp_consent=True)
            texts = [sms.default_text("items", "en"), sms.default_text("items", "hi")]
            await Delivery.bulk_create([Delivery(
                store_id=store.id, kind=DeliveryKind.AUTOMATION, flow="price_drop",
                channel="sms" if i % 2 else "whatsapp",
                payload=sms.text_payload(to=f"+9190000{i:05d}", text=texts[i % 2].replace(
                    "{store}", "Bench Shop").replace("{items}", "Assam tea"),
                    url="https://shop.example/", shopper=f"v:{i}", flow="price_drop",
                    max_segments=2) | {"consent_of": {"visitors": [shopper.id]}},
                visitor_id=shopper.id, next_attempt_at=now, created_at=now,
                status=DeliveryStatus.QUEUED)
                for i in range(messages)], batch_size=1000)
            counts = {"signed": 0, "unsigned": 0}
            runner = await _provider(port, created.secret_key, counts)
            try:
                worker = OutboxWorker(
                    signer_for=lambda _: None,  # type: ignore[arg-type,return-value]
                    click_url_for=lambda i: f"https://pushcart.example/click/{i}.x",
                    now=lambda: datetime.now(UTC), concurrency=concurrency,
                    texter=TextSender(SECRET, (f"http://127.0.0.1:{port}",)))
                started = time.perf_counter()
                sent = await worker.drain()
                seconds = time.perf_counter() - started
            finally:
                await runner.cleanup()
            delivered = await Delivery.filter(status=DeliveryStatus.DELIVERED).count()
            errors = await Delivery.exclude(status=DeliveryStatus.DELIVERED).limit(1) \
                .values_list("last_error", flat=True)
        finally:
            await Tortoise.close_connections()
    return {"messages": sent, "delivered": delivered, "seconds": round(seconds, 2),
            "per_second": round(sent / seconds), **counts, "first_error": errors[:1]}


def counting(rounds: int = 2000) -> dict[str, float]:
    link = sms.sample_link("https://pushcart.example")
    texts = [t for lang in sms.DEFAULT_TEXTS.values() for t in lang.values()]
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            sms.count_segments(sms.message_text(text, link))
    count_us = (time.perf_counter() - started) / (rounds * len(texts)) * 1e6
    long = "Test Shop: " + "a very long product name indeed " * 20
    started = time.perf_counter()
    for _ in range(rounds // 10):
        sms.fit(long, link, 2)
    fit_us = (time.perf_counter() - started) / (rounds // 10) * 1e6
    return {"count_segments_us": round(count_us, 1), "fit_long_text_us": round(fit_us, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(send(args.messages, args.concurrency))))
    print(json.dumps(counting()))


if __name__ == "__main__":
    main()
