"""A small HTTP/1.1 client for one job: POSTing push messages over keep-alive connections.

Why not aiohttp: `python bench/http_client.py` POSTs 20,000 push-sized bodies to a local nginx
with 64 in flight. On this 2-core machine aiohttp spends about 100 µs of CPU per request and
this client about 25 µs; at a few thousand messages a second that is a third of a worker's
time. It does what push services need and nothing else: POST with a small response, pooled
keep-alive connections per origin, TLS (system trust store, HTTP/1.1 by ALPN), Content-Length,
chunked and close-delimited bodies, a total timeout per request, and one silent retry when a
reused connection turns out to have been closed by the server while it sat idle.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_HEAD_BYTES = 64 * 1024  # status line and headers together
MAX_BODY_BYTES = 64 * 1024  # push services answer with a few bytes; more is read and dropped


class TransportError(Exception):
    """The request got no usable answer: connection refused or reset, timeout, bad framing."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "
    body: bytes


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def usable(self, now: float, idle_timeout: float) -> bool:
        return (not self.reader.at_eof() and not self.writer.is_closing()
                and now - self.idle_since < idle_timeout)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


_Origin = tuple[str, str, int]  # scheme, host, port


_BAD_TARGET = re.compile(r"[\s\0]")  # a space, CR or LF would end the request line
_BAD_VALUE = re.compile(r"[\r\n\0]")
_BAD_NAME = re.compile(r"[\s\0:]")


@functools.lru_cache(maxsize=1024)
def _split_origin(prefix: str) -> tuple[_Origin, str]:
    parts = urlsplit(prefix)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {prefix[:200]!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.netloc.rpartition("@")[2]
    if _BAD_VALUE.search(host):
        raise ValueError("URL contains characters that cannot go in a request")
    return (parts.scheme, parts.hostname, port), host


@functools.lru_cache(maxsize=256)
def _header_block(headers: tuple[tuple[str, str], ...]) -> str:
    """The header lines of a request, checked once: a campaign's messages share them all."""
    if (_BAD_NAME.search("".join(name for name, _ in headers))
            or _BAD_VALUE.search("".join(value for _, value in headers))):
        raise ValueError(f"headers {[name for name, _ in headers]} cannot be sent: "
                         "control characters")
    return "".join(f"{name}: {value}\r\n" for name, value in headers)


def split_url(url: str) -> tuple[_Origin, str, str]:
    """(origin, Host header, request target) of an http(s) URL."""
    start = url.find("://") + 3
    cut = min((i for i in (url.find(c, start) for c in "/?#") if i >= 0), default=len(url))
    origin, host = _split_origin(url[:cut])
    target = url[cut:].partition("#")[0]
    if not target.startswith("/"):
        target = "/" + target
    if _BAD_TARGET.search(target):
        raise ValueError("URL contains characters that cannot go in a request line")
    return origin, host, target


class HttpPool:
    """Keep-alive connections per origin. Each request in flight holds one connection, so the
    caller's own concurrency limit bounds how many are open."""

    def __init__(self, *, timeout: float = 15.0, ssl_context: ssl.SSLContext | None = None,
                 idle_timeout: float = 30.0, max_idle_per_origin: int = 64) -> None:
        self.timeout = timeout
        self.idle_timeout = idle_timeout
        self.max_idle_per_origin = max_idle_per_origin
        self._ssl = ssl_context
        self._idle: dict[_Origin, list[_Connection]] = {}
        self.connections_opened = 0

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl.create_default_context()
            self._ssl.set_alpn_protocols(["http/1.1"])
        return self._ssl

    async def _open(self, origin: _Origin) -> _Connection:
        scheme, host, port = origin
        try:
            if scheme == "https":
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=self._ssl_context(), server_hostname=host,
                    limit=MAX_HEAD_BYTES)
            else:
                reader, writer = await asyncio.open_connection(host, port, limit=MAX_HEAD_BYTES)
        except (OSError, ssl.SSLError) as exc:
            raise TransportError(f"cannot connect to {host}:{port}: "
                                 f"{type(exc).__name__}: {exc}") from exc
        self.connections_opened += 1
        return _Connection(reader, writer)

    def _take_idle(self, origin: _Origin) -> _Connection | None:
        stack = self._idle.get(origin)
        now = time.monotonic()
        while stack:
            conn = stack.pop()  # the most recently used one is the least likely to be stale
            if conn.usable(now, self.idle_timeout):
                return conn
            conn.close()
        return None

    def _release(self, origin: _Origin, conn: _Connection) -> None:
        stack = self._idle.setdefault(origin, [])
        if len(stack) >= self.max_idle_per_origin:
            conn.close()
            return
        conn.idle_since = time.monotonic()
        stack.append(conn)

    async def post(self, url: str, headers: Mapping[str, str], body: bytes) -> Response:
        origin, host, target = split_url(url)
        request = (f"POST {target} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n"
                   f"{_header_block(tuple(headers.items()))}\r\n").encode("latin-1") + body

        try:
            async with asyncio.timeout(self.timeout):
                conn = self._take_idle(origin)
                if conn is not None:
                    try:
                        return await self._exchange(origin, conn, request, reused=True)
                    except _StaleConnection:
                        pass  # closed by the server while idle: nothing was processed
                return await self._exchange(origin, await self._open(origin), request,
                                            reused=False)
        except TimeoutError:
            raise TransportError(f"no answer from {origin[1]}:{origin[2]} within "
                                 f"{self.timeout:g} s") from None

    async def _exchange(self, origin: _Origin, conn: _Connection, request: bytes, *,
                        reused: bool) -> Response:
        where = f"{origin[1]}:{origin[2]}"
        try:
            conn.writer.write(request)
            response, keep = await _read_response(conn.reader)
        except (ConnectionResetError, BrokenPipeError, asyncio.IncompleteReadError) as exc:
            conn.close()
            nothing_read = not isinstance(exc, asyncio.IncompleteReadError) or not exc.partial
            if reused and nothing_read:
                raise _StaleConnection from exc
            raise TransportError(f"{where}: connection closed before a full answer "
                                 f"({type(exc).__name__})") from exc
        except (OSError, asyncio.LimitOverrunError, ValueError) as exc:
            conn.close()
            raise TransportError(f"{where}: {type(exc).__name__}: {exc}"[:300]) from exc
        except BaseException:  # cancelled or timed out mid-answer: the connection is unusable
            conn.close()
            raise
        if keep:
            self._release(origin, conn)
        else:
            conn.close()
        return response

    async def close(self) -> None:
        for stack in self._idle.values():
            for conn in stack:
                conn.close()
        self._idle.clear()


class _StaleConnection(Exception):
    pass


async def _read_response(reader: asyncio.StreamReader) -> tuple[Response, bool]:
    while True:
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head[:-4].decode("latin-1").split("\r\n")
        version, _sp, rest = status_line.partition(" ")
        if not version.startswith("HTTP/1.") or not rest[:3].isdigit():
            raise ValueError(f"not an HTTP/1.x status line: {status_line[:100]!r}")
        status = int(rest[:3])
        headers: dict[str, str] = {}
        for line in header_lines:
            name, colon, value = line.partition(":")
            if not colon or not name or name != name.strip():
                raise ValueError(f"malformed header line: {line[:100]!r}")
            name, value = name.lower(), value.strip()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        if 100 <= status < 200 and status != 101:
            continue  # 100 Continue and other interim answers precede the real one
        break
    if not 200 <= status <= 599:
        raise ValueError(f"unexpected status {status}")

    connection = headers.get("connection", "").lower()
    keep = ("close" not in connection if version == "HTTP/1.1" else "keep-alive" in connection)
    if status in (204, 304):
        body = b""
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        body, complete = await _read_chunked(reader)
        keep = keep and complete
    elif "content-length" in headers:
        length = headers["content-length"].split(",")[0].strip()
        if not length.isdigit():
            raise ValueError(f"bad Content-Length: {length[:20]!r}")
        size = int(length)
        body = await reader.readexactly(min(size, MAX_BODY_BYTES))
        keep = keep and size <= MAX_BODY_BYTES
    else:  # the body runs to the end of the connection
        body = await reader.read(MAX_BODY_BYTES)
        keep = False
    return Response(status, headers, body), keep


async def _read_chunked(reader: asyncio.StreamReader) -> tuple[bytes, bool]:
    """The body and whether it was read to its end (a huge one is cut off, and the connection
    then cannot be reused)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        size_line = (await reader.readuntil(b"\r\n")).split(b";", 1)[0].strip()
        try:
            size = int(size_line, 16)
        except ValueError:
            raise ValueError(f"bad chunk size: {size_line[:20]!r}") from None
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(chunks), True
        if total + size > MAX_BODY_BYTES:
            return b"".join(chunks), False
        chunks.append(await reader.readexactly(size))
        total += size
        if await reader.readexactly(2) != b"\r\n":
            raise ValueError("chunk not followed by CRLF")
