"""The Apple-rules checker, judged on real certificates.

Certificates come from `cryptography` (a builder for any root / leaf variant) and from the real
`mkcert` and `openssl` command lines, so the checker is fair to what other tools make.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from trustanchor.core.pki.rule_table import RULES, Finding, Severity
from trustanchor.core.pki.rules import check, describe, has_errors

NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
SHA256 = hashes.SHA256()
SERVER_AUTH = ExtendedKeyUsageOID.SERVER_AUTH
CLIENT_AUTH = ExtendedKeyUsageOID.CLIENT_AUTH
EC_KEY = ec.generate_private_key(ec.SECP256R1())
CA_KEY = ec.generate_private_key(ec.SECP256R1())
OTHER_CA_KEY = ec.generate_private_key(ec.SECP256R1())

Key = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


@dataclass(frozen=True)
class Pair:
    cert: x509.Certificate
    key: Key


def _name(cn: str | None) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)] if cn else [])


def _general_name(text: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(text))
    except ValueError:
        return x509.DNSName(text)


def make(
    *, key: Key = EC_KEY, issuer: Pair | None = None, root: bool = False,
    cn: str | None = "nas.local", names: Sequence[str] | None = ("nas.local",),
    san_critical: bool = False, eku: Sequence[ObjectIdentifier] | None = (SERVER_AUTH,),
    bc: tuple[bool, int | None, bool] | None = None, ku: dict[str, bool] | None = None,
    no_ku: bool = False, ski: bool = True, aki: bool = True,
    start: dt.datetime = NOW - dt.timedelta(minutes=5), days: float = 397,
    hash_alg: hashes.HashAlgorithm | None = SHA256,
    rsa_padding: padding.AsymmetricPadding | None = None,
    extra: Iterable[tuple[x509.ExtensionType, bool]] = (),
) -> Pair:
    """A certificate with the given variations: by default a good leaf (root=True: a root)."""
    if root:
        bc = bc or (True, 0, True)
        ku = ku or {"key_cert_sign": True, "crl_sign": True}
    bc = bc or (False, None, True)
    ku = ku or {"digital_signature": True}
    builder = (x509.CertificateBuilder().subject_name(_name(cn))
               .issuer_name(issuer.cert.subject if issuer else _name(cn))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=bc[0], path_length=bc[1]), critical=bc[2]))
    if not no_ku:
        flags = dict.fromkeys(("digital_signature", "content_commitment", "key_encipherment",
                               "data_encipherment", "key_agreement", "key_cert_sign",
                               "crl_sign", "encipher_only", "decipher_only"), False)
        builder = builder.add_extension(x509.KeyUsage(**(flags | ku)), critical=True)
    if names:
        san = x509.SubjectAlternativeName([_general_name(n) for n in names])
        builder = builder.add_extension(san, critical=san_critical)
    if eku is not None and not root:
        builder = builder.add_extension(x509.ExtendedKeyUsage(list(eku)), critical=False)
    if ski:
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    if aki and issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False)
    for extension, critical in extra:
        builder = builder.add_extension(extension, critical=critical)
    signer = issuer.key if issuer else key
    algorithm = None if isinstance(signer, ed25519.Ed25519PrivateKey) else hash_alg
    return Pair(builder.sign(signer, algorithm, rsa_padding=rsa_padding), key)


def make_root(**options: Any) -> Pair:
    settings: dict[str, Any] = {"key": CA_KEY, "root": True, "cn": "Test Root", "names": None,
                                "days": 3650}
    return make(**(settings | options))


ROOT = make_root()


def make_leaf(**options: Any) -> Pair:
    return make(issuer=ROOT, **options)


def codes(findings: Iterable[Finding], severity: Severity | None = None) -> set[str]:
    return {f.code for f in findings if severity is None or f.severity is severity}


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, (code, findings)
    return matching[0]


# --- the good cases: nothing to say ---------------------------------------------------------

def test_good_root_and_leaf_have_no_findings() -> None:
    assert check(ROOT.cert, now=NOW) == []
    leaf = make_leaf(names=("nas.local", "192.168.1.2"))
    assert check(leaf.cert, ROOT.cert, now=NOW) == []


def test_rsa_leaf_with_pss_signature_under_rsa_root_passes() -> None:
    rsa_root = make_root(key=rsa.generate_private_key(65537, 2048))
    leaf = make(issuer=rsa_root, key=rsa.generate_private_key(65537, 2048),
                rsa_padding=padding.PSS(padding.MGF1(hashes.SHA256()), 32))
    assert check(leaf.cert, rsa_root.cert, now=NOW) == []


def test_leaf_of_825_days_backdated_a_few_minutes_passes() -> None:
    findings = check(make_leaf(days=825).cert, ROOT.cert, now=NOW)
    assert not has_errors(findings)
    assert codes(findings) == {"leaf.validity-over-398"}


# --- leaf rules -------------------------------------------------------------------------------

def test_cn_only_leaf_fails_because_ios_ignores_the_common_name() -> None:
    findings = check(make_leaf(names=None).cert, ROOT.cert, now=NOW)
    finding = only(findings, "leaf.name-only-in-cn")
    assert finding.severity is Severity.ERROR
    assert "iOS ignores the Common Name" in finding.message
    assert "nas.local" in finding.message and "subjectAltName" in finding.message
    assert has_errors(findings)


def test_leaf_without_any_name_fails() -> None:
    findings = check(make_leaf(cn="My Server", names=None).cert, ROOT.cert, now=NOW)
    assert codes(findings, Severity.ERROR) == {"leaf.san-missing"}


def test_826_day_leaf_fails_and_says_825() -> None:
    finding = only(check(make_leaf(days=826).cert, ROOT.cert, now=NOW), "leaf.validity-too-long")
    assert finding.severity is Severity.ERROR
    assert "826 days" in finding.message and "825" in finding.message


def test_long_leaf_from_before_july_2019_is_not_held_to_825_days() -> None:
    start = dt.datetime(2019, 6, 1, tzinfo=dt.UTC)
    findings = check(make_leaf(start=start, days=3000).cert, ROOT.cert, now=start)
    assert "leaf.validity-too-long" not in codes(findings)
    assert codes(findings) == {"leaf.validity-over-398"}


def test_ed25519_leaf_fails_because_apple_accepts_rsa_and_ec_only() -> None:
    leaf = make_leaf(key=ed25519.Ed25519PrivateKey.generate())
    finding = only(check(leaf.cert, ROOT.cert, now=NOW), "key.unsupported-type")
    assert finding.severity is Severity.ERROR
    assert "Ed25519" in finding.message and "RSA and EC" in finding.message


def test_leaf_signed_by_an_ed25519_ca_fails_on_signature_and_issuer_key() -> None:
    ed_root = make_root(key=ed25519.Ed25519PrivateKey.generate())
    findings = check(make(issuer=ed_root).cert, ed_root.cert, now=NOW)
    assert {"sig.unsupported", "issuer.key.unsupported-type"} <= codes(findings, Severity.ERROR)
    assert "leaf.bad-signature" not in codes(findings)  # the Ed25519 signature itself is valid


def test_rsa_1024_leaf_made_by_cryptography_fails() -> None:
    leaf = make_leaf(key=rsa.generate_private_key(65537, 1024))
    finding = only(check(leaf.cert, ROOT.cert, now=NOW), "key.rsa-too-small")
    assert "1024-bit" in finding.message and "2048" in finding.message


def test_leaf_without_eku_fails_for_ios_13() -> None:
    finding = only(check(make_leaf(eku=None).cert, ROOT.cert, now=NOW), "leaf.eku-missing")
    assert finding.severity is Severity.ERROR and "serverAuth" in finding.message
    assert "103769" in finding.source


def test_client_auth_only_leaf_fails() -> None:
    findings = check(make_leaf(eku=(CLIENT_AUTH,)).cert, ROOT.cert, now=NOW)
    finding = only(findings, "leaf.no-serverauth")
    assert "clientAuth" in finding.message and "not serverAuth" in finding.message


def test_leaf_with_server_and_client_auth_passes() -> None:
    assert check(make_leaf(eku=(SERVER_AUTH, CLIENT_AUTH)).cert, ROOT.cert, now=NOW) == []


def test_leaf_that_is_also_a_ca_fails() -> None:
    findings = check(make_leaf(bc=(True, None, True)).cert, ROOT.cert, now=NOW)
    assert codes(findings, Severity.ERROR) == {"leaf.is-ca"}


def test_self_signed_non_ca_server_certificate_fails() -> None:
    findings = check(make().cert, now=NOW)
    assert "leaf.self-signed" in codes(findings, Severity.ERROR)


def test_key_usage_without_digital_signature_fails() -> None:
    leaf = make_leaf(key=rsa.generate_private_key(65537, 2048), ku={"key_encipherment": True})
    assert codes(check(leaf.cert, ROOT.cert, now=NOW)) == {"leaf.no-digitalsignature"}


def test_common_name_missing_from_san_is_a_warning_naming_it() -> None:
    findings = check(make_leaf(cn="other.local").cert, ROOT.cert, now=NOW)
    finding = only(findings, "leaf.cn-not-in-san")
    assert finding.severity is Severity.WARNING and "other.local" in finding.message
    assert not has_errors(findings)


def test_ip_address_written_as_dns_name_is_flagged() -> None:
    # the builder would make the text an IP entry, so the SAN is added by hand
    leaf = make_leaf(names=None, extra=[(x509.SubjectAlternativeName(
        [x509.DNSName("nas.local"), x509.DNSName("192.168.1.2")]), False)])
    finding = only(check(leaf.cert, ROOT.cert, now=NOW), "leaf.ip-as-dns")
    assert "IP:192.168.1.2" in finding.message


@pytest.mark.parametrize(("name", "code"), [
    ("*.home.arpa", "leaf.wildcard-too-broad"),
    ("*.local", "leaf.wildcard-too-broad"),
    ("f*o.example.com", "leaf.wildcard-invalid"),
    ("*.lab.home.arpa", None),
])
def test_wildcards(name: str, code: str | None) -> None:
    leaf = make_leaf(names=(name,), cn=None, san_critical=True)
    found = codes(check(leaf.cert, ROOT.cert, now=NOW))
    assert found == ({code} if code else set())


def test_empty_subject_needs_a_critical_san() -> None:
    bad = make_leaf(cn=None, san_critical=False)
    good = make_leaf(cn=None, san_critical=True)
    assert codes(check(bad.cert, ROOT.cert, now=NOW)) == {"leaf.san-not-critical"}
    assert check(good.cert, ROOT.cert, now=NOW) == []


def test_missing_authority_key_identifier_is_a_warning() -> None:
    findings = check(make_leaf(aki=False).cert, ROOT.cert, now=NOW)
    assert codes(findings, Severity.WARNING) == {"leaf.aki-missing"}
    assert not has_errors(findings)


def test_p521_leaf_is_a_warning_for_chrome_not_an_error() -> None:
    leaf = make_leaf(key=ec.generate_private_key(ec.SECP521R1()), hash_alg=hashes.SHA512())
    findings = check(leaf.cert, ROOT.cert, now=NOW)
    assert codes(findings) == {"key.ec-p521"}
    assert "Chrome" in findings[0].message


@pytest.mark.parametrize(("curve", "code"), [
    (ec.SECP256K1(), "key.ec-curve-unsupported"),
    (ec.SECP192R1(), "key.ec-too-small"),
])
def test_curves_apple_does_not_take(curve: ec.EllipticCurve, code: str) -> None:
    try:
        key = ec.generate_private_key(curve)
    except Exception as exc:  # an OpenSSL build without the curve
        pytest.skip(f"this OpenSSL cannot make {curve.name} keys: {exc}")
    assert codes(check(make_leaf(key=key).cert, ROOT.cert, now=NOW)) == {code}


def test_sha3_signature_is_not_accepted() -> None:
    finding = only(check(make_leaf(hash_alg=hashes.SHA3_256()).cert, ROOT.cert, now=NOW),
                   "sig.unsupported")
    assert finding.severity is Severity.ERROR


# --- time ---------------------------------------------------------------------------------------

def test_expired_and_not_yet_valid_relative_to_now() -> None:
    leaf = make_leaf()
    later = NOW + dt.timedelta(days=400)
    finding = only(check(leaf.cert, ROOT.cert, now=later), "cert.expired")
    assert finding.severity is Severity.ERROR
    assert leaf.cert.not_valid_after_utc.strftime("%Y-%m-%d") in finding.message
    earlier = NOW - dt.timedelta(days=1)
    assert "cert.not-yet-valid" in codes(check(leaf.cert, ROOT.cert, now=earlier))
    soon = leaf.cert.not_valid_after_utc - dt.timedelta(days=3)
    assert codes(check(leaf.cert, ROOT.cert, now=soon)) == {"cert.expires-soon"}


def test_naive_now_is_taken_as_utc() -> None:
    leaf = make_leaf()
    naive = (leaf.cert.not_valid_after_utc + dt.timedelta(seconds=1)).replace(tzinfo=None)
    assert "cert.expired" in codes(check(leaf.cert, ROOT.cert, now=naive))


def test_default_now_is_the_real_clock() -> None:
    fresh = make_leaf(start=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    old = make_leaf(start=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert check(fresh.cert, ROOT.cert) == []
    assert "cert.expired" in codes(check(old.cert, ROOT.cert))


def test_expired_issuer_and_leaf_outliving_its_ca() -> None:
    short_root = make_root(days=100)
    leaf = make(issuer=short_root)
    assert codes(check(leaf.cert, short_root.cert, now=NOW)) == {"leaf.outlives-ca"}
    findings = check(leaf.cert, short_root.cert, now=NOW + dt.timedelta(days=200))
    assert "issuer.expired" in codes(findings, Severity.ERROR)


# --- root rules -------------------------------------------------------------------------------

def test_root_with_non_critical_basic_constraints_fails() -> None:
    finding = only(check(make_root(bc=(True, 0, False)).cert, now=NOW), "root.ca-not-critical")
    assert finding.severity is Severity.ERROR
    assert "Certificate Trust Settings" in finding.message


def test_root_without_common_name_fails() -> None:
    root = make_root(cn=None)
    finding = only(check(root.cert, now=NOW), "root.no-common-name")
    assert "Common Name" in finding.message and "mkcert issue 47" in finding.source


def test_self_signed_certificate_without_ca_true_is_not_a_usable_root() -> None:
    findings = check(make_root(bc=(False, None, True)).cert, now=NOW)
    assert codes(findings) == {"root.not-ca"}


def test_root_without_key_cert_sign_fails() -> None:
    root = make_root(ku={"digital_signature": True})
    assert codes(check(root.cert, now=NOW)) == {"root.no-keycertsign"}


def test_root_without_path_length_ski_or_key_usage_still_passes_with_notes() -> None:
    root = make_root(bc=(True, None, True), ski=False, no_ku=True)
    findings = check(root.cert, now=NOW)
    assert not has_errors(findings)
    assert codes(findings) == {"root.no-pathlen", "root.ski-missing", "root.keyusage-missing"}


def test_root_with_a_damaged_signature_fails() -> None:
    der = bytearray(ROOT.cert.public_bytes(Encoding.DER))
    der[-3] ^= 0x01  # inside the ECDSA signature's last integer
    damaged = x509.load_der_x509_certificate(bytes(der))
    assert codes(check(damaged, now=NOW)) == {"root.bad-signature"}


def test_rsa_1024_root_fails_and_is_named_when_it_issues_a_leaf() -> None:
    weak = make_root(key=rsa.generate_private_key(65537, 1024))
    assert codes(check(weak.cert, now=NOW)) == {"key.rsa-too-small"}
    findings = check(make(issuer=weak).cert, weak.cert, now=NOW)
    finding = only(findings, "issuer.key.rsa-too-small")
    assert finding.message.startswith("The issuing CA has a 1024-bit RSA key")


def test_root_that_also_names_a_server_is_a_warning() -> None:
    root = make_root(names=("nas.local",))
    findings = check(root.cert, now=NOW)
    assert codes(findings) == {"root.also-server"}
    assert "nas.local" in findings[0].message


def test_intermediate_is_judged_as_a_ca_with_its_own_codes() -> None:
    inter = make(key=OTHER_CA_KEY, issuer=ROOT, root=True, cn="Test Intermediate", names=None,
                 bc=(True, None, True), days=1000)
    findings = check(inter.cert, ROOT.cert, now=NOW)
    assert codes(findings) == {"intermediate.no-pathlen"}
    leaf = make(issuer=inter)
    assert check(leaf.cert, inter.cert, now=NOW) == []


def test_unreadable_and_unknown_critical_extensions() -> None:
    broken = make_leaf(names=None, extra=[(x509.UnrecognizedExtension(
        x509.SubjectAlternativeName.oid, b"\x05\x00"), False)])
    assert "cert.bad-extensions" in codes(check(broken.cert, ROOT.cert, now=NOW), Severity.ERROR)
    unknown = make_leaf(extra=[(x509.UnrecognizedExtension(
        ObjectIdentifier("1.3.6.1.4.1.55555.1"), b"\x05\x00"), True)])
    finding = only(check(unknown.cert, ROOT.cert, now=NOW), "cert.unknown-critical-extension")
    assert "1.3.6.1.4.1.55555.1" in finding.message


# --- the chain --------------------------------------------------------------------------------

def test_leaf_from_another_ca_with_the_same_name_fails_on_aki_and_signature() -> None:
    twin = make_root(key=OTHER_CA_KEY)
    leaf = make(issuer=twin)
    assert codes(check(leaf.cert, ROOT.cert, now=NOW)) == {"leaf.aki-mismatch",
                                                           "leaf.bad-signature"}


def test_leaf_from_a_differently_named_ca_fails_on_the_issuer() -> None:
    other = make(key=OTHER_CA_KEY, root=True, cn="Other Root", names=None, days=3650)
    finding = only(check(make(issuer=other).cert, ROOT.cert, now=NOW), "leaf.issuer-mismatch")
    assert "Other Root" in finding.message and "Test Root" in finding.message


def test_issuer_that_is_not_a_ca() -> None:
    fake = make_root(bc=(False, None, True))
    assert "issuer.not-ca" in codes(check(make(issuer=fake).cert, fake.cert, now=NOW))


def test_name_constraints_of_the_ca_are_applied() -> None:
    constraints = x509.NameConstraints(
        permitted_subtrees=[x509.DNSName("home.arpa"),
                            x509.IPAddress(ipaddress.ip_network("192.168.0.0/16"))],
        excluded_subtrees=None)
    limited = make_root(extra=[(constraints, True)])
    inside = make(issuer=limited, names=("nas.home.arpa", "*.lab.home.arpa", "192.168.1.2"),
                  cn="nas.home.arpa")
    assert check(inside.cert, limited.cert, now=NOW) == []
    outside = make(issuer=limited, names=("nas.example.com", "8.8.8.8", "home.arpa"),
                   cn="home.arpa")
    finding = only(check(outside.cert, limited.cert, now=NOW), "leaf.outside-name-constraints")
    assert "nas.example.com, 8.8.8.8" in finding.message
    assert "home.arpa, 192.168.0.0/16" in finding.message


# --- output ---------------------------------------------------------------------------------

def test_findings_are_sorted_json_friendly_and_described() -> None:
    findings = check(make_leaf(names=None, eku=None, days=900).cert, ROOT.cert, now=NOW)
    assert [f.severity for f in findings] == sorted(
        (f.severity for f in findings), key=[Severity.ERROR, Severity.WARNING,
                                             Severity.INFO].index)
    data = json.loads(json.dumps([f.as_dict() for f in findings]))
    assert {d["code"] for d in data} == {"leaf.name-only-in-cn", "leaf.eku-missing",
                                         "leaf.validity-too-long"}
    assert set(data[0]) == {"severity", "code", "message", "source"}
    text = describe(findings)
    assert "ERROR leaf.eku-missing:" in text and "source: Apple support 103769" in text
    assert text.splitlines()[-1] == "Result: an iPhone will refuse this certificate (3 errors)."
    assert describe([]) == "Result: passes Apple's rules (no findings)."
    assert describe(check(make_leaf(days=500).cert, ROOT.cert, now=NOW)).endswith(
        "Result: passes Apple's rules (1 info).")


# --- real external tools ------------------------------------------------------------------

def _load(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/system-packages.sh lists it)")
    return found


def _run(args: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr


def test_mkcert_root_and_leaf_pass(tmp_path: Path) -> None:
    mkcert = _tool("mkcert")
    env = dict(os.environ, CAROOT=str(tmp_path / "caroot"))
    _run([mkcert, "-cert-file", "leaf.pem", "-key-file", "leaf.key", "nas.local",
          "192.168.1.2"], tmp_path, env)
    root, leaf = _load(tmp_path / "caroot" / "rootCA.pem"), _load(tmp_path / "leaf.pem")
    root_key, leaf_key = root.public_key(), leaf.public_key()
    assert isinstance(root_key, rsa.RSAPublicKey) and root_key.key_size == 3072
    assert isinstance(leaf_key, rsa.RSAPublicKey) and leaf_key.key_size == 2048
    assert check(root) == []
    findings = check(leaf, root)
    assert not has_errors(findings), describe(findings)
    assert codes(findings) <= {"leaf.validity-over-398"}


OPENSSL_LEAF_EXT = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:nas.local, IP:192.168.1.2
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


@pytest.fixture(scope="module")
def openssl_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A root made with the openssl command line; keys stay in the test's temporary folder."""
    openssl = _tool("openssl")
    folder = tmp_path_factory.mktemp("openssl-ca")
    _run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
          "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=OpenSSL Test Root",
          "-days", "3650", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], folder)
    (folder / "leaf.ext").write_text(OPENSSL_LEAF_EXT)
    return folder


def _openssl_leaf(ca: Path, name: str, newkey: Sequence[str], *, digest: str = "-sha256",
                  days: int = 397) -> x509.Certificate:
    openssl = _tool("openssl")
    _run([openssl, "req", "-new", *newkey, "-nodes", "-keyout", f"{name}.key", "-out",
          f"{name}.csr", "-subj", "/CN=nas.local"], ca)
    _run([openssl, "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
          "-set_serial", "0x1234abcd", "-days", str(days), digest, "-extfile", "leaf.ext",
          "-out", f"{name}.pem"], ca)
    return _load(ca / f"{name}.pem")


EC_NEWKEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256")


def test_openssl_made_root_and_leaf_pass(openssl_ca: Path) -> None:
    root = _load(openssl_ca / "ca.pem")
    # openssl's default root has no path length limit: a note, nothing more
    assert codes(check(root)) == {"root.no-pathlen"}
    leaf = _openssl_leaf(openssl_ca, "good", EC_NEWKEY)
    assert check(leaf, root) == []


def test_openssl_sha1_and_md5_leaves_fail(openssl_ca: Path) -> None:
    root = _load(openssl_ca / "ca.pem")
    sha1 = _openssl_leaf(openssl_ca, "sha1", EC_NEWKEY, digest="-sha1")
    finding = only(check(sha1, root), "sig.sha1")
    assert finding.severity is Severity.ERROR and "SHA-1" in finding.message
    assert codes(check(sha1, root)) == {"sig.sha1"}  # the SHA-1 signature itself verifies
    rsa_root = _openssl_root(openssl_ca, "md5root", "rsa:2048", "-md5")
    finding = only(check(rsa_root), "sig.md5")
    assert finding.severity is Severity.WARNING  # trustd ignores a root's own signature hash


def _openssl_root(folder: Path, name: str, newkey: str, *extra: str) -> x509.Certificate:
    _run([_tool("openssl"), "req", "-x509", "-newkey", newkey, "-nodes", "-keyout",
          f"{name}.key", "-out", f"{name}.pem", "-subj", f"/CN={name}", "-days", "30", *extra],
         folder)
    return _load(folder / f"{name}.pem")


def test_openssl_rsa_1024_leaf_and_root_fail(openssl_ca: Path) -> None:
    leaf = _openssl_leaf(openssl_ca, "rsa1024", ("-newkey", "rsa:1024"))
    finding = only(check(leaf, _load(openssl_ca / "ca.pem")), "key.rsa-too-small")
    assert "1024-bit RSA key" in finding.message and "iOS refuses" in finding.message
    weak_root = _openssl_root(openssl_ca, "weakroot", "rsa:1024")
    assert "key.rsa-too-small" in codes(check(weak_root), Severity.ERROR)


def test_openssl_826_day_leaf_fails(openssl_ca: Path) -> None:
    leaf = _openssl_leaf(openssl_ca, "long", EC_NEWKEY, days=826)
    assert codes(check(leaf, _load(openssl_ca / "ca.pem"))) == {"leaf.validity-too-long"}


def test_plain_openssl_self_signed_root_is_judged_fairly(openssl_ca: Path) -> None:
    """`openssl req -x509` with the stock config: CA:TRUE critical, no keyUsage: iOS takes it."""
    root = _openssl_root(openssl_ca, "plain", "ec", "-pkeyopt", "ec_paramgen_curve:P-256")
    findings = check(root)
    assert not has_errors(findings), describe(findings)


# --- completeness -----------------------------------------------------------------------------

def test_every_rule_has_a_source_and_a_test() -> None:
    tests = Path(__file__).read_text()
    for code, (severity, source, message) in RULES.items():
        assert isinstance(severity, Severity) and source and message.endswith("."), code
        assert f'"{code}"' in tests, f"no test names the rule {code}"


def _openssl_verify(folder: Path, root: Pair, leaf: Pair, *strict: str) -> bool:
    (folder / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    (folder / "leaf.pem").write_bytes(leaf.cert.public_bytes(Encoding.PEM))
    result = subprocess.run([_tool("openssl"), "verify", *strict, "-attime",
                             str(int(NOW.timestamp())), "-purpose", "sslserver", "-CAfile",
                             "root.pem", "leaf.pem"], cwd=folder, capture_output=True, timeout=30)
    return result.returncode == 0


@pytest.mark.parametrize("code", ["leaf.aki-missing", "leaf.san-not-critical",
                                  "root.keyusage-missing", "root.ski-missing"])
def test_strict_checker_warnings_match_openssl_x509_strict(code: str, tmp_path: Path) -> None:
    """What the warnings claim, shown with the real tool: plain openssl accepts, strict refuses."""
    root = {"root.keyusage-missing": make_root(no_ku=True),
            "root.ski-missing": make_root(ski=False)}.get(code, ROOT)
    leaf = make(issuer=root, aki=code != "leaf.aki-missing",
                cn=None if code == "leaf.san-not-critical" else "nas.local")
    findings = check(leaf.cert, root.cert, now=NOW) + check(root.cert, now=NOW)
    assert only(findings, code).severity is Severity.WARNING
    assert not has_errors(findings)
    assert _openssl_verify(tmp_path, root, leaf)
    assert not _openssl_verify(tmp_path, root, leaf, "-x509_strict")
