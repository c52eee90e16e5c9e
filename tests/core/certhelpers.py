"""Shared helpers for the certificate tests: cached CAs, real verifiers, a loopback TLS server.

CAs are cached for the whole session (key generation, RSA-4096 above all, is the slow part);
a CA is immutable, so sharing it between tests cannot couple them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import ipaddress
import json
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from cryptography.x509.verification import PolicyBuilder, Store

from trustanchor.core.defaults import KeyType
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate

OPENSSL = shutil.which("openssl")


@functools.cache
def cached_ca(
    key_type: KeyType = KeyType.EC_P256, permitted: tuple[str, ...] = (), name: str = "Test CA"
) -> CertificateAuthority:
    return CertificateAuthority.create(
        name, organization="TrustAnchor tests", key_type=key_type, permitted=permitted
    )


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def verify_subject(text: str) -> x509.DNSName | x509.IPAddress:
    """What a client would look up for a SAN value: a concrete host for a wildcard."""
    try:
        return x509.IPAddress(ipaddress.ip_address(text))
    except ValueError:
        pass
    return x509.DNSName("x" + text[1:] if text.startswith("*.") else text)


def cryptography_verify(
    ca: x509.Certificate, leaf: x509.Certificate, name: str, *, at: dt.datetime | None = None
) -> None:
    """Path + name validation with cryptography's RFC 5280 / CABF-style verifier (raises)."""
    builder = PolicyBuilder().store(Store([ca]))
    if at is not None:
        builder = builder.time(at)
    verifier = builder.build_server_verifier(verify_subject(name))
    verifier.verify(leaf, [])


def openssl_verify(
    tmp: Path, ca: x509.Certificate, leaf: x509.Certificate, *extra: str
) -> subprocess.CompletedProcess[str]:
    assert OPENSSL is not None, "openssl is needed (scripts/system-packages.sh installs it)"
    ca_path = write(tmp, "ca-verify.pem", pem(ca))
    leaf_path = write(tmp, "leaf-verify.pem", pem(leaf))
    return subprocess.run(
        [OPENSSL, "verify", "-x509_strict", "-purpose", "sslserver", "-CAfile", str(ca_path),
         *extra, str(leaf_path)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip


def openssl_name_args(name: str) -> list[str]:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        host = "x" + name[1:] if name.startswith("*.") else name
        return ["-verify_hostname", host]
    return ["-verify_ip", name]


def pkcs12_info(path: Path, password: bytes | str) -> str:
    """What `openssl pkcs12 -info -noout` says about the PKCS#12 file at `path` (its bag
    ciphers, PBKDF2 iterations and MAC), failing the test if openssl cannot open it.

    The password goes through a private temp file (`-passin file:`): on the command line
    (`pass:`) any local user could read it in the process list.
    """
    assert OPENSSL is not None, "openssl is needed (scripts/system-packages.sh installs it)"
    secret = password.encode() if isinstance(password, str) else password
    assert b"\n" not in secret, "openssl reads only the first line of a -passin file"
    with tempfile.TemporaryDirectory() as folder:  # created 0700: only this user reads it
        pass_file = write(Path(folder), "passin", secret)
        info = subprocess.run(
            [OPENSSL, "pkcs12", "-info", "-noout", "-in", str(path),
             "-passin", f"file:{pass_file}"],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    assert info.returncode == 0, info.stderr
    return info.stdout + info.stderr  # openssl writes the MAC and bag lines to stderr


# pkilint's own command-line entry points (`lint_pkix_cert lint -s WARNING FILE`,
# `lint_pkix_signer_signee_cert_chain lint CA LEAF`), called with their argument lists in ONE
# child process: the same code and output as the console scripts, without paying the ~0.5 s
# start-up per file on a busy two-core machine.
_PKILINT_RUNNER = """
import contextlib, io, json, sys
from pkilint.bin import lint_pkix_cert, lint_pkix_signer_signee_cert_chain
tools = {"cert": lint_pkix_cert.main, "chain": lint_pkix_signer_signee_cert_chain.main}
results = {}
for label, tool, args in json.load(sys.stdin):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = tools[tool](args)
    results[label] = [code, out.getvalue().strip()]
json.dump(results, sys.stdout)
"""


def pkilint_jobs(
    tmp: Path, label: str, ca: x509.Certificate, leaf: x509.Certificate
) -> list[tuple[str, str, list[str]]]:
    """The three pkilint runs for one CA + leaf pair: <label>/root, <label>/leaf, <label>/chain."""
    ca_path = write(tmp, f"{label}-ca.pem", pem(ca))
    leaf_path = write(tmp, f"{label}-leaf.pem", pem(leaf))
    return [
        (f"{label}/root", "cert", ["lint", "-s", "WARNING", str(ca_path)]),
        (f"{label}/leaf", "cert", ["lint", "-s", "WARNING", str(leaf_path)]),
        (f"{label}/chain", "chain", ["lint", str(ca_path), str(leaf_path)]),
    ]


def run_pkilint(jobs: Sequence[tuple[str, str, list[str]]]) -> dict[str, str]:
    """Run pkilint jobs; maps label -> findings text, '' when clean.

    The exit code is the number of findings, so a clean run exits 0 and prints nothing.
    """
    result = subprocess.run(
        [sys.executable, "-c", _PKILINT_RUNNER],
        input=json.dumps(list(jobs)), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    findings: dict[str, str] = {}
    for label, (code, output) in json.loads(result.stdout).items():
        assert (code == 0) == (output == ""), (label, code, output)
        findings[label] = output
    return findings


def hand_made_leaf(
    ca: CertificateAuthority,
    *,
    san: Sequence[x509.GeneralName] | None,
    common_name: str = "outside.example",
    days: int = 30,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A leaf built directly with cryptography (for what issue_server_cert rightly refuses)."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), False
        )
    )
    if san is not None:
        builder = builder.add_extension(x509.SubjectAlternativeName(list(san)), critical=False)
    hash_algorithm = hashes.SHA384() if ca.key_type == KeyType.EC_P384 else hashes.SHA256()
    return builder.sign(ca.private_key, hash_algorithm), key


# -- a real TLS server on loopback ---------------------------------------------------------------


def ipv6_loopback_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@contextlib.contextmanager
def tls_server(tmp: Path, server: ServerCertificate, host: str = "127.0.0.1") -> Iterator[int]:
    """Serve `server`'s full chain on host:port (port yielded) until the block ends."""
    chain = write(tmp, "server-chain.pem", server.fullchain_pem())
    key = write(tmp, "server.key", server.key_pem())
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, key)
    with serve_tls(context, host) as port:
        yield port


@contextlib.contextmanager
def serve_tls(context: ssl.SSLContext, host: str = "127.0.0.1") -> Iterator[int]:
    """A TLS server with `context` on host:port (port yielded) until the block ends.

    Each connection gets the TLS handshake in the server thread with a timeout, then b"ok".
    Handshakes the client aborts (untrusted certificate) are expected and ignored.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.bind((host, 0))
    listener.listen(8)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        for _ in range(3_000):  # bounded: 0.1 s accept timeout -> at most about 5 minutes
            if stop.is_set():
                return
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(5)
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.sendall(b"ok")
            except OSError:
                pass  # the client refused the certificate: what the failing cases expect
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def client_context(ca: x509.Certificate) -> ssl.SSLContext:
    """A client that behaves like the phone: names only from the SAN, never the Common Name."""
    context = ssl.create_default_context(cadata=pem(ca).decode("ascii"))
    context.check_hostname = True
    context.hostname_checks_common_name = False
    return context


def handshake(port: int, name: str, ca: x509.Certificate, host: str = "127.0.0.1") -> bytes:
    """Connect to host:port, validate the server for `name`, return what the server sent."""
    context = client_context(ca)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as raw:
        raw.settimeout(5)
        raw.connect((host, port))
        with context.wrap_socket(raw, server_hostname=name) as tls:
            return tls.recv(2)


def pathlen0_root() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A root with pathLen 0, as older TrustAnchor versions and mkcert make: it cannot
    delegate to an intermediate."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Old mkcert CA")])
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
            .sign(key, hashes.SHA256()))
    return cert, key
