"""Is the ACME server up, what did it issue lately, when does its intermediate expire.

Issued certificates are read from the files under the ACME folder's caddy-data: Caddy's own
certificates are PEM files in its storage, and the ACME server's database (a bbolt file in
Caddy's AppDataDir, which run-caddy.sh puts there too) holds each issued certificate as DER.
Anything that parses as a certificate and verifies against the intermediate counts.
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from trustanchor.core.acme.bundle import read_settings
from trustanchor.core.acme.caddy import DATA_DIR, INTERMEDIATE_FILE, ROOT_FILE
from trustanchor.core.clock import Clock, utc_now
from trustanchor.core.errors import ImportFormatError, OutputFileError
from trustanchor.core.pki.inputs import InputFileError, read_limited
from trustanchor.core.pki.reader import load_certificate
from trustanchor.core.text import QT_TRANSLATE_NOOP

EXPIRY_WARNING = dt.timedelta(days=30)
RECENT = dt.timedelta(days=30)
PROBE_TIMEOUT_SECONDS = 5.0
_MAX_FILES = 10_000
_MAX_FILE_BYTES = 64 * 1024 * 1024
_DER_START = b"\x30\x82"  # SEQUENCE with a two-byte length: every certificate of 256 B - 64 KiB


@dataclass(frozen=True)
class IssuedCertificate:
    names: tuple[str, ...]
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime


@dataclass
class AcmeStatus:
    directory_url: str
    up: bool
    problem: str | None
    intermediate_name: str
    intermediate_not_after: dt.datetime
    days_left: int
    issued: list[IssuedCertificate] = field(default_factory=list)

    @property
    def expiring(self) -> bool:
        return self.days_left < EXPIRY_WARNING.days


def read_status(out: Path, *, timeout: float = PROBE_TIMEOUT_SECONDS,
                clock: Clock = utc_now) -> AcmeStatus:
    """Everything `trustanchor acme status` shows, for the ACME folder `out`."""
    settings = read_settings(out)
    url = str(settings.get("directory", ""))
    intermediate = _load_pem(out / INTERMEDIATE_FILE)
    up, problem = probe_directory(url, out / ROOT_FILE, timeout=timeout)
    now = clock()
    left = intermediate.not_valid_after_utc - now
    cn = intermediate.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return AcmeStatus(
        directory_url=url, up=up, problem=problem,
        intermediate_name=str(cn[0].value) if cn else intermediate.subject.rfc4514_string(),
        intermediate_not_after=intermediate.not_valid_after_utc,
        days_left=left.days,
        issued=[c for c in issued_certificates(out / DATA_DIR, intermediate)
                if now - c.not_before <= RECENT],
    )


def probe_directory(url: str, root_file: Path, *, timeout: float) -> tuple[bool, str | None]:
    """(True, None) when the ACME directory answers over TLS verified with the root alone."""
    if not url.startswith("https://"):
        return False, QT_TRANSLATE_NOOP(
            "core.status", "the directory URL {url!r} in acme.json is not an https:// URL"
        ).format(url=url)
    try:
        context = ssl.create_default_context(cafile=str(root_file))
    except (OSError, ssl.SSLError) as exc:
        return False, QT_TRANSLATE_NOOP(
            "core.status", "cannot read the root certificate {path}: {reason}").format(
            path=root_file, reason=exc)
    try:
        # The URL is the https:// one setup wrote, never a file: or other scheme.
        opened = urllib.request.urlopen(url, timeout=timeout, context=context)  # noqa: S310
        with opened as response:
            body = json.loads(response.read(1_000_000))
    except urllib.error.URLError as exc:
        return False, QT_TRANSLATE_NOOP("core.status", "{url} does not answer ({reason})").format(
            url=url, reason=exc.reason)
    except (OSError, ValueError) as exc:
        return False, QT_TRANSLATE_NOOP(
            "core.status", "{url} does not answer like an ACME server ({reason})").format(
            url=url, reason=exc)
    if not isinstance(body, dict) or "newOrder" not in body:
        return False, QT_TRANSLATE_NOOP(
            "core.status", "{url} answered, but not with an ACME directory").format(url=url)
    return True, None


def issued_certificates(data_dir: Path, intermediate: x509.Certificate) -> list[IssuedCertificate]:
    """Leaves signed by `intermediate` found in files under `data_dir`, newest first."""
    found: dict[int, x509.Certificate] = {}
    for data in _files(data_dir):
        for cert in _certificates_in(data):
            if cert.serial_number not in found and _issued_by(cert, intermediate):
                found[cert.serial_number] = cert
    records = [_record(cert) for cert in found.values()]
    return sorted(records, key=lambda r: r.not_before, reverse=True)


def _files(folder: Path) -> Iterator[bytes]:
    if not folder.is_dir():
        return
    for count, path in enumerate(sorted(folder.rglob("*"))):
        if count >= _MAX_FILES:
            return
        if path.is_symlink() or not path.is_file():
            continue
        try:
            yield read_limited(path, _MAX_FILE_BYTES, what=QT_TRANSLATE_NOOP(
                "core.status", "Caddy data file"))
        except (InputFileError, OSError):
            continue  # too large, a file Caddy is rewriting, or one we may not read: skip it


def _certificates_in(data: bytes) -> Iterator[x509.Certificate]:
    if b"-----BEGIN CERTIFICATE-----" in data:
        try:
            pem = x509.load_pem_x509_certificates(data)
        except ValueError:
            pem = []
        yield from pem
    start = data.find(_DER_START)
    while start >= 0:
        cert = _der_at(data, start)
        if cert is not None:
            yield cert
        start = data.find(_DER_START, start + 1)


def _der_at(data: bytes, start: int) -> x509.Certificate | None:
    length = int.from_bytes(data[start + 2:start + 4], "big")
    try:
        return x509.load_der_x509_certificate(data[start:start + 4 + length])
    except ValueError:
        return None


def _issued_by(cert: x509.Certificate, intermediate: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(intermediate)
    except Exception:  # InvalidSignature, ValueError, TypeError: not one of the ACME server's
        return False
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return True
    return not bc.ca


def _record(cert: x509.Certificate) -> IssuedCertificate:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = tuple(str(n.value) for n in san if isinstance(n, x509.DNSName | x509.IPAddress))
    except x509.ExtensionNotFound:
        names = ()
    return IssuedCertificate(names, f"{cert.serial_number:X}", cert.not_valid_before_utc,
                             cert.not_valid_after_utc)


def _load_pem(path: Path) -> x509.Certificate:
    if not path.exists() and not path.is_symlink():
        raise OutputFileError(QT_TRANSLATE_NOOP("core.status", "{path} is missing; run"
            " `trustanchor acme setup` again").format(path=path),
                              str(path))
    try:
        return load_certificate(path)
    except ImportFormatError as exc:
        raise OutputFileError(QT_TRANSLATE_NOOP("core.status", "cannot read the certificate"
            " {path}: {exc}").format(path=path, exc=exc), str(path)) from exc
