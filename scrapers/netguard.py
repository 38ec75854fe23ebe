"""Which addresses we may connect to, checked on every hop and again at connect time.

A feed we do not control can redirect us anywhere; without this check a public feed could
make the daily job read the cloud metadata service (169.254.169.254) or an intranet page.
Private, loopback and link-local ranges are refused unless `allow_private_networks = true`
(meant for loopback demo and test servers). Link-local, multicast and unspecified addresses
are refused even then: no demo server lives there, and 169.254.169.254 holds cloud credentials.

The check runs twice: before each request (to report a clear problem) and inside the
connection itself (`GuardedBackend`), which connects to the very address it checked, so a
DNS answer that changes between check and connect (rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
import typing

import httpcore
import httpx


class AddressRefused(Exception):
    """The host resolves to an address our policy forbids; str() says which and why."""


def _always_refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_link_local or ip.is_multicast or ip.is_unspecified


def _private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_private or ip.is_loopback or ip.is_reserved or not ip.is_global


def check_address(address: str, allow_private: bool) -> None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if _always_refused(ip):
        raise AddressRefused(f"{address} is a link-local/multicast/unspecified address; refused always")
    if _private(ip) and not allow_private:
        raise AddressRefused(
            f"{address} is a private, loopback or reserved address; set allow_private_networks = true only for local test servers"
        )


def resolve_checked(host: str, port: int, allow_private: bool) -> list[str]:
    """Every address `host` resolves to, after checking each; raises AddressRefused or OSError."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise OSError(f"{host} resolved to no address")
    for address in addresses:
        check_address(address, allow_private)
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore network backend that refuses forbidden addresses at connect time."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve_checked(host, port, self.allow_private)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        last: Exception | None = None
        for address in addresses:
            try:
                # TLS still verifies against the original host name (httpcore passes it as SNI).
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")


class GuardedTransport(httpx.HTTPTransport):
    """httpx transport whose connection pool uses GuardedBackend."""

    def __init__(self, allow_private: bool, max_connections: int = 20) -> None:
        super().__init__()
        # httpx builds its pool in __init__ without a backend hook; swap in one that guards.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max_connections,
            # No keep-alive: each request opens its own connection, whose socket the fetcher's
            # deadline watchdog can cut (a pooled one would be opened before the request began).
            max_keepalive_connections=0,
            network_backend=GuardedBackend(allow_private),
        )
