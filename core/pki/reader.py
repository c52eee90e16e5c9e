"""What a person needs to know about a certificate, read from the certificate alone.

Used by `ca show`, `check` and the wizard, so a CA's name and fingerprint read the same everywhere
(the phone page shows the same short fingerprint the desktop does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.x509.oid import NameOID

SHORT_FINGERPRINT_BYTES = 8


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as colon-separated upper-case hex."""
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def short_fingerprint(certificate: x509.Certificate) -> str:
    """The first 8 bytes of the SHA-256 fingerprint: enough to tell two CAs apart by eye."""
    return fingerprint(certificate)[: SHORT_FINGERPRINT_BYTES * 3 - 1]


def common_name(certificate: x509.Certificate) -> str:
    """The subject's Common Name, or the whole subject when it has none."""
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        value = names[0].value
        return value.decode(errors="replace") if isinstance(value, bytes) else value
    return certificate.subject.rfc4514_string() or "(no name)"


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


def permitted_subtrees(certificate: x509.Certificate) -> tuple[str, ...]:
    """The CA's permitted name-constraint subtrees in readable form, () when unconstrained."""
    try:
        ext = certificate.extensions.get_extension_for_class(x509.NameConstraints)
    except x509.ExtensionNotFound:
        return ()
    return tuple(str(name.value) for name in ext.value.permitted_subtrees or ())


@dataclass(frozen=True)
class CertificateSummary:
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
    return CertificateSummary(
        name=common_name(certificate),
        fingerprint=fingerprint(certificate),
        short_fingerprint=short_fingerprint(certificate),
        key=describe_key(certificate),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        permitted=permitted_subtrees(certificate),
        serial=format(certificate.serial_number, "X"),
    )
