"""This machine's addresses, best first, for the QR code and the HTTPS certificate.

`ipaddress.is_private` alone is wrong for this: it is also True for TEST-NET, benchmarking and
other reserved ranges. A phone on the same Wi-Fi reaches RFC 1918 (IPv4) or fc00::/7 (RFC 4193,
IPv6) addresses on a physical interface; VPN, container and virtual-machine interfaces, CGNAT
(RFC 6598) and link-local addresses usually are not reachable from it (docs/engineering.md,
"LAN addresses"). Every candidate is kept so the user can still pick another.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

_RFC1918 = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
_ULA = ipaddress.IPv6Network("fc00::/7")  # RFC 4193 unique local addresses
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")  # RFC 6598 shared address space

# Interface name prefixes (lower case) of Linux, macOS and BSD virtual interfaces.
_VPN_PREFIXES = ("utun", "tun", "tap", "wg", "zt", "tailscale", "ppp", "ipsec")
_VIRTUAL_PREFIXES = (
    "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "cni", "flannel", "podman",
    "lxcbr", "lxdbr", "vnet",
)
# Windows reports friendly names ("vEthernet (WSL)", "Tailscale"): match words inside them.
_VPN_WORDS = ("tailscale", "wireguard", "zerotier", "openvpn", "tap-windows", "vpn")
_VIRTUAL_WORDS = ("vethernet", "virtualbox", "vmware", "hyper-v", "wsl", "docker")

# Ranks, best first. The reason texts are shown to the user next to each address.
RANK_PRIVATE = 0
RANK_UNIQUE_LOCAL = 1
RANK_GLOBAL = 2
RANK_RESERVED = 3
RANK_VPN = 4
RANK_VIRTUAL = 5
RANK_CGNAT = 6
RANK_LINK_LOCAL = 7
RANK_LOOPBACK = 8
_REASONS = {
    RANK_PRIVATE: "private network address",
    RANK_UNIQUE_LOCAL: "private IPv6 network address",
    RANK_GLOBAL: "public address",
    RANK_RESERVED: "reserved or documentation range, rarely used on a home network",
    RANK_VPN: "VPN interface, a phone on your Wi-Fi usually cannot reach it",
    RANK_VIRTUAL: "container or virtual machine network, not reachable from a phone",
    RANK_CGNAT: "carrier-grade NAT or overlay range (100.64.0.0/10)",
    RANK_LINK_LOCAL: "link-local address, only works on one cable or Wi-Fi without a router",
    RANK_LOOPBACK: "this computer only",
}


@dataclass(frozen=True)
class AddressCandidate:
    """One address of this machine, with its rank (0 is best) and why it got that rank."""

    address: str
    interface: str
    rank: int
    reason: str


def rank_addresses(interfaces: Iterable[tuple[str, str]]) -> list[AddressCandidate]:
    """Rank `(interface name, IP text)` pairs, best first; IPv4 before IPv6 within a rank.

    Unparsable, unspecified and multicast addresses are dropped; duplicates are kept once.
    """
    seen: set[tuple[str, str]] = set()
    ranked: list[tuple[int, int, int, AddressCandidate]] = []
    for order, (interface, text) in enumerate(interfaces):
        try:
            ip = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            continue
        if ip.is_unspecified or ip.is_multicast or (interface, str(ip)) in seen:
            continue
        seen.add((interface, str(ip)))
        rank = _rank(interface, ip)
        candidate = AddressCandidate(str(ip), interface, rank, _REASONS[rank])
        ranked.append((rank, ip.version, order, candidate))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


def lan_addresses() -> list[AddressCandidate]:
    """This machine's addresses from its network interfaces (via `ifaddr`), best first."""
    import ifaddr  # installed with zeroconf; imported here so importing this module stays cheap

    pairs: list[tuple[str, str]] = []
    for adapter in ifaddr.get_adapters():
        # On Windows `name` is a GUID and `nice_name` the name the user sees.
        name = str(adapter.nice_name or adapter.name)
        for entry in adapter.ips:
            ip = entry.ip[0] if isinstance(entry.ip, tuple) else entry.ip
            pairs.append((name, str(ip)))
    return rank_addresses(pairs)


def _rank(interface: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> int:
    if ip.is_loopback:
        return RANK_LOOPBACK
    if ip.is_link_local:
        return RANK_LINK_LOCAL
    kind = _interface_kind(interface)
    if kind == "vpn":
        return RANK_VPN
    if kind == "virtual":
        return RANK_VIRTUAL
    if isinstance(ip, ipaddress.IPv4Address):
        if any(ip in net for net in _RFC1918):
            return RANK_PRIVATE
        if ip in _CGNAT:
            return RANK_CGNAT
    elif ip in _ULA:
        return RANK_UNIQUE_LOCAL
    return RANK_GLOBAL if ip.is_global else RANK_RESERVED


def _interface_kind(interface: str) -> str:
    name = interface.lower()
    if name.startswith(_VPN_PREFIXES) or any(w in name for w in _VPN_WORDS):
        return "vpn"
    if name.startswith(_VIRTUAL_PREFIXES) or any(w in name for w in _VIRTUAL_WORDS):
        return "virtual"
    return "physical"
