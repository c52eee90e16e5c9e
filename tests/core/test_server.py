"""The publishing server for real on 127.0.0.1: routes, headers, HEAD, events, ports, start/stop."""

from __future__ import annotations

import http.client
import os
import plistlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import pytest
from cryptography import x509
from servertests import StubPage as Page
from servertests import make_server, page_token, settled

from trustanchor.core.errors import PublishError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.devices import Device
from trustanchor.core.publish.server import PublishEvent, PublishServer

IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
SECURITY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def get(srv: PublishServer, path: str, method: str = "GET", ua: str | None = IPHONE_UA
        ) -> tuple[http.client.HTTPResponse, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5)
    try:
        conn.request(method, path, headers={"User-Agent": ua} if ua else {})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


def assert_common_headers(response: http.client.HTTPResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.getheader(name) == value
    assert response.getheader("Strict-Transport-Security") is None
    assert response.getheader("Date")


def test_page_is_rendered_for_the_requesting_device(server: PublishServer,
                                                    events: list[PublishEvent]) -> None:
    response, body = get(server, "/")
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Content-Disposition") is None
    assert_common_headers(response)
    assert b"iPhone (iOS 17.5, Safari)" in body
    assert int(response.getheader("Content-Length") or -1) == len(body)
    assert [(e.kind, e.device.platform, e.address) for e in settled(events, 1)] == [
        ("page", "iphone", "127.0.0.1")]
    assert events[0].time.tzinfo is not None


@pytest.mark.parametrize(("path", "content_type", "suffix", "kind"), [
    ("/ca.mobileconfig", "application/x-apple-aspen-config", ".mobileconfig", "profile"),
    ("/ca.crt", "application/x-x509-ca-cert", ".crt", "certificate"),
    ("/ca.pem", "application/x-pem-file", ".pem", "certificate"),
])
def test_ca_files_are_attachments_with_the_right_type(
        server: PublishServer, events: list[PublishEvent], ca: CertificateAuthority,
        path: str, content_type: str, suffix: str, kind: str) -> None:
    token = page_token(get(server, "/")[1])
    settled(events, 1).clear()
    response, body = get(server, f"{path}?id={token}")
    assert response.status == 200
    assert response.getheader("Content-Type") == content_type
    # The CA's name holds `"`, `<`, `&` and "ë": the header's file name keeps none of them.
    assert response.getheader("Content-Disposition") == (
        f'attachment; filename="T-st-Co-Home-CA{suffix}"')
    assert_common_headers(response)
    if suffix == ".crt":
        assert body == ca.cert_der
    elif suffix == ".pem":
        assert body == ca.cert_pem
        assert x509.load_pem_x509_certificate(body) == ca.certificate
    else:
        profile = plistlib.loads(body)
        assert profile["PayloadType"] == "Configuration"
        assert profile["PayloadContent"][0]["PayloadContent"] == ca.cert_der
    assert [(e.kind, e.device.label, e.device_id) for e in settled(events, 1)] == [
        (kind, "iPhone (iOS 17.5, Safari)", token)]


@pytest.mark.parametrize("path", ["/", "/ca.mobileconfig", "/ca.crt", "/ca.pem", "/phone.css"])
def test_head_sends_the_get_headers_without_a_body(server: PublishServer,
                                                   events: list[PublishEvent],
                                                   path: str) -> None:
    token = page_token(get(server, "/")[1])
    settled(events, 1).clear()
    got, body = get(server, f"{path}?id={token}")
    headed, nothing = get(server, f"{path}?id={token}", method="HEAD")
    assert headed.status == 200 and nothing == b""
    assert headed.getheader("Content-Length") == str(len(body))  # tokens have one length
    for name in ("Content-Type", "Content-Disposition", "Cache-Control",
                 "X-Content-Type-Options"):
        assert headed.getheader(name) == got.getheader(name)
    # The GET only (a HEAD downloads nothing); assets are no event at all.
    expected = 0 if path == "/phone.css" else 1
    assert len(settled(events, expected)) == expected


def test_page_assets_are_served_from_memory_with_their_type(server: PublishServer) -> None:
    response, body = get(server, "/phone.css")
    assert (response.status, body) == (200, b"body{color:#000}")
    assert response.getheader("Content-Type") == "text/css; charset=utf-8"
    assert response.getheader("Content-Disposition") is None
    svg, _ = get(server, "/img/step-1.svg")
    assert svg.getheader("Content-Type") == "image/svg+xml"


def test_query_strings_are_ignored_and_unknown_paths_are_404(server: PublishServer) -> None:
    assert get(server, "/ca.crt?x=1")[0].status == 200
    for path in ("/index.html", "/ca", "/probe", "/reach", "/CA.CRT", "/ca.crt/"):
        response, body = get(server, path)
        assert response.status == 404, path
        assert response.getheader("Content-Type") == "text/plain; charset=utf-8"
        assert body == b"404 Not Found\n"


def test_failed_probe_report_records_an_untrusted_event(server: PublishServer,
                                                        events: list[PublishEvent]) -> None:
    token = page_token(get(server, "/")[1])
    settled(events, 1).clear()
    response, body = get(server, f"/report?probe=failed&id={token}")
    assert (response.status, body) == (204, b"")
    assert response.getheader("Content-Length") is None
    assert [(e.kind, e.device.platform, e.device_id) for e in settled(events, 1)] == [
        ("untrusted", "iphone", token)]
    assert get(server, "/report?probe=passed")[0].status == 400
    assert get(server, "/report")[0].status == 400
    assert len(settled(events, 1)) == 1


def test_keep_alive_serves_several_requests_on_one_connection(server: PublishServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.http_port, timeout=5)
    conn.connect()
    local = conn.sock.getsockname()
    for path in ("/", "/ca.crt", "/ca.pem", "/phone.css"):
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        assert response.getheader("Connection") is None
        assert conn.sock is not None and conn.sock.getsockname() == local
    conn.request("GET", "/nope")  # any error ends the connection
    response = conn.getresponse()
    response.read()
    assert (response.status, response.getheader("Connection")) == (404, "close")
    assert conn.sock is None
    conn.close()


@pytest.mark.parametrize(("method", "status"), [
    ("POST", 405), ("PUT", 405), ("DELETE", 405), ("PATCH", 405), ("OPTIONS", 405),
    ("TRACE", 405), ("PROPFIND", 405), ("BREW", 501), ("get", 501),
])
def test_only_get_and_head_are_allowed(server: PublishServer, events: list[PublishEvent],
                                       method: str, status: int) -> None:
    response, body = get(server, "/ca.mobileconfig", method=method)
    assert response.status == status
    assert response.getheader("Allow") == "GET, HEAD"
    assert response.getheader("Connection") == "close"
    assert b"BEGIN" not in body and settled(events, 0) == []


def test_event_handler_errors_do_not_break_the_response(ca: CertificateAuthority,
                                                        leaf: ServerCertificate) -> None:
    def explode(event: PublishEvent) -> None:
        raise RuntimeError("handler bug")

    srv = PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                        tls_key_pem=leaf.key_pem(), page=Page(), bind="127.0.0.1", port=0,
                        https_port=0, on_event=explode)
    srv.start()
    try:
        response, body = get(srv, "/ca.crt")
        assert (response.status, body) == (200, ca.cert_der)
    finally:
        srv.stop()


def test_page_render_failure_is_a_plain_500(ca: CertificateAuthority,
                                            leaf: ServerCertificate) -> None:
    class BrokenPage(Page):
        def render(self, device: Device, **_: object) -> bytes:
            raise RuntimeError("template bug /secret/path")

    srv = PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                        tls_key_pem=leaf.key_pem(), page=BrokenPage(), bind="127.0.0.1",
                        port=0, https_port=0)
    srv.start()
    try:
        response, body = get(srv, "/")
        assert response.status == 500
        assert body == b"500 Internal Server Error\n"
        assert get(srv, "/ca.crt")[0].status == 200
    finally:
        srv.stop()


@pytest.mark.parametrize("path", ["ca.css", "/../x", "/a/../b", "/.hidden", "//x", "/",
                                  "/ca.crt", "/probe", "/a b", "/a\x00"])
def test_unsafe_asset_paths_are_refused_at_start(ca: CertificateAuthority,
                                                 leaf: ServerCertificate, path: str) -> None:
    class BadPage(Page):
        def assets(self) -> Mapping[str, tuple[bytes, str]]:
            return {path: (b"x", "text/plain")}

    srv = PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                        tls_key_pem=leaf.key_pem(), page=BadPage(), bind="127.0.0.1",
                        port=0, https_port=0)
    with pytest.raises(ValueError, match="unsafe page asset"):
        srv.start()
    assert not srv.running


def free_port_run(count: int) -> tuple[int, list[socket.socket]]:
    """`count` consecutive ports held by listening sockets on 127.0.0.1."""
    for _ in range(50):
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        base = probe.getsockname()[1]
        probe.close()
        if base + count + 30 > 65535:
            continue
        held: list[socket.socket] = []
        try:
            for port in range(base, base + count):
                sock = socket.socket()
                held.append(sock)
                sock.bind(("127.0.0.1", port))
                sock.listen()
            return base, held
        except OSError:
            for sock in held:
                sock.close()
    raise RuntimeError("no run of free ports found")


def test_taken_ports_fall_back_to_the_next_free_ones(ca: CertificateAuthority,
                                                     leaf: ServerCertificate) -> None:
    base, held = free_port_run(2)
    try:
        srv = make_server(ca, leaf, [], port=base, https_port=base + 1)
        srv.start()
        try:
            assert base + 2 <= srv.http_port < base + 20
            assert srv.http_port < srv.https_port < base + 22
            assert get(srv, "/ca.crt")[0].status == 200
        finally:
            srv.stop()
    finally:
        for sock in held:
            sock.close()


def test_all_ports_taken_is_a_clear_error(ca: CertificateAuthority,
                                          leaf: ServerCertificate) -> None:
    base, held = free_port_run(20)
    try:
        srv = make_server(ca, leaf, [], port=base, https_port=0)
        with pytest.raises(PublishError, match="in use; choose another port"):
            srv.start()
        assert not srv.running
    finally:
        for sock in held:
            sock.close()


def test_address_not_on_this_machine_is_a_clear_error(ca: CertificateAuthority,
                                                      leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, [], bind="192.0.2.250")  # TEST-NET-1, never assigned here
    with pytest.raises(PublishError, match="not an address of this computer"):
        srv.start()


def assert_port_free(port: int) -> None:
    """Nothing listens there any more. SO_REUSEADDR, as every server sets it on POSIX: the
    server closed its side first, so TIME_WAIT entries may remain (RFC 9293 section 3.6)."""
    with socket.socket() as sock:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()


def test_stop_frees_both_ports_fast_even_with_open_connections(
        ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, [], timeout=5.0, max_per_client=32)
    srv.start()
    clients = [socket.create_connection(("127.0.0.1", p))
               for p in (srv.http_port, srv.https_port) for _ in range(10)]
    try:
        clients[0].sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        clients[-1].sendall(b"\x16\x03\x01")  # a TLS handshake that stalls
        deadline = time.monotonic() + 2
        while srv.active_connections < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert srv.active_connections == 20
        started = time.monotonic()
        srv.stop()
        assert time.monotonic() - started < 1.0
        assert srv.active_connections == 0
        assert not [t for t in threading.enumerate() if t.name.startswith("trustanchor-")]
        assert_port_free(srv.http_port)
        assert_port_free(srv.https_port)
        again = make_server(ca, leaf, [], port=srv.http_port, https_port=srv.https_port)
        again.start()
        again.stop()
        assert (again.http_port, again.https_port) == (srv.http_port, srv.https_port)
    finally:
        for sock in clients:
            sock.close()


def test_start_and_stop_are_idempotent_and_work_from_any_thread(
        ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    srv = make_server(ca, leaf, [])
    srv.stop()  # never started: nothing to do
    threads = [threading.Thread(target=srv.start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert srv.running
    port = srv.http_port
    srv.start()
    assert srv.http_port == port
    assert get(srv, "/ca.crt")[0].status == 200
    stopper = threading.Thread(target=srv.stop)
    stopper.start()
    stopper.join(2)
    srv.stop()
    assert not srv.running
    assert_port_free(port)
    srv.start()  # and it can publish again
    try:
        assert get(srv, "/ca.pem")[0].status == 200
    finally:
        srv.stop()


def test_bad_tls_material_is_a_clear_error(ca: CertificateAuthority,
                                           leaf: ServerCertificate) -> None:
    other = CertificateAuthority.create("Other CA").issue_server_cert("localhost")
    for chain, key in ((leaf.fullchain_pem(), other.key_pem()), (b"junk", b"junk"),
                       (leaf.fullchain_pem(), b"")):
        with pytest.raises(PublishError, match="could not be loaded"):
            PublishServer(ca_certificate=ca.certificate, tls_chain_pem=chain, tls_key_pem=key,
                          page=Page())


def test_server_keeps_no_copy_of_the_tls_key(ca: CertificateAuthority,
                                             leaf: ServerCertificate) -> None:
    key = leaf.key_pem()
    srv = PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                        tls_key_pem=key, page=Page())
    assert all(value is not key and value != key for value in vars(srv).values())


STDERR_NONE_SCRIPT = r"""
import http.client, logging, socket, sys
sys.stderr = None
sys.stdout = None
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.publish.listener import Limits
from trustanchor.core.publish.server import PublishServer
class Page:
    def render(self, device, **_): raise RuntimeError("log this")
    def assets(self): return {}
def explode(event): raise RuntimeError("and this")
ca = CertificateAuthority.create("Windowed CA")
leaf = ca.issue_server_cert("127.0.0.1")
if sys.argv[2] == "configured":
    logging.basicConfig(level=logging.DEBUG)
srv = PublishServer(ca_certificate=ca.certificate, tls_chain_pem=leaf.fullchain_pem(),
                    tls_key_pem=leaf.key_pem(), page=Page(), bind="127.0.0.1", port=0,
                    https_port=0, on_event=explode, limits=Limits(timeout=1.0))
srv.start()
statuses = []
for path in ("/", "/ca.crt", "/ca.mobileconfig"):
    conn = http.client.HTTPConnection("127.0.0.1", srv.http_port, timeout=5)
    conn.request("GET", path)
    statuses.append(conn.getresponse().status)
    conn.close()
raw = socket.create_connection(("127.0.0.1", srv.http_port))
raw.sendall(b"GET /\x00 HTTP/1.1\r\n\r\n")
statuses.append(int(raw.recv(100).split()[1]))
raw.close()
srv.stop()
open(sys.argv[1], "w").write(" ".join(map(str, statuses)))
"""


@pytest.mark.parametrize("logging_setup", ["default", "configured"])
def test_no_crash_when_stderr_is_none(tmp_path: Path, logging_setup: str) -> None:
    """A windowed Windows app has sys.stderr = None; logging there must not break serving."""
    out = tmp_path / "statuses.txt"
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    result = subprocess.run([sys.executable, "-c", STDERR_NONE_SCRIPT, str(out), logging_setup],
                            capture_output=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_text() == "500 200 200 400"


def test_serves_on_ipv6_loopback(ca: CertificateAuthority, leaf: ServerCertificate) -> None:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    events: list[PublishEvent] = []
    srv = make_server(ca, leaf, events, bind="::1")
    srv.start()
    try:
        conn = http.client.HTTPConnection("::1", srv.http_port, timeout=5)
        conn.request("GET", "/")
        conn.getresponse().read()
        conn.request("GET", "/ca.crt")
        response = conn.getresponse()
        assert (response.status, response.read()) == (200, ca.cert_der)
        conn.close()
        assert [e.address for e in settled(events, 1)] == ["::1"]  # the page load
    finally:
        srv.stop()
