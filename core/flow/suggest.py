"""Sensible first values for the wizard: this machine's names and the name constraints to offer."""

from __future__ import annotations

import ipaddress
import re

# Private ranges offered as name constraints next to the names: RFC 1918 and RFC 4193.
PRIVATE_NETWORKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
# Suffixes that are private by convention (RFC 6762 .local, RFC 8375 home.arpa, common router
# names), so limiting a CA to them is meaningful; a public TLD such as "com" never is.
PRIVATE_SUFFIXES = frozenset({"local", "lan", "home", "internal", "localdomain", "home.arpa"})


def host_label(hostname: str) -> str:
    """This machine's name as one DNS label, for `<host>.local` (RFC 6762)."""
    label = hostname.split(".")[0].lower()
    label = re.sub(r"[^a-z0-9-]+", "-", label).strip("-")
    return label[:63] or "localhost"


def suggest_server_names(hostname: str, addresses: tuple[str, ...]) -> tuple[str, ...]:
    """`<host>.local` and the best LAN address (the first one given)."""
    names = [f"{host_label(hostname)}.local"]
    names.extend(addresses[:1])
    return tuple(names)


def suggest_permitted(server_names: tuple[str, ...]) -> tuple[str, ...]:
    """Name constraints that cover the given names: their private domain, plus private ranges.

    "nas.local" gives "local", "a.lab.example.com" gives "lab.example.com"; a public address is
    added as itself. A bare public name ("example.com") is kept whole, never its TLD.
    """
    permitted: list[str] = []
    networks = [ipaddress.ip_network(net) for net in PRIVATE_NETWORKS]
    for text in server_names:
        name = text.strip().lower().rstrip(".").removeprefix("*.")
        if not name:
            continue
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            entry = _private_parent(name)
        else:
            if any(address in net for net in networks):
                continue
            entry = str(ipaddress.ip_network(address))
        if entry not in permitted:
            permitted.append(entry)
    return (*permitted, *PRIVATE_NETWORKS)


def _private_parent(name: str) -> str:
    labels = name.split(".")
    for size in (2, 1):
        suffix = ".".join(labels[-size:])
        if len(labels) > size and suffix in PRIVATE_SUFFIXES:
            return suffix
    return ".".join(labels[1:]) if len(labels) > 2 else name


def phone_can_reach(address: str) -> bool:
    """Whether a phone on the LAN could use `address` to reach this computer: not loopback
    (127.0.0.0/8, ::1: this computer only) and not link-local (169.254.0.0/16, fe80::/10:
    one link, and a URL would need a zone index, which iOS Safari does not take)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def unreachable_reason(address: str) -> str:
    """Why a phone cannot use `address`, in one sentence for the Publish page."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address} is not an address a phone can open."
    if ip.is_loopback:
        return (f"{address} is this computer's own address: a phone cannot reach it. Connect "
                "this computer to the Wi-Fi or network your phone uses, then go Back and "
                "Next to publish again.")
    return (f"{address} is a link-local address, which a phone on your Wi-Fi cannot open. "
            "Connect this computer to the network your phone uses (through its router), then "
            "go Back and Next to publish again.")
