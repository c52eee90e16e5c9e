"""The HTTPS trust probe with real TLS handshakes, and nothing TLS on the HTTP port."""

from __future__ import annotations

import http.client
import os
import socket
import ssl
import stat
import time
from collections.abc import Mapping
from pathlib import Path

import pytest
from servertests import TEST_TIMEOUT, make_server, page_token, settled

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish import listener
from trustanchor.core.publish.server import PublishEvent, PublishServer

TIMEOUT = TEST_TIMEOUT
ANDROID_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Mobile Safari/537.36")


def trusting(ca: CertificateAuthority) -> ssl.SSLContext:
    """A client that trusts the CA and, like iOS, ignores the Common Name."""
    context = ssl.create_default_context(cadata=ca.cert_pem.decode())
    context.hostname_checks_common_name = False
    return context


def page_id(srv: PublishServer) -> str:
    """Load the phone page over HTTP, as a phone does before its Test: its token."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5)
    try:
        conn.request("GET", "/")
        return page_token(conn.getresponse().read())
    finally:
        conn.close()


def probe(srv: PublishServer, context: ssl.SSLContext, host: str = "127.0.0.1",
          headers: Mapping[str, str] | None = None, path: str = "/probe",
          method: str = "GET") -> http.client.HTTPResponse:
    conn = http.client.HTTPSConnection(host, srv.https_port, context=context, timeout=5)
    try:
        conn.request(method, path, headers=dict(headers or {}))
        response = conn.getresponse()
        response.read()
        return response
    finally:
        conn.close()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_probe_succeeds_for_a_client_that_trusts_the_ca(
        server: PublishServer, events: list[PublishEvent], ca: CertificateAuthority,
        host: str) -> None:
    origin = f"http://{host}:{server.http_port}"
    token = page_id(server)
    settled(events, 1).clear()
    response = probe(server, trusting(ca), host,
                     {"Origin": origin, "User-Agent": ANDROID_UA}, path=f"/probe?id={token}")
    assert response.status == 204
    assert response.getheader("Access-Control-Allow-Origin") == origin
    assert response.getheader("Vary") == "Origin"
    assert response.getheader("Cache-Control") == "no-store"
    assert response.getheader("Strict-Transport-Security") is None
    assert [(e.kind, e.device.label, e.address) for e in settled(events, 1)] == [
        ("trusted", "Android device (Android 14, Chrome)", "127.0.0.1")]
    assert events[0].device_id == token


def test_handshake_fails_for_a_client_that_does_not_trust_the_ca(
        server: PublishServer, events: list[PublishEvent]) -> None:
    other = CertificateAuthority.create("Some Other CA")
    for context in (ssl.create_default_context(),
                    ssl.create_default_context(cadata=other.cert_pem.decode())):
        with pytest.raises(ssl.SSLCertVerificationError):
            probe(server, context)
    assert settled(events, 0) == []
    assert wait_until_idle(server)


def wait_until_idle(srv: PublishServer, limit: float = TIMEOUT + 1) -> bool:
    deadline = time.monotonic() + limit
    while srv.active_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    return srv.active_connections == 0


def test_handshake_fails_for_a_name_the_certificate_does_not_cover(
        server: PublishServer, ca: CertificateAuthority) -> None:
    context = trusting(ca)
    with socket.create_connection(("127.0.0.1", server.https_port)) as raw, \
            pytest.raises(ssl.SSLCertVerificationError):
        context.wrap_socket(raw, server_hostname="nas.home.arpa")


@pytest.mark.parametrize("origin", [
    "http://evil.example:{port}",
    "https://127.0.0.1:{port}",
    "http://127.0.0.1:1",
    "http://127.0.0.1",
    "http://127.0.0.1:{port}/page",
    "http://user@127.0.0.1:{port}",
    "http://127.0.0.1:{port}.evil.example",
    "null",
    "",
])
def test_cors_only_for_the_servers_own_http_origin(server: PublishServer,
                                                   ca: CertificateAuthority,
                                                   origin: str) -> None:
    response = probe(server, trusting(ca),
                     headers={"Origin": origin.format(port=server.http_port)})
    assert response.status == 204
    assert response.getheader("Access-Control-Allow-Origin") is None


@pytest.mark.parametrize("name", ["evil.example", "rebind.attacker.test", "nas.local"])
def test_a_dns_rebinding_page_gets_no_cors(server: PublishServer, ca: CertificateAuthority,
                                          name: str) -> None:
    """A page at http://evil.example:<port> whose name now resolves to this server sends its
    own name as the Origin and in the Host header; it still gets no CORS grant."""
    response = probe(server, trusting(ca), headers={
        "Origin": f"http://{name}:{server.http_port}", "Host": f"{name}:{server.https_port}"})
    assert response.status == 204
    assert response.getheader("Access-Control-Allow-Origin") is None


def test_cors_is_granted_only_to_the_addresses_the_page_is_served_on(
        server: PublishServer) -> None:
    port = server.http_port
    bonjour_name = f"{socket.gethostname().split('.')[0].lower()}.local"
    for host in ("127.0.0.1", "localhost", bonjour_name):
        assert server.origin_allowed(f"http://{host}:{port}"), host
    for host in ("[::1]", "nas.local", "192.168.1.2"):  # not where this server (127.0.0.1) is
        assert not server.origin_allowed(f"http://{host}:{port}"), host
    assert not server.origin_allowed(f"http://127.0.0.1:{port}#x")


def test_page_hosts_the_caller_names_are_allowed_too(ca: CertificateAuthority,
                                                     leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, page_hosts=["nas.home.arpa", "[FD00::7]"])
    srv.start()
    try:
        port = srv.http_port
        assert srv.origin_allowed(f"http://nas.home.arpa:{port}")
        assert srv.origin_allowed(f"http://[fd00::7]:{port}")
        assert not srv.origin_allowed(f"http://evil.example:{port}")
    finally:
        srv.stop()


def test_a_wildcard_bind_allows_this_computers_own_addresses() -> None:
    from trustanchor.core.publish.lan import lan_addresses
    from trustanchor.core.publish.server import _origin_hosts

    own = {c.address.lower() for c in lan_addresses()}
    v4, dual = _origin_hosts("0.0.0.0"), _origin_hosts("::")
    assert {a for a in own if ":" not in a} | {"127.0.0.1", "localhost"} <= v4
    assert own | {"::1", "127.0.0.1"} <= dual
    assert not any(":" in host for host in v4)
    assert "evil.example" not in dual


def test_https_serves_only_the_probe(server: PublishServer, ca: CertificateAuthority,
                                     events: list[PublishEvent]) -> None:
    for path in ("/", "/ca.mobileconfig", "/ca.crt", "/probe/x", "/../ca/ca.key"):
        response = probe(server, trusting(ca), path=path)
        assert response.status == 404, path
    response = probe(server, trusting(ca), method="POST")
    assert (response.status, response.getheader("Allow")) == (405, "GET, HEAD")
    token = page_id(server)
    settled(events, 1).clear()
    assert probe(server, trusting(ca), path=f"/probe?t=1&id={token}").status == 204
    assert [e.kind for e in settled(events, 1)] == ["trusted"]


def test_a_silent_tcp_client_on_the_https_port_delays_nobody(
        server: PublishServer, ca: CertificateAuthority) -> None:
    silent = [socket.create_connection(("127.0.0.1", server.https_port)) for _ in range(5)]
    stalled = socket.create_connection(("127.0.0.1", server.https_port))
    stalled.sendall(b"\x16\x03\x01\x02\x00\x01")  # the first bytes of a ClientHello, then nothing
    try:
        started = time.monotonic()
        assert probe(server, trusting(ca)).status == 204
        assert time.monotonic() - started < 0.5
        # ... and each of them is dropped when the handshake deadline passes.
        assert wait_until_idle(server)
        for sock in [*silent, stalled]:
            sock.settimeout(1)
            assert sock.recv(100) == b""
    finally:
        for sock in [*silent, stalled]:
            sock.close()


def test_the_http_port_never_completes_a_tls_handshake(
        ca: CertificateAuthority, leaf: ServerCertificate, events: list[PublishEvent]) -> None:
    """Safari's HTTPS upgrade must fail fast and fall back to http:// (docs/platform-facts.md)."""
    srv = make_server(ca, leaf, events, timeout=5.0)
    srv.start()
    try:
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", srv.http_port)) as raw, \
                pytest.raises(ssl.SSLError):
            trusting(ca).wrap_socket(raw, server_hostname="127.0.0.1")
        assert time.monotonic() - started < 1.0  # a plain answer, not the 5 s timeout
        # What the server actually sent back to the ClientHello: a plain-text 400.
        outgoing = ssl.MemoryBIO()
        client = ssl.create_default_context().wrap_bio(ssl.MemoryBIO(), outgoing,
                                                       server_hostname="127.0.0.1")
        with pytest.raises(ssl.SSLWantReadError):
            client.do_handshake()
        hello = outgoing.read()
        assert hello[:1] == b"\x16"
        with socket.create_connection(("127.0.0.1", srv.http_port), timeout=3) as raw:
            raw.sendall(hello)
            answer = raw.recv(4096)
        assert answer.startswith(b"HTTP/1.1 400 Bad Request\r\n")
        assert b"Connection: close" in answer
    finally:
        srv.stop()


def test_stop_returns_fast_with_handshakes_in_progress(
        ca: CertificateAuthority, leaf: ServerCertificate, events: list[PublishEvent]) -> None:
    srv = make_server(ca, leaf, events, timeout=5.0)
    srv.start()
    stalled = [socket.create_connection(("127.0.0.1", srv.https_port)) for _ in range(6)]
    try:
        for sock in stalled[:3]:
            sock.sendall(b"\x16\x03\x01")
        deadline = time.monotonic() + 2
        while srv.active_connections < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.monotonic()
        srv.stop()
        assert time.monotonic() - started < 1.0
        assert srv.active_connections == 0
    finally:
        for sock in stalled:
            sock.close()


def test_handshake_negotiates_tls_1_2_or_newer(server: PublishServer,
                                               ca: CertificateAuthority) -> None:
    with socket.create_connection(("127.0.0.1", server.https_port)) as raw, \
            trusting(ca).wrap_socket(raw, server_hostname="127.0.0.1") as tls:
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
        assert tls.getpeercert() is not None


def test_key_is_loaded_through_memory_files_on_linux(leaf: ServerCertificate) -> None:
    if not hasattr(os, "memfd_create"):
        pytest.skip("memfd_create is Linux-only")
    with listener._private_pem_paths(leaf.fullchain_pem(), leaf.key_pem()) as paths:
        for path in paths:
            assert path.startswith("/proc/self/fd/")
        assert Path(paths[1]).read_bytes() == leaf.key_pem()
    assert not Path(paths[1]).exists()


def test_key_file_fallback_is_private_and_removed_at_once(
        leaf: ServerCertificate, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "memfd_create", raising=False)
    with listener._private_pem_paths(leaf.fullchain_pem(), leaf.key_pem()) as paths:
        folder = Path(paths[1]).parent
        assert Path(paths[1]).read_bytes() == leaf.key_pem()
        if os.name != "nt":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(Path(paths[1]).stat().st_mode) == 0o600
    assert not folder.exists()
    context = listener.server_tls_context(leaf.fullchain_pem(), leaf.key_pem())
    assert isinstance(context, ssl.SSLContext)
