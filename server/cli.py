"""The `pushcart` command: run the server, manage stores, apply migrations, back up."""

from __future__ import annotations

import argparse
import asyncio
import errno
import gc
import json
import logging
import os
import signal
import socket
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from server import db
from server.backups import STEP_PAGES
from server.settings import Settings, SettingsError

if TYPE_CHECKING:
    from server.demo import DemoCredentials

DATABASE_CHECK_SECONDS = 20


class Refusal(Exception):
    """Why a command cannot start, said on stderr in one line (no traceback), with exit code 1."""


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise Refusal(str(exc)) from None


def _warn_of_vapid_subject(settings: Settings) -> None:
    """Said once, when a process that sends starts (refused outright in production)."""
    if warning := settings.vapid_subject_warning():
        print(f"warning: {warning}", file=sys.stderr, flush=True)


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _listen(host: str, port: int) -> socket.socket:
    """The socket `pushcart run` serves on, bound first of all: a port in use is said before
    anything is migrated or created, and nobody can take the port while the database is being
    prepared. Options as Hypercorn's own binding sets them."""
    host = host.strip("[]")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(100)
    except (OSError, OverflowError) as exc:
        sock.close()
        if isinstance(exc, socket.gaierror):
            reason = f"no such host ({exc.strerror})"
        elif isinstance(exc, OverflowError):
            reason = "a port is a number from 0 to 65535"
        elif exc.errno == errno.EADDRINUSE:
            reason = "the address is already in use (by another Pushcart?); choose another --port"
        elif exc.errno == errno.EACCES:
            reason = "permission denied (ports below 1024 need privileges)"
        elif exc.errno == errno.EADDRNOTAVAIL:
            reason = "this machine has no such address; --host takes one of its own"
        else:
            reason = exc.strerror or str(exc)
        raise Refusal(f"cannot serve on {_address(host, port)}: {reason}") from None
    return sock


def _without_password(url: str) -> tuple[str, str]:
    """A database URL as it may be printed (its password as ***), and that password."""
    scheme, sep, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    user, colon, password = userinfo.partition(":")
    if not (sep and at and colon and password):
        return url, ""
    return f"{scheme}://{user}:***@{host}{slash}{path}", password


def _scrubbed(text: str, password: str) -> str:
    """A message about the database, in case it quotes the password (drivers do not, but)."""
    from urllib.parse import unquote

    for secret in {password, unquote(password)}:
        if len(secret) >= 4:  # a shorter one cannot be told from ordinary words
            text = text.replace(secret, "***")
    return text


def _why(exc: BaseException) -> str:
    """What was wrong when connecting to the database, in a few words."""
    from tortoise.exceptions import DBConnectionError

    if isinstance(exc, DBConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    text = " ".join(str(exc).split())
    if isinstance(exc, TimeoutError):
        return f"no answer within {DATABASE_CHECK_SECONDS} s"
    if isinstance(exc, socket.gaierror):
        return f"the host name does not resolve ({exc.strerror})"
    if isinstance(exc, ConnectionRefusedError) or "Connect call failed" in text:
        return "the connection was refused: no database server listens at that host and port"
    return text or type(exc).__name__


def _check_database(url: str, setting: str | None = None) -> None:
    """Connect once and ask one question, so that a database setting that cannot work is said
    in one line (which setting, what is wrong with it, never its password) before anything else.
    *setting* names where the URL came from (DATABASE_URL, else the data directory)."""
    from tortoise.context import TortoiseContext

    if setting is None:
        setting = "DATABASE_URL" if os.environ.get("DATABASE_URL") else "PUSHCART_DATA_DIR"
    printable, password = _without_password(url)
    shown = (f"PUSHCART_DATA_DIR (the database {printable})" if setting == "PUSHCART_DATA_DIR"
             else f"{setting}={printable}")
    try:
        db.dialect_of(url)
    except ValueError:
        scheme = url.partition(":")[0]
        raise Refusal(f"{shown}: the scheme {scheme!r} is not one Pushcart speaks; use "
                      "sqlite:///path or postgres://user:password@host:5432/name") from None

    async def ask() -> None:
        async with TortoiseContext() as ctx:
            await ctx.init(config=db.tortoise_config(url))
            await ctx.db().execute_query("SELECT 1")

    try:
        asyncio.run(asyncio.wait_for(ask(), DATABASE_CHECK_SECONDS))
    except Exception as exc:
        raise Refusal(f"{shown}: cannot use the database: {_scrubbed(_why(exc), password)}"
                      ) from None


def _embed_snippet(base_url: str, public_key: str) -> str:
    return f'<script src="{base_url}/widget.js" data-store="{public_key}" async></script>'


async def _prepare(settings: Settings, base_url: str) -> None:
    """Migrate, and on the very first start make the demo store and print how to use it."""
    from server.demo import ensure_demo

    await db.migrate(settings.database_url)
    if not settings.create_demo:
        return
    ctx = await db.open_database(settings)
    try:
        demo = await ensure_demo(settings.secret_key, base_url)
    finally:
        await db.close_database(ctx)
    if demo is not None:
        _print_demo(demo, base_url, "First start: created")


def _print_demo(demo: DemoCredentials, base_url: str, what: str) -> None:
    store = demo.store
    password = (f"password {demo.admin_password}" if demo.admin_password
                else "its password is unchanged")
    print(
        f"\n{what} the demo store “{store.name}”, with 90 days of example history.\n"
        f"  demo shop:     {base_url}/demo\n"
        f"  admin account: {demo.admin_email} / {password}\n"
        f"  public key:    {store.public_key}\n"
        f"  secret key:    {demo.secret_key}   (shown once; keep it safe)\n"
        f"  embed:         {_embed_snippet(base_url, store.public_key)}\n",
        flush=True,
    )


def _serving_lock(settings: Settings) -> object:
    """The lock a server or worker holds on a SQLite database while it runs (`pushcart restore`
    refuses while anyone holds it); a Refusal while a restore is writing the database."""
    from server.backups import BackupError, hold_serving_lock

    try:
        return hold_serving_lock(settings.database_url)
    except BackupError as exc:
        raise Refusal(str(exc)) from None


def _set_aside_what_startup_made() -> None:
    """Keep the collector away from what a long-running process made as it started (modules,
    the ORM's and the app's tables): a full collection walked all of it, about 120 ms on a push
    worker, some 60 µs of every message of a 2,000-message campaign (gc.freeze, as CPython's
    documentation advises for servers)."""
    gc.collect()
    gc.freeze()


def cmd_run(args: argparse.Namespace) -> int:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    from server.app import create_app

    listening = _listen(args.host, args.port)
    settings = _settings()
    _check_database(settings.database_url)
    serving = _serving_lock(settings)  # noqa: F841  (held until the process ends)
    _warn_of_vapid_subject(settings)
    port = listening.getsockname()[1]  # --port 0: the one the system chose
    base_url = settings.public_url or f"http://{_address(args.host.strip('[]'), port)}"
    settings = replace(settings, public_url=base_url)
    asyncio.run(_prepare(settings, base_url))

    config = Config()
    config.bind = [f"fd://{listening.detach()}"]  # Hypercorn serves on the socket bound above
    config.accesslog = None
    config.graceful_timeout = 10
    app = create_app(settings)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        _set_aside_what_startup_made()
        print(f"Pushcart is serving on {base_url}", flush=True)
        await serve(app, config, shutdown_trigger=stop.wait)

    asyncio.run(main())
    return 0


def cmd_worker(_: argparse.Namespace) -> int:
    """A push worker process: sends the outbox and schedules campaigns until SIGTERM."""
    from server.background import Background
    from server.clock import Clock

    settings = _settings()
    if settings.encrypt_processes is None:  # workers are run one per core: each encrypts itself
        settings = replace(settings, encrypt_processes=0)
    _check_database(settings.database_url)
    serving = _serving_lock(settings)  # noqa: F841  (held until the process ends)
    _warn_of_vapid_subject(settings)
    logging.basicConfig(level=settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def main() -> None:
        ctx = await db.open_database(settings)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        _set_aside_what_startup_made()
        try:
            await Background(settings, Clock()).run(stop)
        finally:
            await db.close_database(ctx)

    asyncio.run(main())
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    settings = _settings()
    _check_database(settings.database_url)
    applied = asyncio.run(db.migrate(settings.database_url))
    print("applied: " + ", ".join(applied) if applied else "the database is up to date")
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    """Prune now (server/retention): what it deleted, or why it did not run."""
    from server.clock import Clock
    from server.retention.prune import prune

    settings = _settings()
    _check_database(settings.database_url)

    async def run() -> dict[str, int] | None:
        ctx = await db.open_database(settings)
        try:
            result = await prune(settings.retention, Clock().now)
            return None if result is None else result.as_dict()
        finally:
            await db.close_database(ctx)

    counts = asyncio.run(run())
    if counts is None:
        raise Refusal("another process is pruning now; try again when it is done")
    if args.json:
        print(json.dumps(counts))
    else:
        print("pruned: " + ", ".join(f"{n} {what}" for what, n in counts.items()
                                     if what != "batches"))
    return 0


def cmd_store_create(args: argparse.Namespace) -> int:
    from server.errors import ApiError
    from server.stores import create_store

    settings = _settings()
    _check_database(settings.database_url)

    async def create() -> dict[str, Any]:
        await db.migrate(settings.database_url)
        ctx = await db.open_database(settings)
        try:
            created = await create_store(
                settings.secret_key, args.name, args.origin, currency=args.currency,
                locale=args.locale, timezone=args.timezone,
                payment_methods=args.payment_method or None,
            )
        finally:
            await db.close_database(ctx)
        return {
            "name": created.store.name,
            "public_key": created.store.public_key,
            "secret_key": created.secret_key,
            "vapid_public_key": created.store.vapid_public_key,
            "allowed_origins": created.store.allowed_origins,
        }

    try:
        store = asyncio.run(create())
    except ApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(store))
        return 0
    base = settings.public_url or "https://PUSHCART"
    print(
        f"Created store “{store['name']}”.\n"
        f"  public key:        {store['public_key']}\n"
        f"  secret key:        {store['secret_key']}   (shown once; keep it safe)\n"
        f"  VAPID public key:  {store['vapid_public_key']}\n"
        f"  allowed origins:   {', '.join(store['allowed_origins'])}\n\n"
        f"Add to every store page:\n  {_embed_snippet(base, store['public_key'])}\n"
        f"Host this one line at /pushcart-sw.js on your site:\n"
        f'  importScripts("{base}/static/sw.js");'
    )
    return 0


def cmd_admin_add(args: argparse.Namespace) -> int:
    """Give EMAIL the owner (or staff) role in the store with that public key; a new account
    gets a generated password, printed once."""
    import secrets

    from server import admin_auth
    from server.models import AdminUser, Store

    settings = _settings()

    async def add() -> str | None:
        await db.migrate(settings.database_url)
        ctx = await db.open_database(settings)
        try:
            store = await Store.get_or_none(public_key=args.store)
            if store is None:
                raise LookupError(f"no store with public key {args.store}")
            user, new = await admin_auth.invite(store, args.email,
                                                admin_auth.Role(args.role))
            if not new:
                return None
            password = secrets.token_urlsafe(12)
            await AdminUser.filter(id=user.id).update(
                password_hash=admin_auth.hash_password(password))
            return password
        finally:
            await db.close_database(ctx)

    if "@" not in args.email:
        print("error: that is not an email address", file=sys.stderr)
        return 2
    _check_database(settings.database_url)
    try:
        password = asyncio.run(add())
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    base = settings.public_url or "http://127.0.0.1:8000"
    if password is None:
        print(f"{args.email} can now open this store at {base}/admin (their password is "
              f"unchanged).")
    else:
        print(f"Sign in at {base}/admin as {args.email} with password {password} "
              f"(shown once).")
    return 0


def cmd_recommendations_rebuild(args: argparse.Namespace) -> int:
    """Recount "bought together" and bestsellers from the whole order history (of one store, or
    of every store), for a store that imported its past orders."""
    from server.recommendations.counts import rebuild_stores

    settings = _settings()
    _check_database(settings.database_url)

    async def run() -> list[tuple[str, Any]]:
        await db.migrate(settings.database_url)
        ctx = await db.open_database(settings)
        try:
            return await rebuild_stores(args.store)
        finally:
            await db.close_database(ctx)

    try:
        results = asyncio.run(run())
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, result in results:
        print(f"{name}: {result.pairs} product pairs, {result.products} products sold, "
              f"in {result.seconds:.2f} s")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`demo reset`: the demo store made anew with fresh history; `demo remove`: deleted. Other
    stores are not touched."""
    from server.demo import remove_demo, reset_demo

    settings = _settings()
    _check_database(settings.database_url)

    async def run() -> DemoCredentials | int:
        await db.migrate(settings.database_url)
        ctx = await db.open_database(settings)
        try:
            if args.demo_command == "reset":
                return await reset_demo(settings.secret_key, settings.public_url)
            return await remove_demo()
        finally:
            await db.close_database(ctx)

    result = asyncio.run(run())
    if isinstance(result, int):
        print("Removed the demo store and everything in it." if result
              else "There is no demo store.")
        return 0
    _print_demo(result, settings.public_url or result.store.allowed_origins[0], "Made anew")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the SQLite database while it serves, with its progress."""
    from server.backups import BackupError, ProgressLine, backup

    settings = _settings()
    started = time.monotonic()
    try:
        made = backup(settings.database_url, Path(args.file), overwrite=args.force,
                      step_pages=args.pages_per_step,
                      progress=ProgressLine("backup", sys.stderr.write))
    except BackupError as exc:
        raise Refusal(str(exc)) from None
    print(f"Backed up {_db_file(settings)} to {made.path}: {made.pages} pages "
          f"({made.path.stat().st_size / 1e6:.1f} MB), at migration {made.migration}, in "
          f"{time.monotonic() - started:.1f} s.")
    where = ("PUSHCART_SECRET_KEY" if os.environ.get("PUSHCART_SECRET_KEY")
             else str(settings.data_dir / "secret_key"))
    print(f"Keep the server secret ({where}) safe too: the stores' secret keys and VAPID keys "
          "in the backup are sealed with it and cannot be used without it.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """The backup FILE put in place of the SQLite database, refused while a server runs on it."""
    from server.backups import BackupError, ProgressLine, restore

    settings = _settings()
    try:
        restored, kept = restore(settings.database_url, Path(args.file),
                                 keep_previous=not args.no_keep,
                                 progress=ProgressLine("restore", sys.stderr.write))
    except BackupError as exc:
        raise Refusal(str(exc)) from None
    print(f"Restored {restored.path} into {_db_file(settings)} (at migration "
          f"{restored.migration}).")
    if kept is not None:
        print(f"The database as it was before is kept in {kept} (delete it when you no "
              "longer need it).")
    if restored.newer_known:
        print(f"The next `pushcart run` or `pushcart migrate` applies "
              f"{len(restored.newer_known)} newer migration(s) to it.")
    return 0


def _db_file(settings: Settings) -> Path:
    from server.backups import sqlite_path

    return sqlite_path(settings.database_url)


def cmd_makemigrations(args: argparse.Namespace) -> int:
    _check_database(args.database_url, "--database-url")
    result = asyncio.run(db.make_migration(args.database_url, args.name))
    print(result or "no changes")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pushcart", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="serve Pushcart (web, with the database migrated)")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.set_defaults(func=cmd_run)

    worker = sub.add_parser("worker", help="send queued push messages (run several for scale)")
    worker.set_defaults(func=cmd_worker)

    migrate = sub.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=cmd_migrate)

    pruning = sub.add_parser("prune", help="roll old deliveries, carts and views into the daily "
                                           "counters and delete them (also run daily)")
    pruning.add_argument("--json", action="store_true", help="print the counts as JSON")
    pruning.set_defaults(func=cmd_prune)

    store = sub.add_parser("store", help="manage stores")
    store_sub = store.add_subparsers(dest="store_command", required=True)
    create = store_sub.add_parser("create", help="create a store and print its keys")
    create.add_argument("name")
    create.add_argument("--origin", action="append", required=True,
                        help="an origin the widget runs on, e.g. https://shop.example.com "
                             "(repeat for several)")
    create.add_argument("--currency", default="USD")
    create.add_argument("--locale", default="en-US")
    create.add_argument("--timezone", default="UTC")
    create.add_argument("--payment-method", action="append",
                        help="card, upi, pix, wallet, bank_transfer or cash_on_delivery (repeat)")
    create.add_argument("--json", action="store_true", help="print the keys as JSON")
    create.set_defaults(func=cmd_store_create)

    admin = sub.add_parser("admin", help="manage admin console accounts")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    add = admin_sub.add_parser("add", help="give someone access to a store's admin console")
    add.add_argument("email")
    add.add_argument("--store", required=True, help="the store's public key (pk_…)")
    add.add_argument("--role", choices=["owner", "staff"], default="owner")
    add.set_defaults(func=cmd_admin_add)

    demo = sub.add_parser("demo", help="the demo store and its example history")
    demo_sub = demo.add_subparsers(dest="demo_command", required=True)
    demo_sub.add_parser("reset", help="make the demo store anew, with fresh history "
                                      "(other stores are not touched)").set_defaults(
        func=cmd_demo)
    demo_sub.add_parser("remove", help="delete the demo store and everything in it "
                                       "(other stores are not touched)").set_defaults(
        func=cmd_demo)

    backup = sub.add_parser("backup", help="copy the SQLite database to FILE while it serves "
                                          "(PostgreSQL: pg_dump, see README)")
    backup.add_argument("file")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument("--pages-per-step", type=int, default=STEP_PAGES, metavar="N",
                        help=f"pages (4 KiB) copied per step (default {STEP_PAGES})")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="put the backup FILE in place of the SQLite "
                                             "database (with every server stopped)")
    restore.add_argument("file")
    restore.add_argument("--no-keep", action="store_true",
                         help="do not keep a copy of the database it replaces")
    restore.set_defaults(func=cmd_restore)
    recs = sub.add_parser("recommendations", help="product recommendations")
    recs_sub = recs.add_subparsers(dest="recommendations_command", required=True)
    rebuild = recs_sub.add_parser("rebuild", help="recount them from the whole order history")
    rebuild.add_argument("--store", help="the store's public key (pk_…); default: every store")
    rebuild.set_defaults(func=cmd_recommendations_rebuild)

    make = sub.add_parser("makemigrations", help="(developers) write a migration for one dialect")
    make.add_argument("name")
    make.add_argument("--database-url", required=True)
    make.set_defaults(func=cmd_makemigrations)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except Refusal as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
