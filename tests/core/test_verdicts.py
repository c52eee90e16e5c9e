"""The server's half of the Test's verdicts, for real on 127.0.0.1: plain /reach on the HTTPS port,
/alive, the favicon, per-page phone tokens, verdict and server-test reports and their events."""

from __future__ import annotations

import http.client
import io
import json
import socket
import ssl
import time
from importlib import resources
from pathlib import Path

import pytest
from servertests import make_server, page_token, settled

from trustanchor.core.cli.publish import _Printer
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.devices import detect_device
from trustanchor.core.publish.publisher import Publisher
from trustanchor.core.publish.server import PublishEvent, PublishServer
from trustanchor.core.publish.servercheck import ServerCheck, check_server

IPHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


def get(port: int, path: str, headers: dict[str, str] | None = None, method: str = "GET"
        ) -> tuple[http.client.HTTPResponse, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request(method, path, headers={"User-Agent": IPHONE_UA, **(headers or {})})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


def load_page(server: PublishServer, events: list[PublishEvent]) -> str:
    token = page_token(get(server.http_port, "/")[1])
    settled(events, 1).clear()
    return token


def tls_get(server: PublishServer, ca: CertificateAuthority, path: str
            ) -> http.client.HTTPResponse:
    context = ssl.create_default_context(cadata=ca.cert_pem.decode())
    conn = http.client.HTTPSConnection("127.0.0.1", server.https_port, context=context,
                                       timeout=5)
    try:
        conn.request("GET", path, headers={"User-Agent": IPHONE_UA})
        response = conn.getresponse()
        response.read()
        return response
    finally:
        conn.close()


def test_the_https_port_answers_plain_http_only_for_reach(server: PublishServer,
                                                           ca: CertificateAuthority) -> None:
    origin = f"http://127.0.0.1:{server.http_port}"
    response, body = get(server.https_port, "/reach?id=x", {"Origin": origin})
    assert (response.status, body) == (204, b"")
    assert response.getheader("Access-Control-Allow-Origin") == origin
    assert response.getheader("Cache-Control") == "no-store"
    other, _ = get(server.https_port, "/reach", {"Origin": "http://evil.example"})
    assert other.status == 204 and other.getheader("Access-Control-Allow-Origin") is None
    # Safari's HTTPS upgrade or a curl finds nothing else there: no page, no file, no probe.
    for path in ("/", "/ca.mobileconfig", "/ca.crt", "/probe", "/alive", "/favicon.ico"):
        assert get(server.https_port, path)[0].status == 404, path
    assert get(server.https_port, "/reach", method="POST")[0].status == 405
    # ... and TLS on the same port still works: the first byte tells the two apart.
    assert tls_get(server, ca, "/probe").status == 204
    assert tls_get(server, ca, "/reach").status == 404


def test_a_silent_client_on_the_https_port_is_dropped_after_the_deadline(
        server: PublishServer) -> None:
    with socket.create_connection(("127.0.0.1", server.https_port), timeout=5) as sock:
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed by the server, never answered
        assert time.monotonic() - started < 3


def test_alive_and_favicon(server: PublishServer, events: list[PublishEvent]) -> None:
    response, body = get(server.http_port, "/alive")
    assert (response.status, body) == (204, b"")
    assert response.getheader("Cache-Control") == "no-store"
    response, body = get(server.http_port, "/favicon.ico")
    assert response.status == 200 and response.getheader("Content-Type") == "image/svg+xml"
    icon = resources.files("trustanchor.resources").joinpath("icons", "app.svg").read_bytes()
    assert body == icon
    assert settled(events, 0) == []


def test_each_page_load_gets_its_own_token_and_events_carry_it(
        server: PublishServer, events: list[PublishEvent], ca: CertificateAuthority) -> None:
    first = page_token(get(server.http_port, "/")[1])
    second = page_token(get(server.http_port, "/")[1])
    assert first != second
    assert [(e.kind, e.device_id) for e in settled(events, 2)] == [
        ("page", first), ("page", second)]
    events.clear()
    assert tls_get(server, ca, f"/probe?id={second}").status == 204
    assert get(server.http_port, f"/ca.mobileconfig?id={first}")[0].status == 200
    assert [(e.kind, e.device_id) for e in settled(events, 2)] == [
        ("trusted", second), ("profile", first)]


@pytest.mark.parametrize("token", ["", "id=", "id=AAAAAAAAAAAAAAAAAAAAAA", "id=%00", "id=a&id=b"])
def test_a_client_that_never_loaded_the_page_changes_nothing(
        server: PublishServer, events: list[PublishEvent], ca: CertificateAuthority,
        token: str) -> None:
    sep = "&" if token else ""
    assert tls_get(server, ca, f"/probe?{token}").status == 204
    assert get(server.http_port, f"/ca.crt?{token}")[0].status == 200
    for verdict in ("untrusted", "blocked"):
        assert get(server.http_port, f"/report?verdict={verdict}{sep}{token}")[0].status in (
            204, 400)
    assert get(server.http_port, f"/report?probe=failed{sep}{token}")[0].status in (204, 400)
    assert settled(events, 0) == []


def test_verdict_reports_become_events(server: PublishServer,
                                       events: list[PublishEvent]) -> None:
    token = load_page(server, events)
    for verdict in ("untrusted", "blocked"):
        response, body = get(server.http_port, f"/report?verdict={verdict}&id={token}")
        assert (response.status, body) == (204, b"")
    assert [(e.kind, e.device_id, e.device.platform) for e in settled(events, 2)] == [
        ("untrusted", token, "iphone"), ("blocked", token, "iphone")]
    # "trusted" is only ever said by the probe over TLS; "unreachable" cannot arrive.
    for bad in ("verdict=trusted", "verdict=unreachable", "verdict=blocked&verdict=blocked",
                "verdict=blocked&x=1", "server=0&reached=1&ca=trusted"):
        assert get(server.http_port, f"/report?{bad}&id={token}")[0].status == 400, bad
    assert len(settled(events, 2)) == 2


def stub_check(url: str, reached: bool, ok: bool) -> ServerCheck:
    from trustanchor.core.pki.rule_table import ERROR, INFO, Finding

    finding = Finding(INFO if ok else ERROR, "server.name",
                      "fine" if ok else "The certificate is not for nas.local.", "RFC 6125")
    return ServerCheck(url, "nas.local", 443, reached, error="" if reached else "refused",
                       findings=(finding,))


@pytest.mark.parametrize(("check", "reached", "ca_state", "verdict"), [
    ((True, True), "1", "trusted", "trusted"),
    ((True, True), "0", "trusted", "unreachable"),
    ((True, True), "0", "untrusted", "untrusted"),
    ((True, False), "0", "trusted", "untrusted"),
    ((False, False), "0", "trusted", "unreachable"),
])
def test_server_reports_combine_the_phone_with_the_desktop_check(
        ca: CertificateAuthority, leaf: ServerCertificate, check: tuple[bool, bool],
        reached: str, ca_state: str, verdict: str) -> None:
    events: list[PublishEvent] = []
    urls = ("https://nas.local", "https://nas.local:8443")
    srv = make_server(ca, leaf, events, test_servers=urls,
                      server_check=lambda url: stub_check(url, *check))
    srv.start()
    try:
        token = load_page(srv, events)
        response, body = get(srv.http_port,
                             f"/report?server=1&reached={reached}&ca={ca_state}&id={token}")
        assert response.status == 200
        assert response.getheader("Content-Type") == "application/json"
        answer = json.loads(body)
        assert (answer["url"], answer["verdict"]) == (urls[1], verdict)
        assert [(e.kind, e.url, e.device_id) for e in settled(events, 1)] == [
            (f"server-{verdict}", urls[1], token)]
        assert get(srv.http_port, f"/report?server=2&reached=1&ca=trusted&id={token}"
                   )[0].status == 400
    finally:
        srv.stop()


def test_publisher_checks_each_test_server_once_at_start(ca: CertificateAuthority,
                                                         tmp_path: Path) -> None:
    import test_servercheck as helpers

    good = ca.issue_server_cert("127.0.0.1")
    with helpers.serving(tmp_path, good.fullchain_pem(), good.key_pem()) as port:
        url = f"https://127.0.0.1:{port}"
        gone = f"https://127.0.0.1:{helpers.free_port()}"
        pub = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False,
                        test_servers=(url, gone, url))
        pub.start()
        try:
            assert pub.test_servers == (url, gone)
            first = pub.server_check(url)
            assert first is not None and first.ok, first
            missing = pub.server_check(gone)
            assert missing is not None and not missing.reached
            assert pub.server_check("https://elsewhere.example", wait=0.1) is None
            page = get(pub.http_port, "/")[1].decode()
            assert json.dumps(url) in page  # the page lists it for its "Test your server"
        finally:
            pub.stop()
    assert check_server(url, ca.certificate).reached is False  # the server is gone now


def test_publish_prints_one_line_per_server_result_with_its_url() -> None:
    out = io.StringIO()
    printer = _Printer(out)
    device = detect_device(IPHONE_UA)
    from trustanchor.core.clock import utc_now

    for kind in ("server-trusted", "server-untrusted", "server-unreachable", "blocked"):
        printer.event(PublishEvent(kind, device, "192.168.1.7", utc_now(), "t" * 22,
                                   "https://nas.local:8443" if kind != "blocked" else ""))
    lines = [line.split("  ", 1)[1] for line in out.getvalue().splitlines()]
    assert lines == [
        "iPhone (iOS 17.5, Safari) at 192.168.1.7 trusts https://nas.local:8443",
        "iPhone (iOS 17.5, Safari) at 192.168.1.7 does not trust https://nas.local:8443",
        "iPhone (iOS 17.5, Safari) at 192.168.1.7 could not reach https://nas.local:8443",
        "iPhone (iOS 17.5, Safari) at 192.168.1.7 could not reach the HTTPS test port: check "
        "this computer's firewall",
    ]
