"""The desktop's check of a live server, against real TLS servers on loopback: Python's ssl
serving a leaf from this CA, from another CA, for the wrong name, an expired one, one behind a
missing intermediate, nothing at all; and nginx configured with the files TrustAnchor wrote."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import socket
import ssl
import subprocess
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from certhelpers import cached_ca, pem, serve_tls
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from trustanchor.core.cli.main import main
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.rule_table import ERROR, WARNING
from trustanchor.core.pki.serverconfig import CertFiles, server_configs
from trustanchor.core.publish.servercheck import (
    ServerCheck,
    check_server,
    parse_url,
    phone_verdict,
)
from trustanchor.core.store.outputs import write_server_files

HOME_CA = cached_ca(name="Servercheck Home CA")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(tmp: Path, chain_pem: bytes, key_pem: bytes,
            maximum: ssl.TLSVersion | None = None) -> Iterator[int]:
    """A TLS server on 127.0.0.1 sending `chain_pem`; yields its port."""
    (tmp / "chain.pem").write_bytes(chain_pem)
    (tmp / "key.pem").write_bytes(key_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp / "chain.pem", tmp / "key.pem")
    if maximum is not None:
        with warnings.catch_warnings():  # TLS 1.1 is deprecated: that is the point here
            warnings.simplefilter("ignore", DeprecationWarning)
            context.maximum_version = maximum
    with serve_tls(context) as port:
        yield port


def codes(result: ServerCheck, severity: object) -> list[str]:
    return [f.code for f in result.findings if f.severity is severity]


def test_a_leaf_from_this_ca_passes(tmp_path: Path) -> None:
    leaf = HOME_CA.issue_server_cert("127.0.0.1", "nas.local")
    with serving(tmp_path, leaf.fullchain_pem(), leaf.key_pem()) as port:
        result = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert result.reached and result.ok, result.sentences()
    assert result.tls_version == "TLSv1.3"
    assert result.chain[0] == leaf.certificate and len(result.chain) == 2
    text = "\n".join(result.sentences())
    assert 'The chain leads to your CA "Servercheck Home CA".' in text
    assert "127.0.0.1 is one of the certificate's names." in text
    assert "passes Apple's rules" in text and "The server speaks TLSv1.3." in text
    assert f"expires on {leaf.certificate.not_valid_after_utc:%Y-%m-%d}" in text


def test_a_leaf_from_another_ca_names_its_issuer(tmp_path: Path) -> None:
    other = cached_ca(name="Someone Else CA")
    leaf = other.issue_server_cert("127.0.0.1")
    with serving(tmp_path, leaf.fullchain_pem(), leaf.key_pem()) as port:
        result = check_server(f"https://127.0.0.1:{port}/", HOME_CA.certificate)
    assert result.reached and not result.ok
    assert codes(result, ERROR) == ["server.chain.other"]
    assert "Someone Else CA" in result.problem and "Servercheck Home CA" in result.problem


def test_another_ca_with_the_same_name_is_not_this_ca(tmp_path: Path) -> None:
    twin = CertificateAuthority.create("Servercheck Home CA", organization="TrustAnchor tests")
    leaf = twin.issue_server_cert("127.0.0.1")
    with serving(tmp_path, leaf.cert_pem(), leaf.key_pem()) as port:
        result = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert codes(result, ERROR) == ["server.chain.forged"]


def test_a_leaf_for_another_name_says_which_names_it_has(tmp_path: Path) -> None:
    leaf = HOME_CA.issue_server_cert("other.local")
    with serving(tmp_path, leaf.fullchain_pem(), leaf.key_pem()) as port:
        result = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert codes(result, ERROR) == ["server.name"]
    assert result.problem == "The certificate is not for 127.0.0.1: it names other.local."


def test_an_expired_leaf_is_one_error_with_its_date(tmp_path: Path) -> None:
    # A CA made 400 days ago issued it for 30 days (the clock is injected, nothing is faked
    # on the wire: the server really sends this expired certificate).
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    old_ca = CertificateAuthority.create("Servercheck Home CA", clock=lambda: then)
    leaf = old_ca.issue_server_cert("127.0.0.1", days=30, clock=lambda: then)
    with serving(tmp_path, leaf.fullchain_pem(), leaf.key_pem()) as port:
        result = check_server(f"https://127.0.0.1:{port}", old_ca.certificate)
    assert codes(result, ERROR) == ["server.expired"]
    assert f"expired on {leaf.certificate.not_valid_after_utc:%Y-%m-%d}" in result.problem


def test_nothing_listening_is_one_sentence() -> None:
    port = free_port()
    started = time.monotonic()
    result = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert time.monotonic() - started < 2
    assert not result.reached and not result.ok
    assert result.sentences() == [f"Nothing is listening at 127.0.0.1:{port} (connection "
                                  "refused)."]


def test_a_silent_port_times_out_within_the_bound() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the TCP connection, never speaks TLS
        started = time.monotonic()
        result = check_server(f"https://127.0.0.1:{silent.getsockname()[1]}", None,
                              timeout=0.5)
    assert time.monotonic() - started < 3
    assert not result.reached and "no TLS handshake completed" in result.error


def test_a_server_stuck_on_tls_1_1_is_refused_in_one_sentence(tmp_path: Path) -> None:
    leaf = HOME_CA.issue_server_cert("127.0.0.1")
    with serving(tmp_path, leaf.fullchain_pem(), leaf.key_pem(),
                 maximum=ssl.TLSVersion.TLSv1_1) as port:
        result = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    # OpenSSL 3 (security level 1 and up) no longer completes a TLS 1.1 handshake at all.
    assert not result.reached and not result.ok
    assert result.error == (f"127.0.0.1:{port} offers only TLS older than 1.2, which an "
                            "iPhone refuses; turn on TLS 1.2 or 1.3 on the server.")


def intermediate_chain() -> tuple[x509.Certificate, x509.Certificate, bytes]:
    """An intermediate under HOME_CA and a leaf for 127.0.0.1 under it (and the leaf's key)."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    mid_key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = HOME_CA.certificate.extensions.get_extension_for_class(
        x509.SubjectKeyIdentifier).value
    mid = (x509.CertificateBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Home Mid CA")]))
           .issuer_name(HOME_CA.certificate.subject).public_key(mid_key.public_key())
           .serial_number(x509.random_serial_number()).not_valid_before(now)
           .not_valid_after(now + dt.timedelta(days=300))
           .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
           .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                        False), critical=True)
           .add_extension(x509.SubjectKeyIdentifier.from_public_key(mid_key.public_key()), False)
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                          False)
           .sign(HOME_CA.private_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(mid.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]), False)
            .sign(mid_key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return mid, leaf, key_pem


def test_a_served_intermediate_leads_to_this_ca_and_a_missing_one_is_named(
        tmp_path: Path) -> None:
    mid, leaf, key_pem = intermediate_chain()
    with serving(tmp_path, pem(leaf) + pem(mid), key_pem) as port:
        full = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert "server.chain.ca" in [f.code for f in full.findings]
    assert "server.chain.missing" not in [f.code for f in full.findings]
    with serving(tmp_path, pem(leaf), key_pem) as port:
        short = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    assert codes(short, ERROR) == ["server.chain.other"]
    assert codes(short, WARNING)[:1] == ["server.chain.missing"]
    assert "Home Mid CA" in " ".join(short.sentences())


def test_bad_urls_are_one_sentence() -> None:
    assert parse_url("https://[::1]:8443/x") == ("::1", 8443)
    assert parse_url("https://nas.local") == ("nas.local", 443)
    for bad in ("http://nas.local", "nas.local", "https://", "https://nas.local:99999"):
        with pytest.raises(InvalidNameError):
            parse_url(bad)


# ------------------------------------------------------------------ nginx, as the user runs it

def nginx_path() -> str:
    path = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists()
                                     else None)
    if path is None:
        pytest.skip("nginx is not installed (scripts/system-packages.sh installs it)")
    return path


@contextlib.contextmanager
def nginx_serving(tmp: Path, files: CertFiles, port: int) -> Iterator[None]:
    """nginx with TrustAnchor's own snippet for `files`, pinned to 127.0.0.1:port."""
    text = next(c for c in server_configs(files, https_port=port, app_port=port)
                if c.server == "nginx").text
    pinned = text.replace(f"listen {port} ssl;", f"listen 127.0.0.1:{port} ssl;").replace(
        f"    listen [::]:{port} ssl;\n", "")
    temp = "".join(f" {k}_temp_path {tmp / k};\n" for k in
                   ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp / "nginx.conf").write_text(
        f"pid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\nevents {{}}\n"
        f"http {{\n access_log off;\n{temp}{pinned}}}\n")
    proc = subprocess.Popen([nginx_path(), "-p", str(tmp), "-c", "nginx.conf", "-g",
                             "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and proc.poll() is None:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        yield
    finally:
        proc.terminate()
        proc.wait(5)
        if proc.stderr:
            proc.stderr.close()


@pytest.mark.parametrize(("issuer", "names", "host", "error"), [
    ("home", ("nas.local", "127.0.0.1"), "127.0.0.1", None),
    ("home", ("nas.local",), "127.0.0.1", "server.name"),
    ("other", ("127.0.0.1",), "127.0.0.1", "server.chain.other"),
])
def test_nginx_with_the_files_trustanchor_wrote(tmp_path: Path, issuer: str,
                                                names: tuple[str, ...], host: str,
                                                error: str | None) -> None:
    ca = HOME_CA if issuer == "home" else cached_ca(name="Nginx Other CA")
    folder = tmp_path / "certs"
    folder.mkdir()
    paths = write_server_files(ca.issue_server_cert(*names), folder)
    folder.chmod(0o755)
    files = CertFiles(fullchain=next(p for p in paths if p.name.endswith(".fullchain.pem")),
                      key=next(p for p in paths if p.suffix == ".key"), names=names)
    port = free_port()
    with nginx_serving(tmp_path, files, port):
        result = check_server(f"https://{host}:{port}", HOME_CA.certificate)
    assert result.reached, result.error
    assert codes(result, ERROR) == ([error] if error else [])
    assert result.ok is (error is None)


# ------------------------------------------------------------------ the command line

def test_cli_check_url_prints_sentences_and_exits_by_result(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(HOME_CA.cert_pem)
    good = HOME_CA.issue_server_cert("127.0.0.1")
    with serving(tmp_path, good.fullchain_pem(), good.key_pem()) as port:
        url = f"https://127.0.0.1:{port}"
        assert main(["--home", str(tmp_path / "home"), "check", url, "--ca", str(ca_file)]) == 0
        out = capsys.readouterr().out
        assert out.startswith(f"{url}:\n") and "leads to your CA" in out
        assert "Result: an iPhone that trusts your CA will accept this server." in out
        assert main(["--home", str(tmp_path / "home"), "check", url, "--ca", str(ca_file),
                     "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["reached"] is True and data["tls_version"] == "TLSv1.3"
        assert len(data["chain"]) == 2
    refused = f"https://127.0.0.1:{free_port()}"
    assert main(["--home", str(tmp_path / "home"), "check", refused]) == 1
    out = capsys.readouterr().out
    assert "ERROR   Nothing is listening at" in out and "will refuse" in out


def test_cli_check_url_uses_the_home_ca_by_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert main(["--home", str(home), "ca", "create", "--name", "Default Home CA",
                 "--no-passphrase"]) == 0
    capsys.readouterr()
    other = cached_ca(name="Someone Else CA").issue_server_cert("127.0.0.1")
    with serving(tmp_path, other.fullchain_pem(), other.key_pem()) as port:
        assert main(["--home", str(home), "check", f"https://127.0.0.1:{port}"]) == 1
    out = capsys.readouterr().out
    assert 'does not lead to your CA "Default Home CA"' in out and "Someone Else CA" in out


# ------------------------------------------------------------------ combining with the phone

def test_phone_verdict_uses_the_desktop_check_to_tell_trust_from_reach(
        tmp_path: Path) -> None:
    good = HOME_CA.issue_server_cert("127.0.0.1")
    with serving(tmp_path, good.fullchain_pem(), good.key_pem()) as port:
        fine = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    wrong = HOME_CA.issue_server_cert("other.local")
    with serving(tmp_path, wrong.fullchain_pem(), wrong.key_pem()) as port:
        misnamed = check_server(f"https://127.0.0.1:{port}", HOME_CA.certificate)
    gone = check_server(f"https://127.0.0.1:{free_port()}", HOME_CA.certificate)
    assert phone_verdict(fine, phone_reached=True, phone_trusts_ca=True)[0] == "trusted"
    assert phone_verdict(fine, phone_reached=False, phone_trusts_ca=True)[0] == "unreachable"
    assert phone_verdict(fine, phone_reached=False, phone_trusts_ca=False)[0] == "untrusted"
    verdict, reason = phone_verdict(misnamed, phone_reached=False, phone_trusts_ca=True)
    assert verdict == "untrusted" and "not for 127.0.0.1" in reason
    verdict, reason = phone_verdict(gone, phone_reached=False, phone_trusts_ca=True)
    assert verdict == "unreachable" and "Neither this phone nor the computer" in reason
    assert phone_verdict(None, phone_reached=False, phone_trusts_ca=True)[0] == "unreachable"
