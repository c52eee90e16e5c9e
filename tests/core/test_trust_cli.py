"""`trustanchor trust ...` end to end: a temp CA home, a temp HOME (NSS) and a temp system root."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.certhelpers import cached_ca
from tests.core.trusthelpers import debian_root, needs_certutil, needs_update_ca
from trustanchor.core.cli.main import main
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome, default_home
from trustanchor.core.trust.model import Anchor

pytestmark = [needs_certutil, needs_update_ca]


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Anchor, list[str]]:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    (tmp_path / "user").mkdir()
    ca = CertificateAuthority.create("CLI Trust CA")
    CAHome(default_home()).save_new(ca, None)
    root = debian_root(tmp_path, cached_ca(name="Some Other CA"))
    return Anchor.from_certificate(ca.certificate), ["--system-root", str(root)]


def test_install_status_uninstall(setup: tuple[Anchor, list[str]],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    anchor, root = setup
    assert main(["trust", "status", *root]) == 0
    out = capsys.readouterr().out
    assert anchor.fingerprint in out
    # No bundle was ever built under this root: neither "trusted" nor "not present".
    assert "System certificates (Debian/Ubuntu) [system]: can't tell" in out
    assert "Proof for the system and user stores: FAILED" in out

    assert main(["trust", "install", "--store", "all", *root]) == 0
    out = capsys.readouterr().out
    assert f"SHA-256 {anchor.fingerprint}" in out
    assert "added to System certificates" in out and "added to Chromium" in out

    assert main(["trust", "status", *root]) == 0
    out = capsys.readouterr().out
    assert "System certificates (Debian/Ubuntu) [system]: trusted" in out
    assert "Chromium (~/.pki/nssdb) [nss]: trusted" in out
    assert "proof: passed: vfychain" in out
    assert "Proof for the system and user stores: passed: TLS handshake to 127.0.0.1:" in out

    assert main(["trust", "uninstall", "--store", "all", *root]) == 0
    out = capsys.readouterr().out
    assert out.count(f"Removed SHA-256 {anchor.fingerprint}") == 2


def test_twice_is_one_line_on_stderr_and_exit_1(setup: tuple[Anchor, list[str]],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _, root = setup
    assert main(["trust", "install", *root]) == 0
    capsys.readouterr()
    assert main(["trust", "install", *root]) == 1
    err = capsys.readouterr().err
    assert err.startswith("trustanchor: The CA ") and "already in" in err
    assert err.count("\n") == 1
    assert main(["trust", "uninstall", *root]) == 0
    assert main(["trust", "uninstall", *root]) == 1
    err = capsys.readouterr().err
    assert "nothing was removed" in err and err.count("\n") == 1


def test_status_without_the_key_lists_stores_and_says_the_proof_did_not_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    CAHome(default_home()).save_new(CertificateAuthority.create("Locked CA"), b"a passphrase!")
    assert main(["trust", "status", "--system-root", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert "Proof: not run (the CA key is locked" in out


def test_no_ca_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trust", "status"]) == 1
    assert "There is no CA" in capsys.readouterr().err


def test_an_unknown_store_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trust", "install", "--store", "firefox"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_status_with_a_store_lists_only_that_store(setup: tuple[Anchor, list[str]],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _, root = setup
    assert main(["trust", "install", *root]) == 0
    capsys.readouterr()
    assert main(["trust", "status", "--store", "nss", *root]) == 0
    out = capsys.readouterr().out
    assert "Chromium (~/.pki/nssdb) [nss]: trusted" in out
    assert "[system]" not in out and "[java]" not in out
