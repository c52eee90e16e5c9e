"""Atomic writes, private modes born at creation, O_EXCL creation, temp clean-up."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest
from privatefiles import assert_private_file, is_current_user, parse_icacls

from trustanchor.core.store import files
from trustanchor.core.store.files import (
    TEMP_PREFIX,
    atomic_write,
    clean_stale_temp_files,
    create_new,
    ensure_private_dir,
)

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes: Windows uses folder ACLs")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _temp_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(TEMP_PREFIX)]


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "ca.pem"
    atomic_write(target, b"first")
    assert target.read_bytes() == b"first"
    atomic_write(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert _temp_files(tmp_path) == []


@posix_only
def test_private_file_is_0600_and_folder_0700(tmp_path: Path) -> None:
    folder = ensure_private_dir(tmp_path / "a" / "ca")
    assert _mode(folder) == 0o700
    key = folder / "ca.key"
    atomic_write(key, b"secret", private=True)
    assert _mode(key) == 0o600
    atomic_write(key, b"secret 2", private=True)  # a replacement is born private too
    assert _mode(key) == 0o600


@posix_only
def test_public_file_is_not_writable_by_others(tmp_path: Path) -> None:
    cert = tmp_path / "ca.pem"
    atomic_write(cert, b"public")
    assert _mode(cert) & 0o022 == 0
    assert _mode(cert) & 0o400


@posix_only
def test_ensure_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "wide"
    folder.mkdir()
    os.chmod(folder, 0o755)
    ensure_private_dir(folder)
    assert _mode(folder) == 0o700


def test_temp_file_creation_is_exclusive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file (or symlink) planted at the temp name is never opened or followed: O_EXCL."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"do not touch")
    monkeypatch.setattr(files, "random_suffix", lambda: "fixed")
    planted = tmp_path / f"{TEMP_PREFIX}ca.key.fixed"
    try:
        planted.symlink_to(victim)
    except OSError:  # no symlink rights (Windows without developer mode)
        planted.write_bytes(b"planted")
    with pytest.raises(FileExistsError):
        atomic_write(tmp_path / "ca.key", b"new key", private=True)
    assert victim.read_bytes() == b"do not touch"
    assert not (tmp_path / "ca.key").exists()


def test_create_new_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "ca.key"
    create_new(target, b"original", private=True)
    with pytest.raises(FileExistsError):
        create_new(target, b"intruder", private=True)
    assert target.read_bytes() == b"original"
    assert _temp_files(tmp_path) == []


def test_create_new_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    link = tmp_path / "out.key"
    try:
        link.symlink_to(victim)  # dangling: an O_CREAT without O_EXCL would create victim
    except OSError:
        pytest.skip("cannot create symlinks here")
    with pytest.raises(FileExistsError):
        create_new(link, b"key")
    assert not victim.exists()


@posix_only
def test_create_new_private_mode(tmp_path: Path) -> None:
    target = tmp_path / "server.key"
    create_new(target, b"k", private=True)
    assert _mode(target) == 0o600


def test_failed_write_leaves_old_content_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "ca.pem"
    atomic_write(target, b"old")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert _temp_files(tmp_path) == []


def test_clean_stale_temp_files(tmp_path: Path) -> None:
    (tmp_path / f"{TEMP_PREFIX}ca.key.1").write_bytes(b"half")
    (tmp_path / f"{TEMP_PREFIX}issued.json.2").write_bytes(b"{")
    staged = tmp_path / f"{TEMP_PREFIX}ca.3"
    staged.mkdir()
    (staged / "ca.key").write_bytes(b"k")
    (tmp_path / "ca.pem").write_bytes(b"keep")
    (tmp_path / "trustanchor-tmp-lookalike").write_bytes(b"keep")
    assert clean_stale_temp_files(tmp_path) == 3
    assert sorted(os.listdir(tmp_path)) == ["ca.pem", "trustanchor-tmp-lookalike"]
    assert clean_stale_temp_files(tmp_path) == 0
    assert clean_stale_temp_files(tmp_path / "missing") == 0


# ---------------------------------------------------------------- Windows: owner-only ACL

def test_owner_only_acl_command_is_built_from_the_account_and_system32() -> None:
    env = {"USERNAME": "alice", "USERDOMAIN": "DESKTOP-7Q", "SystemRoot": r"C:\WINDOWS"}
    argv = files.owner_only_acl_argv(Path("C:/Users/alice/x.key"), env)
    assert argv == [r"C:\WINDOWS\System32\icacls.exe", str(Path("C:/Users/alice/x.key")),
                    "/inheritance:r", "/grant:r", r"DESKTOP-7Q\alice:(F)", "/q"]
    local = files.owner_only_acl_argv(Path("k"), {"USERNAME": "bob"})
    assert local[0] == r"C:\Windows\System32\icacls.exe" and local[4] == "bob:(F)"
    with pytest.raises(OSError, match="USERNAME"):
        files.owner_only_acl_argv(Path("k"), {})


def test_icacls_output_is_parsed_into_entries() -> None:
    path = r"C:\Users\alice\AppData\Local\TrustAnchor\certificates\nas.local.key"
    inherited = (f"{path} NT AUTHORITY\\SYSTEM:(I)(F)\n"
                 "    BUILTIN\\Administrators:(I)(F)\n"
                 "    DESKTOP-7Q\\alice:(I)(F)\n\n"
                 "Successfully processed 1 files; Failed processing 0 files\n")
    assert parse_icacls(inherited, path) == [
        ("NT AUTHORITY\\SYSTEM", ["I", "F"]), ("BUILTIN\\Administrators", ["I", "F"]),
        ("DESKTOP-7Q\\alice", ["I", "F"])]
    private = f"{path} DESKTOP-7Q\\alice:(F)\n\nErfolgreich verarbeitet: 1 Dateien\n"
    assert parse_icacls(private, path) == [("DESKTOP-7Q\\alice", ["F"])]
    assert is_current_user("DESKTOP-7Q\\Alice", "alice")
    assert not is_current_user("DESKTOP-7Q\\alice2", "alice")
    with pytest.raises(ValueError):
        parse_icacls("Access is denied.\n", path)


@pytest.mark.skipif(os.name != "nt", reason="Windows ACLs; POSIX modes are tested above")
def test_private_file_has_an_owner_only_acl_on_windows(tmp_path: Path) -> None:
    # The temp folder inherits entries for SYSTEM and Administrators: they must be gone.
    key = tmp_path / "nas.local.key"
    atomic_write(key, b"secret", private=True)
    assert_private_file(key)
    fresh = tmp_path / "other.key"
    create_new(fresh, b"secret", private=True)
    assert_private_file(fresh)
    assert fresh.read_bytes() == b"secret"


def test_a_locked_file_is_retried_on_windows_for_a_bounded_time() -> None:
    calls: list[int] = []
    pauses: list[float] = []

    def locked_twice() -> str:
        calls.append(1)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")  # antivirus
        return "read"

    assert files.retry_while_locked(locked_twice, windows=True, sleep=pauses.append) == "read"
    assert len(calls) == 3 and len(pauses) == 2

    def always_locked() -> None:
        raise PermissionError(13, "locked")

    started = time.monotonic()
    with pytest.raises(PermissionError):
        files.retry_while_locked(always_locked, windows=True, seconds=0.3)
    assert 0.25 < time.monotonic() - started < 2.0

    calls.clear()
    with pytest.raises(PermissionError):  # POSIX: a permission error is real, said at once
        files.retry_while_locked(locked_twice, windows=False, sleep=pauses.append)
    assert len(calls) == 1
