"""core/pki/leaf.py: what a server gets: PEM, key, full chain, PKCS#12 and the files on disk."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from certhelpers import cached_ca, pkcs12_info, write
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from privatefiles import assert_private_file

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import OutputFileError, PassphraseError
from trustanchor.core.pki.leaf import ServerCertificate
from trustanchor.core.pki.reader import san_names
from trustanchor.core.store.outputs import write_server_files

POSIX = sys.platform != "win32"


@pytest.fixture(scope="module")
def server() -> ServerCertificate:
    return cached_ca().issue_server_cert("nas.local", "192.168.1.20")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pem_exports(server: ServerCertificate) -> None:
    assert x509.load_pem_x509_certificate(server.cert_pem()) == server.certificate
    key_pem = server.key_pem()
    assert key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")  # PKCS#8, not encrypted
    key = serialization.load_pem_private_key(key_pem, None)
    assert key.public_key() == server.certificate.public_key()
    chain = x509.load_pem_x509_certificates(server.fullchain_pem())
    assert chain == [server.certificate, server.ca_certificate]  # leaf first, then the CA


def test_pkcs12_holds_leaf_key_and_chain(tmp_path: Path, server: ServerCertificate) -> None:
    data = server.pkcs12(b"p12 pass")
    loaded = pkcs12.load_pkcs12(data, b"p12 pass")
    assert loaded.cert is not None and loaded.cert.certificate == server.certificate
    assert loaded.cert.friendly_name == b"nas.local"
    assert loaded.key is not None and loaded.key.public_key() == server.certificate.public_key()
    assert [c.certificate for c in loaded.additional_certs] == [server.ca_certificate]
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, b"not it")
    with pytest.raises(PassphraseError, match="cannot be empty"):
        server.pkcs12(b"")
    text = pkcs12_info(write(tmp_path, "nas.local.p12", data), "p12 pass")
    assert text.count("PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256") == 2
    assert "MAC: sha256" in text


def test_write_files_modes_and_contents(tmp_path: Path, server: ServerCertificate) -> None:
    written = write_server_files(server, tmp_path, p12_password=b"p12 pass")
    names = [p.name for p in written]
    assert names == ["nas.local.crt", "nas.local.key", "nas.local.fullchain.pem", "nas.local.p12"]
    crt, key, chain, p12 = written
    assert crt.read_bytes() == server.cert_pem()
    assert key.read_bytes() == server.key_pem()
    assert chain.read_bytes() == server.fullchain_pem()
    assert pkcs12.load_pkcs12(p12.read_bytes(), b"p12 pass").key is not None
    if POSIX:
        assert _mode(key) == 0o600 and _mode(p12) == 0o600
        assert _mode(crt) & 0o133 == 0  # readable certificate, nobody else may write it
    else:
        assert_private_file(key)
        assert_private_file(p12)
    assert sorted(os.listdir(tmp_path)) == sorted(names)  # no temp files left behind


def test_write_files_without_p12(tmp_path: Path, server: ServerCertificate) -> None:
    written = write_server_files(server, tmp_path)
    assert [p.suffix for p in written] == [".crt", ".key", ".pem"]
    assert not (tmp_path / "nas.local.p12").exists()


def test_write_files_never_overwrites_unless_asked(
    tmp_path: Path, server: ServerCertificate
) -> None:
    existing_key = tmp_path / "nas.local.key"
    existing_key.write_bytes(b"the user's own key, precious")
    with pytest.raises(OutputFileError) as caught:
        write_server_files(server, tmp_path)
    assert caught.value.exists and caught.value.path == str(existing_key)
    assert "already exists" in str(caught.value)
    assert existing_key.read_bytes() == b"the user's own key, precious"
    assert sorted(os.listdir(tmp_path)) == ["nas.local.key"]  # nothing else was written first

    written = write_server_files(server, tmp_path, overwrite=True)
    assert existing_key.read_bytes() == server.key_pem()
    assert_private_file(existing_key)
    assert len(written) == 3


def test_write_files_refuses_a_symlink_in_the_way(
    tmp_path: Path, server: ServerCertificate
) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"keep me")
    (tmp_path / "nas.local.crt").symlink_to(target)
    with pytest.raises(OutputFileError):
        write_server_files(server, tmp_path)
    assert target.read_bytes() == b"keep me"


def _make_unwritable(folder: Path) -> Callable[[], None]:
    """Make `folder` refuse new files, also for root (the immutable flag), and undo it after."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return lambda: folder.chmod(0o700)
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root, and this file system has no immutable flag (chattr +i)")
    return lambda: subprocess.run([chattr, "-i", str(folder)], check=True)


@pytest.mark.skipif(not POSIX, reason="POSIX folder modes")
def test_write_files_into_a_read_only_folder(tmp_path: Path, server: ServerCertificate) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    undo = _make_unwritable(folder)
    try:
        with pytest.raises(OutputFileError, match="choose a folder you can write to"):
            write_server_files(server, folder)
        assert list(folder.iterdir()) == []
    finally:
        undo()


def test_write_files_creates_a_missing_folder(tmp_path: Path, server: ServerCertificate) -> None:
    written = write_server_files(server, tmp_path / "new" / "certs")
    assert all(path.is_file() for path in written)
    if POSIX:  # it holds the private key: only its owner may list or enter it
        assert _mode(tmp_path / "new" / "certs") == 0o700


def test_write_files_where_a_file_blocks_the_folder(
    tmp_path: Path, server: ServerCertificate
) -> None:
    blocker = tmp_path / "certs"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(OutputFileError, match="choose a folder you can write to") as caught:
        write_server_files(server, blocker)
    assert not caught.value.exists
    assert blocker.read_bytes() == b"not a folder"


def test_wildcard_and_idn_file_names(tmp_path: Path) -> None:
    ca = cached_ca()
    wildcard = ca.issue_server_cert("*.lab.home.arpa", "lab.home.arpa")
    assert wildcard.file_stem == "_wildcard.lab.home.arpa"
    assert write_server_files(wildcard, tmp_path)[0].name == "_wildcard.lab.home.arpa.crt"
    idn = ca.issue_server_cert("bücher.de")
    assert idn.names == ("bücher.de",)
    assert idn.file_stem == "xn--bcher-kva.de"
    ipv6 = ca.issue_server_cert("fd00::5")
    assert ipv6.file_stem == "fd00--5"


def test_from_parts_reads_names_and_expiry(server: ServerCertificate) -> None:
    again = ServerCertificate.from_parts(
        server.certificate, server.private_key, server.ca_certificate
    )
    assert again == server
    assert [n.value for n in san_names(server.certificate)] == ["nas.local", "192.168.1.20"]
    assert san_names(server.ca_certificate) == ()


def test_rsa_leaf_exports(tmp_path: Path) -> None:
    server = cached_ca(KeyType.RSA_2048).issue_server_cert("nas.local")
    written = write_server_files(server, tmp_path, p12_password=b"pw for java")
    loaded = pkcs12.load_pkcs12(written[3].read_bytes(), b"pw for java")
    assert loaded.key is not None
    assert loaded.key.public_key() == server.certificate.public_key()
