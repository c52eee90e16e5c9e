"""Real renewal through Debian's Caddy and certbot, inside a network namespace of the test's own.

Caddy's ACME server checks HTTP-01 on port 80 of the name being certified (RFC 8555 section
8.3 fixes the port), so certbot must answer on port 80. A fresh namespace has its own loopback
where port 80 is free and nothing else on the machine is touched. The name is `localhost`:
certbot 2.1 cannot ask for IP identifiers, and `localhost` resolves to loopback through
/etc/hosts for both certbot and Caddy's Go resolver.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from cryptography import x509

from trustanchor.core.cli.main import main

ACME_PORT = 18444
PASSPHRASE = "correct horse battery"
TOOLS = ("caddy", "certbot", "openssl", "ip", "chromium", "certutil")


def _unavailable() -> str | None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return f"needs {', '.join(missing)} (scripts/system-packages.sh installs them)"
    if sys.platform != "linux" or os.geteuid() != 0:
        return "needs Linux and root to make a network namespace"
    return None


pytestmark = [pytest.mark.netns, pytest.mark.skipif(_unavailable() is not None,
                                                    reason=str(_unavailable()))]


@dataclass
class Lab:
    ns: str
    tmp: Path
    out: Path
    env: dict[str, str]

    def run(self, *argv: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.ns, *argv], capture_output=True,
                              text=True, timeout=timeout, env={**self.env, **env}, check=False)

    def certbot(self, *argv: str) -> subprocess.CompletedProcess[str]:
        dirs = [f"--{d}-dir={self.tmp / 'certbot' / d}" for d in ("config", "work", "logs")]
        return self.run("certbot", *argv, *dirs, "--non-interactive",
                        REQUESTS_CA_BUNDLE=str(self.out / "root.crt"))

    def status(self) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "trustanchor.core.cli.main", "acme", "status",
                        "--out", str(self.out), timeout=30)

    @property
    def live(self) -> Path:
        return self.tmp / "certbot" / "config" / "live" / "localhost"


def _wait_until_up(lab: Lab, caddy: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert caddy.poll() is None, log.read_text()
        if lab.status().stdout.startswith("ACME server: up"):
            return
        time.sleep(0.3)
    raise AssertionError(f"Caddy did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    tmp = tmp_path_factory.mktemp("acme")
    ns = f"ta-acme-{os.getpid()}"
    subprocess.run(["ip", "netns", "add", ns], check=True, timeout=10)
    env = {**os.environ, "HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "config"),
           "XDG_DATA_HOME": str(tmp / "data"), "TRUSTANCHOR_HOME": str(tmp / "ca"),
           "TRUSTANCHOR_PASSPHRASE": PASSPHRASE}
    (tmp / "home").mkdir()
    caddy = None
    try:
        subprocess.run(["ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up"], check=True,
                       timeout=10)
        lab = Lab(ns, tmp, tmp / "acme", env)
        os.environ.update(TRUSTANCHOR_HOME=env["TRUSTANCHOR_HOME"],
                          TRUSTANCHOR_PASSPHRASE=PASSPHRASE)
        assert main(["ca", "create", "--name", "Lab CA"]) == 0
        assert main(["acme", "setup", "--out", str(lab.out), "--names", "localhost", "127.0.0.1",
                     "--port", str(ACME_PORT), "--bind", "127.0.0.1"]) == 0
        log = tmp / "caddy.log"
        with open(log, "wb") as sink:
            script = str(lab.out / "run-caddy.sh")
            caddy = subprocess.Popen(["ip", "netns", "exec", ns, "sh", script],
                                     stdout=sink, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)
        _wait_until_up(lab, caddy, log)
        obtained = lab.certbot(
            "certonly", "--standalone", "--http-01-port", "80", "--server",
            f"https://localhost:{ACME_PORT}/acme/trustanchor/directory", "-d", "localhost",
            "--register-unsafely-without-email", "--agree-tos")
        assert obtained.returncode == 0, obtained.stdout + obtained.stderr
        yield lab
    finally:
        for key in ("TRUSTANCHOR_HOME", "TRUSTANCHOR_PASSPHRASE"):
            os.environ.pop(key, None)
        if caddy is not None:
            caddy.terminate()
            try:
                caddy.wait(timeout=10)
            except subprocess.TimeoutExpired:
                caddy.kill()
                caddy.wait(timeout=10)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=10)


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def test_certbot_certificate_chains_to_the_root_strictly(lab: Lab) -> None:
    verify = subprocess.run(
        ["openssl", "verify", "-x509_strict", "-CAfile", str(lab.out / "root.crt"),
         "-untrusted", str(lab.out / "intermediate.crt"), str(lab.live / "cert.pem")],
        capture_output=True, text=True, timeout=30)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    leaf = _cert(lab.live / "cert.pem")
    assert leaf.issuer == _cert(lab.out / "intermediate.crt").subject
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["localhost"]


def test_certbot_certificate_passes_trustanchor_check(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    inter, root = str(lab.out / "intermediate.crt"), str(lab.out / "root.crt")
    assert main(["check", str(lab.live / "cert.pem"), "--ca", inter]) == 0
    assert main(["check", inter, "--ca", root]) == 0
    assert "ERROR" not in capsys.readouterr().out


def test_status_lists_the_issued_certificate(lab: Lab) -> None:
    done = lab.status()
    assert done.returncode == 0, done.stdout + done.stderr
    serial = f"{_cert(lab.live / 'cert.pem').serial_number:X}"
    assert f"localhost  serial {serial}" in done.stdout
    assert "Intermediate: \"Lab CA ACME\" valid until" in done.stdout
    assert "WARNING" not in done.stdout


def _serve(lab: Lab) -> tuple[HTTPServer, threading.Thread]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(lab.live / "fullchain.pem", lab.live / "privkey.pem")

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body><p id=ok>renewed by ACME</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Page)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def test_chromium_with_only_the_root_trusts_a_server_using_it(lab: Lab) -> None:
    # The page is served from this (host) namespace; Chromium runs here too, with an NSS
    # database of its own that holds the root and nothing else.
    home = lab.tmp / "chromium-home"
    nssdb = home / ".pki" / "nssdb"
    nssdb.mkdir(parents=True)
    subprocess.run(["certutil", "-N", "-d", f"sql:{nssdb}", "--empty-password"], check=True,
                   timeout=30)
    subprocess.run(["certutil", "-A", "-d", f"sql:{nssdb}", "-n", "Lab CA", "-t", "C,,",
                    "-i", str(lab.out / "root.crt")], check=True, timeout=30)
    server, thread = _serve(lab)
    port = server.server_address[1]
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update",
             f"--user-data-dir={home / 'profile'}", "--dump-dom"]
    try:
        trusted = subprocess.run(["chromium", *flags, f"https://localhost:{port}/"],
                                 capture_output=True, text=True, timeout=60,
                                 env={**os.environ, "HOME": str(home)}, check=False)
        subprocess.run(["certutil", "-D", "-d", f"sql:{nssdb}", "-n", "Lab CA"], check=True,
                       timeout=30)
        shutil.rmtree(home / "profile")
        untrusted = subprocess.run(["chromium", *flags, f"https://localhost:{port}/"],
                                   capture_output=True, text=True, timeout=60,
                                   env={**os.environ, "HOME": str(home)}, check=False)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert "renewed by ACME" in trusted.stdout, trusted.stderr[-2000:]
    assert "renewed by ACME" not in untrusted.stdout


def test_forced_renewal_gets_a_new_certificate(lab: Lab) -> None:
    before = _cert(lab.live / "cert.pem").serial_number
    # certbot sleeps up to 8 minutes before a renewal without a terminal unless told not to.
    renewed = lab.certbot("renew", "--force-renewal", "--no-random-sleep-on-renew")
    assert renewed.returncode == 0, renewed.stdout + renewed.stderr
    after = _cert(lab.live / "cert.pem")
    assert after.serial_number != before
    assert after.issuer == _cert(lab.out / "intermediate.crt").subject
    assert f"serial {after.serial_number:X}" in lab.status().stdout


def test_nothing_listens_outside_the_namespace(lab: Lab) -> None:
    with socket.socket() as probe:
        probe.settimeout(1)
        assert probe.connect_ex(("127.0.0.1", ACME_PORT)) != 0
