"""core/pki/ca.py: the root CA and the server certificates it issues, extension by extension."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

import pytest
from certhelpers import OPENSSL, cached_ca, hand_made_leaf, pkcs12_info, write
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID, NameOID

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import (
    CertificateRuleError,
    ImportFormatError,
    InvalidNameError,
    PassphraseError,
)
from trustanchor.core.pki import rules
from trustanchor.core.pki.ca import CertificateAuthority, constraint_warnings, ensure_rules_pass
from trustanchor.core.pki.leaf import generate_private_key, key_type_of
from trustanchor.core.pki.rule_table import Severity

FIXED_NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
# Leaves need a moment inside the (session-cached) CA's validity: a fixed instant a little
# after this module loads, so expected dates can be computed exactly.
LEAF_NOW = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(minutes=10)
BACKDATE = dt.timedelta(minutes=5)
EC_TYPES = (KeyType.EC_P256, KeyType.EC_P384)
# RSA-4096 generation is the slow part (about 1 s); cached_ca makes it once per session.
ALL_TYPES = tuple(KeyType)


def _fixed_clock() -> dt.datetime:
    return FIXED_NOW


def _leaf_clock() -> dt.datetime:
    return LEAF_NOW


def _expected_hash(key_type: KeyType) -> type[hashes.HashAlgorithm]:
    return hashes.SHA384 if key_type == KeyType.EC_P384 else hashes.SHA256


def _extensions(cert: x509.Certificate) -> dict[x509.ObjectIdentifier, x509.Extension]:
    return {ext.oid: ext for ext in cert.extensions}


def _serial_fits_rfc5280(serial: int) -> bool:
    # RFC 5280 4.1.2.2: positive, and at most 20 octets as a DER INTEGER (sign bit included).
    return serial > 0 and serial.bit_length() // 8 + 1 <= 20


# -- the root -------------------------------------------------------------------------------------


@pytest.mark.parametrize("key_type", ALL_TYPES)
def test_root_extensions_and_criticality(key_type: KeyType) -> None:
    ca = cached_ca(key_type)
    cert = ca.certificate
    ext = _extensions(cert)
    assert set(ext) == {
        ExtensionOID.BASIC_CONSTRAINTS,
        ExtensionOID.KEY_USAGE,
        ExtensionOID.SUBJECT_KEY_IDENTIFIER,
    }
    bc = ext[ExtensionOID.BASIC_CONSTRAINTS]
    assert bc.critical and bc.value == x509.BasicConstraints(ca=True, path_length=1)
    ku = ext[ExtensionOID.KEY_USAGE]
    assert ku.critical
    assert ku.value.key_cert_sign and ku.value.crl_sign
    assert not any(
        [ku.value.digital_signature, ku.value.content_commitment, ku.value.key_encipherment,
         ku.value.data_encipherment, ku.value.key_agreement]
    )  # fmt: skip
    ski = ext[ExtensionOID.SUBJECT_KEY_IDENTIFIER]
    assert not ski.critical
    assert ski.value == x509.SubjectKeyIdentifier.from_public_key(ca.private_key.public_key())
    assert cert.version is x509.Version.v3
    assert isinstance(cert.signature_hash_algorithm, _expected_hash(key_type))
    assert cert.subject == cert.issuer
    cert.verify_directly_issued_by(cert)  # self-signed, and the signature checks out
    assert _serial_fits_rfc5280(cert.serial_number)
    assert key_type_of(cert.public_key()) == key_type == ca.key_type
    assert rules.check(cert) == []


def test_root_subject_validity_and_facts() -> None:
    ca = CertificateAuthority.create(
        "Home Network CA", organization="The Smiths", clock=_fixed_clock
    )
    cert = ca.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Home Network CA"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "The Smiths"
    assert ca.name == "Home Network CA"
    assert cert.not_valid_before_utc == FIXED_NOW - BACKDATE
    assert cert.not_valid_after_utc == (FIXED_NOW - BACKDATE).replace(year=2036)
    assert ca.not_after == cert.not_valid_after_utc
    assert ca.key_type == KeyType.EC_P256  # the default
    assert ca.permitted_names == ()
    assert ca.cert_pem.startswith(b"-----BEGIN CERTIFICATE-----")
    assert x509.load_der_x509_certificate(ca.cert_der) == cert
    digest = hashlib.sha256(ca.cert_der).hexdigest().upper()
    assert ca.fingerprint_sha256.replace(":", "") == digest
    assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", ca.fingerprint_sha256)
    assert ca.short_fingerprint == ca.fingerprint_sha256[:23]
    assert re.fullmatch(r"([0-9A-F]{2}:){7}[0-9A-F]{2}", ca.short_fingerprint)


def test_root_without_organisation_and_leap_day() -> None:
    def leap_day() -> dt.datetime:
        return dt.datetime(2028, 2, 29, 12, 0, tzinfo=dt.UTC)

    ca = CertificateAuthority.create("Solo CA", years=1, clock=leap_day)
    assert ca.certificate.subject == x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "Solo CA")]
    )
    assert ca.not_after == dt.datetime(2029, 2, 28, 11, 55, tzinfo=dt.UTC)


def test_every_root_is_new() -> None:
    first, second = CertificateAuthority.create("A"), CertificateAuthority.create("A")
    assert first.certificate.serial_number != second.certificate.serial_number
    assert first.fingerprint_sha256 != second.fingerprint_sha256


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"name": ""}, InvalidNameError, "Give the CA name"),
        ({"name": "   "}, InvalidNameError, "Give the CA name"),
        ({"name": "x" * 65}, InvalidNameError, "at most 64"),
        ({"name": "bad\x00name"}, InvalidNameError, "invisible"),
        ({"name": "ok", "organization": "o" * 65}, InvalidNameError, "at most 64"),
        ({"name": "ok", "years": 0}, CertificateRuleError, "1 to 30 years"),
        ({"name": "ok", "years": 31}, CertificateRuleError, "1 to 30 years"),
        ({"name": "ok", "permitted": [".home.arpa"]}, InvalidNameError, "leading dot"),
        ({"name": "ok", "permitted": ["lan", "LAN"]}, InvalidNameError, "listed twice"),
    ],
)
def test_create_refuses_bad_input(kwargs: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        CertificateAuthority.create(**kwargs)  # type: ignore[arg-type]


def test_name_constraints_on_the_root() -> None:
    ca = cached_ca(KeyType.EC_P256, ("home.arpa", "192.168.0.0/16"))
    ext = ca.certificate.extensions.get_extension_for_class(x509.NameConstraints)
    assert ext.critical  # RFC 5280 4.2.1.10: MUST be critical
    assert ext.value.excluded_subtrees is None
    assert ca.permitted_names == ("home.arpa", "192.168.0.0/16")
    assert rules.check(ca.certificate) == []


def test_constraint_warnings() -> None:
    assert constraint_warnings([]) == []
    assert constraint_warnings(["home.arpa", "192.168.0.0/16"]) == []
    (ip_open,) = constraint_warnings(["home.arpa"])
    assert ip_open.startswith("IP addresses stay unrestricted")
    (dns_open,) = constraint_warnings(["10.0.0.0/8"])
    assert dns_open.startswith("Host names stay unrestricted")
    with pytest.raises(InvalidNameError):
        constraint_warnings(["https://home.arpa/"])


# -- pairing a certificate with a key -------------------------------------------------------------


def test_key_must_match_certificate() -> None:
    ca = cached_ca()
    with pytest.raises(ImportFormatError, match="does not belong"):
        CertificateAuthority(ca.certificate, generate_private_key(KeyType.EC_P256))
    same = CertificateAuthority(ca.certificate, ca.private_key)
    assert same.fingerprint_sha256 == ca.fingerprint_sha256


def test_a_server_certificate_is_not_a_ca() -> None:
    leaf = cached_ca().issue_server_cert("nas.local")
    with pytest.raises(ImportFormatError, match="not a CA"):
        CertificateAuthority(leaf.certificate, leaf.private_key)


def test_unsupported_ca_key_is_refused() -> None:
    key = ec.generate_private_key(ec.SECP521R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "P-521 CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA512())
    )  # fmt: skip
    with pytest.raises(ImportFormatError, match="not supported"):
        CertificateAuthority(cert, key)
    with pytest.raises(ValueError):
        key_type_of(key)


def test_repr_holds_no_key_material() -> None:
    ca = cached_ca()
    leaf = ca.issue_server_cert("nas.local")
    secret = str(ca.private_key.private_numbers().private_value)  # type: ignore[union-attr]
    for text in (repr(ca), repr(leaf), str(ca)):
        assert "PRIVATE" not in text and secret not in text
        assert "private_key" not in text


# -- exports ------------------------------------------------------------------------------------


def test_export_pkcs12_modern_and_password_protected(tmp_path: Path) -> None:
    ca = cached_ca()
    data = ca.export_pkcs12(b"correct horse")
    loaded = pkcs12.load_pkcs12(data, b"correct horse")
    assert loaded.cert is not None and loaded.cert.certificate == ca.certificate
    assert loaded.key is not None
    assert loaded.key.public_key() == ca.private_key.public_key()
    assert loaded.additional_certs == []
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, b"wrong")
    with pytest.raises(PassphraseError):
        ca.export_pkcs12(b"")
    text = pkcs12_info(write(tmp_path, "ca.p12", data), "correct horse")
    assert "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 600000" in text
    assert "RC2" not in text and "3DES" not in text


def test_export_key_pem_plain_and_encrypted() -> None:
    ca = cached_ca()
    plain = ca.export_key_pem(None)
    assert plain.startswith(b"-----BEGIN PRIVATE KEY-----")
    key = serialization.load_pem_private_key(plain, None)
    assert key.public_key() == ca.private_key.public_key()

    locked = ca.export_key_pem(b"s3cret pass")
    assert locked.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    key = serialization.load_pem_private_key(locked, b"s3cret pass")
    assert key.public_key() == ca.private_key.public_key()
    with pytest.raises(ValueError):
        serialization.load_pem_private_key(locked, b"wrong")
    assert OPENSSL is not None  # other tools must read the export: the point of exporting
    ok = subprocess.run(
        [OPENSSL, "pkey", "-passin", "pass:s3cret pass", "-pubout"],
        input=locked, capture_output=True, timeout=30,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    spki = ca.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert ok.stdout == spki
    wrong = subprocess.run(
        [OPENSSL, "pkey", "-passin", "pass:wrong", "-noout"],
        input=locked, capture_output=True, timeout=30,
    )  # fmt: skip
    assert wrong.returncode != 0
    with pytest.raises(PassphraseError):
        ca.export_key_pem(b"")


# -- server certificates ------------------------------------------------------------------------

LEAF_NAMES = ("nas.local", "*.lab.home.arpa", "bücher.de", "192.168.1.20", "::1")


@pytest.mark.parametrize("key_type", ALL_TYPES)
def test_leaf_extensions_and_criticality(key_type: KeyType) -> None:
    ca = cached_ca(key_type)
    leaf = ca.issue_server_cert(*LEAF_NAMES, clock=_leaf_clock)
    cert = leaf.certificate
    ext = _extensions(cert)
    assert set(ext) == {
        ExtensionOID.BASIC_CONSTRAINTS,
        ExtensionOID.KEY_USAGE,
        ExtensionOID.EXTENDED_KEY_USAGE,
        ExtensionOID.SUBJECT_ALTERNATIVE_NAME,
        ExtensionOID.SUBJECT_KEY_IDENTIFIER,
        ExtensionOID.AUTHORITY_KEY_IDENTIFIER,
    }
    assert ext[ExtensionOID.BASIC_CONSTRAINTS].critical
    assert ext[ExtensionOID.BASIC_CONSTRAINTS].value.ca is False
    ku = ext[ExtensionOID.KEY_USAGE]
    rsa_leaf = isinstance(leaf.private_key, rsa.RSAPrivateKey)
    assert ku.critical and ku.value.digital_signature
    assert ku.value.key_encipherment is rsa_leaf
    assert not (ku.value.key_cert_sign or ku.value.crl_sign or ku.value.key_agreement)
    eku = ext[ExtensionOID.EXTENDED_KEY_USAGE]
    assert not eku.critical and list(eku.value) == [ExtendedKeyUsageOID.SERVER_AUTH]
    san = ext[ExtensionOID.SUBJECT_ALTERNATIVE_NAME]
    assert not san.critical  # the subject has a CN, so the SAN need not be critical
    assert [str(n.value) for n in san.value] == [
        "nas.local", "*.lab.home.arpa", "xn--bcher-kva.de", "192.168.1.20", "::1"
    ]  # fmt: skip
    ski = ext[ExtensionOID.SUBJECT_KEY_IDENTIFIER]
    assert not ski.critical
    assert ski.value == x509.SubjectKeyIdentifier.from_public_key(leaf.private_key.public_key())
    aki = ext[ExtensionOID.AUTHORITY_KEY_IDENTIFIER]
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert not aki.critical and aki.value.key_identifier == ca_ski.value.digest
    assert aki.value.authority_cert_issuer is None

    assert cert.issuer == ca.certificate.subject
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "nas.local"
    cert.verify_directly_issued_by(ca.certificate)
    assert isinstance(cert.signature_hash_algorithm, _expected_hash(key_type))
    assert _serial_fits_rfc5280(cert.serial_number)
    assert cert.not_valid_before_utc == LEAF_NOW - BACKDATE
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == dt.timedelta(days=397)
    expected_leaf = key_type if key_type in EC_TYPES else KeyType.RSA_2048
    assert key_type_of(leaf.private_key) == expected_leaf
    assert cert.public_key() == leaf.private_key.public_key()
    assert leaf.names == ("nas.local", "*.lab.home.arpa", "bücher.de", "192.168.1.20", "::1")
    assert leaf.not_after == cert.not_valid_after_utc
    assert leaf.ca_certificate == ca.certificate
    assert rules.check(cert, ca.certificate, now=LEAF_NOW) == []


def test_every_leaf_gets_its_own_key() -> None:
    ca = cached_ca()
    first, second = ca.issue_server_cert("nas.local"), ca.issue_server_cert("nas.local")
    keys = {
        k.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        for k in (first.private_key, second.private_key, ca.private_key)
    }
    assert len(keys) == 3
    assert first.certificate.serial_number != second.certificate.serial_number


@pytest.mark.parametrize(
    ("ca_type", "leaf_type"),
    [(KeyType.EC_P256, KeyType.RSA_2048), (KeyType.RSA_2048, KeyType.EC_P256)],
)
def test_leaf_key_type_on_request(ca_type: KeyType, leaf_type: KeyType) -> None:
    leaf = cached_ca(ca_type).issue_server_cert("nas.local", key_type=leaf_type)
    assert key_type_of(leaf.private_key) == leaf_type
    ku = leaf.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.key_encipherment is (leaf_type == KeyType.RSA_2048)


def test_validity_limits() -> None:
    ca = cached_ca()
    longest = ca.issue_server_cert("nas.local", days=825, clock=_leaf_clock).certificate
    assert longest.not_valid_after_utc - longest.not_valid_before_utc == dt.timedelta(days=825)
    with pytest.raises(CertificateRuleError, match="more than 825 days"):
        ca.issue_server_cert("nas.local", days=826)
    with pytest.raises(CertificateRuleError, match="at least 1 day"):
        ca.issue_server_cert("nas.local", days=0)
    short = ca.issue_server_cert("nas.local", days=1, clock=_leaf_clock).certificate
    assert short.not_valid_after_utc == LEAF_NOW - BACKDATE + dt.timedelta(days=1)


def test_leaf_cannot_outlive_or_follow_an_expired_ca() -> None:
    def ten_years_ago() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=3600)

    old = CertificateAuthority.create("Old CA", clock=ten_years_ago)  # ends in about 50 days
    with pytest.raises(CertificateRuleError, match="issue it for at most"):
        old.issue_server_cert("nas.local")
    assert old.issue_server_cert("nas.local", days=30).names == ("nas.local",)

    def later() -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(days=400)

    with pytest.raises(CertificateRuleError, match="expired on"):
        old.issue_server_cert("nas.local", clock=later)

    def before_the_ca() -> dt.datetime:  # a computer whose clock is far behind
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=3700)

    with pytest.raises(CertificateRuleError, match="check this computer's date and time"):
        old.issue_server_cert("nas.local", clock=before_the_ca)


def test_long_first_name_leaves_the_subject_to_the_san() -> None:
    long_name = "a" * 60 + ".home.arpa"  # 70 characters: more than a CN can hold
    ca = cached_ca()
    only_long = ca.issue_server_cert(long_name).certificate
    assert list(only_long.subject) == []
    san = only_long.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    assert san.critical  # RFC 5280 4.2.1.6: an empty subject needs a critical SAN
    assert rules.check(only_long, ca.certificate) == []
    mixed = ca.issue_server_cert(long_name, "nas.local").certificate
    cn = mixed.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert cn == "nas.local"


def test_ca_named_like_the_server_still_issues_a_proper_leaf() -> None:
    ca = CertificateAuthority.create("nas.local")
    leaf = ca.issue_server_cert("nas.local").certificate
    assert leaf.subject != leaf.issuer  # otherwise verifiers treat it as self-issued
    assert rules.check(leaf, ca.certificate) == []


def test_bad_names_are_refused_before_any_key_is_made() -> None:
    ca = cached_ca()
    with pytest.raises(InvalidNameError, match=r"type just nas\.local"):
        ca.issue_server_cert("https://nas.local/")
    with pytest.raises(InvalidNameError, match="at least one"):
        ca.issue_server_cert()
    with pytest.raises(InvalidNameError, match="listed twice"):
        ca.issue_server_cert("nas.local", "nas.local")


def test_rules_gate_refuses_a_failing_certificate() -> None:
    """The gate every new certificate passes: a leaf the rules reject raises, with findings."""
    ca = cached_ca()
    bad, _ = hand_made_leaf(ca, san=None, common_name="nas.local")  # name only in the CN
    with pytest.raises(CertificateRuleError) as caught:
        ensure_rules_pass(bad, ca.certificate, now=dt.datetime.now(dt.UTC))
    assert "would be rejected" in str(caught.value)
    assert any(f.severity == Severity.ERROR for f in caught.value.findings)
    good = ca.issue_server_cert("nas.local").certificate
    ensure_rules_pass(good, ca.certificate, now=dt.datetime.now(dt.UTC))  # no exception
