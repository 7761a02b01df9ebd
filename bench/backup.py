"""`pushcart backup` of a SQLite database that is being written to: how long the backup takes, and
what the writers' commits cost while it runs (latency of single-row commits, before and during).

Makes a migrated Pushcart database, fills a table of its own (FILL_MB of rows) so that there is
something to copy, starts a writer process committing one row at a time (WAL,
synchronous=NORMAL, busy_timeout 3 s, as Pushcart's connections are), then backs the database
up with `server.backups.backup` (the code `pushcart backup` runs) while the writer goes on.

    nice python bench/backup.py [--fill-mb 64] [--pages-per-step 1024]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sqlite3
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server import backups, db  # noqa: E402


def _writer(path: str, stop: multiprocessing.synchronize.Event, out: Connection) -> None:
    conn = sqlite3.connect(path, timeout=3, isolation_level=None)
    conn.execute("PRAGMA synchronous=NORMAL")
    samples: list[tuple[float, float]] = []  # (when it started, seconds it took)
    while not stop.is_set():
        started = time.monotonic()
        conn.execute("INSERT INTO bench_fill (body) VALUES (?)", ("w" * 200,))
        samples.append((started, time.monotonic() - started))
    conn.close()
    out.send(samples)


def _summary(latencies: list[float], seconds: float) -> str:
    if not latencies:
        return "no commits"
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"{len(latencies) / seconds:7.0f} commits/s, p50 {statistics.median(ordered) * 1e3:.2f}"
            f" ms, p99 {p99 * 1e3:.2f} ms, max {ordered[-1] * 1e3:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill-mb", type=int, default=64)
    parser.add_argument("--pages-per-step", type=int, default=backups.STEP_PAGES)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ops-bench-") as tmp:
        path = Path(tmp) / "live.sqlite3"
        url = f"sqlite://{path}"
        asyncio.run(db.migrate(url))
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE bench_fill (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        rows = args.fill_mb * 1024 * 1024 // 1000
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO bench_fill (body) VALUES (?)",
                         (("f" * 1000,) for _ in range(rows)))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size_mb = path.stat().st_size / 1e6

        stop = multiprocessing.Event()
        receive, send = multiprocessing.Pipe(duplex=False)
        writer = multiprocessing.Process(target=_writer, args=(str(path), stop, send))
        writer.start()
        time.sleep(2.0)  # the writer alone, for the baseline
        began = time.monotonic()
        made = backups.backup(url, Path(tmp) / "copy.sqlite3", step_pages=args.pages_per_step)
        ended = time.monotonic()
        time.sleep(1.0)
        stop.set()
        samples: list[tuple[float, float]] = receive.recv()
        writer.join()

    first = samples[0][0] if samples else began
    before = [took for at, took in samples if first + 0.5 <= at < began]
    during = [took for at, took in samples if began <= at < ended]
    seconds = ended - began
    print(f"database {size_mb:.0f} MB, {made.pages} pages; steps of {args.pages_per_step} pages")
    print(f"backup: {seconds:.2f} s ({size_mb / seconds:.0f} MB/s), while a writer committed")
    print(f"  writer before the backup: {_summary(before, began - first - 0.5)}")
    print(f"  writer during the backup: {_summary(during, seconds)}")


if __name__ == "__main__":
    main()
