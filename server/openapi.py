"""The OpenAPI document at /openapi.json: quart-schema's, of the HTTP API only (/api/v1 and
/healthz; the admin console and the hosted pages are HTML for people), with every response an
operation can give: its success, and the JSON error body of each error status."""

from __future__ import annotations

from typing import Any

from quart_schema.openapi import OpenAPIProvider
from werkzeug.routing import Rule

ERROR_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object", "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                       "details": {}},
    }},
}
ERRORS = {
    "400": "The request is malformed or invalid: `error.code` and `error.message` say how",
    "401": "No key or signature, or not a store's",
    "403": "The store does not allow the request's Origin",
    "404": "No such resource in this store",
    "405": "The resource does not take this method",
    "409": "The resource is not in a state that allows this (an ordered cart, a used code)",
    "410": "The link has expired",
    "413": "The body is larger than allowed",
    "429": "Too many requests or attempts: retry after Retry-After seconds",
    "503": "The database is busy or down: retry after Retry-After seconds",
}
DOCUMENTED_PREFIXES = ("/api/v1/", "/healthz")


class PushcartOpenAPI(OpenAPIProvider):
    def generate_rules(self) -> Any:
        for rule in super().generate_rules():
            if rule.rule.startswith(DOCUMENTED_PREFIXES):
                yield rule

    def build_paths(self, rule: Rule) -> tuple[dict[str, Any], dict[str, Any]]:
        paths, components = super().build_paths(rule)
        components["ErrorBody"] = ERROR_BODY
        for path, operations in paths.items():
            for method, operation in operations.items():
                operation["responses"] = {**self._responses(method), **operation["responses"]}
                if "/webhooks/" in path:  # signed by the store's secret key, not sent with it
                    operation["security"] = []
                    operation["parameters"].append({
                        "in": "header", "name": "X-Pushcart-Signature", "required": True,
                        "schema": {"type": "string"},
                        "description": 't=<unix time>,v1=<hex HMAC-SHA256(secret key, "t.body")>'})
        return paths, components

    @staticmethod
    def _responses(method: str) -> dict[str, Any]:
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
        responses: dict[str, Any] = {
            status: {"description": text, "content": error} for status, text in ERRORS.items()}
        ok = {"application/json": {"schema": {"type": "object"}}}
        responses["200"] = {"description": "OK", "content": ok}
        if method == "post" or method == "put":
            responses["201"] = {"description": "Created", "content": ok}
        if method in ("post", "delete"):
            responses["204"] = {"description": "Done; nothing to answer"}
        return responses
