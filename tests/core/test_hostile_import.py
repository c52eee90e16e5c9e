"""Importing and loading CAs that are odd rather than broken: not yet valid, signed with SHA-1,
with keys others can read; and an empty --home."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from hostilehelpers import cli, hand_made_root, openssl_sha1_root

from trustanchor.core.errors import CAHomeError, ImportFormatError
from trustanchor.core.flow import operations
from trustanchor.core.pki import rules
from trustanchor.core.pki.rule_table import Severity
from trustanchor.core.store.home import CAHome, default_home


def test_a_ca_not_yet_valid_is_refused_with_its_date(tmp_path: Path) -> None:
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    cert, key = hand_made_root(tmp_path, "Future CA", not_before=start)
    with pytest.raises(ImportFormatError, match=f"only becomes valid on {start:%Y-%m-%d}"):
        operations.preview_import(cert, key)


def test_a_sha1_root_is_imported_with_a_note_and_signs_with_sha256(tmp_path: Path) -> None:
    cert, key = openssl_sha1_root(tmp_path)
    loaded = x509.load_pem_x509_certificate(cert.read_bytes())
    assert isinstance(loaded.signature_hash_algorithm, hashes.SHA1)
    notes: list[str] = []
    ca = operations.preview_import(cert, key, notes=notes)
    assert any("SHA1" in note and "ignore" in note for note in notes), notes
    leaf = ca.issue_server_cert("nas.local")
    assert isinstance(leaf.certificate.signature_hash_algorithm, hashes.SHA256)
    findings = rules.check(leaf.certificate, ca.certificate)
    assert not [f for f in findings if f.severity is Severity.ERROR], findings


def test_a_sha1_root_through_the_command_line(tmp_path: Path) -> None:
    cert, key = openssl_sha1_root(tmp_path)
    home = tmp_path / "home"
    result = cli("--home", str(home), "ca", "import", str(cert), str(key), "--no-passphrase")
    assert result.returncode == 0, result.stderr
    assert b"note: The CA signs itself with SHA1" in result.stderr
    assert b"damaged or altered" not in result.stderr


def test_a_world_readable_source_key_gets_a_note(tmp_path: Path) -> None:
    cert, key = hand_made_root(tmp_path, "Shared CA")
    key.chmod(0o644)  # what mkcert's rootCA-key.pem often ends up as after a copy
    notes: list[str] = []
    operations.preview_import(cert, key, notes=notes)
    assert any("can be read by other users" in note and "0644" in note for note in notes)
    key.chmod(0o600)
    quiet: list[str] = []
    operations.preview_import(cert, key, notes=quiet)
    assert quiet == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_an_open_ca_key_in_the_home_is_closed_with_a_note(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli("--home", str(home), "ca", "create", "--name", "Open CA",
               "--no-passphrase").returncode == 0
    key = home / "ca" / "ca.key"
    key.chmod(0o666)
    shown = cli("--home", str(home), "ca", "show")
    assert shown.returncode == 0, shown.stderr
    assert b"could be read by other users (mode 0666)" in shown.stderr
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    key.chmod(0o640)
    issued = cli("--home", str(home), "issue", "nas.local", "--out", str(tmp_path / "o"))
    assert issued.returncode == 0 and b"mode 0640" in issued.stderr
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert CAHome(home).take_notes() == []


def test_an_empty_home_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CAHomeError, match="--home is empty"):
        default_home("")
    result = cli("--home", "", "ca", "show", env={"TRUSTANCHOR_HOME": str(tmp_path / "h")})
    assert result.returncode != 0
    assert result.stderr.decode().strip() == (
        "trustanchor: --home is empty: give the CA home's folder, or leave --home out to use "
        "$TRUSTANCHOR_HOME or the default folder.")
