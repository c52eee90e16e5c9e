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
from typing import NamedTuple, TypeVar

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID

from trustanchor.core.clock import utc_now
from trustanchor.core.pki.names import is_ip_address
from trustanchor.core.pki.reader import subject_common_name
from trustanchor.core.pki.rule_table import (
    APPLE_CURVES,
    EKU_NAMES,
    ERROR,
    EXPIRY_NOTICE,
    INFO,
    MAX_LEAF_VALIDITY,
    MAX_LEAF_VALIDITY_SINCE,
    MIN_EC_BITS,
    MIN_RSA_BITS,
    PUBLIC_LEAF_VALIDITY,
    RULES,
    SHA2_SIGNATURES,
    SIG_NAMES,
    SPECIAL_PARENTS,
    WARNING,
    Finding,
    Severity,
)
from trustanchor.core.text import QT_TRANSLATE_NOOP

_DOTTED_HOST = re.compile(r"^(\*\.)?([a-z0-9_-]+\.)+[a-z0-9-]+\.?$", re.IGNORECASE)
_E = TypeVar("_E", bound=x509.ExtensionType)
_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def _find(code: str, prefix: str | None = None, *, severity: Severity | None = None,
          **fields: object) -> Finding:
    """The finding for rule `code`, its first part replaced by `prefix` when given."""
    default, source, template = RULES[code]
    if prefix is not None:
        code = f"{prefix}.{code.split('.', 1)[1]}"
    return Finding(severity or default, code, template.format(**fields), source)


class _Cert(NamedTuple):
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
        return subject_common_name(self.cert)

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
    findings += _key_findings(certificate, "key", QT_TRANSLATE_NOOP(
        "core.rules", "This certificate"), leaf=role == "leaf")
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
    return is_ip_address(text) or text.lower() == "localhost" or bool(_DOTTED_HOST.match(text))


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
        return [_find("key.unsupported-type", prefix, who=who, kind=QT_TRANSLATE_NOOP(
            "core.rules", "an unknown kind of"))]
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
    kinds = {ed25519.Ed25519PublicKey: QT_TRANSLATE_NOOP("core.rules", "an Ed25519"),
             ed448.Ed448PublicKey: QT_TRANSLATE_NOOP("core.rules", "an Ed448"),
             dsa.DSAPublicKey: QT_TRANSLATE_NOOP("core.rules", "a DSA")}
    kind = next((v for k, v in kinds.items() if isinstance(key, k)), None) or QT_TRANSLATE_NOOP(
        "core.rules", "a {kind}").format(kind=type(key).__name__)
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
    if oid in SHA2_SIGNATURES:
        return []
    alg = SIG_NAMES.get(oid, oid.dotted_string)
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


def _dns_name_findings(name: str) -> list[Finding]:
    if is_ip_address(name):
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
    uses = ", ".join(EKU_NAMES.get(oid, oid.dotted_string) for oid in eku) or QT_TRANSLATE_NOOP(
        "core.rules", "nothing")
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
    if role == "root" and signed_by(c.cert, c.cert) is False:
        findings.append(_find("root.bad-signature"))
    return findings


def signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool | None:
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
    if signed_by(c.cert, ca.cert) is False:
        findings.append(_find("leaf.bad-signature", role))
    if not ca.is_ca:
        findings.append(_find("issuer.not-ca"))
    findings += _key_findings(ca.cert, "issuer.key", QT_TRANSLATE_NOOP(
        "core.rules", "The issuing CA"), leaf=False)
    ca_end = ca.cert.not_valid_after_utc
    if now > ca_end:
        findings.append(_find("issuer.expired", date=f"{ca_end:%Y-%m-%d}"))
    elif c.cert.not_valid_after_utc > ca_end:
        findings.append(_find("leaf.outlives-ca", role, date=f"{ca_end:%Y-%m-%d}"))
    nc = ca.get(x509.NameConstraints)
    outside = [str(n.value) for n in c.san if nc is not None and not _permitted(n, nc)]
    if nc is not None and outside:
        allowed = ", ".join(str(n.value) for n in nc.permitted_subtrees or ()) or QT_TRANSLATE_NOOP(
            "core.rules", "other names")
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
