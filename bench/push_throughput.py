"""Web Push throughput: Pushcart's outbox and workers against pywebpush baselines, in one run.

N distinct subscriptions with real P-256 keys; every message is really encrypted (aes128gcm)
and VAPID-signed, and POSTed to a fast local sink (nginx answering 201). Measured:

  encryption floor   encryption alone on one core: pywebpush's WebPusher(sub).encode(), and the
                     same WebPusher.encode() as Pushcart calls it (push.sender.encrypt, without
                     WebPusher's per-call subscription copy)
  webpush() loop     pywebpush's synchronous one-call API, one message after another
  webpush_async      pywebpush's async API, one shared aiohttp session, 64 in flight
  pushcart           outbox rows -> `pushcart worker` processes -> recorded outcome, on PostgreSQL

    python bench/push_throughput.py [--n 20000] [--workers 2] [--rounds 3] [--sync-n 1000]

Each round runs the webpush_async baseline and then Pushcart, back to back, and prints their
ratio; the summary is the median and the lowest ratio of the rounds.

Needs nginx (apt-get install nginx-light) and PostgreSQL; it works in its own schema
`pushcart_bench` of the database named by --database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from py_vapid import Vapid02
from pywebpush import WebPusher, webpush, webpush_async

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import SECRET, fresh_database, open_database  # noqa: E402
from push.sender import Subscription, encrypt  # noqa: E402
from push.vapid import generate_key_pair  # noqa: E402
from tests.push.keys import SubscriberKeys  # noqa: E402

PAYLOAD = {"title": "Flash sale: 30% off teas", "body": "Today only, until midnight.",
           "url": "https://shop.example/sale", "topic": "campaign-1"}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NginxSink:
    """nginx answering 201 to every POST, keep-alive, one worker process."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="pushcart-sink-"))
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> NginxSink:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists():
            raise SystemExit("nginx is needed for the sink: apt-get install -y nginx-light")
        (self.dir / "nginx.conf").write_text(f"""
worker_processes 1;
daemon off;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {self.dir};
  keepalive_requests 1000000;
  keepalive_timeout 120s;
  server {{
    listen 127.0.0.1:{self.port};
    location / {{ client_body_buffer_size 16k; return 201; }}
    location = /status {{ stub_status; }}
  }}
}}
""")
        self.process = subprocess.Popen([nginx, "-c", str(self.dir / "nginx.conf"),
                                         "-p", str(self.dir)])
        for _ in range(100):
            try:
                req = urllib.request.Request(f"http://127.0.0.1:{self.port}/push/x", b"x")
                with urllib.request.urlopen(req, timeout=1) as r:
                    if r.status == 201:
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx sink did not start")

    def requests(self) -> int:
        """Requests nginx has answered so far, this one included (stub_status)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/status", timeout=5) as r:
            return int(r.read().decode().split("\n")[2].split()[2])

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(10)


def cpu_seconds(*commands: str) -> float:
    """User + system CPU so far of the running processes with these names (from /proc)."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        close = text.rindex(")")
        name, fields = text[text.index("(") + 1:close], text[close + 2:].split()
        if name in commands:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def make_subscriptions(n: int, sink: str) -> list[dict]:
    subs = []
    for i in range(n):
        keys = SubscriberKeys.generate()
        subs.append({"endpoint": f"{sink}/push/{i}", "keys": {"p256dh": keys.p256dh,
                                                             "auth": keys.auth}})
    return subs


def encryption_floor(encrypt_one: Callable[[int, bytes], object], seconds: float = 3.0) -> float:
    """Messages per second that encrypt_one(i, data) encrypts on one core."""
    data = json.dumps(PAYLOAD).encode()
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        encrypt_one(done, data)
        done += 1
    return done / (time.perf_counter() - start)


def floors(subs: list[dict]) -> tuple[float, float]:
    """pywebpush's WebPusher(sub).encode(), and Pushcart's encrypt(): the same encode()."""
    keys = [Subscription(s["endpoint"], s["keys"]["p256dh"], s["keys"]["auth"]) for s in subs]
    return (
        encryption_floor(lambda i, data: WebPusher(subs[i % len(subs)]).encode(data,
                                                                              "aes128gcm")),
        encryption_floor(lambda i, data: encrypt(keys[i % len(keys)], data)),
    )


def sync_loop(subs: list[dict], vapid: Vapid02) -> float:
    data = json.dumps(PAYLOAD)
    start = time.perf_counter()
    for sub in subs:
        webpush(sub, data, vapid_private_key=vapid, vapid_claims={"sub": "mailto:b@shop.example"},
                ttl=3600)
    return len(subs) / (time.perf_counter() - start)


async def async_baseline(subs: list[dict], vapid: Vapid02, in_flight: int = 64) -> float:
    data = json.dumps(PAYLOAD)
    limit = asyncio.Semaphore(in_flight)
    connector = aiohttp.TCPConnector(limit=in_flight)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one(sub: dict) -> None:
            async with limit:
                response = await webpush_async(
                    sub, data, vapid_private_key=vapid,
                    vapid_claims={"sub": "mailto:b@shop.example"}, ttl=3600,
                    aiohttp_session=session)
                assert response.status == 201  # type: ignore[union-attr]

        start = time.perf_counter()
        await asyncio.gather(*(one(s) for s in subs))
        return len(subs) / (time.perf_counter() - start)


async def prepare_pushcart(database_url: str, subs: list[dict]) -> int:
    from server import db
    from server.models import PushSubscription
    from server.stores import create_store

    ctx = await fresh_database(database_url, schema="pushcart_bench")
    created = await create_store(SECRET, "Bench", ["https://shop.example"])
    now = datetime.now(UTC)
    for start in range(0, len(subs), 2000):
        await PushSubscription.bulk_create([
            PushSubscription(store=created.store, endpoint=s["endpoint"],
                             endpoint_hash=f"{i:064d}", p256dh=s["keys"]["p256dh"],
                             auth=s["keys"]["auth"], created_at=now, updated_at=now)
            for i, s in enumerate(subs[start:start + 2000], start)])
    store_id = created.store.id
    await db.close_database(ctx)
    return store_id


CPU_OF = ("python", "postgres", "nginx")


async def fan_out_and_wait(database_url: str,
                           n: int) -> tuple[float, dict[str, int], dict[str, float]]:
    """Queue the campaign's n rows in one transaction, then wait until every one has an
    outcome: the seconds that took, the outcomes, and the CPU seconds each kind of process
    used meanwhile."""
    from tortoise.transactions import in_transaction

    from server import db
    from server.campaigns import sending
    from server.campaigns.schemas import CampaignIn
    from server.models import Delivery, DeliveryStatus, Store

    ctx = await open_database(database_url)
    store = await Store.get(name="Bench")
    now = datetime.now(UTC)
    async with in_transaction():  # all rows become visible to the workers at once
        await sending.create_campaign(store, CampaignIn(
            title=PAYLOAD["title"], body=PAYLOAD["body"], url=PAYLOAD["url"], ttl=3600), now)
        queued = await sending.fan_out_due(now)
    start = time.perf_counter()  # the workers were woken by the commit
    before = {name: cpu_seconds(name) for name in CPU_OF}
    assert queued == n, queued
    final = [DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.EXPIRED]
    # Polls what is left (an index range that shrinks), not what is done (one that grows).
    left = [DeliveryStatus.QUEUED, DeliveryStatus.SENDING]
    while await Delivery.filter(status__in=left).exists():  # noqa: ASYNC110 (other processes)
        await asyncio.sleep(0.1)
    elapsed = time.perf_counter() - start
    cpu = {name: cpu_seconds(name) - used for name, used in before.items()}
    counts = {s.value: await Delivery.filter(status=s).count() for s in final}
    await db.close_database(ctx)
    return elapsed, counts, cpu


def start_workers(count: int, database_url: str, sink: str) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
           "PUSHCART_PUSH_HOSTS": sink, "PUSHCART_LOG_LEVEL": "INFO",
           "PUSHCART_WORKER_CONCURRENCY": os.environ.get("BENCH_CONCURRENCY", "64"),
           "PUSHCART_WORKER_BATCH_SIZE": os.environ.get("BENCH_BATCH", "500"),
           "PUSHCART_DATA_DIR": tempfile.mkdtemp()}
    workers = [subprocess.Popen([sys.executable, "-m", "server.cli", "worker"], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True) for _ in range(count)]
    for worker in workers:  # wait until each is polling the outbox
        for line in worker.stdout:  # type: ignore[union-attr]
            if "push worker started" in line:
                break
    return workers


def run_pushcart(database_url: str, subs: list[dict], sink: NginxSink,
                 workers: int) -> tuple[float, dict[str, int], dict[str, float]]:
    """A fresh schema, `workers` worker processes, one campaign to every subscription. The
    outcomes include how many requests the sink answered, which must be one per message."""
    asyncio.run(prepare_pushcart(database_url, subs))
    processes = start_workers(workers, database_url, f"http://localhost:{sink.port}")
    before = sink.requests()
    try:
        elapsed, counts, cpu = asyncio.run(fan_out_and_wait(database_url, len(subs)))
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(30)
    counts["sink requests"] = sink.requests() - before - 1
    return len(subs) / elapsed, counts, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3,
                        help="webpush_async then pushcart, this many times (the machine is noisy)")
    parser.add_argument("--sync-n", type=int, default=1000,
                        help="messages for the slow webpush() loop")
    parser.add_argument("--database", default=os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))
    args = parser.parse_args()
    database_url = args.database + "?schema=pushcart_bench"

    port = free_port()
    sink = f"http://localhost:{port}"
    print(f"N={args.n} subscriptions with real keys, sink: nginx on {sink}, "
          f"{os.cpu_count()} cores")
    subs = make_subscriptions(args.n, sink)
    vapid = Vapid02.from_pem(generate_key_pair().private_pem.encode())
    with NginxSink(port) as nginx:
        print(f"{'path':<50} {'messages':>9} {'msg/s':>9}")
        row = "{:<50} {:>9} {:>9.0f}".format
        webpusher, pushcart_encrypt = floors(subs)
        print(row("encryption floor, WebPusher(sub).encode (1 core)", "-", webpusher))
        print(row("encryption floor, pushcart's encrypt (1 core)", "-", pushcart_encrypt),
              flush=True)
        print(row("pywebpush webpush() loop", args.sync_n, sync_loop(subs[:args.sync_n], vapid)),
              flush=True)
        ratios = []
        for round_ in range(1, args.rounds + 1):
            baseline = asyncio.run(async_baseline(subs, vapid))
            print(row(f"round {round_}: webpush_async, 64 in flight", args.n, baseline),
                  flush=True)
            pushcart, counts, cpu = run_pushcart(database_url, subs, nginx, args.workers)
            print(row(f"round {round_}: pushcart, {args.workers} worker processes", args.n,
                      pushcart), flush=True)
            ratios.append(pushcart / baseline)
            print(f"  outcomes {counts}; CPU µs per message: " + ", ".join(
                f"{name} {seconds / args.n * 1e6:.0f}" for name, seconds in cpu.items())
                + f"; ratio {ratios[-1]:.2f}x", flush=True)

    print("(CPU: python = the workers and this script's polling)")
    print(f"pushcart / webpush_async: median {statistics.median(ratios):.2f}x, "
          f"lowest {min(ratios):.2f}x over {len(ratios)} rounds (target 2x)")


if __name__ == "__main__":
    main()
