"""The data behind `rules.check()`: every rule's code, severity, source and message, and limits.

Pure data, no checking logic: `rules.py` reads it. Each source names where the rule comes from
(an Apple support page, Apple's trustd source, an RFC section, a browser's behaviour), so a
finding can say why an iPhone refuses a certificate.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import NamedTuple

from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.oid import SignatureAlgorithmOID as Sig

from trustanchor.core.defaults import MAX_SERVER_CERT_DAYS
from trustanchor.core.text import QT_TRANSLATE_NOOP, Text


class Severity(StrEnum):
    ERROR = "error"  # an iPhone refuses the certificate
    WARNING = "warning"  # iOS accepts it; other clients or strict checkers may not
    INFO = "info"  # advice


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


class Finding(NamedTuple):
    """One broken or questionable rule: a stable code, a plain sentence, where the rule is from."""

    severity: Severity
    code: str
    message: str
    source: str

    def as_dict(self) -> dict[str, str]:
        """JSON-friendly form (`trustanchor check --json`)."""
        return {"severity": self.severity.value, "code": self.code,
                "message": self.message, "source": self.source}


APPLE_TLS = "Apple support 103769 (was HT210176): requirements for trusted certificates, iOS 13+"
APPLE_TRUST = "Apple support 102390: Certificate Trust Settings lists only CA:TRUE roots"
APPLE_PUBLIC_LIFETIME = "Apple support 102028 (398 days for public roots only); mkcert issue 588"
APPLE_VALIDITY = "Apple trustd SecPolicyServer.c, SecPolicyCheckOtherTrustValidityPeriodMaximums"
APPLE_KEYS = "Apple Security SecPolicy.c strong key sizes (RSA 2048, EC 256); RSA and EC only"
APPLE_HASH = f"{APPLE_TLS}; trustd SecPolicyServer.c skips the hash of self-signed roots"
MOZILLA_CA_LEAF = "RFC 5280 section 4.2.1.9; Firefox MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY"
STRICT = "OpenSSL -x509_strict and Python 3.13 ssl (VERIFY_X509_STRICT by default)"
WILDCARDS = "RFC 6125 section 6.4.3; Chromium refuses wildcards under a TLD or special-use domain"
CHROME_P521 = "BoringSSL kVerifySignatureAlgorithms lacks ecdsa_secp521r1_sha512"
RFC_EXT, RFC_PATH = "RFC 5280 section 4.2", "RFC 5280 section 6.1"

# Every rule: code -> (severity, source, message template). Codes are stable (CLI --json, GUI).
# "root." codes become "intermediate." for a CA that is not self-issued, "leaf." chain codes
# likewise; "key." codes become "issuer.key." for the issuing CA.
RULES: dict[str, tuple[Severity, str, Text]] = {
    "cert.bad-extensions": (ERROR, RFC_EXT, QT_TRANSLATE_NOOP(
        "core.rules", "An extension cannot be read ({detail}); iOS refuses malformed "
        "certificates.")),
    "cert.unknown-critical-extension": (ERROR, RFC_EXT, QT_TRANSLATE_NOOP(
        "core.rules", "The critical extension {oid} is unknown to verifiers, so they must "
        "refuse the certificate.")),
    "cert.expired": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate expired on {date} UTC, and iOS refuses expired "
        "certificates: make a new one.")),
    "cert.not-yet-valid": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate is valid only from {date} UTC; iOS refuses it until "
        "then (check the maker's clock).")),
    "cert.expires-soon": (INFO, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate expires on {date}: renew it soon.")),
    "key.rsa-too-small": (ERROR, APPLE_KEYS, QT_TRANSLATE_NOOP(
        "core.rules", "{who} has a {bits}-bit RSA key; iOS refuses RSA keys under 2048 bits: "
        "use RSA 2048+ or EC P-256.")),
    "key.ec-too-small": (ERROR, APPLE_KEYS, QT_TRANSLATE_NOOP(
        "core.rules", "{who} has a {bits}-bit EC key; iOS requires P-256 or more.")),
    "key.ec-curve-unsupported": (ERROR, APPLE_KEYS, QT_TRANSLATE_NOOP(
        "core.rules", "{who} uses the curve {curve}; Apple's TLS accepts only P-256, P-384 and "
        "P-521.")),
    "key.ec-p521": (WARNING, CHROME_P521, QT_TRANSLATE_NOOP(
        "core.rules", "{who} has a P-521 key: iOS accepts it, Chrome does not. P-256 or P-384 "
        "work everywhere.")),
    "key.unsupported-type": (ERROR, APPLE_KEYS, QT_TRANSLATE_NOOP(
        "core.rules", "{who} has {kind} key, but Apple's TLS accepts only RSA and EC keys: use "
        "EC P-256 or RSA 2048+.")),
    "sig.sha1": (ERROR, APPLE_HASH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate is signed with SHA-1, which iOS refuses for TLS "
        "(except in a root's own signature): sign it with SHA-256.")),
    "sig.md5": (ERROR, APPLE_HASH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate is signed with MD5, which iOS refuses for TLS (except "
        "in a root's own signature): sign it with SHA-256.")),
    "sig.unsupported": (ERROR, APPLE_HASH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate is signed with {alg}; Apple's TLS takes RSA or ECDSA "
        "signatures with SHA-2: sign it with SHA-256.")),
    "root.also-server": (WARNING, MOZILLA_CA_LEAF, QT_TRANSLATE_NOOP(
        "core.rules", "This root CA also names servers ({names}); Firefox refuses a CA as a "
        "server certificate: issue a separate one.")),
    "root.not-ca": (ERROR, APPLE_TRUST, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate is not a CA (basicConstraints CA:TRUE), so iOS does "
        "not list it in Certificate Trust Settings: make a real root.")),
    "root.ca-not-critical": (ERROR, f"{APPLE_TRUST}; RFC 5280 section 4.2.1.9", QT_TRANSLATE_NOOP(
        "core.rules", "CA:TRUE is not marked critical; iOS lists only critical CA:TRUE roots "
        "in Certificate Trust Settings.")),
    "root.no-pathlen": (INFO, "RFC 5280 sections 4.2.1.9, 4.2.1.10", QT_TRANSLATE_NOOP(
        "core.rules", "This CA has no path length limit, so chains of any depth pass; a stolen "
        "key signs leaves for any name anyway: name constraints are what bound it.")),
    "root.keyusage-missing": (WARNING, f"RFC 5280 section 4.2.1.3; {STRICT}", QT_TRANSLATE_NOOP(
        "core.rules", "This CA has no keyUsage: iOS accepts it, strict checkers refuse the "
        "chain.")),
    "root.no-keycertsign": (ERROR, "RFC 5280 sections 4.2.1.3, 6.1.4 (n)", QT_TRANSLATE_NOOP(
        "core.rules", "This CA's keyUsage lacks keyCertSign, so iOS refuses everything it "
        "signs.")),
    "root.ski-missing": (WARNING, f"RFC 5280 section 4.2.1.2; {STRICT}", QT_TRANSLATE_NOOP(
        "core.rules", "This CA has no subjectKeyIdentifier: iOS accepts it, strict checkers do "
        "not.")),
    "root.no-common-name": (ERROR, "mkcert issue 47 and its cert.go", QT_TRANSLATE_NOOP(
        "core.rules", "This root has no Common Name, and iOS does not list such a root in "
        "Certificate Trust Settings: give it a name such as \"Home CA\".")),
    "root.bad-signature": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This root's signature does not verify with its own key (damaged?), so "
        "iOS cannot use it as a root.")),
    "leaf.is-ca": (ERROR, MOZILLA_CA_LEAF, QT_TRANSLATE_NOOP(
        "core.rules", "This server certificate is also a CA (CA:TRUE); Firefox refuses it and "
        "a CA key must not sit on a server: use CA:FALSE.")),
    "leaf.self-signed": (ERROR, APPLE_TRUST, QT_TRANSLATE_NOOP(
        "core.rules", "This server certificate signs itself without being a CA, so iOS cannot "
        "trust it: issue it from a root CA on the iPhone.")),
    "leaf.name-only-in-cn": (ERROR, APPLE_TLS, QT_TRANSLATE_NOOP(
        "core.rules", "iOS ignores the Common Name for host names: put {cn} in the "
        "subjectAltName (here it is only in the Common Name).")),
    "leaf.san-missing": (ERROR, APPLE_TLS, QT_TRANSLATE_NOOP(
        "core.rules", "There is no subjectAltName with a DNS name or IP address, the only "
        "place iOS looks for host names: add the names.")),
    "leaf.cn-not-in-san": (WARNING, APPLE_TLS, QT_TRANSLATE_NOOP(
        "core.rules", "The Common Name {cn} is not in the subjectAltName, so iOS refuses "
        "connections to {cn}: add it there.")),
    "leaf.ip-as-dns": (WARNING, "RFC 6125 section 6.2.1", QT_TRANSLATE_NOOP(
        "core.rules", "{name} is written as a DNS name; iPhones and browsers match addresses "
        "only as IP:{name} entries.")),
    "leaf.wildcard-invalid": (WARNING, WILDCARDS, QT_TRANSLATE_NOOP(
        "core.rules", "Browsers accept a wildcard only as the whole left-most label (like "
        "*.lab.home.arpa), not {name}.")),
    "leaf.wildcard-too-broad": (WARNING, WILDCARDS, QT_TRANSLATE_NOOP(
        "core.rules", "Browsers refuse {name}, a wildcard right under {parent}: use "
        "nas.{parent} or *.lab.{parent}.")),
    "leaf.san-not-critical": (WARNING, f"RFC 5280 section 4.2.1.6; {STRICT}", QT_TRANSLATE_NOOP(
        "core.rules", "The subject is empty, so the subjectAltName must be critical for strict "
        "checkers.")),
    "leaf.eku-missing": (ERROR, APPLE_TLS, QT_TRANSLATE_NOOP(
        "core.rules", "There is no extendedKeyUsage; iOS 13 and later require one with "
        "serverAuth: reissue it with serverAuth.")),
    "leaf.no-serverauth": (ERROR, APPLE_TLS, QT_TRANSLATE_NOOP(
        "core.rules", "The extendedKeyUsage allows {uses} but not serverAuth, so iOS refuses "
        "it for HTTPS: reissue it with serverAuth.")),
    "leaf.no-digitalsignature": (
        ERROR, "RFC 5280 section 4.2.1.3; RFC 8446 section 4.4.2.2", QT_TRANSLATE_NOOP(
        "core.rules", "The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE need; "
        "clients that check it refuse the certificate.")),
    "leaf.validity-too-long": (ERROR, f"{APPLE_TLS}; {APPLE_VALIDITY}", QT_TRANSLATE_NOOP(
        "core.rules", "Valid for {days} days, but iOS refuses server certificates made after 1 "
        "July 2019 that last over 825 days, even under your own root (397 is safest).")),
    "leaf.validity-over-398": (INFO, APPLE_PUBLIC_LIFETIME, QT_TRANSLATE_NOOP(
        "core.rules", "Valid for {days} days: fine under your own root, though public ones "
        "stop at 398 (397 is safest).")),
    "leaf.aki-missing": (WARNING, f"RFC 5280 section 4.2.1.1; {STRICT}", QT_TRANSLATE_NOOP(
        "core.rules", "There is no authorityKeyIdentifier: iOS accepts that, strict checkers "
        "do not.")),
    "leaf.issuer-mismatch": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate was issued by {issuer}, not by the CA given "
        "({subject}).")),
    "leaf.aki-mismatch": (ERROR, "RFC 5280 section 4.2.1.1", QT_TRANSLATE_NOOP(
        "core.rules", "This certificate names another CA key than the CA given: it comes from "
        "a different CA of that name.")),
    "leaf.bad-signature": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "The given CA's key did not sign this certificate (was the CA made "
        "again?): use the CA that did, or reissue it.")),
    "leaf.outlives-ca": (WARNING, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "This certificate outlives its CA, which expires on {date}; from then on "
        "iOS refuses it.")),
    "leaf.outside-name-constraints": (
        ERROR, "RFC 5280 section 4.2.1.10; Apple nameconstraints.c", QT_TRANSLATE_NOOP(
        "core.rules", "The CA may only vouch for {allowed}, but this certificate names "
        "{names}: iOS refuses it.")),
    "issuer.not-ca": (ERROR, "RFC 5280 section 4.2.1.9", QT_TRANSLATE_NOOP(
        "core.rules", "The given CA is not marked CA:TRUE, so nothing it signs is trusted.")),
    "issuer.expired": (ERROR, RFC_PATH, QT_TRANSLATE_NOOP(
        "core.rules", "The issuing CA expired on {date}, so iOS refuses everything it issued: "
        "make a new CA.")),
}

# trustd allows 825 days plus one hour of slip for leaves not under a preinstalled root, when
# notBefore is after 1 July 2019 (SecPolicyCheckOtherTrustValidityPeriodMaximums).
MAX_LEAF_VALIDITY = dt.timedelta(days=MAX_SERVER_CERT_DAYS, hours=1)
MAX_LEAF_VALIDITY_SINCE = dt.datetime(2019, 7, 1, tzinfo=dt.UTC)
PUBLIC_LEAF_VALIDITY = dt.timedelta(days=398)  # public roots only; a note for private ones
EXPIRY_NOTICE = dt.timedelta(days=30)
MIN_RSA_BITS = 2048
MIN_EC_BITS = 256
APPLE_CURVES = frozenset({"secp256r1", "secp384r1", "secp521r1"})  # NIST P-256, P-384, P-521
SPECIAL_PARENTS = frozenset({"home.arpa"})  # browsers treat it like a public suffix

SHA2_SIGNATURES = frozenset({
    Sig.RSA_WITH_SHA224, Sig.RSA_WITH_SHA256, Sig.RSA_WITH_SHA384, Sig.RSA_WITH_SHA512,
    Sig.RSASSA_PSS, Sig.ECDSA_WITH_SHA224, Sig.ECDSA_WITH_SHA256, Sig.ECDSA_WITH_SHA384,
    Sig.ECDSA_WITH_SHA512,
})
SIG_NAMES = {Sig.ED25519: "Ed25519", Sig.ED448: "Ed448", Sig.DSA_WITH_SHA256: "DSA"}
EKU_NAMES = {
    ExtendedKeyUsageOID.SERVER_AUTH: "serverAuth", ExtendedKeyUsageOID.CLIENT_AUTH: "clientAuth",
    ExtendedKeyUsageOID.CODE_SIGNING: "codeSigning",
    ExtendedKeyUsageOID.EMAIL_PROTECTION: "emailProtection",
    ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE: "anyExtendedKeyUsage",
}
