"""Every verdict of the phone page's Test, caused by the real thing, read from the DOM of headless
Chromium (an iPhone's User-Agent) running the page against the real publisher on 127.0.0.1.

- trusted:     the CA is in Chromium's NSS store (~/.pki/nssdb under a temporary HOME, where
               Chromium on Linux reads locally added roots: Chromium docs, "Linux Cert
               Management"), so the HTTPS probe's handshake verifies;
- untrusted:   the same store without the CA: the probe fails, plain /reach on its port answers;
- blocked:     the page's HTTPS port is one nothing listens on (the kernel refuses it), while the
               page's own server is up;
- unreachable: the publisher stopped after the page loaded.

And "Test your server" for the user's own servers (real TLS servers answering HTTP): a leaf
from this CA (trusted with the CA in the store, untrusted without), a leaf from another CA
(untrusted), and a server the desktop reaches but the phone cannot: it listens on a port
Chromium refuses to connect to (its "unsafe ports" list, net/base/port_util.cc), as a phone on
another network would fail to connect.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import queue
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_phone_page_chromium import IPHONE, Browser, chromium_path, drain

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.publish.publisher import Publisher
from trustanchor.core.publish.server import PublishEvent

pytestmark = [
    pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed"),
    pytest.mark.skipif(shutil.which("certutil") is None,
                       reason="certutil is not installed (apt-get install libnss3-tools)"),
]

# Ports Chromium never connects to (net/base/port_util.cc, kRestrictedPorts).
CHROMIUM_UNSAFE_PORTS = (6665, 6666, 6667, 6668, 6669, 6697, 10080, 6000, 6566)
EVENT_TIMEOUT_S = 15.0

VERDICT_JS = """(() => {
  const rows = [...document.querySelectorAll('#ta-servers-list li')];
  return {
    verdict: document.documentElement.dataset.verdict || '',
    test: document.documentElement.dataset.test || '',
    line: document.getElementById('ta-result-line').textContent,
    next: (document.getElementById('ta-next') || {}).textContent || '',
    servers: rows.map((li) => [li.querySelector('.server-url').textContent,
                               li.dataset.verdict || '',
                               li.querySelector('.server-result').textContent]),
    downloads: [...document.querySelectorAll('a[download]')].map((a) => a.getAttribute('href')),
    token: document.querySelector('meta[name="trustanchor-id"]').content,
  };
})()"""
SETTLED_JS = ("(() => { const v = document.documentElement.dataset.verdict; if (!v) return false;"
              " return [...document.querySelectorAll('#ta-servers-list li')].every("
              "(li) => li.dataset.verdict && li.dataset.verdict !== 'testing'); })()")


def nss_home(folder: Path, ca: CertificateAuthority | None) -> Path:
    """A HOME whose NSS store (~/.pki/nssdb) holds `ca` as a trusted root, or nothing."""
    db = folder / ".pki" / "nssdb"
    db.mkdir(parents=True)
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True,
                   capture_output=True, timeout=30)
    if ca is not None:
        pem = folder / "ca.pem"
        pem.write_bytes(ca.cert_pem)
        subprocess.run(["certutil", "-A", "-d", f"sql:{db}", "-n", "TrustAnchor test CA",
                        "-t", "C,,", "-i", str(pem)], check=True, capture_output=True,
                       timeout=30)
    return folder


@contextlib.contextmanager
def browser_at(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    with monkeypatch.context() as patch:
        patch.setenv("HOME", str(home))  # Chromium reads $HOME/.pki/nssdb at start
        browser = Browser()
    try:
        browser.emulate(IPHONE)
        yield browser
    finally:
        browser.close()


class _Quiet(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _TLSServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client refusing the certificate is what some cases are about


@contextlib.contextmanager
def https_site(folder: Path, leaf: ServerCertificate, port: int = 0) -> Iterator[str]:
    """A real HTTPS server on 127.0.0.1 answering 200 to GET; yields its URL."""
    (folder / "chain.pem").write_bytes(leaf.fullchain_pem())
    (folder / "key.pem").write_bytes(leaf.key_pem())
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "chain.pem", folder / "key.pem")
    server = _TLSServer(("127.0.0.1", port), _Quiet)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def unsafe_port() -> int:
    for port in CHROMIUM_UNSAFE_PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.skip("every port on Chromium's unsafe list is taken here")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_test(browser: Browser, url: str) -> dict[str, Any]:
    browser.open(url)
    browser.js("document.getElementById('ta-test').click()")
    browser.wait_js(SETTLED_JS, timeout=40)
    state: dict[str, Any] = browser.js(VERDICT_JS)
    return state


def events_until(events: queue.Queue[PublishEvent], want: int) -> list[PublishEvent]:
    """Events until `want` test results (anything but page views and downloads) arrived."""
    seen: list[PublishEvent] = []
    deadline = time.monotonic() + EVENT_TIMEOUT_S
    while sum(e.kind not in ("page", "profile", "certificate") for e in seen) < want:
        left = deadline - time.monotonic()
        assert left > 0, f"only {[e.kind for e in seen]}"
        with contextlib.suppress(queue.Empty):
            seen.append(events.get(timeout=min(left, 0.5)))
    return seen


@pytest.fixture(scope="module")
def ca() -> CertificateAuthority:
    return CertificateAuthority.create("Verdict Test CA")


@pytest.fixture(scope="module")
def sites(ca: CertificateAuthority, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[dict[str, str]]:
    """The user's servers: this CA's leaf, another CA's leaf, one only the desktop reaches."""
    other = CertificateAuthority.create("Somebody Else's CA")
    with contextlib.ExitStack() as stack:
        made = {
            "good": stack.enter_context(https_site(
                tmp_path_factory.mktemp("good"), ca.issue_server_cert("127.0.0.1"))),
            "other": stack.enter_context(https_site(
                tmp_path_factory.mktemp("other"), other.issue_server_cert("127.0.0.1"))),
            "far": stack.enter_context(https_site(
                tmp_path_factory.mktemp("far"), ca.issue_server_cert("127.0.0.1"),
                unsafe_port())),
        }
        yield made


@contextlib.contextmanager
def publishing(ca: CertificateAuthority, servers: tuple[str, ...] = ()
               ) -> Iterator[tuple[Publisher, queue.Queue[PublishEvent]]]:
    events: queue.Queue[PublishEvent] = queue.Queue()
    pub = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False,
                    on_event=events.put, test_servers=servers)
    pub.start()
    try:
        yield pub, events
    finally:
        pub.stop()


def test_trusted_when_the_store_holds_the_ca_and_each_server_gets_its_verdict(
        ca: CertificateAuthority, sites: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    servers = (sites["good"], sites["other"], sites["far"])
    with publishing(ca, servers) as (pub, events), \
            browser_at(nss_home(tmp_path, ca), monkeypatch) as browser:
        state = run_test(browser, pub.http_url)
        assert (state["verdict"], state["test"]) == ("trusted", "trusted")
        assert state["line"].startswith("Trusted.") and state["next"] == ""
        assert [row[:2] for row in state["servers"]] == [
            [sites["good"], "trusted"], [sites["other"], "untrusted"],
            [sites["far"], "unreachable"]]
        assert "Somebody Else's CA" in state["servers"][1][2]
        assert "this phone did not reach it" in state["servers"][2][2]
        assert all(href.endswith(f"?id={state['token']}") for href in state["downloads"])
        seen = events_until(events, 4)
    results = {(e.kind, e.url) for e in seen if e.kind != "page"}
    assert results == {("trusted", ""), ("server-trusted", sites["good"]),
                       ("server-untrusted", sites["other"]),
                       ("server-unreachable", sites["far"])}
    assert {e.device_id for e in seen} == {state["token"]}
    assert {e.device.platform for e in seen} == {"iphone"}


def test_untrusted_when_the_store_lacks_the_ca_but_the_port_answers(
        ca: CertificateAuthority, sites: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with publishing(ca, (sites["good"],)) as (pub, events), \
            browser_at(nss_home(tmp_path, None), monkeypatch) as browser:
        state = run_test(browser, pub.http_url)
        assert (state["verdict"], state["test"]) == ("untrusted", "failed")
        assert state["line"].startswith("Not yet: this device does not trust")
        assert "Settings > General > About > Certificate Trust Settings" in state["next"]
        # The desktop found the server fine: only this phone's missing trust is to blame.
        assert state["servers"][0][1] == "untrusted"
        assert "does not trust your CA yet" in state["servers"][0][2]
        seen = events_until(events, 2)
    assert {(e.kind, e.url) for e in seen if e.kind != "page"} == {
        ("untrusted", ""), ("server-untrusted", sites["good"])}
    assert "trusted" not in [e.kind for e in seen]
    assert {e.device_id for e in seen} == {state["token"]}


def test_blocked_when_only_the_https_port_does_not_answer(
        ca: CertificateAuthority, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with publishing(ca) as (pub, events), \
            browser_at(nss_home(tmp_path, ca), monkeypatch) as browser:
        assert pub.page is not None
        dead = free_port()  # nothing listens there: the kernel refuses every connection
        pub.page.set_urls(pub.http_url, f"https://127.0.0.1:{dead}/probe", dead)
        state = run_test(browser, pub.http_url)
        assert (state["verdict"], state["test"]) == ("blocked", "failed")
        assert f"port {dead}" in state["line"] and "firewall" in state["next"]
        seen = events_until(events, 1)
    assert [e.kind for e in seen if e.kind != "page"] == ["blocked"]
    assert seen[-1].device_id == state["token"]


def test_unreachable_when_the_computer_is_gone(
        ca: CertificateAuthority, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with publishing(ca) as (pub, events), \
            browser_at(nss_home(tmp_path, ca), monkeypatch) as browser:
        browser.open(pub.http_url)
        drain(events)
        pub.stop()  # TrustAnchor closed: both ports refuse now
        browser.js("document.getElementById('ta-test').click()")
        browser.wait_js(SETTLED_JS, timeout=40)
        state = browser.js(VERDICT_JS)
        assert (state["verdict"], state["test"]) == ("unreachable", "failed")
        assert state["line"].startswith("Can't reach your computer")
        assert "same Wi-Fi" in state["next"] and "still open" in state["next"]
    assert events.empty()


def test_the_nss_store_really_decides(ca: CertificateAuthority, tmp_path: Path) -> None:
    """The control for the trusted/untrusted pair: certutil lists the CA only where added."""
    with_ca = nss_home(tmp_path / "with", ca)
    without = nss_home(tmp_path / "without", None)
    listed = [subprocess.run(["certutil", "-L", "-d", f"sql:{home / '.pki/nssdb'}"],
                             capture_output=True, text=True, timeout=30, check=True).stdout
              for home in (with_ca, without)]
    assert "TrustAnchor test CA" in listed[0] and "TrustAnchor test CA" not in listed[1]
    assert os.path.isfile(with_ca / ".pki/nssdb/cert9.db")
