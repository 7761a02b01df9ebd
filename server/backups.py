"""Backups of a SQLite database while Pushcart serves it (SQLite's online backup API, in steps),
restoring one, and the lock by which every serving process keeps a restore away."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from server import db

# Pages copied per step (4 KiB each): a step holds SQLite's read lock this long, and progress is
# told after each. In WAL mode (Pushcart's) writers are never blocked by the copy at all.
STEP_PAGES = 1024
STEP_PAUSE_SECONDS = 0.001  # between steps: the other threads and processes go first
LOCK_SUFFIX = ".pushcart-lock"
SQLITE_HEADER = b"SQLite format 3\x00"

Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupError(Exception):
    """Why a backup or restore cannot be done, in words for the operator."""


def pg_dump_advice(database_url: str, printable_url: str) -> str:
    return (f"DATABASE_URL={printable_url} is PostgreSQL: `pushcart backup` and `restore` copy "
            "SQLite databases only. Back PostgreSQL up with its own tools (see README, "
            "Backups):\n"
            f"  pg_dump --format=custom --no-owner --file=pushcart.dump \"$DATABASE_URL\"\n"
            f"  pg_restore --clean --if-exists --no-owner --single-transaction "
            f"--dbname=\"$DATABASE_URL\" pushcart.dump")


def sqlite_path(database_url: str) -> Path:
    """The file of a SQLite DATABASE_URL; BackupError for PostgreSQL or an in-memory one."""
    if db.dialect_of(database_url) != "sqlite":
        raise BackupError(pg_dump_advice(database_url, _printable(database_url)))
    path = database_url.split("://", 1)[1].split("?", 1)[0]
    if not path or path == ":memory:":
        raise BackupError("the database is in memory: there is no file to back up")
    return Path(path).resolve()


def _printable(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if at and ":" in userinfo:
        return f"{scheme}{sep}{userinfo.split(':', 1)[0]}:***@{host}{slash}{path}"
    return url


# -- the lock a serving process holds -----------------------------------------------------------

class ServingLock:
    """An flock on `<database>.pushcart-lock`: every process serving a SQLite database holds it
    shared, a restore holds it exclusive. The kernel drops it when its process ends, however it
    ends (a kill -9 too), so it never goes stale as a pid file would."""

    def __init__(self, database: Path, *, exclusive: bool = False) -> None:
        self.path = database.with_name(database.name + LOCK_SUFFIX)
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it the other way."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the only descriptor releases the flock

    def __enter__(self) -> ServingLock:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


def hold_serving_lock(database_url: str) -> ServingLock | None:
    """For a server or worker starting on *database_url*: the shared lock it keeps while it runs
    (None for PostgreSQL and in-memory SQLite); BackupError while a restore is writing it."""
    if db.dialect_of(database_url) != "sqlite":
        return None
    path = database_url.split("://", 1)[1].split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    lock = ServingLock(Path(path).resolve())
    if not lock.acquire():
        raise BackupError(f"{path} is being restored (`pushcart restore`): start again when "
                          "it has finished")
    return lock


# -- what a file holds --------------------------------------------------------------------------

@dataclass(frozen=True)
class DatabaseFile:
    """A Pushcart SQLite database file: its last migration and its size."""

    path: Path
    migration: str
    pages: int
    newer_known: tuple[str, ...]  # migrations of this Pushcart it does not have yet


def known_migrations() -> list[str]:
    folder = db.migration_location("sqlite://") / "models"
    return sorted((p.name for p in folder.glob("*.py") if p.name[:1].isdigit()),
                  key=lambda name: int(name.split("_", 1)[0]))


def inspect_file(path: Path) -> DatabaseFile:
    """What *path* holds; BackupError if it is not a whole Pushcart SQLite database, or one made
    by a newer Pushcart (a migration this one does not know)."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except OSError as exc:
        raise BackupError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if header != SQLITE_HEADER:
        raise BackupError(f"{path} is not a SQLite database (so not a Pushcart backup)")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: SQLite cannot open it ({exc})") from None
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise BackupError(f"{path} is damaged: SQLite's check says {check and check[0]!r}")
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "aerich" not in tables or "store" not in tables:
            raise BackupError(f"{path} is a SQLite database but not Pushcart's (it has no "
                              "Pushcart tables)")
        applied = [row[0] for row in conn.execute(
            "SELECT version FROM aerich WHERE app = 'models' ORDER BY id")]
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: SQLite cannot read it ({exc})") from None
    finally:
        conn.close()
    known = known_migrations()
    if not applied:
        raise BackupError(f"{path} has Pushcart's tables but no migration recorded")
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise BackupError(f"{path} was made by a newer Pushcart: its migration {unknown[-1]} is "
                          "not one this version knows; restore it with that version or newer")
    return DatabaseFile(path, applied[-1], pages,
                        tuple(name for name in known if name not in applied))


# -- backup and restore -------------------------------------------------------------------------

def _copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None,
          step_pages: int) -> None:
    def told(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=max(1, step_pages), progress=told, sleep=STEP_PAUSE_SECONDS)


def backup(database_url: str, target: Path, *, overwrite: bool = False,
           progress: Progress | None = None, step_pages: int = STEP_PAGES) -> DatabaseFile:
    """Copy the SQLite database of *database_url* to *target* while it may be serving: a copy
    of one committed moment (a read transaction held from the first step to the last, which in
    WAL mode blocks no writer), written beside *target* and renamed into place when whole, in
    the rollback-journal mode so that it is one self-contained file."""
    source_path = sqlite_path(database_url)
    if not source_path.exists():
        raise BackupError(f"there is no database at {source_path} to back up")
    target = target.resolve()
    if target == source_path:
        raise BackupError(f"{target} is the database itself: back it up to another file")
    if target.exists() and not overwrite:
        raise BackupError(f"{target} exists already: choose another file, or --force to "
                          "replace it")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(source_path, timeout=db.SQLITE_BUSY_MS / 1000,
                             isolation_level=None)
    try:
        wal = source.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if wal:  # one snapshot for every step: writers go on, the copy never restarts
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            _copy(source, copy, progress, step_pages)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        if wal:
            source.execute("COMMIT")
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the backup of {source_path} failed: {exc}") from None
    finally:
        source.close()
    try:
        made = inspect_file(partial)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    with partial.open("rb") as file:
        os.fsync(file.fileno())
    os.replace(partial, target)
    return DatabaseFile(target, made.migration, made.pages, made.newer_known)


def restore(database_url: str, source: Path, *, progress: Progress | None = None,
            keep_previous: bool = True) -> tuple[DatabaseFile, Path | None]:
    """Put the backup *source* in place of the SQLite database of *database_url*. Refused while
    any Pushcart process serves it (the serving lock) and for a file that is not a Pushcart
    database of this version or older. The database it replaces is first kept beside it (the
    second value: its path), unless *keep_previous* is False."""
    target = sqlite_path(database_url)
    backup_file = inspect_file(source.resolve())
    if backup_file.path == target:
        raise BackupError(f"{source} is the database itself")
    with ServingLock(target, exclusive=True) as lock:
        if not lock.acquire():
            raise BackupError(f"a Pushcart server or worker is running on {target}: stop every "
                              "`pushcart run` and `pushcart worker` on it, then restore")
        kept: Path | None = None
        if keep_previous and target.exists() and target.stat().st_size > 0:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            kept = target.with_name(f"{target.name}.before-restore-{stamp}")
            backup(database_url, kept, overwrite=True)
        try:
            copy = sqlite3.connect(f"{backup_file.path.as_uri()}?mode=ro", uri=True)
            into = sqlite3.connect(target, timeout=0, isolation_level=None)
            try:
                _copy(copy, into, progress, STEP_PAGES)
                check = into.execute("PRAGMA quick_check").fetchone()[0]
                into.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                into.close()
                copy.close()
        except sqlite3.Error as exc:
            raise BackupError(f"the restore into {target} failed: {exc}"
                              + (f"; the database as it was is kept in {kept}" if kept else "")
                              ) from None
        if check != "ok":
            raise BackupError(f"the restored {target} fails SQLite's check ({check})"
                              + (f"; the database as it was is kept in {kept}" if kept else ""))
    return backup_file, kept


class ProgressLine:
    """Progress told as a percentage on stderr, at most every tenth of the way or second."""

    def __init__(self, what: str, write: Callable[[str], object]) -> None:
        self.what = what
        self.write = write
        self.shown = -10
        self.at = 0.0

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        now = time.monotonic()
        due = percent >= min(self.shown + 10, 100) or now - self.at >= 1
        if percent > self.shown and due:
            self.shown, self.at = percent, now
            self.write(f"{self.what}: {percent}% ({done} of {total} pages)\n")
