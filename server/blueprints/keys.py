"""Who is calling: a store's public key (browsers, CORS-checked) or its secret key (servers)."""

from __future__ import annotations

import time

from quart import Response, g, request

from server.errors import ApiError, Forbidden, Unauthorized
from server.models import Store
from server.stores import (
    cached_store_by_public_key,
    is_origin_allowed,
    normalize_origin,
    store_by_secret_key,
)

CORS_ALLOW_HEADERS = "Content-Type, X-Pushcart-Key"
CORS_ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
_ORIGIN_CACHE_SECONDS = 10.0
_known_origins: tuple[float, frozenset[str]] = (0.0, frozenset())


async def _any_store_allows(origin: str) -> bool:
    """Preflights carry no key, so they are answered for origins some store allows."""
    global _known_origins
    fetched_at, origins = _known_origins
    if time.monotonic() - fetched_at > _ORIGIN_CACHE_SECONDS:
        rows = await Store.all().values_list("allowed_origins", flat=True)
        origins = frozenset(o for row in rows for o in (row or []))
        _known_origins = (time.monotonic(), origins)
    try:
        return normalize_origin(origin) in origins
    except ApiError:
        return False


def forget_known_origins() -> None:
    global _known_origins
    _known_origins = (0.0, frozenset())


async def preflight() -> Response | None:
    """Answer a CORS preflight; None lets any other request through."""
    if request.method != "OPTIONS":
        return None
    origin = request.headers.get("Origin")
    response = Response(status=204)
    if origin and await _any_store_allows(origin):
        response.headers.update({
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Methods": CORS_ALLOW_METHODS,
            "Access-Control-Allow-Headers": CORS_ALLOW_HEADERS,
            "Access-Control-Max-Age": "600",
            "Vary": "Origin",
        })
    return response


async def require_public_store() -> Store:
    """The store whose public key the browser sent, from an origin it allows (once a request;
    the store itself from the cache of stores, server/stores.py)."""
    if isinstance(cached := g.get("store"), Store):
        return cached
    key = request.headers.get("X-Pushcart-Key", "")
    store = await cached_store_by_public_key(key) if key else None
    if store is None:
        raise Unauthorized("missing or unknown store key (X-Pushcart-Key)", code="invalid_key")
    origin = request.headers.get("Origin")
    if origin is not None and not is_origin_allowed(store, origin):
        raise Forbidden(f"origin {origin} is not allowed for this store", code="origin_not_allowed")
    g.store = store
    return store


async def add_cors_headers(response: Response) -> Response:
    """Async, as every hook on the widget's path: Quart runs a plain function in a thread."""
    origin = request.headers.get("Origin")
    store = g.get("store")
    if origin and store is not None and is_origin_allowed(store, origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


async def require_secret_store() -> Store:
    """The store whose secret key the request carries (looked up once a request)."""
    if isinstance(cached := g.get("store"), Store):
        return cached
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    store = await store_by_secret_key(token.strip()) if scheme.lower() == "bearer" else None
    if store is None:
        raise Unauthorized("missing or wrong secret key (Authorization: Bearer sk_…)",
                           code="invalid_key")
    g.store = store
    return store
