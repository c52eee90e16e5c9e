"""Importing an existing CA: every supported format, a real mkcert CAROOT, and clear refusals."""

from __future__ import annotations

import base64
import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from trustanchor.core.errors import ImportFormatError, PassphraseError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.importer import MAX_IMPORT_BYTES, import_ca

PEM = serialization.Encoding.PEM
DER = serialization.Encoding.DER
PKCS8 = serialization.PrivateFormat.PKCS8
PLAIN = serialization.NoEncryption()


def _key_pem(key: object, encryption: serialization.KeySerializationEncryption = PLAIN) -> bytes:
    assert isinstance(key, ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey)
    return key.private_bytes(PEM, PKCS8, encryption)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _assert_same(imported: CertificateAuthority, ca: CertificateAuthority) -> None:
    assert imported.certificate == ca.certificate
    assert imported.private_key.private_numbers() == ca.private_key.private_numbers()  # type: ignore[comparison-overlap]


def _one_sentence(err: Exception) -> str:
    text = str(err)
    assert "\n" not in text and text.endswith(".") and ": " in text
    return text


# -- formats that work --------------------------------------------------------------------------


def test_pem_pair_in_either_order(tmp_path: Path, ca: CertificateAuthority) -> None:
    cert = _write(tmp_path, "ca.crt", ca.cert_pem)
    key = _write(tmp_path, "ca.key", ca.export_key_pem(None))
    _assert_same(import_ca(cert, key), ca)
    _assert_same(import_ca(key, cert), ca)


def test_both_in_one_pem_file(tmp_path: Path, ca: CertificateAuthority) -> None:
    both = _write(tmp_path, "ca.pem", ca.export_key_pem(None) + b"\n" + ca.cert_pem)
    _assert_same(import_ca(both), ca)


def test_der_certificate_with_pem_key(tmp_path: Path, ca: CertificateAuthority) -> None:
    cert = _write(tmp_path, "ca.der", ca.cert_der)
    key = _write(tmp_path, "ca.key.der", ca.private_key.private_bytes(DER, PKCS8, PLAIN))
    _assert_same(import_ca(cert, key), ca)


def test_encrypted_key_needs_the_source_passphrase(
    tmp_path: Path, ca: CertificateAuthority
) -> None:
    cert = _write(tmp_path, "ca.crt", ca.cert_pem)
    encrypted = _key_pem(ca.private_key, serialization.BestAvailableEncryption(b"source pw"))
    key = _write(tmp_path, "ca.key", encrypted)
    _assert_same(import_ca(cert, key, passphrase=b"source pw"), ca)
    with pytest.raises(PassphraseError, match="protected by a passphrase") as missing:
        import_ca(cert, key)
    assert "ca.key" in _one_sentence(missing.value)
    with pytest.raises(PassphraseError, match="does not unlock") as wrong:
        import_ca(cert, key, passphrase=b"wrong")
    _one_sentence(wrong.value)


def test_pkcs12_with_password(tmp_path: Path, ca: CertificateAuthority) -> None:
    p12 = _write(tmp_path, "ca.p12", ca.export_pkcs12(b"p12 password"))
    _assert_same(import_ca(p12, passphrase=b"p12 password"), ca)
    with pytest.raises(PassphraseError, match="protected by a password"):
        import_ca(p12)
    with pytest.raises(PassphraseError, match="does not open"):
        import_ca(p12, passphrase=b"nope")


def test_pkcs12_without_password(tmp_path: Path, ca: CertificateAuthority) -> None:
    data = pkcs12.serialize_key_and_certificates(b"ca", ca.private_key, ca.certificate, None,
                                                 PLAIN)
    _assert_same(import_ca(_write(tmp_path, "ca.p12", data)), ca)


def test_pkcs12_made_by_openssl(tmp_path: Path, ca: CertificateAuthority) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed")
    cert = _write(tmp_path, "ca.crt", ca.cert_pem)
    key = _write(tmp_path, "ca.key", ca.export_key_pem(None))
    out = tmp_path / "ca.pfx"
    made = subprocess.run([openssl, "pkcs12", "-export", "-in", str(cert), "-inkey", str(key),
                           "-out", str(out), "-passout", "pass:from-openssl"],
                          capture_output=True, timeout=60)
    assert made.returncode == 0, made.stderr.decode()
    _assert_same(import_ca(out, passphrase=b"from-openssl"), ca)


@pytest.fixture(scope="module")
def mkcert_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA made by the real mkcert binary (no -install: nothing touches a trust store)."""
    mkcert = shutil.which("mkcert")
    if mkcert is None:
        pytest.skip("mkcert is not installed")
    work = tmp_path_factory.mktemp("mkcert")
    caroot = work / "caroot"
    env = {**os.environ, "CAROOT": str(caroot), "HOME": str(work), "TRUST_STORES": ""}
    made = subprocess.run(
        [mkcert, "-cert-file", str(work / "nas.crt"), "-key-file", str(work / "nas.key"),
         "nas.local", "192.168.1.20"],
        cwd=work, env=env, capture_output=True, timeout=120,
    )
    assert made.returncode == 0, made.stderr.decode()
    assert (caroot / "rootCA.pem").is_file() and (caroot / "rootCA-key.pem").is_file()
    return caroot


def test_real_mkcert_caroot(mkcert_root: Path) -> None:
    imported = import_ca(mkcert_root)
    assert imported.name.startswith("mkcert ")
    root = x509.load_pem_x509_certificate((mkcert_root / "rootCA.pem").read_bytes())
    assert imported.certificate == root
    leaf = imported.issue_server_cert("printer.home.arpa")  # it really works as our CA
    leaf.certificate.verify_directly_issued_by(root)


def test_mkcert_leaf_is_refused_as_a_server_certificate(mkcert_root: Path) -> None:
    work = mkcert_root.parent
    with pytest.raises(ImportFormatError) as caught:
        import_ca(work / "nas.crt", work / "nas.key")
    assert _one_sentence(caught.value) == (
        "nas.crt is a server certificate, not a CA: choose the CA's certificate (CA:TRUE)."
    )
    with pytest.raises(ImportFormatError, match=r"nas.crt is a server certificate"):
        import_ca(work / "nas.crt", mkcert_root / "rootCA-key.pem")


def test_incomplete_mkcert_folder(tmp_path: Path, mkcert_root: Path) -> None:
    folder = tmp_path / "caroot"
    folder.mkdir()
    shutil.copy(mkcert_root / "rootCA.pem", folder / "rootCA.pem")
    with pytest.raises(ImportFormatError, match=r"no rootCA-key.pem"):
        import_ca(folder)
    with pytest.raises(ImportFormatError, match="not an mkcert CA folder"):
        import_ca(tmp_path / "caroot" / ".." / "..")
    with pytest.raises(ImportFormatError, match="is a folder"):
        import_ca(folder, folder / "rootCA.pem")


# -- refusals -----------------------------------------------------------------------------------


def test_mismatched_key_names_both_files(
    tmp_path: Path, ca: CertificateAuthority, other_ca: CertificateAuthority
) -> None:
    cert = _write(tmp_path, "home-ca.crt", ca.cert_pem)
    key = _write(tmp_path, "other.key", other_ca.export_key_pem(None))
    with pytest.raises(ImportFormatError) as caught:
        import_ca(cert, key)
    text = _one_sentence(caught.value)
    assert "other.key" in text and "home-ca.crt" in text and "does not belong" in text


def test_certificate_or_key_alone(tmp_path: Path, ca: CertificateAuthority) -> None:
    with pytest.raises(ImportFormatError, match="no private key"):
        import_ca(_write(tmp_path, "ca.crt", ca.cert_pem))
    with pytest.raises(ImportFormatError, match="no certificate"):
        import_ca(_write(tmp_path, "ca.key", ca.export_key_pem(None)))


def _self_signed(key: object, *, ca: bool | None, signer: object = None,
                 days: tuple[int, int] = (-1, 365), issuer: str | None = None) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Odd CA")])
    issuer_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]) if issuer else name
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name)
        .public_key(key.public_key())  # type: ignore[attr-defined]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + dt.timedelta(days=days[0]))
        .not_valid_after(now + dt.timedelta(days=days[1]))
    )
    if ca is not None:
        builder = builder.add_extension(x509.BasicConstraints(ca=ca, path_length=None), True)
    signing = signer or key
    algorithm = None if isinstance(signing, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(signing, algorithm)  # type: ignore[arg-type]


def _import_pair(tmp_path: Path, cert: x509.Certificate, key: object) -> CertificateAuthority:
    both = cert.public_bytes(PEM) + _key_pem(key)
    return import_ca(_write(tmp_path, "odd.pem", both))


def test_certificate_without_ca_flag(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(ImportFormatError, match=r"odd.pem is a certificate, not a CA"):
        _import_pair(tmp_path, _self_signed(key, ca=None), key)
    with pytest.raises(ImportFormatError, match="not a CA"):
        _import_pair(tmp_path, _self_signed(key, ca=False), key)


def test_intermediate_is_refused(tmp_path: Path) -> None:
    key, root_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    cert = _self_signed(key, ca=True, signer=root_key, issuer="Some Root")
    with pytest.raises(ImportFormatError, match="intermediate CA, not a root"):
        _import_pair(tmp_path, cert, key)


def test_broken_self_signature_is_refused(tmp_path: Path) -> None:
    key, forger = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    cert = _self_signed(key, ca=True, signer=forger)
    with pytest.raises(ImportFormatError, match=r"self-signature .* does not verify"):
        _import_pair(tmp_path, cert, key)


def test_expired_ca_is_refused(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(ImportFormatError, match="expired on"):
        _import_pair(tmp_path, _self_signed(key, ca=True, days=(-30, -1)), key)


def test_unsupported_key_type(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    with pytest.raises(ImportFormatError, match=r"EC .* or RSA"):
        _import_pair(tmp_path, _self_signed(key, ca=True), key)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.pem", b"", "not a certificate, key or PKCS#12 file"),
        ("notes.txt", b"hello, this is not a certificate\n", "not a certificate, key or PKCS#12"),
        ("csr.pem",
         b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
         r"found: CERTIFICATE REQUEST"),
        ("cut.pem", b"-----BEGIN CERTIFICATE-----\nMIIB", "no complete PEM block"),
        ("bad.pem", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
         "damaged certificate"),
    ],
)
def test_garbage_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message) as caught:
        import_ca(_write(tmp_path, name, data))
    assert name in _one_sentence(caught.value)


def test_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="does not exist"):
        import_ca(tmp_path / "missing.pem")
    huge = _write(tmp_path, "huge.pem", b"A" * (MAX_IMPORT_BYTES + 1))
    with pytest.raises(ImportFormatError, match="too large"):
        import_ca(huge)


def test_negative_serial_is_refused_without_a_warning(tmp_path: Path) -> None:
    """cryptography only warns about it (and will refuse it later): we refuse it now, clearly."""
    key = ec.generate_private_key(ec.SECP256R1())
    der = bytearray(_self_signed(key, ca=True).public_bytes(DER))
    serial_at = der.index(bytes.fromhex("a003020102")) + 5  # after the [0] version field
    assert der[serial_at] == 0x02  # the serial's INTEGER tag
    der[serial_at + 2] |= 0x80  # top bit set: a negative serial number
    cert = _write(tmp_path, "neg.der", bytes(der))
    keyfile = _write(tmp_path, "neg.key", _key_pem(key))
    with pytest.raises(ImportFormatError, match="serial number below 1"):
        import_ca(cert, keyfile)  # pytest turns any leaked warning into an error
    pem = b"".join((b"-----BEGIN CERTIFICATE-----\n", base64.encodebytes(bytes(der)),
                    b"-----END CERTIFICATE-----\n"))
    with pytest.raises(ImportFormatError, match=r"neg\.pem has a serial number below 1"):
        import_ca(_write(tmp_path, "neg.pem", pem), keyfile)
