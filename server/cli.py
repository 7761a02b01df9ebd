"""The `pushcart` command: run the server, manage stores, apply migrations."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from dataclasses import replace
from typing import Any

from server import db
from server.settings import Settings


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
    if demo is None:
        return
    store = demo.store
    print(
        f"\nFirst start: created the demo store “{store.name}”.\n"
        f"  demo shop:     {base_url}/demo\n"
        f"  admin account: {demo.admin_email} / password {demo.admin_password}\n"
        f"  public key:    {store.public_key}\n"
        f"  secret key:    {demo.secret_key}   (shown once; keep it safe)\n"
        f"  embed:         {_embed_snippet(base_url, store.public_key)}\n",
        flush=True,
    )


def cmd_run(args: argparse.Namespace) -> int:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    from server.app import create_app

    settings = Settings.from_env()
    base_url = settings.public_url or f"http://{args.host}:{args.port}"
    settings = replace(settings, public_url=base_url)
    asyncio.run(_prepare(settings, base_url))

    config = Config()
    config.bind = [f"{args.host}:{args.port}"]
    config.accesslog = None
    config.graceful_timeout = 10
    app = create_app(settings)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        print(f"Pushcart is serving on {base_url}", flush=True)
        await serve(app, config, shutdown_trigger=stop.wait)

    asyncio.run(main())
    return 0


def cmd_worker(_: argparse.Namespace) -> int:
    """A push worker process: sends the outbox and schedules campaigns until SIGTERM."""
    from server.background import Background
    from server.clock import Clock

    settings = Settings.from_env()
    logging.basicConfig(level=settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def main() -> None:
        ctx = await db.open_database(settings)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        try:
            await Background(settings, Clock()).run(stop)
        finally:
            await db.close_database(ctx)

    asyncio.run(main())
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    settings = Settings.from_env()
    applied = asyncio.run(db.migrate(settings.database_url))
    print("applied: " + ", ".join(applied) if applied else "the database is up to date")
    return 0


def cmd_store_create(args: argparse.Namespace) -> int:
    from server.errors import ApiError
    from server.stores import create_store

    settings = Settings.from_env()

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

    settings = Settings.from_env()

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


def cmd_makemigrations(args: argparse.Namespace) -> int:
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

    make = sub.add_parser("makemigrations", help="(developers) write a migration for one dialect")
    make.add_argument("name")
    make.add_argument("--database-url", required=True)
    make.set_defaults(func=cmd_makemigrations)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
