"""What a person needs to know about a certificate, read from the certificate alone.

The one place that loads a certificate file and reads its name, fingerprint, names, validity,
key and constraints: `ca show`, `check`, the import, the CA home, the profile and the wizard all
call it, so a CA's name and fingerprint read the same everywhere (the phone page shows the same
short fingerprint the desktop does).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.x509.oid import NameOID

from trustanchor.core.errors import ImportFormatError
from trustanchor.core.pki.inputs import InputFileError, read_limited
from trustanchor.core.pki.names import SubjectName
from trustanchor.core.text import QT_TRANSLATE_NOOP

SHORT_FINGERPRINT_BYTES = 8
# The name shown for a certificate whose subject is empty (RFC 5280 allows it for leaves).
NO_NAME = "Unnamed certificate"
_PEM_MARKER = b"-----BEGIN"


def load_certificate(source: bytes | Path) -> x509.Certificate:
    """A certificate from PEM or DER bytes, or from a file holding either.

    Every failure is an ImportFormatError: cryptography raises ValueError and others (such as
    x509.InvalidVersion) on damaged input, so anything it raises is caught and chained.
    """
    label = str(source) if isinstance(source, Path) else "the data"
    if isinstance(source, Path):
        try:
            source = read_limited(source, what=QT_TRANSLATE_NOOP("core.reader", "certificate file"))
        except InputFileError as exc:
            raise ImportFormatError(exc.message) from exc
    try:
        if _PEM_MARKER in source:
            return x509.load_pem_x509_certificate(source)
        return x509.load_der_x509_certificate(source)
    except Exception as exc:  # cryptography raises more than ValueError on damage
        raise ImportFormatError(QT_TRANSLATE_NOOP("core.reader", "{label} is not a PEM or DER"
            " certificate").format(label=label)) from exc


def sha256_digest(certificate: x509.Certificate) -> bytes:
    """SHA-256 of the DER certificate."""
    return certificate.fingerprint(hashes.SHA256())


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as "AB:CD:...", as iOS shows it under More Details."""
    return sha256_digest(certificate).hex(":").upper()


def short_fingerprint(certificate: x509.Certificate) -> str:
    """The first 8 bytes of the SHA-256 fingerprint: enough to tell two CAs apart by eye."""
    return fingerprint(certificate)[: SHORT_FINGERPRINT_BYTES * 3 - 1]


def subject_common_name(certificate: x509.Certificate) -> str | None:
    """The subject's first Common Name as text (None when it has none)."""
    values = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not values:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def subject_attribute(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    """The subject's first attribute of type `oid`, stripped; None when absent or blank."""
    values = certificate.subject.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return safe_text(text.strip()) or None


# Characters that must never reach a terminal, a log line or a property list from a name we did
# not choose: C0/C1 controls and DEL (ESC sequences, BEL, newlines that forge lines), format
# characters such as the bidirectional overrides U+202E/U+2066-2069 (text that reads differently
# than it is), and the line and paragraph separators. ZWJ/ZWNJ are format characters that some
# scripts (Persian, Indic, emoji) need, so they stay.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
_ALLOWED_FORMAT = frozenset({"\u200c", "\u200d"})


def _plain_ascii(text: str) -> bool:
    """Printable ASCII: the only unsafe ASCII characters are the controls (category Cc)."""
    return text.isascii() and text.isprintable()


def unsafe_character(text: str) -> str | None:
    """The first control, format or line-separator character in `text`, as "U+001B"; None when
    there is none. The one policy for names that come from outside (imports, files)."""
    if _plain_ascii(text):
        return None
    import unicodedata  # only for non-ASCII text: its tables cost start-up time

    for ch in text:
        if unicodedata.category(ch) in _UNSAFE_CATEGORIES and ch not in _ALLOWED_FORMAT:
            return f"U+{ord(ch):04X}"
    return None


def safe_text(text: str) -> str:
    """`text` with every character `unsafe_character` would name replaced by "?"."""
    if _plain_ascii(text):
        return text
    import unicodedata

    return "".join(
        "?" if unicodedata.category(ch) in _UNSAFE_CATEGORIES and ch not in _ALLOWED_FORMAT
        else ch
        for ch in text
    )


def unsafe_subject_character(certificate: x509.Certificate) -> tuple[str, str] | None:
    """(attribute name, "U+XXXX") for the first subject attribute holding an unsafe character."""
    for attribute in certificate.subject:
        value = attribute.value
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        found = unsafe_character(text)
        if found is not None:
            label = {NameOID.COMMON_NAME: "name", NameOID.ORGANIZATION_NAME: "organization"}
            return label.get(attribute.oid, attribute.oid.dotted_string), found
    return None


def display_name(certificate: x509.Certificate) -> str:
    """The name to show for a certificate: its Common Name, else the whole subject, else a
    placeholder. The one fallback policy for every screen, file name and profile.

    Control and format characters become "?": imports refuse them, but a CA placed in the home
    by hand must not write escape sequences to a terminal or break a property list either.
    """
    common = (subject_common_name(certificate) or "").strip()
    return safe_text(common or certificate.subject.rfc4514_string() or NO_NAME)


def is_ca(certificate: x509.Certificate) -> bool:
    """True when basicConstraints says CA:TRUE (RFC 5280 4.2.1.9); False when it is absent."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    except x509.ExtensionNotFound:
        return False
    return constraints.value.ca


def name_constraints(certificate: x509.Certificate) -> x509.NameConstraints | None:
    try:
        return certificate.extensions.get_extension_for_class(x509.NameConstraints).value
    except x509.ExtensionNotFound:
        return None


def subtree_text(entry: x509.GeneralName) -> str:
    """A name-constraint subtree as text: "home.arpa", "192.168.0.0/16"."""
    if isinstance(entry, x509.IPAddress | x509.DNSName):
        return safe_text(str(entry.value))
    return safe_text(f"{type(entry).__name__}: {entry.value}")


def permitted_subtrees(certificate: x509.Certificate) -> tuple[str, ...]:
    """The CA's permitted name-constraint subtrees in readable form, () when unconstrained."""
    constraints = name_constraints(certificate)
    if constraints is None:
        return ()
    return tuple(subtree_text(entry) for entry in constraints.permitted_subtrees or ())


def san_names(certificate: x509.Certificate) -> tuple[SubjectName, ...]:
    """The DNS names and IP addresses in a certificate's subjectAltName, in order."""
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    names: list[SubjectName] = []
    for entry in san:
        if isinstance(entry, x509.DNSName):
            names.append(SubjectName("dns", entry.value, entry.value))
        elif isinstance(entry, x509.IPAddress):
            names.append(SubjectName("ip", str(entry.value), str(entry.value)))
    return tuple(names)


def validity(certificate: x509.Certificate) -> tuple[dt.datetime, dt.datetime]:
    """(notBefore, notAfter) in UTC."""
    return certificate.not_valid_before_utc, certificate.not_valid_after_utc


def describe_key(certificate: x509.Certificate) -> str:
    """'ECDSA P-256', 'RSA 3072', 'Ed25519', ..."""
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        curve = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
        return f"ECDSA {curve.get(key.curve.name, key.curve.name)}"
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448"
    return type(key).__name__


class CertificateSummary(NamedTuple):
    name: str
    fingerprint: str
    short_fingerprint: str
    key: str
    not_before: dt.datetime
    not_after: dt.datetime
    permitted: tuple[str, ...]
    serial: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "fingerprint_sha256": self.fingerprint,
            "short_fingerprint": self.short_fingerprint, "key": self.key,
            "not_before": self.not_before.isoformat(), "not_after": self.not_after.isoformat(),
            "permitted": list(self.permitted), "serial": self.serial,
        }


def summarize(certificate: x509.Certificate) -> CertificateSummary:
    not_before, not_after = validity(certificate)
    return CertificateSummary(
        name=display_name(certificate),
        fingerprint=fingerprint(certificate),
        short_fingerprint=short_fingerprint(certificate),
        key=describe_key(certificate),
        not_before=not_before,
        not_after=not_after,
        permitted=permitted_subtrees(certificate),
        serial=format(certificate.serial_number, "X"),
    )
