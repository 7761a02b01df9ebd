"""URL converters: the ids in paths are the database's, so a path whose number no row can have
(0, or 2^31 and more) matches no route and is a 404, not a database overflow."""

from __future__ import annotations

from typing import Any

from werkzeug.routing import BaseConverter, IntegerConverter, Map

MAX_ID = 2**31 - 1  # the largest value of an INTEGER primary key, on SQLite and PostgreSQL


class IdConverter(IntegerConverter):
    """`<id:name>`: a positive integer that fits an INTEGER column."""

    regex = r"\d{1,10}"

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)


class SkuConverter(BaseConverter):
    """`<sku:name>`: a product's SKU in a path, never the word of a route beside it
    (`/products/bulk` is the bulk upsert, not a product named "bulk")."""

    regex = r"(?!bulk(?![^/]))[^/]+"
