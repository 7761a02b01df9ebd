"""What a privacy request names: the shopper's email address (the store API and the admin)."""

from __future__ import annotations

from pydantic import EmailStr

from server.schemas import QueryArgs


class ShopperQuery(QueryArgs):
    email: EmailStr
