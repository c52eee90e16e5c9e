"""This machine's addresses, best first, for the QR code and the HTTPS certificate.

`ipaddress.is_private` alone is wrong for this: it is also True for TEST-NET, benchmarking and
other reserved ranges. A phone on the same Wi-Fi reaches RFC 1918 (IPv4) or fc00::/7 (RFC 4193,
IPv6) addresses on a physical interface; VPN, container and virtual-machine interfaces, CGNAT
(RFC 6598) and link-local addresses usually are not reachable from it (docs/engineering.md,
"LAN addresses"). Every candidate is kept so the user can still pick another.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_RFC1918 = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
_ULA = ipaddress.IPv6Network("fc00::/7")  # RFC 4193 unique local addresses
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")  # RFC 6598 shared address space

# Interface name prefixes (lower case) of Linux, macOS and BSD virtual interfaces. macOS:
# `bridge100` and up is made by Internet Sharing and by VMs in shared (NAT) mode (UTM,
# OrbStack, VMware Fusion); `bridge0` is Thunderbolt Bridge, a real cable, so it is not listed.
# `vnic0`/`vnic1` are Parallels Desktop's shared and host-only networks (Parallels KB 4948);
# `vmenet` belongs to Apple's Virtualization framework.
_VPN_PREFIXES = ("utun", "tun", "tap", "wg", "zt", "tailscale", "ppp", "ipsec", "gpd")
_VIRTUAL_PREFIXES = (
    "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "cni", "flannel", "podman",
    "lxcbr", "lxdbr", "vnet", "bridge1", "vnic", "vmenet",
)
# Windows: `ifaddr` gives each address the adapter's friendly name ("Ethernet 2", "vEthernet
# (WSL)") and the adapter its description ("Cisco AnyConnect Secure Mobility Client Virtual
# Miniport Adapter for Windows x64", "PANGP Virtual Ethernet Adapter"). Corporate VPNs keep a
# plain friendly name, so words are looked for in both.
_VPN_WORDS = (
    "tailscale", "wireguard", "zerotier", "openvpn", "tap-windows", "wintun", "vpn",
    "anyconnect", "cisco secure client", "pangp", "globalprotect", "fortinet", "forticlient",
    "juniper", "pulse secure", "ivanti", "nordlynx", "sonicwall", "checkpoint", "check point",
)
_VIRTUAL_WORDS = ("vethernet", "virtualbox", "vmware", "hyper-v", "wsl", "docker", "parallels")
# Hyper-V moves the host's own LAN connection onto "vEthernet (<switch>)", described as "Hyper-V
# Virtual Ethernet Adapter", when an external switch is created (Microsoft Learn, "Create a
# virtual switch for Hyper-V virtual machines"). Only the NAT switches that Windows makes itself
# are private to the machine: "Default Switch" and WSL's.
_HYPERV_WORDS = ("hyper-v virtual ethernet adapter", "vethernet (")
_HYPERV_NAT = re.compile(r"default switch|wsl|\bnat\b")

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


def rank_addresses(
    interfaces: Iterable[tuple[str, str] | tuple[str, str, str]],
) -> list[AddressCandidate]:
    """Rank `(interface name, IP text[, adapter description])`, best first; IPv4 before IPv6
    within a rank.

    Unparsable, unspecified and multicast addresses are dropped; duplicates are kept once.
    """
    seen: set[tuple[str, str]] = set()
    ranked: list[tuple[int, int, int, AddressCandidate]] = []
    for order, entry in enumerate(interfaces):
        interface, text = entry[0], entry[1]
        description = entry[2] if len(entry) > 2 else ""
        try:
            ip = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            continue
        if ip.is_unspecified or ip.is_multicast or (interface, str(ip)) in seen:
            continue
        seen.add((interface, str(ip)))
        rank = _rank(interface, description, ip)
        candidate = AddressCandidate(str(ip), interface, rank, _REASONS[rank])
        ranked.append((rank, ip.version, order, candidate))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


def lan_addresses(adapters: Iterable[Any] | None = None) -> list[AddressCandidate]:
    """This machine's addresses from its network interfaces (via `ifaddr`), best first.

    `adapters` are `ifaddr.Adapter`s (default: this machine's), given by tests as fixtures.
    """
    if adapters is None:
        import ifaddr  # installed with zeroconf; imported here so importing this stays cheap

        adapters = ifaddr.get_adapters()
    entries: list[tuple[str, str, str]] = []
    for adapter in adapters:
        # POSIX: every name is the interface name. Windows: `adapter.name` is a GUID,
        # `adapter.nice_name` the description, each address's `nice_name` the friendly name.
        description = str(adapter.nice_name or "")
        for entry in adapter.ips:
            ip = entry.ip[0] if isinstance(entry.ip, tuple) else entry.ip
            name = str(entry.nice_name or description or adapter.name)
            entries.append((name, str(ip), "" if description == name else description))
    return rank_addresses(entries)


def _rank(
    interface: str, description: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> int:
    if ip.is_loopback:
        return RANK_LOOPBACK
    if ip.is_link_local:
        return RANK_LINK_LOCAL
    kind = _interface_kind(interface, description)
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


def _interface_kind(interface: str, description: str = "") -> str:
    name = interface.lower()
    both = f"{name}\n{description.lower()}"
    if name.startswith(_VPN_PREFIXES) or any(w in both for w in _VPN_WORDS):
        return "vpn"
    if any(w in both for w in _HYPERV_WORDS):
        return "virtual" if _HYPERV_NAT.search(name) else "physical"
    if name.startswith(_VIRTUAL_PREFIXES) or any(w in both for w in _VIRTUAL_WORDS):
        return "virtual"
    return "physical"
