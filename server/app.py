"""The application factory: `create_app(settings)` builds a Pushcart Quart app."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import timedelta
from typing import Any

from quart import Quart, g, request
from quart.wrappers import Request
from quart_auth import QuartAuth
from quart_rate_limiter import RateLimit
from quart_schema import QuartSchema

from server import assets, backups, db
from server.blueprints import current
from server.clock import Clock
from server.errors import ApiError, register_error_handlers
from server.openapi import PushcartOpenAPI
from server.routing import IdConverter, SkuConverter
from server.schemas import has_nul
from server.settings import Settings
from server.shared_limits import PushcartRateLimiter, limit_store

schema = QuartSchema(
    openapi_path="/openapi.json",
    redoc_ui_path=None,  # the hosted doc UIs load scripts from CDNs; only the JSON is served
    scalar_ui_path=None,
    swagger_ui_path=None,
    info={"title": "Pushcart API", "version": "1"},
    security_schemes={
        "publicKey": {"type": "apiKey", "in_": "header", "name": "X-Pushcart-Key"},
        "secretKey": {"type": "http", "scheme": "bearer"},
    },
    openapi_provider_class=PushcartOpenAPI,
)

PUBLIC_PREFIXES = ("/api/v1/widget", "/api/v1/carts", "/api/v1/push")


async def _client_key() -> str:
    """Whom the default limit counts a request against: worked out once a request (the limiter
    asks three times: to check, to count, and for the RateLimit headers)."""
    key: str | None = g.get("limit_key")
    if key is None:
        key = g.limit_key = \
            f"{current.client_address()}|{request.headers.get('X-Pushcart-Key', '')[:64]}"
    return key


async def _not_public(*_: object) -> bool:
    return not request.path.startswith(PUBLIC_PREFIXES) or request.method == "OPTIONS"


LARGE_BODY_BYTES = 4 * 1024 * 1024
LARGE_BODY_PATHS = re.compile(r"/admin/stores/\d+/catalog/import")


class PushcartRequest(Request):
    """Bodies are limited to PUSHCART_MAX_BODY_BYTES, except a catalog CSV upload (4 MB). The
    limit is set when the request is made, so it holds for chunked bodies too."""

    def __init__(self, method: str, scheme: str, path: str, *args: Any,
                 max_content_length: int | None = None, **kwargs: Any) -> None:
        large = LARGE_BODY_PATHS.fullmatch(path) is not None and max_content_length is not None
        if large:
            max_content_length = max(max_content_length or 0, LARGE_BODY_BYTES)
        super().__init__(method, scheme, path, *args, max_content_length=max_content_length,
                         **kwargs)
        if large:  # what form parsing checks, too
            self.max_content_length = self.max_form_memory_size = max_content_length

    async def get_json(self, force: bool = False, silent: bool = False,
                       cache: bool = True) -> Any:
        """Quart's, but a body that is not UTF-8 or nests too deep is a 400, not a 500."""
        try:
            return await super().get_json(force, silent, cache)
        except (UnicodeDecodeError, RecursionError) as exc:
            if silent:
                return None
            raise ApiError("the body is not UTF-8 JSON of a reasonable depth",
                           code="invalid_json") from exc


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> Quart:
    settings = settings or Settings.from_env()
    app = Quart(
        __name__,
        static_folder=str(assets.STATIC),
        static_url_path="/static",
        template_folder=str(assets.TEMPLATES),
    )
    app.request_class = PushcartRequest
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["sku"] = SkuConverter
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
        SECRET_KEY=settings.secret_key,
    )
    app.extensions["pushcart_settings"] = settings
    app.extensions["pushcart_clock"] = clock or Clock()
    logging.basicConfig(level=settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    schema.init_app(app)
    # always on: sign-in has its own limits
    app.extensions["pushcart_limiter"] = PushcartRateLimiter(
        app,
        default_limits=[RateLimit(settings.rate_limit_per_minute, timedelta(minutes=1),
                                  key_function=_client_key, skip_function=_not_public)]
        if settings.rate_limit_per_minute > 0 else [],
        store=limit_store(settings.redis_url),  # shared through Redis when it is set
    )
    QuartAuth(app, cookie_name="pushcart_admin", cookie_samesite="Lax",
              cookie_secure=settings.public_url.startswith("https://"),
              duration=14 * 24 * 3600)
    register_error_handlers(app)

    from server.blueprints import (
        admin,
        loyalty_store_api,
        loyalty_widget,
        pages,
        recommendations_api,
        shoppers_api,
        store_api,
        text_messages,
        webhooks_api,
        widget_api,
    )

    app.register_blueprint(widget_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(store_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(text_messages.blueprint, url_prefix="/api/v1")
    app.register_blueprint(webhooks_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(shoppers_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(loyalty_widget.blueprint, url_prefix="/api/v1")
    app.register_blueprint(loyalty_store_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(recommendations_api.blueprint, url_prefix="/api/v1")
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(admin.blueprint)

    @app.before_serving
    async def connect() -> None:
        # held while serving, so that `pushcart restore` refuses to overwrite this database
        app.extensions["serving_lock"] = backups.hold_serving_lock(settings.database_url)
        if settings.auto_migrate:
            await db.migrate(settings.database_url)
        app.extensions["tortoise_ctx"] = await db.open_database(settings)
        if settings.run_worker:
            from server.background import Background

            stop = app.extensions["push_stop"] = asyncio.Event()
            background = Background(settings, app.extensions["pushcart_clock"])
            app.extensions["push_task"] = asyncio.create_task(background.run(stop))

    @app.before_request
    async def refuse_nul() -> None:
        if has_nul(request.path) or has_nul(list(request.args.items(multi=True))):
            raise ApiError("the URL must not contain NUL characters", code="invalid_characters")

    @app.before_request
    async def orm_context() -> None:
        db.enter_context(app.extensions["tortoise_ctx"])

    @app.after_serving
    async def disconnect() -> None:
        if "push_task" in app.extensions:
            app.extensions["push_stop"].set()
            await app.extensions.pop("push_task")
        ctx = app.extensions.pop("tortoise_ctx", None)
        if ctx is not None:
            await db.close_database(ctx)
        if (lock := app.extensions.pop("serving_lock", None)) is not None:
            lock.release()

    return app
