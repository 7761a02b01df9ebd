"""Who the client is behind a reverse proxy: the address a request came from, or, when that is
one of the trusted proxies (PUSHCART_TRUSTED_PROXIES), the nearest address in X-Forwarded-For
that is not. Rate limits count per client, not per proxy; a client cannot pretend to be
another by sending the header itself, since only what the trusted proxies appended is read."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

Network = IPv4Network | IPv6Network


def parse_trusted(entries: tuple[str, ...]) -> tuple[Network, ...]:
    """'10.0.0.5', '10.0.0.0/8', '::1' → networks; ValueError names a bad entry."""
    networks = []
    for entry in entries:
        try:
            networks.append(ip_network(entry.strip(), strict=False))
        except ValueError:
            raise ValueError(f"PUSHCART_TRUSTED_PROXIES: {entry.strip()!r} is not an IP address "
                             "or network") from None
    return tuple(networks)


def _trusted(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        ip = ip_address(address.strip().strip("[]"))
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(remote_addr: str | None, forwarded_for: str | None,
                   trusted: tuple[Network, ...]) -> str:
    address = remote_addr or ""
    if not trusted or not _trusted(address, trusted) or not forwarded_for:
        return address
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):  # the last hop was added by the proxy nearest to us
        if not _trusted(hop, trusted):
            return hop[:64]
    return hops[0][:64] if hops else address
