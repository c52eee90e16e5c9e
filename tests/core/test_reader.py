"""The one certificate reader (core/pki/reader.py): loading PEM or DER, and the name policy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from certhelpers import cached_ca
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from trustanchor.core.errors import ImportFormatError
from trustanchor.core.pki import reader
from trustanchor.core.pki.profile import build_mobileconfig, file_stem

KEY = ec.generate_private_key(ec.SECP256R1())
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _certificate(subject: x509.Name, *, ca: bool = True) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(KEY.public_key()).serial_number(7)
        .not_valid_before(START).not_valid_after(START + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    return builder.sign(KEY, hashes.SHA256())


def _named(**attributes: str) -> x509.Name:
    oids = {"cn": NameOID.COMMON_NAME, "o": NameOID.ORGANIZATION_NAME}
    return x509.Name([x509.NameAttribute(oids[k], v) for k, v in attributes.items()])


def test_loads_pem_der_and_files() -> None:
    ca = cached_ca()
    der = ca.certificate.public_bytes(serialization.Encoding.DER)
    assert reader.load_certificate(ca.cert_pem) == ca.certificate
    assert reader.load_certificate(der) == ca.certificate


def test_load_from_a_path(tmp_path: Path) -> None:
    ca = cached_ca()
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    assert reader.load_certificate(tmp_path / "ca.pem") == ca.certificate
    with pytest.raises(ImportFormatError, match="does not exist"):
        reader.load_certificate(tmp_path / "missing.pem")


def test_an_unknown_version_is_an_import_error_not_a_crash() -> None:
    """cryptography raises x509.InvalidVersion (not a ValueError) for a version it does not
    know; the reader turns it into ImportFormatError and keeps the cause."""
    der = cached_ca().certificate.public_bytes(serialization.Encoding.DER)
    version_v3 = bytes([0xA0, 0x03, 0x02, 0x01, 0x02])  # [0] EXPLICIT INTEGER 2 (v3)
    assert der.count(version_v3) == 1
    damaged = der.replace(version_v3, bytes([0xA0, 0x03, 0x02, 0x01, 0x07]))
    with pytest.raises(x509.InvalidVersion):
        x509.load_der_x509_certificate(damaged)
    with pytest.raises(ImportFormatError, match="not a PEM or DER certificate") as caught:
        reader.load_certificate(damaged)
    assert isinstance(caught.value.__cause__, x509.InvalidVersion)


@pytest.mark.parametrize("data", [b"", b"junk", b"-----BEGIN CERTIFICATE-----\nAAAA\n"
                                  b"-----END CERTIFICATE-----\n", b"\x30\x03\x02\x01\x01"])
def test_damaged_input_is_an_import_error(data: bytes) -> None:
    with pytest.raises(ImportFormatError) as caught:
        reader.load_certificate(data)
    assert caught.value.__cause__ is not None


def test_one_name_policy_everywhere() -> None:
    named = _certificate(_named(cn="  Home CA  ", o="Family"))
    org_only = _certificate(_named(o="Family"))
    blank_cn = _certificate(_named(cn=" ", o="Family"))
    empty = _certificate(x509.Name([]), ca=False)
    assert reader.display_name(named) == "Home CA"
    assert reader.display_name(org_only) == "O=Family"
    assert reader.display_name(blank_cn) == blank_cn.subject.rfc4514_string()
    assert reader.display_name(empty) == reader.NO_NAME
    assert reader.subject_common_name(org_only) is None
    # The profile and the download names follow the same policy.
    assert b"Root certificate \xe2\x80\x9cO=Family\xe2\x80\x9d" in build_mobileconfig(org_only)
    assert file_stem(org_only) == "O-Family"
    # A CA called "Aux" would download as Aux.mobileconfig, a device name on Windows.
    assert file_stem(_certificate(_named(cn="Aux", o="Family"))) == "_Aux"


def test_facts() -> None:
    ca = cached_ca()
    leaf = ca.issue_server_cert("nas.local", "192.168.1.20")
    assert reader.is_ca(ca.certificate) and not reader.is_ca(leaf.certificate)
    fingerprint = reader.fingerprint(ca.certificate)
    assert len(fingerprint.split(":")) == 32
    assert reader.short_fingerprint(ca.certificate) == ":".join(fingerprint.split(":")[:8])
    assert ca.fingerprint_sha256 == fingerprint
    assert [n.value for n in reader.san_names(leaf.certificate)] == ["nas.local",
                                                                     "192.168.1.20"]
    assert reader.validity(leaf.certificate) == (leaf.certificate.not_valid_before_utc,
                                                 leaf.not_after)
    assert reader.describe_key(ca.certificate) == "ECDSA P-256"
    constrained = cached_ca(permitted=("home.arpa", "192.168.0.0/16"))
    assert reader.permitted_subtrees(constrained.certificate) == ("home.arpa", "192.168.0.0/16")
    assert reader.permitted_subtrees(ca.certificate) == ()
