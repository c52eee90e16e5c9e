"""Hostile clients against the real server: every attack gets a 4xx or a closed connection,
never a key and never a traceback; slow clients never block another one."""

from __future__ import annotations

import contextlib
import http.client
import selectors
import socket
import threading
import time

import pytest
from servertests import TEST_TIMEOUT, make_server

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.listener import Limits, client_address
from trustanchor.core.publish.server import PublishServer

TIMEOUT = TEST_TIMEOUT


@pytest.fixture(scope="module")
def secrets(ca: CertificateAuthority, leaf: ServerCertificate) -> list[bytes]:
    """Byte strings that must never appear in any response."""
    ca_key = ca.export_key_pem(None)
    leaf_key = leaf.key_pem()
    body = b"".join(ca_key.splitlines()[1:3])  # a slice of the base64 body
    return [b"PRIVATE KEY", b"Traceback", b'File "', ca_key, leaf_key, body,
            b"".join(leaf_key.splitlines()[1:3])]


def exchange(port: int, data: bytes, source: str = "127.0.0.1", wait: float = 3.0) -> bytes:
    """Send raw bytes, then read everything until the server closes (or `wait` passes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait,
                                  source_address=(source, 0)) as sock:
        with contextlib.suppress(OSError):  # the server may refuse before everything is sent
            sock.sendall(data)
        chunks = []
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def profile_download_works(srv: PublishServer, source: str = "127.0.0.1") -> float:
    """Download the profile; returns how long it took."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=3,
                                      source_address=(source, 0))
    try:
        conn.request("GET", "/ca.mobileconfig")
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 200 and body.startswith(b"<?xml")
    return time.monotonic() - started


def status_of(response: bytes) -> int | None:
    if not response:
        return None  # closed without a word
    assert response.startswith(b"HTTP/1.1 "), response[:80]
    return int(response.split(b" ", 2)[1])


HUGE = 200_000
ATTACKS: dict[str, bytes] = {
    "dot-dot": b"GET /../ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "dot-dot deep": b"GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    "encoded dots": b"GET /%2e%2e/ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "encoded slash": b"GET /..%2fca%2fca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "all encoded": b"GET /%2e%2e%2f%2e%2e%2fca%2fca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "double encoded": b"GET /%252e%252e%252fca%252fca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "overlong utf-8": b"GET /%c0%ae%c0%ae/ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "backslashes": b"GET /..\\ca\\ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "encoded backslash": b"GET /..%5cca%5cca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "key path": b"GET /ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "key name": b"GET /ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "key beside file": b"GET /ca.pem/../ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "double slash": b"GET //ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "NUL in path": b"GET /ca.crt\x00.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "encoded NUL": b"GET /ca.crt%00.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "NUL in header": b"GET / HTTP/1.1\r\nHost: x\x00y\r\n\r\n",
    "absolute URI": b"GET http://127.0.0.1/ca/ca.key HTTP/1.1\r\nHost: x\r\n\r\n",
    "absolute file URI": b"GET file:///etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    "asterisk": b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
    "CONNECT": b"CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n",
    "HTTP/0.9": b"GET /ca.mobileconfig\r\n",
    "HTTP/0.9 no newline": b"GET /",
    "HTTP/2 line": b"GET / HTTP/2.0\r\nHost: x\r\n\r\n",
    "h2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    "bad version": b"GET / HTTX/1.1\r\nHost: x\r\n\r\n",
    "extra words": b"GET / x HTTP/1.1\r\nHost: x\r\n\r\n",
    "empty lines": b"\r\n\r\n\r\n",
    "binary junk": bytes(range(256)) * 4,
    "huge request line": b"GET /" + b"a" * HUGE + b" HTTP/1.1\r\n\r\n",
    "huge header": b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * HUGE + b"\r\n\r\n",
    "many headers": b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(500))
                    + b"\r\n",
    "space before colon": b"GET / HTTP/1.1\r\nHost : x\r\n\r\n",
    "obs-fold": b"GET / HTTP/1.1\r\nHost: x\r\n  folded\r\n\r\n",
    "duplicate length": b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                        b"Content-Length: 50\r\n\r\nGET /ca/ca.key HTTP/1.1\r\n\r\n",
    "bare CR": b"GET / HTTP/1.1\rHost: x\r\n\r\n",
    "header injection": b"GET /\r\nX: y HTTP/1.1\r\n\r\n",
    "unicode path": "GET /ca\u202e.crt HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
    # RFC 9112 section 3.2: 400 for an HTTP/1.1 request without a Host or with a bad one.
    "no Host": b"GET /ca.pem HTTP/1.1\r\n\r\n",
    "no Host keep-alive": b"GET /ca.pem HTTP/1.1\r\nConnection: keep-alive\r\n\r\n",
    "bad Host": b"GET /ca.pem HTTP/1.1\r\nHost: a/b@c\r\n\r\n",
    "Host with space": b"GET /ca.pem HTTP/1.1\r\nHost: a b\r\n\r\n",
    "two Hosts": b"GET /ca.pem HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
}
METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND",
           "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "BREW", "DEBUG", "get", "G\tT"]


@pytest.mark.parametrize("name", list(ATTACKS))
def test_attack_gets_4xx_or_a_closed_connection(server: PublishServer, secrets: list[bytes],
                                                name: str) -> None:
    response = exchange(server.http_port, ATTACKS[name])
    status = status_of(response)
    # 4xx, or the RFC 9110 answers for an unknown method (501) or HTTP version (505).
    assert status is None or 400 <= status < 500 or status in (501, 505), response[:200]
    for secret in secrets:
        assert secret not in response
    assert b"BEGIN CERTIFICATE" not in response and b"<?xml" not in response


@pytest.mark.parametrize("method", METHODS)
def test_every_other_method_is_refused(server: PublishServer, secrets: list[bytes],
                                       method: str) -> None:
    for path in (b"/", b"/ca.mobileconfig", b"/ca/ca.key"):
        request = method.encode() + b" " + path + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 4"
        response = exchange(server.http_port, request + b"\r\n\r\nbody")
        status = status_of(response)
        assert status in (400, 405, 501), response[:200]
        assert all(secret not in response for secret in secrets)


def test_the_server_survives_the_whole_attack_list(server: PublishServer) -> None:
    for data in ATTACKS.values():
        exchange(server.http_port, data, wait=0.2)
    assert profile_download_works(server) < 1.0


def test_a_pipelined_second_request_cannot_smuggle_past_a_body(server: PublishServer) -> None:
    smuggled = (b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 30\r\n\r\n"
                b"GET /ca/ca.key HTTP/1.1\r\n\r\n")
    response = exchange(server.http_port, smuggled)
    assert response.count(b"HTTP/1.1 ") == 1  # the body is never parsed as a request
    assert b"Connection: close" in response


def test_a_request_that_never_completes_is_dropped_after_the_timeout(
        server: PublishServer) -> None:
    started = time.monotonic()
    response = exchange(server.http_port, b"GET / HTTP/1.1\r\nHost: x\r\n", wait=5)
    assert response == b""
    assert TIMEOUT - 0.1 < time.monotonic() - started < TIMEOUT + 1


def test_a_byte_dripping_client_is_dropped_after_the_timeout(server: PublishServer) -> None:
    """Each byte arrives well within the timeout; the whole request does not."""
    with socket.create_connection(("127.0.0.1", server.http_port), timeout=3) as sock:
        started = time.monotonic()
        closed_after = None
        for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"z" * 100:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed_after = time.monotonic() - started
                break
            time.sleep(0.1)
            sock.setblocking(False)
            try:
                if sock.recv(1) == b"":
                    closed_after = time.monotonic() - started
                    break
            except BlockingIOError:
                pass
            finally:
                sock.setblocking(True)
        assert closed_after is not None and closed_after < TIMEOUT + 1


def source_addresses(count: int) -> list[str]:
    """Loopback addresses to attack from (Linux routes all of 127.0.0.0/8 to lo)."""
    sources = [f"127.0.0.{10 + i}" for i in range(count)]
    try:
        with socket.socket() as sock:
            sock.bind((sources[-1], 0))
    except OSError:
        pytest.skip("this system cannot use loopback source addresses besides 127.0.0.1")
    return sources


def open_half_requests(port: int, sources: list[str], total: int) -> list[socket.socket]:
    sockets = []
    for i in range(total):
        sock = socket.create_connection(("127.0.0.1", port), timeout=3,
                                        source_address=(sources[i % len(sources)], 0))
        sockets.append(sock)
        with contextlib.suppress(OSError):  # already refused
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        # Let the server's accept thread (same process, same GIL) keep up; a separate
        # attacker machine would not starve it, and the backlog is only 64.
        time.sleep(0.001)
    return sockets


def drip(sockets: list[socket.socket], stop: threading.Event) -> None:
    """Keep every half-open request alive with one more header byte every 200 ms."""
    while not stop.wait(0.2):
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.send(b"a")


def sort_refused(sockets: list[socket.socket]) -> tuple[list[socket.socket], int]:
    """Split off (and close) the sockets the server refused with a 503: all at once, since
    a held socket must not be waited on one by one (the server's timeout is running)."""
    time.sleep(0.1)
    with selectors.DefaultSelector() as selector:
        for sock in sockets:
            selector.register(sock, selectors.EVENT_READ)
        ready = {key.fileobj for key, _ in selector.select(0)}
    held, refused = [], 0
    for sock in sockets:
        if sock not in ready:
            held.append(sock)
            continue
        assert sock.recv(100).startswith(b"HTTP/1.1 503 Service Unavailable")
        refused += 1
        sock.close()
    return held, refused


def test_slowloris_does_not_block_another_client(ca: CertificateAuthority,
                                                 leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf)
    srv.start()
    sources = source_addresses(10)
    stop = threading.Event()
    sockets = open_half_requests(srv.http_port, sources, 200)
    opened = time.monotonic()
    held, refused = sort_refused(sockets)
    dripper = threading.Thread(target=drip, args=(held, stop), daemon=True)
    dripper.start()
    try:
        # At most the per-client cap per source address is held; the rest were refused at once
        # with a 503.
        cap = Limits().max_per_client
        assert len(held) <= 10 * cap and refused >= 200 - 10 * cap
        assert 0 < srv.active_connections <= 10 * cap
        for _ in range(5):
            assert profile_download_works(srv) < 0.5
        while srv.active_connections and time.monotonic() - opened < TIMEOUT + 1:
            time.sleep(0.02)
        assert srv.active_connections == 0, "a slow client still holds a thread"
        assert time.monotonic() - opened < TIMEOUT + 1
        conn_threads = [t for t in threading.enumerate() if t.name.startswith("trustanchor-conn")]
        assert conn_threads == []
    finally:
        stop.set()
        dripper.join(2)
        for sock in sockets:
            sock.close()
        srv.stop()


def test_a_full_port_reclaims_held_requests_for_a_newcomer(ca: CertificateAuthority,
                                                           leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, timeout=3.0)
    srv.start()
    sources = source_addresses(20)
    sockets = open_half_requests(srv.http_port, sources, 20 * 8)
    try:
        deadline = time.monotonic() + 2
        while srv.active_connections < 128 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert srv.active_connections >= 128
        # The newcomer is served: the half-open request waiting longest made room for it.
        assert profile_download_works(srv, source="127.0.0.200") < 0.5
    finally:
        for sock in sockets:
            sock.close()
        srv.stop()


@pytest.mark.parametrize("request_head", [
    b"GET /ca.pem HTTP/1.0\r\n\r\n",  # HTTP/1.0 needs no Host
    b"GET /ca.pem HTTP/1.1\r\nHost:\r\n\r\n",  # an empty Host is valid (RFC 9112 3.2)
    b"GET /ca.pem HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
    b"GET /ca.pem HTTP/1.1\r\nhost: nas.local\r\nConnection: close\r\n\r\n",
])
def test_requests_with_a_valid_or_unneeded_host_are_served(server: PublishServer,
                                                         request_head: bytes) -> None:
    response = exchange(server.http_port, request_head)
    assert status_of(response) == 200 and b"BEGIN CERTIFICATE" in response


def test_client_address_unmaps_ipv4() -> None:
    assert client_address("::ffff:192.168.1.7") == "192.168.1.7"
    assert client_address("fe80::1") == "fe80::1"
