"""The application layer both front ends call (core/flow/operations.py), on real temp CA homes.

Each policy the command line and the wizard once decided separately is tested here, once: the
output folder is created 0700, issued.json names the .crt, one .p12 password generator, and a
stored CA is never overwritten.
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import stat
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from privatefiles import assert_private_file

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import CAExistsError, OutputFileError, PassphraseError
from trustanchor.core.flow import operations
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome

PASSPHRASE = b"correct horse battery"


@pytest.fixture
def home(tmp_path: Path) -> CAHome:
    return CAHome(tmp_path / "home")


@pytest.fixture
def stored(home: CAHome) -> CertificateAuthority:
    """A CA in the home, its key without a passphrase (scrypt would only slow the tests)."""
    return operations.create_ca(home, "Ops Test CA", passphrase=None).ca


@pytest.fixture
def protected(home: CAHome) -> CertificateAuthority:
    return operations.create_ca(home, "Protected CA", passphrase=PASSPHRASE).ca


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _ca_files(home: CAHome) -> tuple[bytes, bytes]:
    return home.ca_cert_path.read_bytes(), home.ca_key_path.read_bytes()


def test_create_stores_the_ca_and_load_unlocks_it(home: CAHome,
                                                  protected: CertificateAuthority) -> None:
    assert home.has_ca() and home.key_is_encrypted()
    assert_private_file(home.ca_key_path)
    loaded = operations.load_ca(home, PASSPHRASE)
    assert loaded.certificate == protected.certificate
    assert loaded.name == "Protected CA"


def test_load_with_the_wrong_passphrase_fails_and_changes_nothing(
        home: CAHome, protected: CertificateAuthority) -> None:
    before = _ca_files(home)
    with pytest.raises(PassphraseError):
        operations.load_ca(home, b"not the passphrase")
    assert _ca_files(home) == before


def test_the_ca_is_never_overwritten_unless_replaced(home: CAHome,
                                                     stored: CertificateAuthority) -> None:
    before = _ca_files(home)
    with pytest.raises(CAExistsError):
        operations.create_ca(home, "Second CA", passphrase=None)
    other = CertificateAuthority.create("Imported CA")
    with pytest.raises(CAExistsError):
        operations.store_ca(home, other, passphrase=None)
    assert _ca_files(home) == before

    replaced = operations.store_ca(home, other, passphrase=None, replace=True)
    assert replaced.archived is not None
    assert (replaced.archived / "ca.key").read_bytes() == before[1]  # kept, in the archive
    assert home.load_certificate() == other.certificate


def test_create_into_an_empty_home_archives_nothing(home: CAHome) -> None:
    result = operations.create_ca(home, "Fresh CA", key_type=KeyType.EC_P384, passphrase=None,
                                  replace=True)
    assert result.archived is None
    assert not home.key_is_encrypted()


def test_import_previews_without_saving_then_stores(home: CAHome, tmp_path: Path) -> None:
    source = CertificateAuthority.create("Brought Along CA")
    cert_file, key_file = tmp_path / "rootCA.pem", tmp_path / "rootCA-key.pem"
    cert_file.write_bytes(source.cert_pem)
    key_file.write_bytes(source.export_key_pem(b"file password"))
    preview = operations.preview_import(cert_file, key_file, password=b"file password")
    assert preview.certificate == source.certificate
    assert not home.has_ca()
    operations.store_ca(home, preview, passphrase=PASSPHRASE)
    assert operations.load_ca(home, PASSPHRASE).certificate == source.certificate


def test_issue_creates_a_missing_folder_0700_and_records_the_crt(
        home: CAHome, stored: CertificateAuthority, tmp_path: Path) -> None:
    folder = tmp_path / "not" / "there" / "yet"
    result = operations.issue_certificate(home, stored, ("nas.local", "192.168.1.20"), folder)
    assert folder.is_dir()
    if os.name != "nt":  # Windows: the key's own ACL, checked below
        assert _mode(folder) == 0o700
    assert [p.name for p in result.files] == [
        "nas.local.crt", "nas.local.key", "nas.local.fullchain.pem"]
    assert_private_file(folder / "nas.local.key")
    assert result.p12_password is None and not result.password_generated
    document = json.loads(home.issued_path.read_bytes())
    assert document["issued"][-1]["path"] == str(folder / "nas.local.crt")
    assert home.issued()[-1].names == ("nas.local", "192.168.1.20")


def test_issue_into_an_existing_folder_keeps_its_mode(
        home: CAHome, stored: CertificateAuthority, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    operations.issue_certificate(home, stored, ("printer.local",), folder)
    if os.name != "nt":  # POSIX folder modes
        assert _mode(folder) == 0o755


def test_issue_with_p12_generates_one_kind_of_password(
        home: CAHome, stored: CertificateAuthority, tmp_path: Path) -> None:
    result = operations.issue_certificate(home, stored, ("nas.local",), tmp_path, p12=True)
    password = result.p12_password
    assert password is not None and result.password_generated
    assert re.fullmatch(f"[{operations.P12_ALPHABET}]{{16}}", password)
    assert not set("0O1lI") & set(operations.P12_ALPHABET)  # nothing to misread when typed
    p12 = pkcs12.load_pkcs12((tmp_path / "nas.local.p12").read_bytes(), password.encode())
    assert p12.cert is not None and p12.cert.certificate == result.certificate.certificate
    assert password not in repr(result)
    assert len({operations.new_p12_password() for _ in range(50)}) == 50


def test_issue_with_a_chosen_p12_password(home: CAHome, stored: CertificateAuthority,
                                          tmp_path: Path) -> None:
    result = operations.issue_certificate(home, stored, ("nas.local",), tmp_path, p12=True,
                                          p12_password="my own pass")
    assert result.p12_password == "my own pass" and not result.password_generated
    assert pkcs12.load_pkcs12((tmp_path / "nas.local.p12").read_bytes(), b"my own pass").key


def test_issue_never_overwrites_unless_asked(home: CAHome, stored: CertificateAuthority,
                                             tmp_path: Path) -> None:
    (tmp_path / "nas.local.key").write_bytes(b"precious")
    with pytest.raises(OutputFileError) as caught:
        operations.issue_certificate(home, stored, ("nas.local",), tmp_path)
    assert caught.value.exists
    assert (tmp_path / "nas.local.key").read_bytes() == b"precious"
    assert home.issued() == []  # nothing written, nothing recorded
    operations.issue_certificate(home, stored, ("nas.local",), tmp_path, overwrite=True)
    assert (tmp_path / "nas.local.key").read_bytes() != b"precious"


@pytest.mark.parametrize("fmt", operations.EXPORT_FORMATS)
def test_export_each_format(home: CAHome, stored: CertificateAuthority, tmp_path: Path,
                            fmt: operations.ExportFormat) -> None:
    out = tmp_path / "exports" / f"ca.{fmt}"
    ca = stored if fmt == "p12" else None
    size = operations.export_ca(home, fmt, out, ca=ca, p12_password=b"export pass")
    data = out.read_bytes()
    assert size == len(data)
    if fmt == "pem":
        assert x509.load_pem_x509_certificate(data) == stored.certificate
    elif fmt == "der":
        assert x509.load_der_x509_certificate(data) == stored.certificate
    elif fmt == "mobileconfig":
        profile = plistlib.loads(data)
        assert profile["PayloadContent"][0]["PayloadContent"] == stored.cert_der
    else:
        loaded = pkcs12.load_pkcs12(data, b"export pass")
        assert loaded.key is not None
        assert_private_file(out)
        if os.name != "nt":
            assert _mode(out.parent) == 0o700  # a new folder that holds a key


def test_export_refuses_an_existing_file_and_a_p12_without_password(
        home: CAHome, stored: CertificateAuthority, tmp_path: Path) -> None:
    out = tmp_path / "ca.pem"
    out.write_bytes(b"someone else's file")
    with pytest.raises(OutputFileError) as caught:
        operations.export_ca(home, "pem", out)
    assert caught.value.exists and out.read_bytes() == b"someone else's file"
    operations.export_ca(home, "pem", out, overwrite=True)
    assert out.read_bytes() == stored.cert_pem
    with pytest.raises(PassphraseError):
        operations.export_ca(home, "p12", tmp_path / "ca.p12", ca=stored)
    assert not (tmp_path / "ca.p12").exists()


def test_publishing_starts_replaces_and_stops_on_loopback(stored: CertificateAuthority) -> None:
    options = operations.PublishOptions(address="127.0.0.1", bind="127.0.0.1", port=0,
                                        https_port=0, mdns=False)
    first = operations.start_publishing(stored, options)
    try:
        assert first.running and first.http_url.startswith("http://127.0.0.1:")
        second = operations.start_publishing(stored, options, replacing=first)
    finally:
        operations.stop_publishing(first)
    try:
        assert not first.running and second.running
        with urllib.request.urlopen(second.http_url, timeout=5) as response:
            assert response.status == 200
    finally:
        operations.stop_publishing(second)
    assert not second.running
    operations.stop_publishing(None)  # nothing running: nothing to do


def test_default_output_folder_is_in_the_ca_home_not_documents(
        home: CAHome, stored: CertificateAuthority) -> None:
    import platformdirs

    folder = operations.default_output_folder(home)
    assert folder == home.root / "certificates"
    documents = Path(platformdirs.user_documents_dir())
    assert documents not in folder.parents
    operations.issue_certificate(home, stored, ("nas.local",), folder)
    assert_private_file(folder / "nas.local.key")
    if os.name != "nt":
        assert _mode(folder) == 0o700 and _mode(home.root) == 0o700

