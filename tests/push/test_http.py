"""push/http.py, the sender's HTTP/1.1 client: keep-alive reuse, TLS, every body framing a push
service may answer with, servers that drop idle connections, hang or talk nonsense."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from push.http import HttpPool, TransportError
from push.sender import PushMessage, Sender, Subscription
from tests.push.keys import STORE_KEYS
from tests.push.service import PushService

# -- a raw server that answers exactly the bytes a test gives it ---------------------------------

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


class RawServer:
    """Counts requests; *handler(reader, writer, n)* answers the n-th request on a connection."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests = 0
        self.connections = 0

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        n = 0
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                await reader.readexactly(length)
                self.requests += 1
                n += 1
                await self.handler(reader, writer, n)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/push/x"

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()


async def _answer(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(data)
    await writer.drain()


CREATED = b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"


# -- keep-alive -----------------------------------------------------------------------------------

async def test_connections_are_kept_alive_and_reused(signer) -> None:
    service = await PushService(expected_vapid_keys={STORE_KEYS.public_key}).start()
    try:
        subs = [service.sender_subscription() for _ in range(40)]
        async with Sender(concurrency=4) as sender:
            for sub in subs[:10]:  # one after another: one connection
                assert (await sender.send(sub, PushMessage({"title": "Hi"}), signer)).kind == \
                    "delivered"
            assert sender.connections_opened == 1
            outcomes = await asyncio.gather(*(sender.send(s, PushMessage({"title": "Hi"}), signer)
                                              for s in subs[10:]))
            assert {o.kind for o in outcomes} == {"delivered"}
            assert sender.connections_opened <= 4  # never more than the concurrency
        assert len(service.received) == 40
    finally:
        await service.stop()


async def test_idle_connection_closed_by_the_server_is_replaced_without_losing_the_message() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        if n == 1:
            await _answer(writer, CREATED)
        else:  # the server's idle timeout fired just as the next request arrived
            writer.close()

    raw = RawServer(handler)
    async with raw as url:
        pool = HttpPool(timeout=5)
        assert (await pool.post(url, {}, b"one")).status == 201
        assert (await pool.post(url, {}, b"two")).status == 201
        await pool.close()
    assert raw.connections == 2
    assert pool.connections_opened == 2


async def test_fresh_connection_dropped_before_an_answer_is_an_error_not_a_loop() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        writer.close()

    raw = RawServer(handler)
    async with raw as url:
        pool = HttpPool(timeout=5)
        with pytest.raises(TransportError, match="connection closed before a full answer"):
            await pool.post(url, {}, b"x")
    assert raw.requests == 1


# -- framing --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "body"), [
    (b"HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\n\r\nbad payload", b"bad payload"),
    (b"HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"4;ext=1\r\nbad \r\n7\r\npayload\r\n0\r\nX-Trailer: 1\r\n\r\n", b"bad payload"),
    (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Length: 3\r\n\r\nbad",
     b"bad"),
])
async def test_bodies_of_every_framing_are_read_and_the_connection_reused(answer, body) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _answer(writer, answer)

    raw = RawServer(handler)
    async with raw as url:
        pool = HttpPool(timeout=5)
        for _ in range(3):
            response = await pool.post(url, {"TTL": "60"}, b"payload")
            assert (response.status, response.body) == (400, body)
        await pool.close()
    assert raw.connections == 1


async def test_connection_close_and_close_delimited_bodies_are_not_reused() -> None:
    answers = [b"HTTP/1.1 201 Created\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
               b"HTTP/1.0 500 Oops\r\nRetry-After: 7\r\n\r\nbackend down"]

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _answer(writer, answers[(raw.connections - 1) % 2])
        writer.close()

    raw = RawServer(handler)
    async with raw as url:
        pool = HttpPool(timeout=5)
        assert (await pool.post(url, {}, b"x")).status == 201
        response = await pool.post(url, {}, b"x")
        assert (response.status, response.headers["retry-after"], response.body) == \
            (500, "7", b"backend down")
        await pool.close()
    assert raw.connections == 2


@pytest.mark.parametrize("answer", [
    b"SMTP ready\r\n\r\n",
    b"HTTP/1.1 abc Nope\r\n\r\n",
    b"HTTP/1.1 201 Created\r\nno colon here\r\n\r\n",
    b"HTTP/1.1 201 Created\r\nContent-Length: -5\r\n\r\n",
    b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 201 Created\r\nContent-Length: 10\r\n\r\nshort",
])
async def test_nonsense_answers_are_transport_errors(answer: bytes) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _answer(writer, answer)
        writer.close()

    async with RawServer(handler) as url:
        with pytest.raises(TransportError):
            await HttpPool(timeout=5).post(url, {}, b"x")


async def test_a_server_that_never_answers_times_out_and_is_retried(signer) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await asyncio.sleep(30)

    from tests.push.keys import SubscriberKeys

    keys = SubscriberKeys.generate()
    async with RawServer(handler) as url:
        async with Sender(concurrency=2, timeout=0.3) as sender:
            outcome = await sender.send(Subscription(url, keys.p256dh, keys.auth),
                                        PushMessage({"title": "Hi"}), signer)
    assert outcome.kind == "retry" and "within 0.3 s" in outcome.reason


async def test_request_line_and_header_injection_is_refused() -> None:
    pool = HttpPool()
    with pytest.raises(ValueError, match="request line"):
        await pool.post("http://127.0.0.1:1/push/a b\r\nX: y", {}, b"x")
    with pytest.raises(ValueError, match="control characters"):
        await pool.post("http://127.0.0.1:1/push/x", {"Topic": "a\r\nX-Evil: 1"}, b"x")


# -- TLS ------------------------------------------------------------------------------------------

def _certificate(tmp_path: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A self-signed certificate for localhost: (server context, client context trusting it)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client


@pytest.fixture
async def tls_service(tmp_path: Path) -> AsyncIterator[tuple[PushService, ssl.SSLContext]]:
    server_ctx, client_ctx = _certificate(tmp_path)
    service = await PushService(expected_vapid_keys={STORE_KEYS.public_key},
                                ssl_context=server_ctx).start()
    yield service, client_ctx
    await service.stop()


async def test_messages_go_over_tls_to_a_trusted_push_service(tls_service, signer) -> None:
    service, client_ctx = tls_service
    subs = [service.sender_subscription() for _ in range(3)]
    assert subs[0].endpoint.startswith("https://localhost:")
    async with Sender(concurrency=2, ssl_context=client_ctx) as sender:
        for sub in subs:
            outcome = await sender.send(sub, PushMessage({"title": "Über TLS"}), signer)
            assert outcome.kind == "delivered"
        assert sender.connections_opened == 1
    assert [m["title"] for s in subs for m in service.messages_for(s.endpoint)] == \
        ["Über TLS"] * 3


async def test_untrusted_certificate_is_refused_and_nothing_is_sent(tls_service, signer) -> None:
    service, _ = tls_service
    async with Sender(concurrency=2) as sender:  # the system trust store: self-signed fails
        outcome = await sender.send(service.sender_subscription(), PushMessage({"title": "Hi"}), signer)
    assert outcome.kind == "retry" and "CERTIFICATE_VERIFY_FAILED" in outcome.reason
    assert service.requests == 0
