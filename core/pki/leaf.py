"""Key types, the server (leaf) certificate profile, and the bytes of the files a server needs.

The leaf profile follows Apple's rules for TLS server certificates on iOS 13+ / macOS 10.15+
(Apple support 103769, "Requirements for trusted certificates in iOS 13 and macOS 10.15"):
every name in subjectAltName, extendedKeyUsage serverAuth, SHA-2, RSA >= 2048 or EC >= P-256,
at most 825 days of validity.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Sequence
from typing import NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from trustanchor.core.defaults import (
    MAX_SERVER_CERT_DAYS,
    MIN_PASSPHRASE_LENGTH,
    SERVER_CERT_DAYS,
    KeyType,
)
from trustanchor.core.errors import CertificateRuleError, PassphraseError
from trustanchor.core.pki.names import SubjectName, file_stem
from trustanchor.core.pki.pkcs12mac import strengthen_mac
from trustanchor.core.pki.reader import san_names
from trustanchor.core.text import QT_TRANSLATE_NOOP

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

_CURVES: dict[KeyType, type[ec.EllipticCurve]] = {
    KeyType.EC_P256: ec.SECP256R1,
    KeyType.EC_P384: ec.SECP384R1,
}
_RSA_BITS: dict[KeyType, int] = {
    KeyType.RSA_2048: 2048,
    KeyType.RSA_3072: 3072,
    KeyType.RSA_4096: 4096,
}
RSA_PUBLIC_EXPONENT = 65537  # the only exponent everyone accepts (RFC 8017 practice)

# Backdate notBefore so a client whose clock runs a little slow still accepts a fresh
# certificate. The total validity (notAfter - notBefore) is still exactly the days asked for.
CLOCK_SKEW_ALLOWANCE = dt.timedelta(minutes=5)

# PKCS#12 protection: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for key and certificates
# (RFC 8018), SHA-256 MAC. 600,000 rounds follows OWASP's PBKDF2-HMAC-SHA256 guidance (2023);
# it costs about 0.1 s here. Readable by OpenSSL 1.1.1+, Windows 10 1709+ / Server 2019+, and
# Java 8u301+; older Windows only reads 3DES/RC2, which we do not offer on purpose.
PKCS12_KDF_ROUNDS = 600_000
# The MAC's key derivation (RFC 7292 appendix B) hashes once per iteration where PBKDF2-HMAC
# hashes twice, so twice the count makes a guess against the MAC cost what one against the key
# costs (core/pki/pkcs12mac.py). Java reads up to 5,000,000 (PKCS12KeyStore).
PKCS12_MAC_ITERATIONS = 2 * PKCS12_KDF_ROUNDS


def generate_private_key(key_type: KeyType) -> PrivateKey:
    """A fresh private key of the given type."""
    if key_type in _CURVES:
        return ec.generate_private_key(_CURVES[key_type]())
    return rsa.generate_private_key(RSA_PUBLIC_EXPONENT, _RSA_BITS[KeyType(key_type)])


def key_type_of(key: object) -> KeyType:
    """The KeyType of a private or public key; ValueError for any other key."""
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        for key_type, curve in _CURVES.items():
            if isinstance(key.curve, curve):
                return key_type
        raise ValueError(f"unsupported elliptic curve {key.curve.name}")
    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        for key_type, bits in _RSA_BITS.items():
            if key.key_size == bits:
                return key_type
        raise ValueError(f"unsupported RSA key size {key.key_size}")
    raise ValueError(f"unsupported key type {type(key).__name__}")


def signature_hash(signer: PrivateKey) -> hashes.SHA256 | hashes.SHA384:
    """SHA-384 for a P-384 signer (matching strength, RFC 5480 section 4), else SHA-256."""
    if isinstance(signer, ec.EllipticCurvePrivateKey) and isinstance(signer.curve, ec.SECP384R1):
        return hashes.SHA384()
    return hashes.SHA256()


def default_leaf_key_type(ca_key_type: KeyType) -> KeyType:
    """Same family as the CA: the same curve for EC, RSA 2048 for RSA (fast, and enough)."""
    return ca_key_type if ca_key_type in _CURVES else KeyType.RSA_2048


def check_server_days(days: int) -> None:
    """Refuse a validity Apple would reject (or that makes no sense) with a clear message."""
    if days < 1:
        raise CertificateRuleError(QT_TRANSLATE_NOOP("core.leaf", "A certificate must be valid for"
            " at least 1 day."))
    if days > MAX_SERVER_CERT_DAYS:
        raise CertificateRuleError(
            QT_TRANSLATE_NOOP("core.leaf", "{days} days is too long: iPhones and Macs reject"
                " server certificates valid for more than {limit} days; use"
                " {default} (the default) or fewer.").format(
                days=days, limit=MAX_SERVER_CERT_DAYS,
                default=SERVER_CERT_DAYS)
        )


def build_server_certificate(
    names: Sequence[SubjectName],
    *,
    ca_certificate: x509.Certificate,
    ca_key: PrivateKey,
    key: PrivateKey,
    days: int,
    now: dt.datetime,
) -> x509.Certificate:
    """Sign a TLS server certificate for `names` with the CA (checks are the caller's job)."""
    not_before = now - CLOCK_SKEW_ALLOWANCE
    # The Common Name is ignored for matching (Apple 103769); it only labels the certificate in
    # key-chain tools. ub-common-name is 64 characters (RFC 5280 appendix A); without a CN the
    # subject is empty and the SAN must then be critical (RFC 5280 4.2.1.6). Only a DNS name
    # goes there: OpenSSL checks a CN that looks like an address against a CA's DNS name
    # constraints and rejects an IP-only leaf under a constrained CA.
    common_name = next(
        (n.value for n in names if n.kind == "dns" and len(n.value) <= 64), None
    )
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, common_name)] if common_name else []
    )
    if subject == ca_certificate.subject:
        # A CA called "nas.local" issuing for nas.local: a leaf named like its issuer counts as
        # self-issued (RFC 5280 section 6.1), which verifiers and the rules checker treat
        # differently. Leave the subject empty instead.
        subject = x509.Name([])
    public_key = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())  # RFC 5280 4.1.2.2: positive, <= 20 octets
        .not_valid_before(not_before)
        .not_valid_after(not_before + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_leaf_key_usage(key), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([n.general_name() for n in names]),
            critical=not list(subject),
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(_authority_key_id(ca_certificate), critical=False)
    )
    return builder.sign(ca_key, signature_hash(ca_key))


def _leaf_key_usage(key: PrivateKey) -> x509.KeyUsage:
    # keyEncipherment only for RSA: RSA key transport (TLS 1.2 RSA kx) encrypts with the key;
    # an EC key cannot do that, so the bit would be wrong there (RFC 5480 section 3).
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=isinstance(key, rsa.RSAPrivateKey),
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def _authority_key_id(ca_certificate: x509.Certificate) -> x509.AuthorityKeyIdentifier:
    """AKI = the CA's own SKI (RFC 5280 4.2.1.1), computed from its key if it has none."""
    try:
        ski = ca_certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    except x509.ExtensionNotFound:
        ca_public_key = ca_certificate.public_key()
        if not isinstance(ca_public_key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
            raise ValueError("the CA key must be RSA or EC") from None
        return x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public_key)
    return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski.value)


def pkcs12_bytes(
    name: str,
    key: PrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    password: bytes,
) -> bytes:
    """A password-protected PKCS#12 file with modern algorithms (see PKCS12_KDF_ROUNDS); its
    MAC costs as many iterations as the key's encryption (core/pki/pkcs12mac.py), so it is no
    cheaper way to test guesses. Passwords shorter than MIN_PASSPHRASE_LENGTH are refused."""
    if not password:
        raise PassphraseError(QT_TRANSLATE_NOOP("core.leaf", "Choose a password for the .p12 file;"
            " it cannot be empty."))
    if len(password) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("core.leaf", "The .p12 password is too short: use at least"
                " {count} characters (or let TrustAnchor generate one).").format(
                count=MIN_PASSPHRASE_LENGTH)
        )
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password)
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, list(chain) or None, encryption
    )
    return strengthen_mac(data, password, PKCS12_MAC_ITERATIONS)


def private_key_pem(key: PrivateKey) -> bytes:
    """Unencrypted PKCS#8 PEM, what web servers read."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class ServerCertificate(NamedTuple):
    """A signed server certificate with its own private key and the issuing CA certificate."""

    certificate: x509.Certificate
    private_key: PrivateKey
    ca_certificate: x509.Certificate
    names: tuple[str, ...]  # as in the SAN, display form (U-labels)
    not_after: dt.datetime

    def __repr__(self) -> str:  # the private key stays out of logs and tracebacks
        return f"ServerCertificate(names={self.names!r}, not_after={self.not_after!r})"

    @classmethod
    def from_parts(
        cls, certificate: x509.Certificate, private_key: PrivateKey, ca: x509.Certificate
    ) -> ServerCertificate:
        """Wrap a certificate, reading its names and expiry from the certificate itself."""
        return cls(
            certificate=certificate,
            private_key=private_key,
            ca_certificate=ca,
            names=tuple(n.display for n in san_names(certificate)),
            not_after=certificate.not_valid_after_utc,
        )

    @property
    def file_stem(self) -> str:
        """File-name stem from the first name: `nas.local`, `_wildcard.lab.home.arpa`."""
        names = san_names(self.certificate)
        return file_stem(names[0]) if names else f"{self.certificate.serial_number:x}"

    def cert_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        """Unencrypted PKCS#8 PEM (servers must read it unattended); write it 0600."""
        return private_key_pem(self.private_key)

    def fullchain_pem(self) -> bytes:
        """Leaf then CA: what nginx, Caddy and most servers want (RFC 8446 4.4.2 order)."""
        return self.cert_pem() + self.ca_certificate.public_bytes(serialization.Encoding.PEM)

    def pkcs12(self, password: bytes) -> bytes:
        """Leaf + key + CA chain for Windows/IIS/Java, PBES2 + AES-256 protected."""
        return pkcs12_bytes(
            self.file_stem, self.private_key, self.certificate, [self.ca_certificate], password
        )


def within_name_constraints(subject: SubjectName, constraints: x509.NameConstraints) -> bool:
    """RFC 5280 4.2.1.10 for one SAN entry: inside some permitted subtree of its type (when
    there are any) and inside no excluded one. IPv4 and IPv6 are one type (iPAddress), so an
    IPv6 address is outside a CA that permits only IPv4 ranges."""
    kind = x509.DNSName if subject.kind == "dns" else x509.IPAddress
    permitted = [e for e in constraints.permitted_subtrees or () if isinstance(e, kind)]
    excluded = [e for e in constraints.excluded_subtrees or () if isinstance(e, kind)]
    if permitted and not any(_within(subject, entry) for entry in permitted):
        return False
    return not any(_within(subject, entry) for entry in excluded)


def _within(subject: SubjectName, entry: x509.GeneralName) -> bool:
    if isinstance(entry, x509.IPAddress):
        network = entry.value
        address = ipaddress.ip_address(subject.value)
        return (
            isinstance(network, ipaddress.IPv4Network | ipaddress.IPv6Network)
            and network.version == address.version
            and address in network
        )
    domain = str(entry.value).lower()
    if not domain:
        return True  # an empty dNSName constraint covers every name
    if domain.startswith("."):  # the older "only names under it" form some tools write
        return subject.value.endswith(domain)
    return subject.value == domain or subject.value.endswith("." + domain)
