"""Network adapter lists as `ifaddr` reports them on real machines, built from documented names.

On Windows `ifaddr` gives the adapter's GUID as `name`, its description as `nice_name`, and the
friendly name as each address's `nice_name` (ifaddr/_win32.py: AdapterName, Description,
FriendlyName of GetAdaptersAddresses). On macOS and Linux every name is the interface name.
Addresses are private or documentation ranges; nothing here is contacted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ifaddr import IP, Adapter


@dataclass(frozen=True)
class Machine:
    label: str
    adapters: list[Adapter]
    best: tuple[str, str]  # (interface shown to the user, address) expected first


def _win(guid: str, description: str, friendly: str, *ips: str) -> Adapter:
    return Adapter(f"{{{guid}}}", description,
                   [IP(ip, 24, friendly) if "." in ip else IP((ip, 0, 0), 64, friendly)
                    for ip in ips])


def _posix(name: str, *ips: str) -> Adapter:
    return Adapter(name, name, [IP(ip, 24, name) if "." in ip else IP((ip, 0, 0), 64, name)
                                for ip in ips])


MACHINES = [
    # Hyper-V with an external switch: the host's LAN address moves to "vEthernet (<switch>)",
    # described as "Hyper-V Virtual Ethernet Adapter #2"; the physical NIC keeps no address.
    # "Default Switch" is Windows' own NAT switch (Microsoft Learn, Hyper-V virtual switch docs).
    Machine("windows-hyperv-external-switch", [
        _win("0F1E2D3C-1111-4A4A-9B9B-000000000001", "Intel(R) Ethernet Connection (7) I219-V",
             "Ethernet"),
        _win("0F1E2D3C-1111-4A4A-9B9B-000000000002", "Hyper-V Virtual Ethernet Adapter",
             "vEthernet (Default Switch)", "172.29.16.1", "fe80::5d1:2a3b:4c5d:6e7f"),
        _win("0F1E2D3C-1111-4A4A-9B9B-000000000003", "Hyper-V Virtual Ethernet Adapter #2",
             "vEthernet (External Switch)", "192.168.1.40", "fe80::a1b2:c3d4:e5f6:1"),
        _win("0F1E2D3C-1111-4A4A-9B9B-000000000004", "Hyper-V Virtual Ethernet Adapter #3",
             "vEthernet (WSL (Hyper-V firewall))", "172.22.80.1"),
        _win("0F1E2D3C-1111-4A4A-9B9B-000000000005", "Software Loopback Interface 1",
             "Loopback Pseudo-Interface 1", "127.0.0.1", "::1"),
    ], ("vEthernet (External Switch)", "192.168.1.40")),
    # Cisco AnyConnect (Secure Client) installs "Cisco AnyConnect Secure Mobility Client Virtual
    # Miniport Adapter for Windows x64" whose friendly name is a plain "Ethernet 2" (Cisco docs).
    Machine("windows-anyconnect", [
        _win("5A5A5A5A-2222-4B4B-8C8C-000000000001",
             "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64",
             "Ethernet 2", "10.210.4.17"),
        _win("5A5A5A5A-2222-4B4B-8C8C-000000000002", "Intel(R) Wi-Fi 6 AX201 160MHz", "Wi-Fi",
             "192.168.178.23"),
    ], ("Wi-Fi", "192.168.178.23")),
    # GlobalProtect: "PANGP Virtual Ethernet Adapter" (Palo Alto Networks knowledge base).
    Machine("windows-globalprotect", [
        _win("7C7C7C7C-3333-4C4C-8D8D-000000000001", "PANGP Virtual Ethernet Adapter Secure",
             "Ethernet 3", "10.99.12.5"),
        _win("7C7C7C7C-3333-4C4C-8D8D-000000000002", "Realtek PCIe GbE Family Controller",
             "Ethernet", "192.168.0.101"),
        _win("7C7C7C7C-3333-4C4C-8D8D-000000000003",
             "VirtualBox Host-Only Ethernet Adapter", "Ethernet 4", "192.168.56.1"),
    ], ("Ethernet", "192.168.0.101")),
    # macOS with Internet Sharing or a VM in shared mode (UTM, OrbStack): bridge100.
    Machine("macos-internet-sharing", [
        _posix("lo0", "127.0.0.1", "::1"),
        _posix("bridge100", "192.168.2.1"),
        _posix("en0", "192.168.1.77", "fe80::10c8:1a2b:3c4d:5e6f"),
        _posix("utun4", "fe80::ce81:b1c:bd2c:69e"),
    ], ("en0", "192.168.1.77")),
    # Parallels Desktop: vnic0 (shared), vnic1 (host-only) (Parallels KB 4948).
    Machine("macos-parallels", [
        _posix("vnic0", "10.211.55.2"),
        _posix("vnic1", "10.37.129.2"),
        _posix("en1", "10.0.1.12"),
        _posix("bridge0"),  # Thunderbolt Bridge, no address
    ], ("en1", "10.0.1.12")),
    # Linux with a bridge that carries the LAN address (br0) and Docker.
    Machine("linux-bridged-host", [
        _posix("lo", "127.0.0.1"),
        _posix("docker0", "172.17.0.1"),
        _posix("br0", "192.168.10.5"),
    ], ("br0", "192.168.10.5")),
]
