"""The private root certificate authority: create it, issue server certificates, export it.

The root follows what iOS needs to list a root in Certificate Trust Settings (Apple support
102390): self-signed, basicConstraints critical CA:TRUE, a Common Name (mkcert issue 47),
keyUsage keyCertSign + cRLSign, a subjectKeyIdentifier, SHA-2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from trustanchor.core.clock import Clock, utc_now
from trustanchor.core.defaults import (
    CA_YEARS,
    MAX_CA_YEARS,
    MAX_NAME_ATTRIBUTE_LENGTH,
    SERVER_CERT_DAYS,
    KeyType,
)
from trustanchor.core.errors import (
    CertificateRuleError,
    ImportFormatError,
    InvalidNameError,
    PassphraseError,
)
from trustanchor.core.pki import reader, rules
from trustanchor.core.pki.keystore import encrypt_private_key
from trustanchor.core.pki.leaf import (
    CLOCK_SKEW_ALLOWANCE,
    PrivateKey,
    ServerCertificate,
    build_server_certificate,
    check_server_days,
    default_leaf_key_type,
    generate_private_key,
    key_type_of,
    pkcs12_bytes,
    private_key_pem,
    signature_hash,
    within_name_constraints,
)
from trustanchor.core.pki.names import SubjectName, parse_names, parse_permitted
from trustanchor.core.pki.rule_table import Severity
from trustanchor.core.text import QT_TRANSLATE_NOOP

# An exported key is for other tools, so its scrypt cost (RFC 7914) stays within OpenSSL 3's
# default 32 MiB scrypt memory cap: n = 2**14 with r = 8 uses 16 MiB (OpenSSL's own `-scrypt`
# default); 2**15 is refused ("memory limit exceeded"). Still memory-hard, unlike the 2,048
# PBKDF2 rounds of BestAvailableEncryption. The key at rest keeps the stronger n = 2**17.
EXPORT_SCRYPT_LOG2_N = 14

NameConstraintEntry = x509.DNSName | x509.IPAddress


class CertificateAuthority:
    """A root CA certificate with its private key."""

    def __init__(self, certificate: x509.Certificate, private_key: PrivateKey) -> None:
        """Pair a CA certificate with its key; ImportFormatError if they do not belong together."""
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if certificate.public_key().public_bytes(der, spki) != private_key.public_key(
        ).public_bytes(der, spki):
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("core.ca", "The private key does not belong to this CA"
                    " certificate; pick the matching key.")
            )
        try:
            self.key_type: KeyType = key_type_of(private_key)
        except ValueError:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("core.ca", "This CA's key type is not supported; iPhones need"
                    " RSA (2048, 3072 or 4096 bits) or ECDSA P-256 / P-384.")
            ) from None
        if not reader.is_ca(certificate):
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("core.ca", "This certificate is not a CA (it lacks"
                    " basicConstraints CA:TRUE); pick the CA certificate, not a server"
                    " certificate.")
            )
        self.certificate = certificate
        self.private_key = private_key

    def __repr__(self) -> str:
        return f"CertificateAuthority(name={self.name!r}, key_type={self.key_type.value!r})"

    # -- creation --------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        name: str,
        *,
        organization: str | None = None,
        key_type: KeyType = KeyType.EC_P256,
        years: int = CA_YEARS,
        permitted: Sequence[str] = (),
        clock: Clock = utc_now,
    ) -> CertificateAuthority:
        """Make a new self-signed root CA with a fresh key.

        `permitted` optionally restricts what the CA may sign (RFC 5280 4.2.1.10): DNS domains
        such as `home.arpa` and IP ranges such as `192.168.0.0/16`. See constraint_warnings()
        for what to tell the user about a partial set.
        """
        subject = _subject(name, organization)
        if not 1 <= years <= MAX_CA_YEARS:
            raise CertificateRuleError(
                QT_TRANSLATE_NOOP("core.ca", "A CA can be valid for 1 to {limit} years;"
                    " {usual} is usual.").format(limit=MAX_CA_YEARS, usual=CA_YEARS)
            )
        subtrees = _parse_permitted_list(permitted)
        key = generate_private_key(KeyType(key_type))
        now = _aware(clock())
        certificate = _root_certificate(subject, key, now - CLOCK_SKEW_ALLOWANCE, years, subtrees)
        ensure_rules_pass(certificate, None, now=now)
        return cls(certificate, key)

    # -- facts -----------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The Common Name (what iOS lists under Certificate Trust Settings)."""
        return reader.display_name(self.certificate)

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    @property
    def fingerprint_sha256(self) -> str:
        """SHA-256 of the DER certificate as "AB:CD:...", as iOS shows it under More Details."""
        return reader.fingerprint(self.certificate)

    @property
    def short_fingerprint(self) -> str:
        """The first 8 bytes of the SHA-256 fingerprint, to compare on phone and desktop."""
        return reader.short_fingerprint(self.certificate)

    @property
    def permitted_names(self) -> tuple[str, ...]:
        """The permitted name-constraint subtrees as text; () when unconstrained."""
        return reader.permitted_subtrees(self.certificate)

    @property
    def cert_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def cert_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    # -- issuing ---------------------------------------------------------------------------

    def issue_server_cert(
        self,
        *names: str,
        days: int = SERVER_CERT_DAYS,
        key_type: KeyType | None = None,
        clock: Clock = utc_now,
    ) -> ServerCertificate:
        """Issue a TLS server certificate for `names` with its own fresh key.

        Raises InvalidNameError for a bad or disallowed name and CertificateRuleError when the
        result would break Apple's rules (checked by core/pki/rules.py before it is returned).
        """
        check_server_days(days)
        subjects = parse_names(names)
        self._check_constraints(subjects)
        now = _aware(clock())
        self._check_ca_lifetime(now, days)
        key = generate_private_key(key_type or default_leaf_key_type(self.key_type))
        certificate = build_server_certificate(
            subjects,
            ca_certificate=self.certificate,
            ca_key=self.private_key,
            key=key,
            days=days,
            now=now,
        )
        ensure_rules_pass(certificate, self.certificate, now=now)
        return ServerCertificate.from_parts(certificate, key, self.certificate)

    def _check_constraints(self, subjects: Iterable[SubjectName]) -> None:
        constraints = reader.name_constraints(self.certificate)
        if constraints is None:
            return
        for subject in subjects:
            if not within_name_constraints(subject, constraints):
                allowed = ", ".join(self.permitted_names) or "nothing of this kind"
                raise InvalidNameError(
                    subject.text,
                    QT_TRANSLATE_NOOP("core.ca", "{display} is outside what this CA may sign"
                        " ({allowed}); use a name within those, or a CA without name"
                        " constraints.").format(
                        display=subject.display, allowed=allowed),
                )

    def _check_ca_lifetime(self, now: dt.datetime, days: int) -> None:
        if now < self.certificate.not_valid_before_utc:
            raise CertificateRuleError(
                QT_TRANSLATE_NOOP("core.ca", "The CA only becomes valid on"
                    " {day:%Y-%m-%d}; check this computer's date and"
                    " time.").format(
                    day=self.certificate.not_valid_before_utc)
            )
        if now >= self.not_after:
            raise CertificateRuleError(
                QT_TRANSLATE_NOOP("core.ca", "The CA expired on {not_after:%Y-%m-%d}; create a new"
                    " CA and install it on your devices.").format(not_after=self.not_after)
            )
        leaf_end = now - CLOCK_SKEW_ALLOWANCE + dt.timedelta(days=days)
        if leaf_end > self.not_after:
            left = max((self.not_after - now).days, 0)
            raise CertificateRuleError(
                QT_TRANSLATE_NOOP("core.ca", "The CA expires on {not_after:%Y-%m-%d}, before this"
                    " certificate would; issue it for at most {left} days, or create a new"
                    " CA.").format(
                    not_after=self.not_after, left=left)
            )

    # -- exports ---------------------------------------------------------------------------

    def export_pkcs12(self, password: bytes) -> bytes:
        """CA certificate + key as PKCS#12 (PBES2 / AES-256, high KDF rounds)."""
        return pkcs12_bytes(self.name, self.private_key, self.certificate, (), password)

    def export_key_pem(self, password: bytes | None) -> bytes:
        """The CA key as standard PKCS#8 PEM: encrypted (PBES2 + scrypt) or plain."""
        if password is None:
            return private_key_pem(self.private_key)
        if not password:
            raise PassphraseError(QT_TRANSLATE_NOOP("core.ca", "Choose a passphrase for the"
                " exported key; it cannot be empty."))
        return encrypt_private_key(self.private_key, password, log2_n=EXPORT_SCRYPT_LOG2_N)


def constraint_warnings(permitted: Sequence[str]) -> list[str]:
    """What a partial set of name constraints leaves open, as sentences for the CLI and GUI.

    RFC 5280 4.2.1.10 constrains each name type only when a subtree of that type is present:
    with DNS subtrees alone, the CA can still vouch for every IP address (and vice versa).
    Raises InvalidNameError for an entry that does not parse.
    """
    subtrees = _parse_permitted_list(permitted)
    has_dns = any(isinstance(entry, x509.DNSName) for entry in subtrees)
    has_ip = any(isinstance(entry, x509.IPAddress) for entry in subtrees)
    warnings: list[str] = []
    if has_dns and not has_ip:
        warnings.append(QT_TRANSLATE_NOOP(
            "core.ca", "IP addresses stay unrestricted: this CA could vouch for any IP address. "
                       "Add an IP range too, such as 192.168.0.0/16."))
    if has_ip and not has_dns:
        warnings.append(QT_TRANSLATE_NOOP(
            "core.ca", "Host names stay unrestricted: this CA could vouch for any web site. Add "
                       "a domain too, such as home.arpa."))
    return warnings


# -- helpers ---------------------------------------------------------------------------------


def _root_certificate(
    subject: x509.Name,
    key: PrivateKey,
    not_before: dt.datetime,
    years: int,
    subtrees: list[NameConstraintEntry],
) -> x509.Certificate:
    public_key = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())  # RFC 5280 4.1.2.2: <= 20 octets
        .not_valid_before(not_before)
        .not_valid_after(_add_years(not_before, years))
        # pathLen 1: room for one intermediate (the ACME server's, core/pki/intermediate.py);
        # leaves are still signed by the root directly. pathLen 0 would not bound a stolen root
        # key, which signs leaves for any name anyway; name constraints are what bound it.
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if subtrees:
        # RFC 5280 4.2.1.10: conforming CAs MUST mark name constraints critical.
        constraints = x509.NameConstraints(permitted_subtrees=subtrees, excluded_subtrees=None)
        builder = builder.add_extension(constraints, critical=True)
    return builder.sign(key, signature_hash(key))


def _subject(name: str, organization: str | None) -> x509.Name:
    common_name = _name_attribute(name, QT_TRANSLATE_NOOP("core.ca", "CA name"))
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organization is not None and organization.strip():
        value = _name_attribute(
            organization, QT_TRANSLATE_NOOP("core.ca", "organization"))
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, value))
    return x509.Name(attributes)


def _name_attribute(text: str, what: str) -> str:
    value = text.strip()
    if not value:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.ca", "Give the {what} in words, such as 'Home Network"
                " CA'; iPhones need one.").format(what=what)
        )
    if len(value) > MAX_NAME_ATTRIBUTE_LENGTH:
        raise InvalidNameError(
            text, QT_TRANSLATE_NOOP("core.ca", "The {what} can be at most"
                " {limit} characters long.").format(
                what=what, limit=MAX_NAME_ATTRIBUTE_LENGTH)
        )
    if not value.isprintable():
        raise InvalidNameError(text, QT_TRANSLATE_NOOP("core.ca", "The {what} contains an"
            " invisible character; retype it.").format(what=what))
    return value


def _parse_permitted_list(permitted: Sequence[str]) -> list[NameConstraintEntry]:
    if isinstance(permitted, str):
        raise TypeError("permitted must be a sequence of strings, not one string")
    subtrees: list[NameConstraintEntry] = []
    for text in permitted:
        entry = parse_permitted(text)
        if not isinstance(entry, x509.DNSName | x509.IPAddress):
            raise TypeError("parse_permitted returned an unexpected name type")
        if entry in subtrees:
            raise InvalidNameError(text, QT_TRANSLATE_NOOP(
                "core.ca", "{entry} is listed twice; keep one.").format(
                entry=reader.subtree_text(entry)))
        subtrees.append(entry)
    return subtrees


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def ensure_rules_pass(
    certificate: x509.Certificate, ca: x509.Certificate | None, *, now: dt.datetime
) -> None:
    """Run Apple's rules (core/pki/rules.py) and raise CertificateRuleError on any ERROR finding.

    Everything this module makes goes through here before anyone can save it.
    """
    findings = rules.check(certificate, ca, now=now)
    if rules.has_errors(findings):
        first = next(f for f in findings if f.severity == Severity.ERROR)
        raise CertificateRuleError(
            QT_TRANSLATE_NOOP("core.ca", "The new certificate would be rejected: {problem}").format(
                problem=first.message), tuple(findings)
        )


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock must return a timezone-aware datetime")
    return moment.astimezone(dt.UTC)


def _add_years(moment: dt.datetime, years: int) -> dt.datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February in a year that is not a leap year
        return moment.replace(year=moment.year + years, day=28)
