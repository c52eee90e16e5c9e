"""Helpers of the hostile-input tests: roots built by hand, and the installed command line run
in a child process with a hard timeout (a FIFO or /dev/zero must never hang the test run)."""

from __future__ import annotations

import datetime as dt
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

CLI_TIMEOUT_SECONDS = 60
# A child that reads /dev/zero whole must fail with MemoryError, not push the machine to swap.
CHILD_MEMORY_BYTES = 2 << 30


def hand_made_root(
    tmp: Path, name: str, *, organization: str | None = None,
    hash_algorithm: hashes.HashAlgorithm | None = None,
    not_before: dt.datetime | None = None, rsa_key: bool = False,
    permitted: tuple[str, ...] = (),
) -> tuple[Path, Path]:
    """A root CA (certificate, unencrypted key) with exactly the subject given, as another
    tool could make it; written to tmp/<n>.pem and tmp/<n>-key.pem (0600)."""
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey = (
        rsa.generate_private_key(65537, 2048) if rsa_key else ec.generate_private_key(
            ec.SECP256R1()))
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organization is not None:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    subject = x509.Name(attributes)
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    builder = x509.CertificateBuilder()
    if permitted:
        subtrees: list[x509.GeneralName] = [x509.DNSName(d) for d in permitted]
        builder = builder.add_extension(x509.NameConstraints(subtrees, None), critical=True)
    certificate = (
        builder.subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                     False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hash_algorithm or hashes.SHA256())
    )
    stem = f"root{len(list(tmp.glob('root*.pem')))}"
    cert_path = tmp / f"{stem}.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path = tmp / f"{stem}-key.pem"
    fd = os.open(key_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return cert_path, key_path


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = CLI_TIMEOUT_SECONDS,
        max_file_bytes: int | None = None) -> subprocess.CompletedProcess[bytes]:
    """`trustanchor ARGS` in a child process with bounded memory; a hang fails the test
    instead of stalling it. `max_file_bytes` makes writes of larger files fail (EFBIG)."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
        if max_file_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [sys.executable, "-m", "trustanchor.core.cli.main", *args],
        capture_output=True, timeout=timeout, env={**os.environ, **(env or {})},
        preexec_fn=limits,
    )


def openssl_sha1_root(tmp: Path, name: str = "Old SHA-1 CA") -> tuple[Path, Path]:
    """A root whose self-signature uses SHA-1, made by OpenSSL (cryptography no longer signs
    with SHA-1), as older tools and appliances made them."""
    cert, key = tmp / "sha1-root.pem", tmp / "sha1-root-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-sha1", "-noenc", "-keyout",
         str(key), "-out", str(cert), "-subj", f"/CN={name}", "-days", "3650",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key
