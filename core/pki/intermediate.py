"""An intermediate CA under the user's root, for an ACME server (Caddy) to sign leaves with.

The intermediate is CA:TRUE with pathLen 0 (it signs only leaves), keyCertSign + cRLSign
critical, SKI/AKI, and carries the root's name constraints over (RFC 5280 4.2.1.10 applies them
along the whole path, so repeating them keeps the bound visible to anyone reading it alone). It
lives well under the root's lifetime and never past the root's notAfter. The root must leave
room for it: a root with pathLen 0 cannot delegate (RFC 5280 4.2.1.9), and nothing here changes
the CA on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from trustanchor.core.clock import Clock, utc_now
from trustanchor.core.errors import CertificateRuleError, InvalidNameError
from trustanchor.core.pki.ca import CertificateAuthority, ensure_rules_pass
from trustanchor.core.pki.leaf import (
    CLOCK_SKEW_ALLOWANCE,
    PrivateKey,
    generate_private_key,
    private_key_pem,
    signature_hash,
    within_name_constraints,
)
from trustanchor.core.pki.names import parse_names
from trustanchor.core.text import QT_TRANSLATE_NOOP

INTERMEDIATE_DAYS = 730  # two years: well under a root's ten, renewed by running setup again
MIN_INTERMEDIATE_DAYS = 7
MAX_INTERMEDIATE_DAYS = 1825
NAME_SUFFIX = " ACME"
_MAX_CN = 64  # RFC 5280 appendix A: ub-common-name

PATHLEN_ZERO = QT_TRANSLATE_NOOP(
    "core.intermediate", "this CA was made with path length 0, so it cannot delegate to an"
    " intermediate; make a new CA with `trustanchor ca create --replace` if you want automatic"
    " renewal")


@dataclass(frozen=True)
class Intermediate:
    """The intermediate certificate with its own key (never the root's)."""

    certificate: x509.Certificate
    private_key: PrivateKey

    def __repr__(self) -> str:
        return f"Intermediate(name={self.name!r}, not_after={self.not_after:%Y-%m-%d})"

    @property
    def name(self) -> str:
        values = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(values[0].value) if values else self.certificate.subject.rfc4514_string()

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    @property
    def cert_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        """Unencrypted PKCS#8: Caddy reads the key without a passphrase."""
        return private_key_pem(self.private_key)


def can_delegate(root: x509.Certificate) -> bool:
    """Whether the root's basicConstraints leave room for one intermediate below it."""
    try:
        bc = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    return bc.ca and (bc.path_length is None or bc.path_length >= 1)


def ensure_can_delegate(root: x509.Certificate) -> None:
    """CertificateRuleError with one sentence when the root cannot sign an intermediate."""
    if not can_delegate(root):
        raise CertificateRuleError(PATHLEN_ZERO)


def ensure_names_allowed(root: x509.Certificate, names: tuple[str, ...]) -> None:
    """InvalidNameError when a name of the ACME server lies outside the root's constraints.

    The ACME server's own HTTPS certificate comes from the same root, so such a name would
    make it untrusted everywhere.
    """
    try:
        constraints = root.extensions.get_extension_for_class(x509.NameConstraints).value
    except x509.ExtensionNotFound:
        return
    for subject in parse_names(names):
        if not within_name_constraints(subject, constraints):
            raise InvalidNameError(subject.text, QT_TRANSLATE_NOOP(
                "core.intermediate", "{display} is outside what this CA may sign, so clients would"
                " not trust the ACME server by that name; give --names within the CA's"
                " limits.").format(
                display=subject.display))


def issue_intermediate(
    ca: CertificateAuthority, *, days: int = INTERMEDIATE_DAYS, clock: Clock = utc_now
) -> Intermediate:
    """Sign a fresh intermediate for an ACME server; checked against the rules before returning."""
    ensure_can_delegate(ca.certificate)
    if not MIN_INTERMEDIATE_DAYS <= days <= MAX_INTERMEDIATE_DAYS:
        raise CertificateRuleError(
            QT_TRANSLATE_NOOP("core.intermediate", "The intermediate can live"
                " {shortest} to {longest} days; {usual} is"
                " usual.").format(
                shortest=MIN_INTERMEDIATE_DAYS,
                longest=MAX_INTERMEDIATE_DAYS, usual=INTERMEDIATE_DAYS)
        )
    now = clock().astimezone(dt.UTC)
    not_before = now - CLOCK_SKEW_ALLOWANCE
    not_after = min(not_before + dt.timedelta(days=days), ca.not_after)
    if not_after - now < dt.timedelta(days=MIN_INTERMEDIATE_DAYS):
        raise CertificateRuleError(
            QT_TRANSLATE_NOOP("core.intermediate", "The CA expires on {not_after:%Y-%m-%d}, too"
                " soon to delegate to an intermediate; create a new CA first.").format(
                not_after=ca.not_after)
        )
    key = generate_private_key(ca.key_type)
    certificate = _build(ca, key, not_before, not_after)
    ensure_rules_pass(certificate, ca.certificate, now=now)
    return Intermediate(certificate, key)


def _build(
    ca: CertificateAuthority, key: PrivateKey, not_before: dt.datetime, not_after: dt.datetime
) -> x509.Certificate:
    public_key = key.public_key()
    name = (ca.name[: _MAX_CN - len(NAME_SUFFIX)] + NAME_SUFFIX).strip()
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        # pathLen 0: the ACME server signs leaves only, never another CA.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(_authority_key_id(ca.certificate), critical=False)
    )
    try:
        constraints = ca.certificate.extensions.get_extension_for_class(x509.NameConstraints)
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is not None:
        builder = builder.add_extension(constraints.value, critical=True)
    return builder.sign(ca.private_key, signature_hash(ca.private_key))


def _key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
        encipher_only=False, decipher_only=False,
    )


def _authority_key_id(root: x509.Certificate) -> x509.AuthorityKeyIdentifier:
    try:
        ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    except x509.ExtensionNotFound:
        return x509.AuthorityKeyIdentifier(
            x509.SubjectKeyIdentifier.from_public_key(root.public_key()).digest,
            None, None,
        )
    return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski)
