"""Apple's rules for TLS certificates as a checker: what an iPhone will refuse, and why.

`check()` judges any root CA or server (leaf) certificate, whoever made it (TrustAnchor, mkcert,
the openssl command line ...). Each finding has a stable code, one plain sentence and the source
of the rule. ERROR: an iPhone (Apple's trustd) refuses it. WARNING: iOS accepts it, but other
clients or strict checkers do not, or it is risky. INFO: advice.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID, NameOID
from cryptography.x509.oid import SignatureAlgorithmOID as Sig

from .clock import utc_now


class Severity(StrEnum):
    ERROR = "error"  # an iPhone refuses the certificate
    WARNING = "warning"  # iOS accepts it; other clients or strict checkers may not
    INFO = "info"  # advice


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

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
RULES: dict[str, tuple[Severity, str, str]] = {
    "cert.bad-extensions": (ERROR, RFC_EXT, "An extension cannot be read ({detail}); iOS "
                            "refuses malformed certificates."),
    "cert.unknown-critical-extension": (ERROR, RFC_EXT, "The critical extension {oid} is unknown "
                                        "to verifiers, so they must refuse the certificate."),
    "cert.expired": (ERROR, RFC_PATH, "This certificate expired on {date} UTC, and iOS refuses "
                     "expired certificates: make a new one."),
    "cert.not-yet-valid": (ERROR, RFC_PATH, "This certificate is valid only from {date} UTC; "
                           "iOS refuses it until then (check the maker's clock)."),
    "cert.expires-soon": (INFO, RFC_PATH, "This certificate expires on {date}: renew it soon."),
    "key.rsa-too-small": (ERROR, APPLE_KEYS, "{who} has a {bits}-bit RSA key; iOS refuses RSA "
                          "keys under 2048 bits: use RSA 2048+ or EC P-256."),
    "key.ec-too-small": (ERROR, APPLE_KEYS, "{who} has a {bits}-bit EC key; iOS requires P-256 "
                         "or more."),
    "key.ec-curve-unsupported": (ERROR, APPLE_KEYS, "{who} uses the curve {curve}; Apple's TLS "
                                 "accepts only P-256, P-384 and P-521."),
    "key.ec-p521": (WARNING, CHROME_P521, "{who} has a P-521 key: iOS accepts it, Chrome does "
                    "not. P-256 or P-384 work everywhere."),
    "key.unsupported-type": (ERROR, APPLE_KEYS, "{who} has {kind} key, but Apple's TLS accepts "
                             "only RSA and EC keys: use EC P-256 or RSA 2048+."),
    "sig.sha1": (ERROR, APPLE_HASH, "This certificate is signed with SHA-1, which iOS refuses "
                 "for TLS (except in a root's own signature): sign it with SHA-256."),
    "sig.md5": (ERROR, APPLE_HASH, "This certificate is signed with MD5, which iOS refuses for "
                "TLS (except in a root's own signature): sign it with SHA-256."),
    "sig.unsupported": (ERROR, APPLE_HASH, "This certificate is signed with {alg}; Apple's TLS "
                        "takes RSA or ECDSA signatures with SHA-2: sign it with SHA-256."),
    "root.also-server": (WARNING, MOZILLA_CA_LEAF, "This root CA also names servers ({names}); "
                         "Firefox refuses a CA as a server certificate: issue a separate one."),
    "root.not-ca": (ERROR, APPLE_TRUST, "This certificate is not a CA (basicConstraints CA:TRUE),"
                    " so iOS does not list it in Certificate Trust Settings: make a real root."),
    "root.ca-not-critical": (ERROR, f"{APPLE_TRUST}; RFC 5280 section 4.2.1.9", "CA:TRUE is not "
                             "marked critical; iOS lists only critical CA:TRUE roots in "
                             "Certificate Trust Settings."),
    "root.no-pathlen": (INFO, "RFC 5280 section 4.2.1.9", "This CA has no path length limit, so "
                        "its key could make more CAs; pathLen 0 limits a stolen key."),
    "root.keyusage-missing": (WARNING, f"RFC 5280 section 4.2.1.3; {STRICT}", "This CA has no "
                              "keyUsage: iOS accepts it, strict checkers refuse the chain."),
    "root.no-keycertsign": (ERROR, "RFC 5280 sections 4.2.1.3, 6.1.4 (n)", "This CA's keyUsage "
                            "lacks keyCertSign, so iOS refuses everything it signs."),
    "root.ski-missing": (WARNING, f"RFC 5280 section 4.2.1.2; {STRICT}", "This CA has no "
                         "subjectKeyIdentifier: iOS accepts it, strict checkers do not."),
    "root.no-common-name": (ERROR, "mkcert issue 47 and its cert.go", "This root has no Common "
                            "Name, and iOS does not list such a root in Certificate Trust "
                            "Settings: give it a name such as \"Home CA\"."),
    "root.bad-signature": (ERROR, RFC_PATH, "This root's signature does not verify with its own "
                           "key (damaged?), so iOS cannot use it as a root."),
    "leaf.is-ca": (ERROR, MOZILLA_CA_LEAF, "This server certificate is also a CA (CA:TRUE); "
                   "Firefox refuses it and a CA key must not sit on a server: use CA:FALSE."),
    "leaf.self-signed": (ERROR, APPLE_TRUST, "This server certificate signs itself without being "
                         "a CA, so iOS cannot trust it: issue it from a root CA on the iPhone."),
    "leaf.name-only-in-cn": (ERROR, APPLE_TLS, "iOS ignores the Common Name for host names: put "
                             "{cn} in the subjectAltName (here it is only in the Common Name)."),
    "leaf.san-missing": (ERROR, APPLE_TLS, "There is no subjectAltName with a DNS name or IP "
                         "address, the only place iOS looks for host names: add the names."),
    "leaf.cn-not-in-san": (WARNING, APPLE_TLS, "The Common Name {cn} is not in the "
                           "subjectAltName, so iOS refuses connections to {cn}: add it there."),
    "leaf.ip-as-dns": (WARNING, "RFC 6125 section 6.2.1", "{name} is written as a DNS name; "
                       "iPhones and browsers match addresses only as IP:{name} entries."),
    "leaf.wildcard-invalid": (WARNING, WILDCARDS, "Browsers accept a wildcard only as the whole "
                              "left-most label (like *.lab.home.arpa), not {name}."),
    "leaf.wildcard-too-broad": (WARNING, WILDCARDS, "Browsers refuse {name}, a wildcard right "
                                "under {parent}: use nas.{parent} or *.lab.{parent}."),
    "leaf.san-not-critical": (WARNING, f"RFC 5280 section 4.2.1.6; {STRICT}", "The subject is "
                              "empty, so the subjectAltName must be critical for strict checkers."),
    "leaf.eku-missing": (ERROR, APPLE_TLS, "There is no extendedKeyUsage; iOS 13 and later "
                         "require one with serverAuth: reissue it with serverAuth."),
    "leaf.no-serverauth": (ERROR, APPLE_TLS, "The extendedKeyUsage allows {uses} but not "
                           "serverAuth, so iOS refuses it for HTTPS: reissue it with serverAuth."),
    "leaf.no-digitalsignature": (ERROR, "RFC 5280 section 4.2.1.3; RFC 8446 section 4.4.2.2",
                                 "The keyUsage lacks digitalSignature, which TLS 1.3 and ECDHE "
                                 "need; clients that check it refuse the certificate."),
    "leaf.validity-too-long": (ERROR, f"{APPLE_TLS}; {APPLE_VALIDITY}", "Valid for {days} days, "
                               "but iOS refuses server certificates made after 1 July 2019 that "
                               "last over 825 days, even under your own root (397 is safest)."),
    "leaf.validity-over-398": (INFO, APPLE_PUBLIC_LIFETIME, "Valid for {days} days: fine under "
                               "your own root, though public ones stop at 398 (397 is safest)."),
    "leaf.aki-missing": (WARNING, f"RFC 5280 section 4.2.1.1; {STRICT}", "There is no "
                         "authorityKeyIdentifier: iOS accepts that, strict checkers do not."),
    "leaf.issuer-mismatch": (ERROR, RFC_PATH, "This certificate was issued by {issuer}, not by "
                             "the CA given ({subject})."),
    "leaf.aki-mismatch": (ERROR, "RFC 5280 section 4.2.1.1", "This certificate names another CA "
                          "key than the CA given: it comes from a different CA of that name."),
    "leaf.bad-signature": (ERROR, RFC_PATH, "The given CA's key did not sign this certificate "
                           "(was the CA made again?): use the CA that did, or reissue it."),
    "leaf.outlives-ca": (WARNING, RFC_PATH, "This certificate outlives its CA, which expires on "
                         "{date}; from then on iOS refuses it."),
    "leaf.outside-name-constraints": (ERROR, "RFC 5280 section 4.2.1.10; Apple nameconstraints.c",
                                      "The CA may only vouch for {allowed}, but this certificate "
                                      "names {names}: iOS refuses it."),
    "issuer.not-ca": (ERROR, "RFC 5280 section 4.2.1.9", "The given CA is not marked CA:TRUE, "
                      "so nothing it signs is trusted."),
    "issuer.expired": (ERROR, RFC_PATH, "The issuing CA expired on {date}, so iOS refuses "
                       "everything it issued: make a new CA."),
}

# trustd allows 825 days plus one hour of slip for leaves not under a preinstalled root, when
# notBefore is after 1 July 2019 (SecPolicyCheckOtherTrustValidityPeriodMaximums).
MAX_LEAF_VALIDITY = dt.timedelta(days=825, hours=1)
MAX_LEAF_VALIDITY_SINCE = dt.datetime(2019, 7, 1, tzinfo=dt.UTC)
PUBLIC_LEAF_VALIDITY = dt.timedelta(days=398)  # public roots only; a note for private ones
EXPIRY_NOTICE = dt.timedelta(days=30)
MIN_RSA_BITS = 2048
MIN_EC_BITS = 256
APPLE_CURVES = frozenset({"secp256r1", "secp384r1", "secp521r1"})  # NIST P-256, P-384, P-521
SPECIAL_PARENTS = frozenset({"home.arpa"})  # browsers treat it like a public suffix

_SHA2_SIGNATURES = frozenset({
    Sig.RSA_WITH_SHA224, Sig.RSA_WITH_SHA256, Sig.RSA_WITH_SHA384, Sig.RSA_WITH_SHA512,
    Sig.RSASSA_PSS, Sig.ECDSA_WITH_SHA224, Sig.ECDSA_WITH_SHA256, Sig.ECDSA_WITH_SHA384,
    Sig.ECDSA_WITH_SHA512,
})
_SIG_NAMES = {Sig.ED25519: "Ed25519", Sig.ED448: "Ed448", Sig.DSA_WITH_SHA256: "DSA"}
_EKU_NAMES = {
    ExtendedKeyUsageOID.SERVER_AUTH: "serverAuth", ExtendedKeyUsageOID.CLIENT_AUTH: "clientAuth",
    ExtendedKeyUsageOID.CODE_SIGNING: "codeSigning",
    ExtendedKeyUsageOID.EMAIL_PROTECTION: "emailProtection",
    ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE: "anyExtendedKeyUsage",
}
_DOTTED_HOST = re.compile(r"^(\*\.)?([a-z0-9_-]+\.)+[a-z0-9-]+\.?$", re.IGNORECASE)
_E = TypeVar("_E", bound=x509.ExtensionType)
_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One broken or questionable rule: a stable code, a plain sentence, where the rule is from."""

    severity: Severity
    code: str
    message: str
    source: str

    def as_dict(self) -> dict[str, str]:
        """JSON-friendly form (`trustanchor check --json`)."""
        return {"severity": self.severity.value, "code": self.code,
                "message": self.message, "source": self.source}


def _find(code: str, prefix: str | None = None, *, severity: Severity | None = None,
          **fields: object) -> Finding:
    """The finding for rule `code`, its first part replaced by `prefix` when given."""
    default, source, template = RULES[code]
    if prefix is not None:
        code = f"{prefix}.{code.split('.', 1)[1]}"
    return Finding(severity or default, code, template.format(**fields), source)


@dataclass(frozen=True)
class _Cert:
    """A certificate with its extensions read once (reading them can fail on odd files)."""

    cert: x509.Certificate
    values: dict[x509.ObjectIdentifier, x509.ExtensionType]
    critical: frozenset[x509.ObjectIdentifier]
    problems: tuple[Finding, ...]

    def get(self, kind: type[_E]) -> _E | None:
        value = self.values.get(kind.oid)
        return value if isinstance(value, kind) else None

    @property
    def is_ca(self) -> bool:
        bc = self.get(x509.BasicConstraints)
        return bc is not None and bc.ca

    @property
    def self_issued(self) -> bool:
        return self.cert.subject == self.cert.issuer

    @property
    def common_name(self) -> str | None:
        values = self.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        value = values[0].value if values else None
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value

    @property
    def san(self) -> list[x509.DNSName | x509.IPAddress]:
        san = self.get(x509.SubjectAlternativeName)
        return [n for n in san or () if isinstance(n, x509.DNSName | x509.IPAddress)]

    @property
    def names_servers(self) -> bool:
        eku = self.get(x509.ExtendedKeyUsage)
        return bool(self.san) or (eku is not None and ExtendedKeyUsageOID.SERVER_AUTH in eku)


def _read(cert: x509.Certificate) -> _Cert:
    try:
        extensions = list(cert.extensions)
    except Exception as exc:  # cryptography raises ValueError, DuplicateExtension and more
        return _Cert(cert, {}, frozenset(), (_find("cert.bad-extensions", detail=exc),))
    problems = tuple(_find("cert.unknown-critical-extension", oid=e.oid.dotted_string)
                     for e in extensions
                     if e.critical and isinstance(e.value, x509.UnrecognizedExtension))
    return _Cert(cert, {e.oid: e.value for e in extensions},
                 frozenset(e.oid for e in extensions if e.critical), problems)


def check(certificate: x509.Certificate, ca: x509.Certificate | None = None,
          *, now: dt.datetime | None = None) -> list[Finding]:
    """Judge a root CA or a server certificate against Apple's rules (errors first).

    Root, intermediate or leaf is decided from basicConstraints. With `ca`, the link to it is
    checked too (issuer name, key identifiers, signature, the CA's key, name constraints).
    """
    when = _as_utc(now if now is not None else utc_now())
    cert = _read(certificate)
    role, findings = _role(cert)
    findings += [*cert.problems, *_time_findings(certificate, when)]
    findings += _key_findings(certificate, "key", "This certificate", leaf=role == "leaf")
    findings += _signature_findings(certificate, role)
    if not cert.problems:
        findings += _leaf_findings(cert) if role == "leaf" else _ca_findings(cert, role)
    if ca is not None and not cert.self_issued:
        findings += _chain_findings(cert, _read(ca), role, when)
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when any finding means an iPhone will refuse the certificate."""
    return any(f.severity is ERROR for f in findings)


def describe(findings: Iterable[Finding]) -> str:
    """Short readable lines for the command line: one per finding, then a verdict."""
    items = list(findings)
    lines = [f"{f.severity.value.upper()} {f.code}: {f.message}\n    source: {f.source}"
             for f in items]
    counts = {s: sum(1 for f in items if f.severity is s) for s in Severity}
    tally = ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    if counts[ERROR]:
        lines.append(f"Result: an iPhone will refuse this certificate ({tally}).")
    else:
        lines.append(f"Result: passes Apple's rules ({tally or 'no findings'}).")
    return "\n".join(lines)


def _as_utc(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _role(c: _Cert) -> tuple[str, list[Finding]]:
    """'root', 'intermediate' or 'leaf', with the findings the choice itself implies."""
    if c.is_ca:
        if c.self_issued:
            names = ", ".join(str(n.value) for n in c.san) or "serverAuth"
            return "root", [_find("root.also-server", names=names)] if c.names_servers else []
        if c.names_servers:
            return "leaf", [_find("leaf.is-ca")]
        return "intermediate", []
    if not c.self_issued:
        return "leaf", []
    if c.names_servers or _looks_like_host(c.common_name):
        return "leaf", [_find("leaf.self-signed")]
    return "root", []  # a would-be root without CA:TRUE: root.not-ca says why


def _looks_like_host(text: str | None) -> bool:
    if not text:
        return False
    return _is_ip(text) or text.lower() == "localhost" or bool(_DOTTED_HOST.match(text))


def _time_findings(cert: x509.Certificate, now: dt.datetime) -> list[Finding]:
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if now > end:
        return [_find("cert.expired", date=f"{end:%Y-%m-%d %H:%M}")]
    if now < start:
        return [_find("cert.not-yet-valid", date=f"{start:%Y-%m-%d %H:%M}")]
    if end - now < EXPIRY_NOTICE:
        return [_find("cert.expires-soon", date=f"{end:%Y-%m-%d}")]
    return []


def _key_findings(cert: x509.Certificate, prefix: str, who: str, *, leaf: bool) -> list[Finding]:
    try:
        key = cert.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return [_find("key.unsupported-type", prefix, who=who, kind="an unknown kind of")]
    if isinstance(key, rsa.RSAPublicKey):
        small = key.key_size < MIN_RSA_BITS
        return [_find("key.rsa-too-small", prefix, who=who, bits=key.key_size)] if small else []
    if isinstance(key, ec.EllipticCurvePublicKey):
        curve = key.curve
        if curve.name in APPLE_CURVES:
            p521 = leaf and curve.name == "secp521r1"
            return [_find("key.ec-p521", prefix, who=who)] if p521 else []
        if curve.key_size < MIN_EC_BITS:
            return [_find("key.ec-too-small", prefix, who=who, bits=curve.key_size)]
        return [_find("key.ec-curve-unsupported", prefix, who=who, curve=curve.name)]
    kinds = {ed25519.Ed25519PublicKey: "an Ed25519", ed448.Ed448PublicKey: "an Ed448",
             dsa.DSAPublicKey: "a DSA"}
    kind = next((v for k, v in kinds.items() if isinstance(key, k)), f"a {type(key).__name__}")
    return [_find("key.unsupported-type", prefix, who=who, kind=kind)]


def _signature_findings(cert: x509.Certificate, role: str) -> list[Finding]:
    # trustd does not check the hash of a trusted root's own signature: only a warning there.
    severity = WARNING if role == "root" else ERROR
    try:
        hash_name = getattr(cert.signature_hash_algorithm, "name", None)
    except UnsupportedAlgorithm:
        hash_name = None
    if hash_name in ("sha1", "md5"):
        return [_find(f"sig.{hash_name}", severity=severity)]
    oid = cert.signature_algorithm_oid
    if oid in _SHA2_SIGNATURES:
        return []
    alg = _SIG_NAMES.get(oid, oid.dotted_string)
    return [_find("sig.unsupported", severity=severity, alg=alg)]


def _leaf_findings(c: _Cert) -> list[Finding]:
    findings = [*_name_findings(c), *_eku_findings(c), *_lifetime_findings(c.cert)]
    ku = c.get(x509.KeyUsage)
    if ku is not None and not ku.digital_signature:
        findings.append(_find("leaf.no-digitalsignature"))
    if c.get(x509.AuthorityKeyIdentifier) is None and not c.self_issued:
        findings.append(_find("leaf.aki-missing"))
    return findings


def _name_findings(c: _Cert) -> list[Finding]:
    cn, names = c.common_name, c.san
    if not names:
        if cn and not any(ch.isspace() for ch in cn):
            return [_find("leaf.name-only-in-cn", cn=cn)]
        return [_find("leaf.san-missing")]
    findings: list[Finding] = []
    if cn and _looks_like_host(cn) and _normal(cn) not in {_normal(str(n.value)) for n in names}:
        findings.append(_find("leaf.cn-not-in-san", cn=cn))
    for name in names:
        if isinstance(name, x509.DNSName):
            findings += _dns_name_findings(name.value)
    if not list(c.cert.subject) and ExtensionOID.SUBJECT_ALTERNATIVE_NAME not in c.critical:
        findings.append(_find("leaf.san-not-critical"))
    return findings


def _normal(text: str) -> str:
    try:
        return ipaddress.ip_address(text).compressed
    except ValueError:
        return text.lower().rstrip(".")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _dns_name_findings(name: str) -> list[Finding]:
    if _is_ip(name):
        return [_find("leaf.ip-as-dns", name=name)]
    if "*" not in name:
        return []
    labels = name.rstrip(".").split(".")
    if labels[0] != "*" or any("*" in label for label in labels[1:]):
        return [_find("leaf.wildcard-invalid", name=name)]
    parent = ".".join(labels[1:])
    if len(labels) <= 2 or parent.lower() in SPECIAL_PARENTS:
        return [_find("leaf.wildcard-too-broad", name=name, parent=parent)]
    return []


def _eku_findings(c: _Cert) -> list[Finding]:
    eku = c.get(x509.ExtendedKeyUsage)
    if eku is None:
        return [_find("leaf.eku-missing")]
    if ExtendedKeyUsageOID.SERVER_AUTH in eku:
        return []
    uses = ", ".join(_EKU_NAMES.get(oid, oid.dotted_string) for oid in eku) or "nothing"
    return [_find("leaf.no-serverauth", uses=uses)]


def _lifetime_findings(cert: x509.Certificate) -> list[Finding]:
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    days = f"{(end - start) / dt.timedelta(days=1):.0f}"
    if start > MAX_LEAF_VALIDITY_SINCE and end - start > MAX_LEAF_VALIDITY:
        return [_find("leaf.validity-too-long", days=days)]
    if end - start > PUBLIC_LEAF_VALIDITY:
        return [_find("leaf.validity-over-398", days=days)]
    return []


def _ca_findings(c: _Cert, role: str) -> list[Finding]:
    bc = c.get(x509.BasicConstraints)
    if bc is None or not bc.ca:
        return [_find("root.not-ca", role)]
    findings: list[Finding] = []
    if ExtensionOID.BASIC_CONSTRAINTS not in c.critical:
        findings.append(_find("root.ca-not-critical", role))
    if bc.path_length is None:
        findings.append(_find("root.no-pathlen", role))
    ku = c.get(x509.KeyUsage)
    if ku is None:
        findings.append(_find("root.keyusage-missing", role))
    elif not ku.key_cert_sign:
        findings.append(_find("root.no-keycertsign", role))
    if c.get(x509.SubjectKeyIdentifier) is None:
        findings.append(_find("root.ski-missing", role))
    if role == "root" and not c.common_name:
        findings.append(_find("root.no-common-name"))
    if role == "root" and _signed_by(c.cert, c.cert) is False:
        findings.append(_find("root.bad-signature"))
    return findings


def _signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool | None:
    """Whether issuer's key made cert's signature; None when that cannot be checked here.

    Done by hand: `verify_directly_issued_by` refuses SHA-1, which we must judge, not skip;
    for SHA-1 and MD5 `signature_algorithm_parameters` is None, so the hash decides.
    """
    try:
        key = issuer.public_key()
        sig, tbs = cert.signature, cert.tbs_certificate_bytes
        params, hash_alg = cert.signature_algorithm_parameters, cert.signature_hash_algorithm
        if isinstance(key, rsa.RSAPublicKey) and hash_alg is not None:
            pad = params if isinstance(params, padding.PSS) else padding.PKCS1v15()
            key.verify(sig, tbs, pad, hash_alg)
        elif isinstance(key, ec.EllipticCurvePublicKey) and hash_alg is not None:
            key.verify(sig, tbs, ec.ECDSA(hash_alg))
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey) and hash_alg is None:
            key.verify(sig, tbs)
        elif isinstance(key, dsa.DSAPublicKey) and hash_alg is not None:
            key.verify(sig, tbs, hash_alg)
        else:
            return False  # the key type does not match the signature algorithm
    except InvalidSignature:
        return False
    except (UnsupportedAlgorithm, ValueError, TypeError):
        return None
    return True


def _chain_findings(c: _Cert, ca: _Cert, role: str, now: dt.datetime) -> list[Finding]:
    if c.cert.issuer != ca.cert.subject:
        return [_find("leaf.issuer-mismatch", role, issuer=c.cert.issuer.rfc4514_string(),
                      subject=ca.cert.subject.rfc4514_string())]
    findings: list[Finding] = []
    aki, ski = c.get(x509.AuthorityKeyIdentifier), ca.get(x509.SubjectKeyIdentifier)
    if aki and aki.key_identifier and ski and aki.key_identifier != ski.digest:
        findings.append(_find("leaf.aki-mismatch", role))
    if _signed_by(c.cert, ca.cert) is False:
        findings.append(_find("leaf.bad-signature", role))
    if not ca.is_ca:
        findings.append(_find("issuer.not-ca"))
    findings += _key_findings(ca.cert, "issuer.key", "The issuing CA", leaf=False)
    ca_end = ca.cert.not_valid_after_utc
    if now > ca_end:
        findings.append(_find("issuer.expired", date=f"{ca_end:%Y-%m-%d}"))
    elif c.cert.not_valid_after_utc > ca_end:
        findings.append(_find("leaf.outlives-ca", role, date=f"{ca_end:%Y-%m-%d}"))
    nc = ca.get(x509.NameConstraints)
    outside = [str(n.value) for n in c.san if nc is not None and not _permitted(n, nc)]
    if nc is not None and outside:
        allowed = ", ".join(str(n.value) for n in nc.permitted_subtrees or ()) or "other names"
        findings.append(_find("leaf.outside-name-constraints", role, allowed=allowed,
                              names=", ".join(outside)))
    return findings


def _permitted(name: x509.GeneralName, nc: x509.NameConstraints) -> bool:
    """RFC 5280 section 4.2.1.10: not excluded, and inside a permitted subtree of its kind."""
    if any(_within(name, tree) for tree in nc.excluded_subtrees or ()):
        return False
    same_kind = [tree for tree in nc.permitted_subtrees or () if type(tree) is type(name)]
    return not same_kind or any(_within(name, tree) for tree in same_kind)


def _within(name: x509.GeneralName, tree: x509.GeneralName) -> bool:
    if isinstance(name, x509.DNSName) and isinstance(tree, x509.DNSName):
        host, base = name.value.lower().rstrip("."), tree.value.lower().rstrip(".")
        if base.startswith("."):  # the URI-style form: subdomains only
            return host.endswith(base)
        return host == base or host.endswith("." + base)
    if isinstance(name, x509.IPAddress) and isinstance(tree, x509.IPAddress):
        network = tree.value
        if isinstance(network, ipaddress.IPv4Network | ipaddress.IPv6Network):
            return name.value in network
    return False
