"""Hostile inputs from the machine itself: names with control characters, files that never end
or never open, special files where an output goes. Each refusal is one sentence, quickly."""

from __future__ import annotations

import os
import plistlib
import re
import stat
import time
from pathlib import Path

import pytest
from hostilehelpers import cli, hand_made_root

from trustanchor.core.errors import ImportFormatError
from trustanchor.core.flow import operations
from trustanchor.core.pki import reader
from trustanchor.core.pki.inputs import MAX_PASSPHRASE_FILE_BYTES

HOSTILE_NAMES = [
    ("\x1b[31mEvil CA\x1b[0m", "U+001B"),
    ("Ringing CA\x07", "U+0007"),
    ("Home CA\nFingerprint:  SHA-256 00:11", "U+000A"),
    ("\u202eAC emoH", "U+202E"),
]


def one_line_failure(result: object, *needles: str) -> str:
    code, err = result.returncode, result.stderr.decode()  # type: ignore[attr-defined]
    lines = err.strip().splitlines()
    assert code != 0 and len(lines) == 1 and lines[0].startswith("trustanchor: "), err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.fixture
def plain_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    result = cli("--home", str(home), "ca", "create", "--name", "Plain CA", "--no-passphrase")
    assert result.returncode == 0, result.stderr
    return home


# -- item 3: control characters in names from outside ------------------------------------------


@pytest.mark.parametrize(("name", "code"), HOSTILE_NAMES)
def test_import_refuses_control_characters_in_the_name(tmp_path: Path, name: str,
                                                       code: str) -> None:
    cert, key = hand_made_root(tmp_path, name)
    with pytest.raises(ImportFormatError, match=re.escape(code)) as caught:
        operations.preview_import(cert, key)
    assert "will not import" in str(caught.value)
    assert all(ch.isprintable() for ch in str(caught.value))


def test_import_refuses_control_characters_in_the_organization(tmp_path: Path) -> None:
    cert, key = hand_made_root(tmp_path, "Fine CA", organization="Evil\x1b]0;pwned\x07 Ltd")
    with pytest.raises(ImportFormatError, match="organization contains a control character"):
        operations.preview_import(cert, key)


def test_import_refuses_control_characters_in_name_constraints(tmp_path: Path) -> None:
    cert, key = hand_made_root(tmp_path, "Fine CA", permitted=("home.arpa\x1b[8m",))
    with pytest.raises(ImportFormatError, match=re.escape("name constraint contains a control "
                                                          "character (U+001B)")):
        operations.preview_import(cert, key)


def test_cli_import_of_an_escape_sequence_name_is_one_line(tmp_path: Path) -> None:
    cert, key = hand_made_root(tmp_path, "\x1b[2J\x1b[HHome CA")
    home = tmp_path / "home"
    result = cli("--home", str(home), "ca", "import", str(cert), str(key), "--no-passphrase")
    one_line_failure(result, "U+001B", "will not import")
    assert b"\x1b" not in result.stderr + result.stdout
    assert not (home / "ca").exists()


def test_a_hostile_ca_placed_by_hand_is_shown_and_exported_safely(tmp_path: Path,
                                                                  plain_home: Path) -> None:
    """`ca create` and `ca import` refuse such names; a CA copied into the home by hand must
    still not write escape codes to the terminal or break the profile."""
    cert, key = hand_made_root(tmp_path, "\x1b[31mEvil\x07\nForged: line")
    (plain_home / "ca" / "ca.pem").write_bytes(cert.read_bytes())
    (plain_home / "ca" / "ca.key").write_bytes(key.read_bytes())
    shown = cli("--home", str(plain_home), "ca", "show")
    assert shown.returncode == 0, shown.stderr
    assert b"\x1b" not in shown.stdout and b"\x07" not in shown.stdout
    assert shown.stdout.decode().splitlines()[0] == "Name:         ?[31mEvil??Forged: line"
    profile = tmp_path / "ca.mobileconfig"
    exported = cli("--home", str(plain_home), "ca", "export", "--format", "mobileconfig",
                   "--out", str(profile))
    assert exported.returncode == 0, exported.stderr
    assert b"Traceback" not in exported.stderr
    payload = plistlib.loads(profile.read_bytes())
    assert "\x1b" not in payload["PayloadDisplayName"]


def test_display_helpers_never_return_control_characters(tmp_path: Path) -> None:
    cert, _ = hand_made_root(tmp_path, "A\x00B\x7fC\u2028D", organization="O\x1bP")
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    loaded = x509.load_pem_x509_certificate(cert.read_bytes())
    assert reader.display_name(loaded) == "A?B?C?D"
    assert reader.subject_attribute(loaded, NameOID.ORGANIZATION_NAME) == "O?P"


# -- item 4: unbounded reads and FIFOs ---------------------------------------------------------


def test_passphrase_file_dev_zero_is_refused_quickly(plain_home: Path) -> None:
    started = time.monotonic()
    result = cli("--home", str(plain_home / "new"), "ca", "create", "--name", "X",
                 "--passphrase-file", "/dev/zero")
    one_line_failure(result, "/dev/zero", "not a regular file")
    assert time.monotonic() - started < 30


def test_passphrase_file_fifo_never_blocks(tmp_path: Path, fifo: Path) -> None:
    result = cli("--home", str(tmp_path / "home"), "ca", "create", "--name", "X",
                 "--passphrase-file", str(fifo), timeout=30)
    one_line_failure(result, "named pipe")


def test_a_huge_passphrase_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (8 << 20))  # 8 MiB without a newline
    result = cli("--home", str(tmp_path / "home"), "ca", "create", "--name", "X",
                 "--passphrase-file", str(big))
    one_line_failure(result, "too large", f"{MAX_PASSPHRASE_FILE_BYTES:,}")
    assert not (tmp_path / "home" / "ca").exists()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_import_and_check_refuse_special_files(tmp_path: Path, fifo: Path, special: str) -> None:
    path = str(fifo) if special == "fifo" else special
    imported = cli("--home", str(tmp_path / "home"), "ca", "import", path, "--no-passphrase",
                   timeout=30)
    one_line_failure(imported, "not a regular file")
    checked = cli("check", path, timeout=30)
    one_line_failure(checked, "not a regular file")


# -- item 5: --force replaces only regular files -----------------------------------------------


def test_force_never_replaces_a_fifo_or_a_symlink(tmp_path: Path, plain_home: Path,
                                                  fifo: Path) -> None:
    result = cli("--home", str(plain_home), "ca", "export", "--format", "pem", "--out",
                 str(fifo), "--force", timeout=30)
    one_line_failure(result, "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    target = tmp_path / "target.txt"
    target.write_text("keep me")
    link = tmp_path / "link.pem"
    link.symlink_to(target)
    result = cli("--home", str(plain_home), "ca", "export", "--format", "pem", "--out",
                 str(link), "--force")
    one_line_failure(result, "symbolic link")
    assert link.is_symlink() and target.read_text() == "keep me"


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_force_never_replaces_a_device(tmp_path: Path, plain_home: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    result = cli("--home", str(plain_home), "ca", "export", "--format", "der", "--out",
                 str(null), "--force")
    one_line_failure(result, "not a regular file")
    assert stat.S_ISCHR(os.lstat(null).st_mode)


def test_force_still_replaces_a_regular_file(tmp_path: Path, plain_home: Path) -> None:
    out = tmp_path / "ca.pem"
    out.write_text("old")
    result = cli("--home", str(plain_home), "ca", "export", "--format", "pem", "--out",
                 str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
