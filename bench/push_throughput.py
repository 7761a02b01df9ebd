"""Web Push throughput: Pushcart's outbox and workers against pywebpush baselines, in one run.

N distinct subscriptions with real P-256 keys; every message is really encrypted (aes128gcm)
and VAPID-signed, and POSTed to a fast local sink (nginx answering 201). Measured:

  encryption floor   encryption alone on one core: pywebpush's WebPusher(sub).encode(), and the
                     same WebPusher.encode() as Pushcart calls it (push.sender.encrypt, without
                     WebPusher's per-call subscription copy)
  webpush() loop     pywebpush's synchronous one-call API, one message after another
  webpush_async      pywebpush's async API, one shared aiohttp session, 64 in flight
  pushcart           outbox rows -> `pushcart worker` processes -> recorded outcome, on PostgreSQL

    python bench/push_throughput.py [--n 10000] [--workers 2] [--rounds 3] [--sync-n 1000]

Each round runs the webpush_async baseline and then Pushcart, back to back, and prints their
ratio and Pushcart's share of the two-core encryption floor (twice the faster of the two
floors: the fastest correct encryption measured); the summary is the median and the lowest of
the rounds. CPU is counted per process id (the workers, their encryption processes, the
PostgreSQL backends of the database, nginx), and so is the peak RSS (VmHWM) of each worker and
of each of its encryption processes. BENCH_ENCRYPT_PROCESSES sets the workers'
PUSHCART_ENCRYPT_PROCESSES; BENCH_PROFILE=DIR has py-spy (pip install py-spy) sample each
worker into DIR/worker-N-PID.txt (collapsed stacks, the figures are then a little lower).
`--n 100000 --rounds 1 --sync-n 0 --memory-only` checks memory on a large campaign.

Needs nginx (apt-get install nginx-light) and PostgreSQL; it works in its own schema
`pushcart_bench` of the database named by --database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
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

from bench.common import (  # noqa: E402
    SECRET,
    cpu_of,
    fresh_database,
    is_resource_tracker,
    open_database,
    peak_rss_mb,
    process_tree,
)
from bench.summary import SUMMARY_HELP, Figure, write_summary  # noqa: E402
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


def measured(workers: list[int], sink: int, backends: list[int]) -> dict[str, list[int]]:
    """The processes whose CPU is counted, by kind (by process id: the machine is shared)."""
    pools = [pid for worker in workers for pid in process_tree(worker)[1:]]
    return {"workers": workers, "encryption processes": pools, "postgres": backends,
            "nginx": process_tree(sink)}


async def fan_out_and_wait(database_url: str, n: int, workers: list[int], sink: int
                           ) -> tuple[float, dict[str, int], dict[str, float], list[float]]:
    """Queue the campaign's n rows in one transaction, then wait until every one has an
    outcome: the seconds that took, the outcomes, the CPU seconds each kind of process used
    meanwhile, and the peak RSS in MB of each worker and of each of its encryption processes."""
    from tortoise import connections
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
    backends = [row["pid"] for row in await connections.get("default").execute_query_dict(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid()")]
    before = cpu_of([p for pids in measured(workers, sink, backends).values() for p in pids])
    assert queued == n, queued
    final = [DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.EXPIRED]
    # Polls what is left (an index range that shrinks), not what is done (one that grows).
    left = [DeliveryStatus.QUEUED, DeliveryStatus.SENDING]
    while await Delivery.filter(status__in=left).exists():  # noqa: ASYNC110 (other processes)
        await asyncio.sleep(0.1)
    elapsed = time.perf_counter() - start
    cpu = {kind: sum(used - before.get(pid, 0.0) for pid, used in cpu_of(pids).items())
           for kind, pids in measured(workers, sink, backends).items()}
    peaks = [peak_rss_mb(pid) for worker in workers for pid in process_tree(worker)
             if pid == worker or not is_resource_tracker(pid)]
    counts = {s.value: await Delivery.filter(status=s).count() for s in final}
    await db.close_database(ctx)
    return elapsed, counts, cpu, peaks


def start_workers(count: int, database_url: str, sink: str) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
           "PUSHCART_PUSH_HOSTS": sink, "PUSHCART_LOG_LEVEL": "INFO",
           "PUSHCART_WORKER_CONCURRENCY": os.environ.get("BENCH_CONCURRENCY", "64"),
           "PUSHCART_WORKER_BATCH_SIZE": os.environ.get("BENCH_BATCH", "500"),
           "PUSHCART_DATA_DIR": tempfile.mkdtemp()}
    if "BENCH_ENCRYPT_PROCESSES" in os.environ:
        env["PUSHCART_ENCRYPT_PROCESSES"] = os.environ["BENCH_ENCRYPT_PROCESSES"]
    logs = [Path(env["PUSHCART_DATA_DIR"]) / f"worker-{i}.log" for i in range(count)]
    workers = [subprocess.Popen([sys.executable, "-m", "server.cli", "worker"], cwd=ROOT,
                                env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                                text=True) for log in logs]
    pool = int(env.get("PUSHCART_ENCRYPT_PROCESSES") or 0) > 0  # a worker's default: none
    ready = "encryption processes ready" if pool else "push worker started"
    for worker, log in zip(workers, logs, strict=True):  # wait until each is ready to send
        while ready not in log.read_text():
            if worker.poll() is not None:
                raise RuntimeError(log.read_text()[-2000:])
            time.sleep(0.1)
    if profiles := os.environ.get("BENCH_PROFILE"):  # a folder: py-spy samples every worker
        for i, worker in enumerate(workers):
            subprocess.Popen(["py-spy", "record", "--pid", str(worker.pid), "--nonblocking",
                              "--format", "raw", "--rate", "200", "--output",
                              f"{profiles}/worker-{i}-{worker.pid}.txt"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return workers


def run_pushcart(database_url: str, subs: list[dict], sink: NginxSink, workers: int
                 ) -> tuple[float, dict[str, int], dict[str, float], list[float]]:
    """A fresh schema, `workers` worker processes, one campaign to every subscription. The
    outcomes include how many requests the sink answered, which must be one per message."""
    asyncio.run(prepare_pushcart(database_url, subs))
    processes = start_workers(workers, database_url, f"http://localhost:{sink.port}")
    before = sink.requests()
    try:
        assert sink.process is not None
        elapsed, counts, cpu, peaks = asyncio.run(fan_out_and_wait(
            database_url, len(subs), [p.pid for p in processes], sink.process.pid))
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(30)
    counts["sink requests"] = sink.requests() - before - 1
    return len(subs) / elapsed, counts, cpu, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3,
                        help="webpush_async then pushcart, this many times (the machine is noisy)")
    parser.add_argument("--sync-n", type=int, default=1000,
                        help="messages for the slow webpush() loop")
    parser.add_argument("--memory-only", action="store_true",
                        help="no webpush_async rounds: a large campaign's memory and rate only")
    parser.add_argument("--database", default=os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--summary", help=SUMMARY_HELP)
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
        if args.sync_n:
            print(row("pywebpush webpush() loop", args.sync_n,
                      sync_loop(subs[:args.sync_n], vapid)), flush=True)
        # The floor is the fastest correct encryption measured: both call pywebpush's encode.
        fastest, floor_name = max((webpusher, "WebPusher(sub).encode"),
                                  (pushcart_encrypt, "pushcart's encrypt"))
        two_core_floor = 2 * fastest
        ratios, of_floor, peaks = [], [], []
        for round_ in range(1, args.rounds + 1):
            baseline = math.nan
            if not args.memory_only:
                baseline = asyncio.run(async_baseline(subs, vapid))
                print(row(f"round {round_}: webpush_async, 64 in flight", args.n, baseline),
                      flush=True)
            pushcart, counts, cpu, peak = run_pushcart(database_url, subs, nginx, args.workers)
            print(row(f"round {round_}: pushcart, {args.workers} worker processes", args.n,
                      pushcart), flush=True)
            ratios.append(pushcart / baseline)
            of_floor.append(pushcart / two_core_floor)
            peaks.append(max(peak))
            print(f"  outcomes {counts}; CPU µs per message: " + ", ".join(
                f"{name} {seconds / args.n * 1e6:.0f}" for name, seconds in cpu.items())
                + f"; peak RSS per process {', '.join(f'{mb:.0f}' for mb in peak)} MB"
                + ("" if args.memory_only else f"; ratio {ratios[-1]:.2f}x")
                + f", {of_floor[-1]:.0%} of the floor", flush=True)

    if not args.memory_only:
        print(f"pushcart / webpush_async: median {statistics.median(ratios):.2f}x, "
              f"lowest {min(ratios):.2f}x over {len(ratios)} rounds (target 3x)")
    print(f"pushcart / two-core encryption floor (2 x {fastest:.0f} msg/s, {floor_name}): "
          f"median {statistics.median(of_floor):.0%}, lowest {min(of_floor):.0%} (target 60%)")
    print(f"peak RSS of any worker or encryption process: {max(peaks):.0f} MB (target < 200 MB)")
    workers = f"{args.workers} PostgreSQL workers"
    summary = [] if args.memory_only else [Figure(
        f"campaign to {args.n:,}, {workers} / webpush_async", statistics.median(ratios), "x",
        ">= 3x", statistics.median(ratios) >= 3)]
    summary += [
        Figure(f"{workers} / two-core encryption floor", 100 * statistics.median(of_floor), "%",
               ">= 60%", statistics.median(of_floor) >= 0.6),
        Figure(f"peak RSS of a worker, {args.n:,} messages", max(peaks), "MB", "< 200 MB",
               max(peaks) < 200)]
    write_summary(args.summary, summary)


if __name__ == "__main__":
    main()
