"""A campaign through `pushcart run` as the README starts it (one process, SQLite), against
pywebpush's `webpush_async` on the same machine and nginx sink, in one run.

Each round: webpush_async (one shared aiohttp session, 64 in flight) sends to N subscriptions
with real keys; then a fresh `pushcart run` (its own data directory and SQLite file, holding the
same N subscriptions) gets the campaign through the store API, and the time runs from that
POST /api/v1/campaigns until GET /api/v1/campaigns/{id} counts every message settled
(delivered, failed or expired). The summary is the median and the lowest ratio of the rounds.

    python bench/run_campaign.py [--n 5000] [--rounds 3] [--encrypt-processes N]

Needs nginx (apt-get install nginx-light). PUSHCART_ENCRYPT_PROCESSES is the server's default
(the CPU count minus one) unless --encrypt-processes says otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from py_vapid import Vapid02

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import SECRET, cpu_of, peak_rss_mb, process_tree  # noqa: E402
from bench.push_throughput import (  # noqa: E402
    PAYLOAD,
    NginxSink,
    async_baseline,
    free_port,
    make_subscriptions,
)
from bench.summary import SUMMARY_HELP, Figure, write_summary  # noqa: E402
from push.vapid import generate_key_pair  # noqa: E402


async def prepare(database_url: str, subs: list[dict[str, Any]]) -> str:
    """The schema, a store and its subscriptions; returns the store's secret key."""
    from server import db
    from server.models import PushSubscription
    from server.stores import create_store

    await db.migrate(database_url)
    from bench.common import open_database

    ctx = await open_database(database_url)
    created = await create_store(SECRET, "Bench", ["https://shop.example"])
    now = datetime.now(UTC)
    for start in range(0, len(subs), 2000):
        await PushSubscription.bulk_create([
            PushSubscription(store=created.store, endpoint=s["endpoint"],
                             endpoint_hash=f"{i:064d}", p256dh=s["keys"]["p256dh"],
                             auth=s["keys"]["auth"], created_at=now, updated_at=now)
            for i, s in enumerate(subs[start:start + 2000], start)])
    await db.close_database(ctx)
    return created.secret_key


def call(url: str, secret: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data, method="POST" if data else "GET", headers={
        "Authorization": f"Bearer {secret}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer: dict[str, Any] = json.loads(response.read())
        return answer


def start_server(data_dir: str, sink: str, port: int, processes: str | None
                 ) -> subprocess.Popen[bytes]:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(PUSHCART_DATA_DIR=data_dir, PUSHCART_SECRET_KEY=SECRET,
               PUSHCART_PUSH_HOSTS=sink, PUSHCART_CREATE_DEMO="0",
               PUSHCART_LOG_LEVEL="INFO")
    if processes is not None:
        env["PUSHCART_ENCRYPT_PROCESSES"] = processes
    server = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port", str(port)],
                              cwd=data_dir, env=env, stdout=subprocess.DEVNULL,
                              stderr=open(Path(data_dir) / "server.log", "wb"))
    pool = (int(processes) if processes is not None else (os.cpu_count() or 1) - 1) > 0
    ready = "encryption processes ready" if pool else "push worker started"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # serving, and its encryption processes started
        if ready in (Path(data_dir) / "server.log").read_text():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    return server
            except OSError:
                pass
        time.sleep(0.1)
    server.kill()
    raise RuntimeError((Path(data_dir) / "server.log").read_text()[-2000:])


def run_pushcart(subs: list[dict[str, Any]], sink: NginxSink, processes: str | None
                 ) -> tuple[float, dict[str, Any], dict[str, float], float]:
    """Messages a second from the campaign request to the last outcome, the campaign's counts,
    CPU µs per message of the server and of its encryption processes, and their peak RSS."""
    data_dir = tempfile.mkdtemp(prefix="pushcart-run-")
    secret = asyncio.run(prepare(f"sqlite://{data_dir}/pushcart.sqlite3", subs))
    port = free_port()
    server = start_server(data_dir, f"http://localhost:{sink.port}", port, processes)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        tree = process_tree(server.pid)
        before = cpu_of(tree)
        start = time.perf_counter()
        campaign = call(f"{base}/campaigns", secret, {
            "title": PAYLOAD["title"], "body": PAYLOAD["body"], "url": PAYLOAD["url"],
            "segment": "all", "send_at": None})
        while True:
            counts = call(f"{base}/campaigns/{campaign['id']}", secret)
            settled = counts["delivered"] + counts["failed"] + counts["expired"]
            if counts["targeted"] and settled >= counts["targeted"]:
                break
            time.sleep(0.1)  # each poll costs the server a count over the campaign's rows
        elapsed = time.perf_counter() - start
        after = cpu_of(tree)
        peak = max(peak_rss_mb(pid) for pid in tree)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
    used = {pid: after.get(pid, 0.0) - before.get(pid, 0.0) for pid in tree}
    cpu = {"server": used[server.pid] / len(subs) * 1e6,
           "encryption processes": sum(v for p, v in used.items() if p != server.pid)
           / len(subs) * 1e6}
    return len(subs) / elapsed, counts, cpu, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--encrypt-processes", default=None,
                        help="PUSHCART_ENCRYPT_PROCESSES for the server (default: its own)")
    parser.add_argument("--summary", help=SUMMARY_HELP)
    args = parser.parse_args()

    port = free_port()
    print(f"N={args.n} subscriptions with real keys, sink: nginx on localhost:{port}, "
          f"{os.cpu_count()} cores, `pushcart run` on SQLite, PUSHCART_ENCRYPT_PROCESSES="
          f"{args.encrypt_processes or 'default'}")
    subs = make_subscriptions(args.n, f"http://localhost:{port}")
    vapid = Vapid02.from_pem(generate_key_pair().private_pem.encode())
    ratios = []
    row = "{:<50} {:>9} {:>9.0f}".format
    with NginxSink(port) as nginx:
        print(f"{'path':<50} {'messages':>9} {'msg/s':>9}")
        for round_ in range(1, args.rounds + 1):
            baseline = asyncio.run(async_baseline(subs, vapid))
            print(row(f"round {round_}: webpush_async, 64 in flight", args.n, baseline),
                  flush=True)
            before = nginx.requests()
            rate, counts, cpu, peak = run_pushcart(subs, nginx, args.encrypt_processes)
            sink_requests = nginx.requests() - before - 1
            print(row(f"round {round_}: pushcart run, request to last outcome", args.n, rate))
            ratios.append(rate / baseline)
            print(f"  delivered {counts['delivered']}, failed {counts['failed']}, expired "
                  f"{counts['expired']}, sink requests {sink_requests}; CPU µs per message: "
                  + ", ".join(f"{name} {us:.0f}" for name, us in cpu.items())
                  + f"; peak RSS {peak:.0f} MB; ratio {ratios[-1]:.2f}x", flush=True)
    median = statistics.median(ratios)
    print(f"pushcart run / webpush_async: median {median:.2f}x, "
          f"lowest {min(ratios):.2f}x over {len(ratios)} rounds (target 2x)")
    write_summary(args.summary, [Figure(
        f"campaign to {args.n:,}, `pushcart run` (SQLite) / webpush_async", median, "x",
        ">= 2x", median >= 2)])


if __name__ == "__main__":
    main()
