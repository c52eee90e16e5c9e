"""Bonjour for real, between two network namespaces joined by a veth pair made by the test.

The advertiser (core/publish/bonjour.py) runs in one namespace, a python-zeroconf ServiceBrowser in
another process in the other namespace, so every mDNS packet stays on the test's own veth pair:
nothing is multicast on the machine's real interfaces. Needs root and iproute2; skips otherwise.

The same file is the child program: `python test_bonjour_netns.py advertise|browse ...`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from childoutput import LineReader

from trustanchor.core.publish.bonjour import (
    MAX_INSTANCE_BYTES,
    SERVICE_TYPE,
    BonjourAdvertiser,
    BonjourStatus,
    instance_name,
    local_hostname,
    registered_status,
)

HERE = Path(__file__).resolve()
ADDR_A, ADDR_B = "10.231.77.1", "10.231.77.2"   # a private /30 that exists only in the netns
CHILD_TIMEOUT_S = 20.0
IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


# ---------------------------------------------------------------- pure naming rules (no network)

def test_instance_name_keeps_readable_utf8_and_drops_dots_and_controls() -> None:
    assert instance_name("Home CA") == "Home CA"
    assert instance_name("nas.home.arpa CA") == "nas-home-arpa CA"
    assert instance_name("Tëst\x00\n<&> CA") == "Tëst <&> CA"
    assert instance_name("  ...  ") == "TrustAnchor CA"


def test_instance_name_fits_63_bytes_with_room_for_a_rename() -> None:
    name = instance_name("é" * 100)
    assert len(name.encode()) <= MAX_INSTANCE_BYTES - 4
    assert len((name + "-99").encode()) <= MAX_INSTANCE_BYTES
    assert name == "é" * 29  # 58 bytes: never a half character


def test_local_hostname_is_one_ldh_label() -> None:
    assert local_hostname("Alices-MacBook-Pro.local") == "alices-macbook-pro"
    assert local_hostname("NAS_01") == "nas-01"
    assert local_hostname("___") == "trustanchor"


def test_stop_before_start_is_harmless_and_reports_stopped() -> None:
    seen: list[BonjourStatus] = []
    adv = BonjourAdvertiser(on_status=seen.append)
    adv.stop()
    adv.stop()
    assert [s.state for s in seen] == ["stopped"]
    with pytest.raises(RuntimeError):
        adv.start("x", 80)


def test_status_words_what_is_known() -> None:
    heard = registered_status("Home CA", True, "darwin")
    assert (heard.state, heard.confirmed, heard.active) == ("registered", True, True)
    assert heard.message == 'Announced in Bonjour as "Home CA".'
    unheard = registered_status("Home CA", False, "darwin")
    assert not unheard.confirmed and unheard.active
    assert "not yet confirmed" in unheard.message and "Local Network" in unheard.message
    assert "Local Network" not in registered_status("Home CA", False, "win32").message
    assert "QR code" in registered_status("Home CA", False, "linux").message


def test_reannounce_without_a_registration_does_nothing() -> None:
    adv = BonjourAdvertiser()
    adv.reannounce()
    adv.stop()
    adv.reannounce()
    assert adv.status.state == "stopped"


# ---------------------------------------------------------------- namespaces

def _netns_unavailable() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to create network namespaces"
    if shutil.which("ip") is None:
        return "needs iproute2 (`ip`)"
    probe = f"tap{uuid.uuid4().hex[:8]}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"cannot create a network namespace: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


@dataclass(frozen=True)
class Pair:
    ns_a: str
    ns_b: str


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=10)


@pytest.fixture
def netns_pair() -> Iterator[Pair]:
    reason = _netns_unavailable()
    if reason:
        pytest.skip(reason)
    tag = uuid.uuid4().hex[:6]
    pair = Pair(f"ta{tag}a", f"ta{tag}b")
    try:
        _ip("netns", "add", pair.ns_a)
        _ip("netns", "add", pair.ns_b)
        # Created inside namespace A, so the pair never appears among the host's interfaces.
        _ip("-n", pair.ns_a, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1",
            "netns", pair.ns_b)
        for ns, addr, dev in ((pair.ns_a, ADDR_A, "veth0"), (pair.ns_b, ADDR_B, "veth1")):
            _ip("-n", ns, "addr", "add", f"{addr}/30", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield pair
    finally:
        for ns in (pair.ns_a, pair.ns_b):  # deleting a namespace also deletes its veth end
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=10)


class Child:
    """A child program inside a namespace whose stdout is JSON lines."""

    def __init__(self, ns: str, *args: str) -> None:
        # This file, run by path, finds the tests' shared helpers only with tests/ on its path.
        env = {**os.environ, "PYTHONUNBUFFERED": "1",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parents[1]),
                                                           os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, sys.executable, str(HERE), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env,
        )
        self.stderr = ""
        self.backlog: list[dict[str, Any]] = []
        assert self.proc.stdout is not None
        self.lines = LineReader[dict[str, Any]](self.proc.stdout, json.loads)

    def expect(self, key: str, value: str, timeout: float = CHILD_TIMEOUT_S) -> dict[str, Any]:
        """The first message, in order, with `key` == `value`; others stay for later calls."""
        for msg in self.backlog:
            if msg.get(key) == value:
                self.backlog.remove(msg)
                return msg
        for msg in self.lines.arrivals(timeout):
            if msg.get(key) == value:
                return msg
            self.backlog.append(msg)
        raise AssertionError(f"no {key}={value!r} within {timeout} s; saw {self.backlog}; "
                             f"stderr: {self._stderr()}")

    def _stderr(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        self.finish()
        return self.stderr[-2000:]

    def finish(self) -> None:
        """Close stdin (children then stop cleanly), wait, and release every pipe."""
        if self.proc.stdin is None or self.proc.stdin.closed:
            return
        self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.lines.join(5)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.mark.netns
def test_an_unusable_interface_is_reported_and_nothing_blocks(netns_pair: Pair) -> None:
    # 10.231.77.9 is on no interface of namespace A, so zeroconf cannot join the group there.
    advertiser = Child(netns_pair.ns_a, "advertise", "10.231.77.9", "Home CA", "8080")
    try:
        status = advertiser.expect("state", "failed")
        assert "QR code" in status["message"]
        assert status["start_s"] < 1.0             # start() returned at once
        advertiser.finish()
        assert advertiser.proc.returncode == 0
    finally:
        advertiser.finish()


@pytest.mark.netns
def test_browser_in_another_namespace_resolves_then_sees_goodbye(netns_pair: Pair) -> None:
    name = 'Tëst & "Co" CA'
    browser = Child(netns_pair.ns_b, "browse", ADDR_B, "")
    advertiser = Child(netns_pair.ns_a, "advertise", ADDR_A, name, "8080")
    try:
        browser.expect("event", "ready")
        status = advertiser.expect("state", "registered")
        assert status["name"] == name
        # Multicast loopback returned our own announcement: known to be on the network.
        assert status["confirmed"] is True
        assert status["message"] == f'Announced in Bonjour as "{name}".'
        found = browser.expect("event", "resolved")
        assert found["name"] == f"{name}.{SERVICE_TYPE}"
        assert found["server"] == "nas-box.local."
        assert found["port"] == 8080
        assert found["txt"] == {"path": "/"}
        assert found["addresses"] == [ADDR_A]
        advertiser.finish()                       # stop() sends goodbye packets
        gone = browser.expect("event", "removed")
        assert gone["name"] == f"{name}.{SERVICE_TYPE}"
        assert advertiser.proc.returncode == 0
    finally:
        advertiser.finish()
        browser.finish()


@pytest.mark.netns
def test_a_name_taken_in_the_other_namespace_is_renamed(netns_pair: Pair) -> None:
    # The browser's process first registers "Home CA" itself (another device with that name).
    browser = Child(netns_pair.ns_b, "browse", ADDR_B, "Home CA")
    advertiser = None
    try:
        browser.expect("event", "ready")
        advertiser = Child(netns_pair.ns_a, "advertise", ADDR_A, "Home CA", "8081")
        status = advertiser.expect("state", "registered")
        assert status["name"] == "Home CA-2"
        found = browser.expect("event", "resolved")
        assert found["name"] == f"Home CA-2.{SERVICE_TYPE}"
        assert found["port"] == 8081
    finally:
        if advertiser is not None:
            advertiser.finish()
        browser.finish()


@pytest.mark.netns
def test_a_phone_in_the_other_namespace_finds_the_publisher_and_gets_the_page(
    netns_pair: Pair,
) -> None:
    # Two hosts: the publisher (server + Bonjour) in A, a "phone" that browses, resolves and
    # then fetches the page from the resolved address and port in B.
    browser = Child(netns_pair.ns_b, "browse", ADDR_B, "", "fetch")
    publisher = Child(netns_pair.ns_a, "publish", ADDR_A, "Home CA")
    try:
        browser.expect("event", "ready")
        started = publisher.expect("state", "started")
        assert started["url"] == f"http://{ADDR_A}:{started['port']}/"
        assert publisher.expect("state", "registered")["name"] == "Home CA"
        found = browser.expect("event", "resolved")
        assert (found["name"], found["port"], found["addresses"], found["txt"]) == (
            f"Home CA.{SERVICE_TYPE}", started["port"], [ADDR_A], {"path": "/"})
        assert found["server"] == f"{local_hostname()}.local."
        fetched = browser.expect("event", "fetched")
        assert fetched["status"] == 200 and started["fp"] in fetched["body"]
        seen = publisher.expect("event", "page")
        assert (seen["platform"], seen["address"]) == ("iphone", ADDR_B)
        publisher.finish()                        # stop(): goodbye, ports closed
        assert browser.expect("event", "removed")["name"] == f"Home CA.{SERVICE_TYPE}"
        assert publisher.proc.returncode == 0
    finally:
        publisher.finish()
        browser.finish()


# ---------------------------------------------------------------- the child programs

def _say(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def _advertise(addr: str, name: str, port: str) -> int:
    started = time.monotonic()
    adv = BonjourAdvertiser(
        interfaces=[addr],
        on_status=lambda s: _say(state=s.state, name=s.name, message=s.message,
                                 confirmed=s.confirmed, start_s=time.monotonic() - started),
    )
    adv.start(name, int(port), "NAS_Box", addresses=[addr])
    _say(state="start-returned", start_s=time.monotonic() - started)
    sys.stdin.read()            # until the test closes our stdin
    adv.stop()
    return 0


def _publish(addr: str, name: str) -> int:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.publish.publisher import Publisher

    ca = CertificateAuthority.create(name)
    publisher = Publisher(
        ca, bind=addr, port=0, https_port=0, mdns=True,
        on_bonjour=lambda s: _say(state=s.state, name=s.name, message=s.message),
        on_event=lambda e: _say(event=e.kind, platform=e.device.platform, address=e.address),
    )
    publisher.start()
    _say(state="started", url=publisher.http_url, port=publisher.http_port,
         fp=ca.short_fingerprint)
    sys.stdin.read()
    publisher.stop()
    return 0


def _fetch(addr: str, port: int, path: str) -> None:
    import http.client

    conn = http.client.HTTPConnection(addr, port, timeout=5)
    try:
        conn.request("GET", path, headers={"User-Agent": IPHONE_UA})
        response = conn.getresponse()
        _say(event="fetched", status=response.status, body=response.read().decode())
    finally:
        conn.close()


def _browse(addr: str, squat: str, fetch: str = "") -> int:
    from zeroconf import ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

    zc = Zeroconf(interfaces=[addr])
    if squat:
        zc.register_service(ServiceInfo(
            SERVICE_TYPE, f"{squat}.{SERVICE_TYPE}", port=9, server="squatter.local.",
            addresses=[bytes(int(x) for x in addr.split("."))],
        ))

    def changed(zeroconf: Zeroconf, service_type: str, name: str,
                state_change: ServiceStateChange) -> None:
        if name.startswith(f"{squat}.") and squat:
            return                                  # our own squatting record
        if state_change is ServiceStateChange.Removed:
            _say(event="removed", name=name)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=5000)
        if info is None:
            _say(event="unresolved", name=name)
            return
        txt = {k.decode(): (v or b"").decode() for k, v in info.properties.items()}
        _say(event="resolved", name=name, server=info.server, port=info.port,
             addresses=info.parsed_addresses(), txt=txt)
        if fetch and info.port is not None:
            _fetch(info.parsed_addresses()[0], info.port, txt.get("path", "/"))

    browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[changed])
    _say(event="ready")
    sys.stdin.read()
    browser.cancel()
    zc.close()
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    programs = {"advertise": _advertise, "browse": _browse, "publish": _publish}
    sys.exit(programs[command](*rest))
