"""The publishing server under load and abuse from many loopback addresses: misbehaving
devices holding idle, slow or half-open connections on both ports never keep a phone from
being served, the two ports never starve each other, the slot budgets are fair to a home's
IPv6 /64, and a classroom of phones at once is served quickly."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import statistics
import threading
import time
from collections.abc import Iterator

import pytest
from certhelpers import ipv6_loopback_available
from servertests import StubPage, make_server

from benchmarks import serverload
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.devices import Device
from trustanchor.core.publish.server import PublishServer
from trustanchor.core.publish.slots import Budget, SlotTable, client_groups

GOAL_SECONDS = 1.0  # the issue's goal: each request served within 1 s ...
GOAL_SERVED = 0.95  # ... for at least 95% of them
SERVER_TIMEOUT = 5.0  # the real default, so held connections are not simply timed out
HTTPS_STALL = b"\x16\x03\x01\x02\x00\x01"  # the first bytes of a ClientHello, then nothing
HTTP_STALL = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "


@pytest.fixture(scope="module")
def ca() -> CertificateAuthority:
    return CertificateAuthority.create("Load Test CA")


@pytest.fixture(scope="module")
def leaf(ca: CertificateAuthority) -> ServerCertificate:
    return ca.issue_server_cert("127.0.0.1")


@pytest.fixture
def server(ca: CertificateAuthority, leaf: ServerCertificate) -> Iterator[PublishServer]:
    srv = make_server(ca, leaf, timeout=SERVER_TIMEOUT)
    srv.start()
    yield srv
    srv.stop()


def sources(first: int, count: int) -> list[str]:
    """Loopback source addresses 127.0.0.<first>... (Linux routes 127.0.0.0/8 to lo)."""
    addresses = [f"127.0.0.{first + i}" for i in range(count)]
    try:
        with socket.socket() as sock:
            sock.bind((addresses[-1], 0))
    except OSError:
        pytest.skip("this system cannot use loopback source addresses besides 127.0.0.1")
    return addresses


def trusting(ca: CertificateAuthority) -> ssl.SSLContext:
    context = ssl.create_default_context(cadata=ca.cert_pem.decode())
    context.hostname_checks_common_name = False
    return context


# -- misbehaving devices ---------------------------------------------------------------------


class Hoard(serverload.Hoard):
    """The benchmark's hoard of idle and dripping connections, with a test's tighter bounds."""

    REOPEN_TOTAL = 6000
    MAX_SECONDS = 60


def timed_request(port: int, path: str, context: ssl.SSLContext | None = None) -> float | None:
    """One request on a new connection, as a phone makes it; seconds taken, None on failure."""
    started = time.monotonic()
    conn: http.client.HTTPConnection
    if context is None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=3)
    else:
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=3, context=context)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        ok = response.status in (200, 204)
    except OSError:
        ok = False
    finally:
        conn.close()
    return time.monotonic() - started if ok else None


def normal_client(srv: PublishServer, context: ssl.SSLContext, rounds: int) -> list[float | None]:
    """A phone loading the page and running the trust test, again and again."""
    results = []
    for _ in range(rounds):
        results.append(timed_request(srv.http_port, "/"))
        results.append(timed_request(srv.https_port, "/probe", context))
        time.sleep(0.02)
    return results


def served_within(results: list[float | None], limit: float) -> float:
    return sum(1 for r in results if r is not None and r <= limit) / len(results)


def goal_limit(baseline: list[float | None]) -> float:
    """1 s, plus what the slowest request took on this machine before any attack: on a loaded
    2-core machine that cost is the machine's, not the attack's."""
    assert all(r is not None for r in baseline), baseline
    return GOAL_SECONDS + max(r for r in baseline if r is not None)


def test_a_phone_is_served_while_20_addresses_hold_both_ports(
        server: PublishServer, ca: CertificateAuthority) -> None:
    context = trusting(ca)
    baseline = normal_client(server, context, 10)
    targets = [(server.http_port, b""), (server.http_port, HTTP_STALL),
               (server.https_port, b""), (server.https_port, HTTPS_STALL)]
    with Hoard(targets, sources(100, 20), per_target=6):  # 12 per address on each port
        time.sleep(0.5)
        assert server.active_connections >= 128  # the attack really holds the slots
        during = normal_client(server, context, 30)
    assert served_within(during, goal_limit(baseline)) >= GOAL_SERVED, during


@pytest.mark.parametrize("stall", [b"", HTTPS_STALL], ids=["silent", "partial-hello"])
def test_handshakes_held_on_the_https_port_never_starve_the_page(
        server: PublishServer, ca: CertificateAuthority, stall: bytes) -> None:
    baseline = [timed_request(server.http_port, "/") for _ in range(5)]
    with Hoard([(server.https_port, stall)], sources(100, 20), per_target=12):
        time.sleep(0.5)
        during = [timed_request(server.http_port, "/") for _ in range(20)]
    assert served_within(during, goal_limit(baseline)) == 1.0, during


def test_idle_connections_are_reclaimed_before_a_newcomer_is_refused(
        ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, timeout=SERVER_TIMEOUT, max_connections=8, max_per_client=8)
    srv.start()
    try:
        idle = [socket.create_connection(("127.0.0.1", srv.http_port), timeout=3,
                                         source_address=(s, 0)) for s in sources(100, 8)]
        deadline = time.monotonic() + 2
        while srv.active_connections < 8 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert srv.active_connections == 8
        assert timed_request(srv.http_port, "/ca.crt") is not None
        # The connection idle longest was the one closed for the newcomer.
        idle[0].settimeout(2)
        assert idle[0].recv(10) == b""
    finally:
        for sock in idle:
            sock.close()
        srv.stop()


class BlockingPage(StubPage):
    """A page that takes until `release` is set to render: its requests hold busy slots."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def render(self, device: Device, **_: object) -> bytes:
        self.release.wait(5)
        return super().render(device)


def test_when_every_slot_is_busy_a_newcomer_gets_a_fast_503(
        ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    page = BlockingPage()
    srv = make_server(ca, leaf, page=page, max_connections=4, max_per_client=4)
    srv.start()
    busy = []
    try:
        for source in sources(100, 4):
            sock = socket.create_connection(("127.0.0.1", srv.http_port), timeout=3,
                                            source_address=(source, 0))
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            busy.append(sock)
        deadline = time.monotonic() + 2
        while srv.active_connections < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)  # the request heads are read: the slots are busy answering
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", srv.http_port), timeout=2,
                                      source_address=("127.0.0.200", 0)) as sock:
            sock.sendall(b"GET /ca.crt HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = sock.recv(200)
        assert answer.startswith(b"HTTP/1.1 503 ") and b"Retry-After:" in answer
        assert time.monotonic() - started < 0.5
        page.release.set()
        for sock in busy:  # and the busy ones were answered, not cut off
            assert sock.recv(20).startswith(b"HTTP/1.1 200 ")
    finally:
        page.release.set()
        for sock in busy:
            sock.close()
        srv.stop()


# -- the budgets' fairness to IPv6 ----------------------------------------------------------

PHONES = [ipaddress.ip_address(f"2001:db8:1:2::{i:x}") for i in range(1, 40)]


def test_each_ipv6_device_of_one_home_has_its_own_share() -> None:
    table = SlotTable(Budget(per_address=12, per_network=96, total=128))
    slot = iter(range(10_000))
    for phone in PHONES[:6]:  # six phones of one /64, six connections each: all admitted
        for _ in range(6):
            assert table.admit(next(slot), phone, 1.0).admitted
    assert table.count(PHONES[0]) == (6, 36)
    assert client_groups(PHONES[0]) == ("2001:db8:1:2::1", "2001:db8:1:2::/64")
    assert client_groups(ipaddress.ip_address("::ffff:192.168.1.7")) == ("192.168.1.7", None)
    # One device is still capped by itself, whatever its neighbours do.
    for _ in range(6):
        assert table.admit(next(slot), PHONES[0], 1.0).admitted
    assert not table.admit(next(slot), PHONES[0], 1.0).admitted


def test_one_slash_64_cannot_take_the_whole_port_but_reclaims_its_own_idle() -> None:
    table = SlotTable(Budget(per_address=12, per_network=96, total=128))
    ids = iter(range(10_000))
    for n in range(96):  # temporary addresses of one /64 (RFC 8981), each idle since n
        assert table.admit(next(ids), PHONES[n % len(PHONES)], float(n)).admitted
    # The /64 is full: its next connection reclaims its own longest-idle slot (id 0) ...
    admission = table.admit(next(ids), PHONES[5], 200.0)
    assert admission.admitted and admission.reclaimed == [0]
    assert table.count(PHONES[5])[1] == 96
    # ... while the rest of the port stays for IPv4 clients and other prefixes, untouched.
    other = ipaddress.ip_address("fd00::7")
    for n in range(12):
        admission = table.admit(next(ids), other if n % 2 else f"192.168.1.{n}", 300.0)
        assert admission.admitted and admission.reclaimed == []


def test_a_full_port_reclaims_the_longest_waiting_and_never_a_busy_slot() -> None:
    table = SlotTable(Budget(per_address=4, per_network=6, total=6))
    for n in range(6):
        assert table.admit(n, ipaddress.ip_address(f"10.0.0.{n}"), float(n)).admitted
    table.busy(0)
    table.busy(1)
    table.waiting(2, 50.0)  # answered a request: idle since 50
    assert table.admit(6, "10.0.0.9", 60.0).reclaimed == [3]
    assert table.admit(7, "10.0.0.9", 60.0).reclaimed == [4]
    for n in (5, 2, 6, 7):
        table.busy(n)
    assert not table.admit(8, "10.0.0.10", 70.0).admitted  # every slot busy: refused
    table.release(0)
    assert table.admit(8, "10.0.0.10", 70.0).admitted


@pytest.mark.skipif(not ipv6_loopback_available(), reason="no IPv6 loopback")
def test_an_ipv6_client_is_served_past_idle_connections_of_its_own_slash_64(
        ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    """End to end on ::1: the port (here 6 slots) is full of idle connections of ::1's /64;
    a new request from the same /64 reclaims one instead of being refused."""
    srv = make_server(ca, leaf, bind="::1", timeout=SERVER_TIMEOUT, max_connections=6,
                      max_per_client=12)
    srv.start()
    idle = [socket.create_connection(("::1", srv.http_port), timeout=3) for _ in range(6)]
    try:
        deadline = time.monotonic() + 2
        while srv.active_connections < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
        conn = http.client.HTTPConnection("::1", srv.http_port, timeout=3)
        conn.request("GET", "/ca.pem")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        for sock in idle:
            sock.close()
        srv.stop()


# -- a classroom at once ---------------------------------------------------------------------

PAGE_PATHS = ["/", "/phone.css", "/img/step-1.svg", "/ca.mobileconfig"]


def phone_visit(srv: PublishServer, source: str, context: ssl.SSLContext,
                latencies: list[float], failures: list[str]) -> None:
    """What one phone does: the page and its files on one keep-alive connection, then the
    probe over HTTPS with the page's Origin."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5,
                                      source_address=(source, 0))
    probe = http.client.HTTPSConnection("127.0.0.1", srv.https_port, timeout=5,
                                        source_address=(source, 0), context=context)
    origin = f"http://127.0.0.1:{srv.http_port}"
    try:
        for path, connection, expected in [*((p, conn, 200) for p in PAGE_PATHS),
                                           ("/probe", probe, 204)]:
            started = time.monotonic()
            connection.request("GET", path, headers={"Origin": origin})
            response = connection.getresponse()
            response.read()
            latencies.append(time.monotonic() - started)
            if response.status != expected:
                failures.append(f"{source} {path} {response.status}")
    except OSError as exc:
        failures.append(f"{source} {type(exc).__name__}")
    finally:
        conn.close()
        probe.close()


def test_a_classroom_of_30_phones_at_once_is_served(server: PublishServer,
                                                    ca: CertificateAuthority) -> None:
    context = trusting(ca)
    latencies: list[float] = []
    failures: list[str] = []
    go = threading.Barrier(30)

    def phone(source: str) -> None:
        go.wait(5)
        phone_visit(server, source, context, latencies, failures)

    threads = [threading.Thread(target=phone, args=(s,)) for s in sources(10, 30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert failures == []
    assert len(latencies) == 30 * 5
    assert statistics.quantiles(latencies, n=100)[98] < GOAL_SECONDS
