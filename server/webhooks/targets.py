"""Where a webhook may be sent: public https URLs only, checked when saved and again, by resolving
the host, right before each request (a name can be pointed at 127.0.0.1 after it was saved).

The rules are the push endpoints' (push/endpoints.py): no credentials in the URL, no IP
literals, no loopback, private, link-local, multicast or reserved addresses; plus an allowlist
for local testing, PUSHCART_WEBHOOK_ALLOW_HOSTS, whose entries are written the same way as
PUSHCART_PUSH_HOSTS ('hooks.example.com' allows it and its subdomains over https;
'http://127.0.0.1:9401' allows exactly that scheme, host and port, whatever it resolves to).
The request then goes to the very address that was checked, never to a second lookup's.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from push.endpoints import HostRule, parse_host_rules

MAX_URL_LENGTH = 2048
IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedTarget(ValueError):
    """The URL may not be sent to; the message says why."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    is_allowlisted: bool  # listed in PUSHCART_WEBHOOK_ALLOW_HOSTS: any address is allowed


def allow_rules(entries: tuple[str, ...]) -> tuple[HostRule, ...]:
    return parse_host_rules(entries)


def _ip(host: str) -> IpAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_public(address: IpAddress) -> bool:
    """Whether *address* is on the public internet (an IPv4-mapped IPv6 address as its IPv4)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (address.is_multicast or address.is_reserved
                                      or address.is_loopback or address.is_link_local
                                      or address.is_private or address.is_unspecified)


def check_url(url: str, rules: tuple[HostRule, ...]) -> Target:
    """*url* as a Target, or RefusedTarget saying why it may not be used."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        raise RefusedTarget(f"the URL must be 1 to {MAX_URL_LENGTH} characters")
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise RefusedTarget("the URL must not contain spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise RefusedTarget("the URL is not valid") from exc
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme not in {"http", "https"} or not host:
        raise RefusedTarget("the URL must be an https:// address")
    if parts.username or parts.password:
        raise RefusedTarget("the URL must not carry credentials")
    if parts.fragment:
        raise RefusedTarget("the URL must not have a #fragment")
    allowlisted = any(rule.allows(parts.scheme, host, port) for rule in rules)
    if not allowlisted:
        if parts.scheme != "https":
            raise RefusedTarget("the URL must be an https:// address")
        literal = _ip(host)
        if literal is not None and not is_public(literal):
            raise RefusedTarget(f"{literal} is not a public address")
        if literal is not None:
            raise RefusedTarget("the URL must name a host, not an IP address")
    return Target(parts.scheme, host, port or (443 if parts.scheme == "https" else 80),
                  allowlisted)


async def resolve(target: Target) -> str:
    """The address to connect to: the first the host resolves to, once every address it
    resolves to is public (or the host is allowlisted); RefusedTarget otherwise. A lookup that
    fails raises OSError (worth retrying)."""
    literal = _ip(target.host)
    if literal is not None:
        addresses = [literal]
    else:
        infos = await asyncio.get_running_loop().getaddrinfo(
            target.host, target.port, type=socket.SOCK_STREAM)
        addresses = []
        for info in infos:
            found = _ip(str(info[4][0]).split("%", 1)[0])
            if found is not None and found not in addresses:
                addresses.append(found)
        if not addresses:
            raise OSError(f"{target.host} resolves to no address")
    if not target.is_allowlisted:
        private = [a for a in addresses if not is_public(a)]
        if private:
            raise RefusedTarget(f"{target.host} resolves to {private[0]}, which is not a public "
                                "address")
    return str(addresses[0])


async def check_resolved(url: str, rules: tuple[HostRule, ...]) -> Target:
    """check_url, and where the host resolves now, that it resolves to public addresses only
    (a name that does not resolve yet is accepted: it is checked again before each send)."""
    target = check_url(url, rules)
    try:
        await resolve(target)
    except OSError:
        pass
    return target
