"""What the benches share: a fresh database to measure on, the settings to open it with, and the
CPU and memory of the processes measured (by process id: the machine runs other work too)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from server import db
from server.settings import Settings

SECRET = "bench-server-secret-0123456789abcdef"


async def fresh_database(database_url: str, *, schema: str = "") -> Any:
    """Migrate *database_url* (on PostgreSQL its *schema* dropped and made anew first) and open
    it; returns the ORM context for db.close_database()."""
    if schema and db.dialect_of(database_url) == "postgres":
        import asyncpg

        conn = await asyncpg.connect(database_url.split("?")[0].replace("postgres://",
                                                                         "postgresql://", 1))
        await conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};")
        await conn.close()
        await db.migrate(database_url)
    elif schema:
        await db.migrate(database_url)
    return await open_database(database_url)


async def open_database(database_url: str) -> Any:
    settings = Settings.from_env({"DATABASE_URL": database_url, "PUSHCART_SECRET_KEY": SECRET,
                                  "PUSHCART_DATA_DIR": tempfile.mkdtemp()})
    return await db.open_database(settings)


def _proc_stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name (which may hold spaces)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2:].split()


def process_tree(pid: int) -> list[int]:
    """*pid* and its descendants now running (a server and its pool of encryption processes)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents.setdefault(int(_proc_stat(int(stat.parent.name))[1]), []).append(
                int(stat.parent.name))
        except (OSError, ValueError):
            continue
    tree, todo = [], [pid]
    while todo:
        tree.append(todo.pop())
        todo.extend(parents.get(tree[-1], []))
    return tree


def cpu_of(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds so far of each process (those that have exited are left out)."""
    tick, used = os.sysconf("SC_CLK_TCK"), {}
    for pid in pids:
        try:
            fields = _proc_stat(pid)
        except OSError:
            continue
        used[pid] = (int(fields[11]) + int(fields[12])) / tick
    return used


def peak_rss_mb(pid: int) -> float:
    """The most resident memory the process has had so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def is_resource_tracker(pid: int) -> bool:
    """multiprocessing's helper process beside a pool (not one of the pool's processes)."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
