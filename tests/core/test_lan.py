"""Ranking this machine's addresses for the QR code, with fake interface lists."""

from __future__ import annotations

import ipaddress

import pytest
from adapter_lists import MACHINES, Machine

from trustanchor.core.publish.lan import (
    RANK_CGNAT,
    RANK_GLOBAL,
    RANK_LINK_LOCAL,
    RANK_LOOPBACK,
    RANK_PRIVATE,
    RANK_RESERVED,
    RANK_UNIQUE_LOCAL,
    RANK_VIRTUAL,
    RANK_VPN,
    lan_addresses,
    rank_addresses,
)


def addresses(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.address for c in rank_addresses(pairs)]


def test_typical_laptop_with_docker_vpn_and_ipv6() -> None:
    pairs = [
        ("lo", "127.0.0.1"),
        ("lo", "::1"),
        ("docker0", "172.17.0.1"),
        ("br-5f2a9c", "172.18.0.1"),
        ("tailscale0", "100.101.102.103"),
        ("wg0", "10.8.0.2"),
        ("wlan0", "fe80::1c2d:3eff:fe4f:5a6b"),
        ("wlan0", "fd12:3456:789a::10"),
        ("wlan0", "192.168.1.23"),
        ("virbr0", "192.168.122.1"),
    ]
    assert addresses(pairs) == [
        "192.168.1.23", "fd12:3456:789a::10", "100.101.102.103", "10.8.0.2", "172.17.0.1",
        "172.18.0.1", "192.168.122.1", "fe80::1c2d:3eff:fe4f:5a6b", "127.0.0.1", "::1",
    ]
    first = rank_addresses(pairs)[0]
    assert (first.interface, first.rank) == ("wlan0", RANK_PRIVATE)
    assert first.reason


def test_is_private_alone_would_be_wrong() -> None:
    # TEST-NET-1 and benchmarking ranges are "private" to ipaddress, but no LAN uses them.
    assert ipaddress.ip_address("192.0.2.2").is_private
    ranked = rank_addresses([("eth0", "192.0.2.2"), ("eth1", "198.18.0.5"),
                             ("eth2", "10.0.0.7")])
    assert [c.address for c in ranked] == ["10.0.0.7", "192.0.2.2", "198.18.0.5"]
    assert [c.rank for c in ranked] == [RANK_PRIVATE, RANK_RESERVED, RANK_RESERVED]


@pytest.mark.parametrize(("interface", "ip", "rank"), [
    ("en0", "172.16.5.4", RANK_PRIVATE),
    ("en0", "172.31.255.1", RANK_PRIVATE),
    ("en0", "172.32.0.1", RANK_GLOBAL),
    ("en0", "10.1.2.3", RANK_PRIVATE),
    ("en0", "fd00::1", RANK_UNIQUE_LOCAL),
    ("en0", "2001:4860::1", RANK_GLOBAL),
    ("en0", "8.8.4.4", RANK_GLOBAL),
    ("en0", "2001:db8::1", RANK_RESERVED),
    ("en0", "100.64.0.1", RANK_CGNAT),
    ("en0", "100.127.255.254", RANK_CGNAT),
    ("en0", "169.254.3.4", RANK_LINK_LOCAL),
    ("en0", "fe80::1", RANK_LINK_LOCAL),
    ("lo0", "127.0.0.1", RANK_LOOPBACK),
    ("utun3", "10.7.0.2", RANK_VPN),
    ("tun0", "10.7.0.2", RANK_VPN),
    ("tap1", "192.168.50.2", RANK_VPN),
    ("zt7nnig26", "10.147.17.5", RANK_VPN),
    ("Tailscale", "100.64.1.1", RANK_VPN),
    ("veth12ab", "172.17.0.5", RANK_VIRTUAL),
    ("vmnet8", "192.168.183.1", RANK_VIRTUAL),
    ("vboxnet0", "192.168.56.1", RANK_VIRTUAL),
    ("vEthernet (WSL)", "172.25.160.1", RANK_VIRTUAL),
    ("VirtualBox Host-Only Network", "192.168.56.1", RANK_VIRTUAL),
    ("Wi-Fi", "192.168.0.12", RANK_PRIVATE),
])
def test_rank_of_each_kind(interface: str, ip: str, rank: int) -> None:
    (candidate,) = rank_addresses([(interface, ip)])
    assert candidate.rank == rank


def test_junk_unspecified_multicast_and_duplicates_are_dropped() -> None:
    ranked = rank_addresses([("eth0", "not-an-ip"), ("eth0", "0.0.0.0"), ("eth0", "::"),
                             ("eth0", "224.0.0.251"), ("eth0", "192.168.1.2"),
                             ("eth0", "192.168.1.2"), ("eth0", "fe80::1%eth0")])
    assert [c.address for c in ranked] == ["192.168.1.2", "fe80::1"]


def test_ipv4_before_ipv6_then_interface_order_within_a_rank() -> None:
    ranked = rank_addresses([("en0", "fd00::5"), ("en1", "192.168.2.9"), ("en0", "10.0.0.3")])
    assert [c.address for c in ranked] == ["192.168.2.9", "10.0.0.3", "fd00::5"]


def test_every_rank_has_a_reason_for_the_user() -> None:
    pairs = [("en0", "10.0.0.1"), ("en0", "fd00::1"), ("en0", "8.8.8.8"), ("en0", "192.0.2.1"),
             ("wg0", "10.9.0.1"), ("docker0", "172.17.0.1"), ("en0", "100.64.0.9"),
             ("en0", "169.254.1.1"), ("lo", "127.0.0.1")]
    ranked = rank_addresses(pairs)
    assert [c.rank for c in ranked] == sorted(c.rank for c in ranked)
    assert len({c.rank for c in ranked}) == 9
    assert all(c.reason for c in ranked)


def test_this_machine_lists_at_least_loopback_last() -> None:
    found = lan_addresses()
    assert any(c.address == "127.0.0.1" for c in found)
    assert found == sorted(found, key=lambda c: c.rank)
    assert found[-1].rank == RANK_LOOPBACK


@pytest.mark.parametrize("machine", MACHINES, ids=lambda m: m.label)
def test_real_adapter_lists_put_the_lan_address_first(machine: Machine) -> None:
    ranked = lan_addresses(machine.adapters)
    assert (ranked[0].interface, ranked[0].address) == machine.best
    assert ranked[0].rank == RANK_PRIVATE


@pytest.mark.parametrize(("interface", "description", "rank"), [
    ("vEthernet (External Switch)", "Hyper-V Virtual Ethernet Adapter #2", RANK_PRIVATE),
    ("vEthernet (LAN)", "Hyper-V Virtual Ethernet Adapter", RANK_PRIVATE),
    ("vEthernet (Default Switch)", "Hyper-V Virtual Ethernet Adapter", RANK_VIRTUAL),
    ("vEthernet (WSL)", "Hyper-V Virtual Ethernet Adapter #3", RANK_VIRTUAL),
    ("vEthernet (NAT)", "Hyper-V Virtual Ethernet Adapter #4", RANK_VIRTUAL),
    ("vEthernet (Alternate)", "Hyper-V Virtual Ethernet Adapter #5", RANK_PRIVATE),
    ("Ethernet 2", "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for "
     "Windows x64", RANK_VPN),
    ("Ethernet 5", "Cisco Secure Client Virtual Miniport Adapter for Windows x64", RANK_VPN),
    ("Ethernet 3", "PANGP Virtual Ethernet Adapter", RANK_VPN),
    ("Ethernet 6", "Fortinet SSL VPN Virtual Ethernet Adapter", RANK_VPN),
    ("OpenVPN Wintun", "Wintun Userspace Tunnel", RANK_VPN),
    ("Ethernet 4", "VirtualBox Host-Only Ethernet Adapter", RANK_VIRTUAL),
    ("VMware Network Adapter VMnet8", "VMware Virtual Ethernet Adapter for VMnet8",
     RANK_VIRTUAL),
    ("Wi-Fi", "Intel(R) Wi-Fi 6 AX201 160MHz", RANK_PRIVATE),
    ("bridge100", "", RANK_VIRTUAL),
    ("bridge101", "", RANK_VIRTUAL),
    ("bridge0", "", RANK_PRIVATE),
    ("vnic0", "", RANK_VIRTUAL),
    ("gpd0", "", RANK_VPN),
    ("br0", "", RANK_PRIVATE),
])
def test_name_and_description_are_both_read(interface: str, description: str,
                                            rank: int) -> None:
    (candidate,) = rank_addresses([(interface, "192.168.7.9", description)])
    assert candidate.rank == rank
    assert candidate.interface == interface
