"""A simulated phone against the real publisher on loopback, and `trustanchor publish` as a real
process: page, profile, the TLS trust probe with and without the CA, events, Ctrl-C."""

from __future__ import annotations

import http.client
import json
import os
import plistlib
import queue
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from childoutput import LineReader

from trustanchor.core.errors import PublishError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.publish.publisher import Publisher
from trustanchor.core.publish.server import PublishEvent
from trustanchor.core.store.home import CAHome

IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
EVENT_TIMEOUT_S = 5.0


@pytest.fixture
def published(ca: CertificateAuthority) -> Iterator[tuple[Publisher, queue.Queue[PublishEvent]]]:
    events: queue.Queue[PublishEvent] = queue.Queue()
    publisher = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False,
                          on_event=events.put)
    publisher.start()
    try:
        yield publisher, events
    finally:
        publisher.stop()


def get(url_port: int, path: str, *, ua: str = IPHONE) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", url_port, timeout=5)
    try:
        conn.request("GET", path, headers={"User-Agent": ua})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def page_token(page: bytes) -> str:
    """The phone's token the server put into the page (its requests carry it as ?id=)."""
    match = re.search(rb'<meta name="trustanchor-id" content="([A-Za-z0-9_-]+)">', page)
    assert match, "the page carries no token"
    return match.group(1).decode()


def probe(port: int, context: ssl.SSLContext, origin: str, host: str = "127.0.0.1",
          token: str = "") -> tuple[int, dict[str, str]]:
    conn = http.client.HTTPSConnection(host, port, context=context, timeout=5)
    try:
        conn.request("GET", f"/probe?id={token}",
                     headers={"User-Agent": IPHONE, "Origin": origin})
        response = conn.getresponse()
        response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()


def next_event(events: queue.Queue[PublishEvent]) -> PublishEvent:
    return events.get(timeout=EVENT_TIMEOUT_S)


def test_a_simulated_iphone_walks_the_whole_flow(
    published: tuple[Publisher, queue.Queue[PublishEvent]], ca: CertificateAuthority,
) -> None:
    publisher, events = published
    port = publisher.http_port
    assert publisher.http_url == f"http://127.0.0.1:{port}/"
    assert publisher.qr_text == publisher.http_url
    assert publisher.https_probe_url == f"https://127.0.0.1:{publisher.https_port}/probe"
    assert publisher.bonjour_status.state == "off"

    # 1. The camera opens the page.
    status, headers, body = get(port, "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert "Tëst &amp; &quot;Co&quot; &lt;Home&gt; CA" in page and ca.short_fingerprint in page
    assert publisher.https_probe_url in page          # the script fetches the real probe URL
    assert 'href="/ca.mobileconfig"' in page
    token = page_token(body)
    event = next_event(events)
    assert (event.kind, event.device.platform, event.device.os_version, event.address) == (
        "page", "iphone", "17.5", "127.0.0.1")
    for asset in ("/phone.css", "/phone.js"):
        assert get(port, asset)[0] == 200

    # 2. The profile: a valid plist whose payload is exactly this CA.
    status, headers, body = get(port, f"/ca.mobileconfig?id={token}")
    assert status == 200
    assert headers["content-type"] == "application/x-apple-aspen-config"
    assert headers["content-disposition"].startswith("attachment")
    profile = plistlib.loads(body)
    assert profile["PayloadType"] == "Configuration"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.security.root"
    assert payload["PayloadContent"] == ca.cert_der
    event = next_event(events)
    assert (event.kind, event.device.label) == ("profile", "iPhone (iOS 17.5, Safari)")

    # 3. Before trusting the CA, the probe's handshake fails: the default trust store and
    #    another CA both refuse it, so nothing is recorded as trusted.
    origin = publisher.http_url.rstrip("/")
    other = CertificateAuthority.create("Some Other CA")
    for untrusting in (ssl.create_default_context(),
                       ssl.create_default_context(cadata=other.cert_pem.decode())):
        with pytest.raises(ssl.SSLCertVerificationError):
            probe(publisher.https_port, untrusting, origin, token=token)
    # ...and the page reports its failed script fetch back over HTTP.
    assert get(port, f"/report?verdict=untrusted&id={token}")[0] == 204
    event = next_event(events)
    assert (event.kind, event.device.platform) == ("untrusted", "iphone")

    # 4. After trusting the CA: a verified handshake (name and IP checked) and CORS for the page.
    trusting = ssl.create_default_context(cadata=ca.cert_pem.decode())
    trusting.hostname_checks_common_name = False     # like iOS: the SAN alone counts
    status, headers = probe(publisher.https_port, trusting, origin, token=token)
    assert status == 204
    assert headers["access-control-allow-origin"] == origin
    event = next_event(events)
    assert (event.kind, event.device.platform, event.address) == ("trusted", "iphone",
                                                                  "127.0.0.1")
    assert probe(publisher.https_port, trusting, f"http://localhost:{port}", "localhost",
                 token)[0] == 204
    assert next_event(events).kind == "trusted"
    # A probe that carries no page's token is answered, but changes nothing.
    assert probe(publisher.https_port, trusting, origin)[0] == 204
    assert events.empty()


def test_the_probe_certificate_covers_what_the_page_is_offered_on(
    published: tuple[Publisher, queue.Queue[PublishEvent]], ca: CertificateAuthority,
) -> None:
    publisher, _ = published
    assert publisher.tls_names[0] == "127.0.0.1"
    assert "localhost" in publisher.tls_names
    assert publisher.host_name in publisher.tls_names and publisher.host_name.endswith(".local")
    pem = ssl.get_server_certificate(("127.0.0.1", publisher.https_port))
    from cryptography import x509

    leaf = x509.load_pem_x509_certificate(pem.encode())
    assert leaf.issuer == ca.certificate.subject
    lifetime = leaf.not_valid_after_utc - leaf.not_valid_before_utc
    assert lifetime.days <= 8                        # short-lived, never written down


def test_stop_frees_both_ports_and_is_idempotent(ca: CertificateAuthority) -> None:
    publisher = Publisher(ca, bind="127.0.0.1", port=0, https_port=0, mdns=False)
    publisher.start()
    ports = (publisher.http_port, publisher.https_port)
    started = time.monotonic()
    publisher.stop()
    publisher.stop()
    assert time.monotonic() - started < 1.5
    assert not publisher.running
    for port in ports:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))


def test_a_constrained_ca_leaves_out_names_it_may_not_sign() -> None:
    # Allowed: loopback addresses and names under .local; so "localhost" must be left out.
    constrained = CertificateAuthority.create("Lab CA", permitted=["127.0.0.0/8", "local"])
    publisher = Publisher(constrained, bind="127.0.0.1", port=0, https_port=0, mdns=False)
    publisher.start()
    try:
        assert publisher.tls_names == ("127.0.0.1", publisher.host_name)
        trusting = ssl.create_default_context(cadata=constrained.cert_pem.decode())
        assert probe(publisher.https_port, trusting, publisher.http_url.rstrip("/"))[0] == 204
    finally:
        publisher.stop()
    outside = CertificateAuthority.create("Home CA", permitted=["home.arpa", "192.168.0.0/16"])
    with pytest.raises(PublishError, match=r"may not sign 127\.0\.0\.1"):
        Publisher(outside, bind="127.0.0.1", port=0, https_port=0, mdns=False).start()


# ---------------------------------------------------------------- `trustanchor publish`

class Lines:
    """A process's stdout, line by line, read in the background."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.all: list[str] = []
        assert proc.stdout is not None
        self._reader = LineReader(proc.stdout, lambda line: line.rstrip("\n"))

    def until(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        """The next line matching `pattern`; the lines before it are passed over."""
        for line in self._reader.arrivals(timeout):
            self.all.append(line)
            match = re.search(pattern, line)
            if match:
                return match
        raise AssertionError(f"no line matching {pattern!r}; got: {self.all}")

    def join(self) -> None:
        self._reader.join(5)


@pytest.fixture
def home_with_ca(tmp_path: Path, ca: CertificateAuthority) -> Path:
    root = tmp_path / "home"
    CAHome(root).save_new(ca, PASSPHRASE.encode())
    return root


def _cli(home: Path, *args: str, passphrase: str | None = PASSPHRASE,
         extra_env: dict[str, str] | None = None, **kwargs: object) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "TRUSTANCHOR_PASSPHRASE"}
    env.update(PYTHONUNBUFFERED="1", TRUSTANCHOR_HOME=str(home), **(extra_env or {}))
    if passphrase is not None:
        env["TRUSTANCHOR_PASSPHRASE"] = passphrase
    return subprocess.Popen(
        [sys.executable, "-m", "trustanchor.gui", "publish", *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=env, cwd=ROOT, **kwargs,  # type: ignore[call-overload]
    )


def _reap(proc: subprocess.Popen[str], lines: Lines) -> None:
    """Kill `publish` if a failed assertion left it running, and close its pipes."""
    if proc.poll() is None:
        proc.kill()
        proc.wait(5)
    lines.join()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def interrupt(proc: subprocess.Popen[str]) -> None:
    """Ctrl+C for a console program: SIGINT on POSIX. Windows refuses SIGINT through
    send_signal; a child started with CREATE_NEW_PROCESS_GROUP gets CTRL_BREAK_EVENT, which
    Python raises as SIGBREAK (Microsoft Learn, GenerateConsoleCtrlEvent)."""
    if os.name == "nt":
        proc.send_signal(signal.CTRL_BREAK_EVENT)  # type: ignore[attr-defined,unused-ignore]
    else:
        proc.send_signal(signal.SIGINT)


# Windows: its own process group, so that Ctrl+Break reaches the child and not this test.
NEW_GROUP = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)


def test_publish_command_serves_prints_events_and_stops_cleanly_on_ctrl_c(
    home_with_ca: Path, ca: CertificateAuthority,
) -> None:
    proc = _cli(home_with_ca, "--bind", "127.0.0.1", "--port", "0", "--https-port", "0",
                "--no-mdns", creationflags=NEW_GROUP)
    lines = Lines(proc)
    try:
        url = lines.until(r"^Phone page: (http://127\.0\.0\.1:(\d+)/)$")
        https = lines.until(r"^HTTPS test: https://127\.0\.0\.1:(\d+)/probe$")
        lines.until(r"^Waiting for phones")
        http_port, https_port = int(url.group(2)), int(https.group(1))
        text = "\n".join(lines.all)
        assert ca.fingerprint_sha256 in text and ca.short_fingerprint in text
        assert 'Tëst & "Co" <Home> CA' in text
        assert "\nBonjour: off\n" in text
        qr = text.split("Safari):\n", 1)[1].split("\nWaiting", 1)[0].splitlines()
        assert len(qr) >= 12 and len({len(row) for row in qr}) == 1   # a square of text
        assert set("".join(qr)) <= set("\xa0 ▀▄█")

        token = page_token(get(http_port, "/")[2])
        lines.until(r"iPhone \(iOS 17\.5, Safari\) at 127\.0\.0\.1 opened the page$")
        status, _, body = get(http_port, f"/ca.mobileconfig?id={token}")
        assert status == 200 and plistlib.loads(body)["PayloadContent"][0]["PayloadContent"] \
            == ca.cert_der
        lines.until(r"iPhone \(iOS 17\.5, Safari\) at 127\.0\.0\.1 downloaded the profile$")

        interrupt(proc)
        assert proc.wait(10) == 0
        lines.until(r"^Stopped publishing\.$")
        assert proc.stderr is not None
        assert "Traceback" not in proc.stderr.read()
        for port in (http_port, https_port):
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", port))
    finally:
        _reap(proc, lines)


@pytest.mark.parametrize(("passphrase", "message"), [
    ("wrong passphrase!", "passphrase"),
    (None, "TRUSTANCHOR_PASSPHRASE"),
])
def test_publish_command_without_the_right_passphrase_says_so_in_one_line(
    home_with_ca: Path, passphrase: str | None, message: str,
) -> None:
    proc = _cli(home_with_ca, "--bind", "127.0.0.1", "--port", "0", "--https-port", "0",
                "--no-mdns", passphrase=passphrase)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "Phone page" not in out


def test_publish_command_with_a_bad_port_is_a_usage_error(home_with_ca: Path) -> None:
    proc = _cli(home_with_ca, "--port", "70000", "--no-mdns")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "port" in err and "Traceback" not in err


def test_machine_readable_event_words_cover_every_event_kind() -> None:
    from typing import get_args

    from trustanchor.core.cli import publish as cli_publish
    from trustanchor.core.publish.server import EventKind

    assert set(cli_publish.EVENT_WORDS) == set(get_args(EventKind))
    json.dumps(cli_publish.EVENT_WORDS)


def _stop(proc: subprocess.Popen[str], lines: Lines) -> None:
    interrupt(proc)
    assert proc.wait(10) == 0
    lines.until(r"^Stopped publishing\.$")


@pytest.mark.parametrize("phone_comes", [False, True])
def test_publish_hints_at_the_firewall_once_when_no_phone_came(
    home_with_ca: Path, phone_comes: bool,
) -> None:
    from trustanchor.core.publish.reachability import firewall_hint

    proc = _cli(home_with_ca, "--bind", "127.0.0.1", "--port", "0", "--https-port", "0",
                "--no-mdns", extra_env={"TRUSTANCHOR_NO_PHONE_HINT_S": "1.5"},
                creationflags=NEW_GROUP)
    lines = Lines(proc)
    try:
        port = int(lines.until(r"^Phone page: http://127\.0\.0\.1:(\d+)/$").group(1))
        lines.until(r"^Waiting for phones")
        if phone_comes:
            assert get(port, "/")[0] == 200
            lines.until(r"opened the page$")
            time.sleep(2.5)  # past the delay: a phone came, so no hint
        else:
            hint = lines.until(r"^Hint: ", timeout=10)
            assert hint.string == f"Hint: {firewall_hint(port)}"
            time.sleep(1.0)  # once: no second hint
        _stop(proc, lines)
        assert sum(line.startswith("Hint: ") for line in lines.all) == (0 if phone_comes else 1)
    finally:
        _reap(proc, lines)
