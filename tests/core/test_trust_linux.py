"""The Debian system store for real: update-ca-certificates run on a temporary tree, the bundle
it builds judged by OpenSSL in a real TLS handshake, and every refusal leaving the tree as it was.
"""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import pytest

from tests.core.certhelpers import cached_ca
from tests.core.trusthelpers import (
    anchor_of,
    debian_root,
    immutable,
    needs_update_ca,
    tree_snapshot,
)
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.core.trust import proof, service
from trustanchor.core.trust.errors import (
    AdminDeniedError,
    AlreadyTrustedError,
    NotInstalledError,
    StoreReadOnlyError,
    ToolMissingError,
)
from trustanchor.core.trust.linux import DEBIAN, LinuxSystemStore
from trustanchor.core.trust.model import StoreKind, TrustState
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

pytestmark = needs_update_ca


@pytest.fixture
def ca() -> CertificateAuthority:
    return cached_ca(name="Trust Linux CA")


@pytest.fixture
def env(tmp_path: Path) -> TrustEnvironment:
    root = debian_root(tmp_path, cached_ca(name="Some Other CA"))
    (tmp_path / "user").mkdir()
    return TrustEnvironment(platform="linux", user_home=tmp_path / "user", linux_root=root)


def _bundle(env: TrustEnvironment) -> Path:
    assert env.linux_root is not None
    return env.linux_root / "etc/ssl/certs/ca-certificates.crt"


def _handshake_with_bundle(ca: CertificateAuthority, env: TrustEnvironment) -> bool:
    context = proof.bundle_context(_bundle(env))
    return proof.prove_os(ca, context, "the test bundle").passed


def test_install_writes_a_fingerprinted_file_and_the_bundle_then_tls_verifies(
        ca: CertificateAuthority, env: TrustEnvironment) -> None:
    anchor = anchor_of(ca)
    changes = service.install(anchor, env, StoreChoice.SYSTEM)
    assert [c.fingerprint for c in changes] == [anchor.fingerprint]
    assert env.linux_root is not None
    installed = env.linux_root / "usr/local/share/ca-certificates" / anchor.file_name
    assert installed.name == f"trustanchor-{anchor.sha256[:16]}.crt"
    assert installed.read_bytes() == ca.cert_pem
    assert oct(installed.stat().st_mode & 0o777) == "0o644"
    assert ca.cert_pem.decode().split("-----")[2].strip() in _bundle(env).read_text()
    assert _handshake_with_bundle(ca, env)

    status = service.status([anchor], env, ca)
    system = status.of(StoreKind.SYSTEM)[0]
    assert system.state is TrustState.TRUSTED
    assert system.proof is not None and system.proof.passed
    assert "ca-certificates.crt" in system.proof.method

    service.uninstall([anchor], env, StoreChoice.SYSTEM)
    assert not installed.exists()
    assert ca.cert_pem.decode().split("-----")[2].strip() not in _bundle(env).read_text()
    assert not _handshake_with_bundle(ca, env)
    after = service.status([anchor], env, ca).of(StoreKind.SYSTEM)[0]
    assert after.state is TrustState.NOT_PRESENT
    assert after.proof is not None and not after.proof.passed
    assert "self-signed certificate in certificate chain" in after.proof.detail


def test_the_handshake_fails_before_install(ca: CertificateAuthority,
                                             env: TrustEnvironment) -> None:
    # The bundle exists only after a first run; build it with the other CA alone.
    store = LinuxSystemStore(DEBIAN, env.linux_root)
    store._refresh()
    assert _bundle(env).is_file()
    assert not _handshake_with_bundle(ca, env)


def test_installing_twice_says_so_and_changes_nothing(ca: CertificateAuthority,
                                                      env: TrustEnvironment) -> None:
    service.install(anchor_of(ca), env, StoreChoice.SYSTEM)
    assert env.linux_root is not None
    before = tree_snapshot(env.linux_root)
    with pytest.raises(AlreadyTrustedError, match="already in System certificates"):
        service.install(anchor_of(ca), env, StoreChoice.SYSTEM)
    assert tree_snapshot(env.linux_root) == before


def test_uninstalling_twice_says_so_and_changes_nothing(ca: CertificateAuthority,
                                                        env: TrustEnvironment) -> None:
    service.install(anchor_of(ca), env, StoreChoice.SYSTEM)
    service.uninstall([anchor_of(ca)], env, StoreChoice.SYSTEM)
    assert env.linux_root is not None
    before = tree_snapshot(env.linux_root)
    with pytest.raises(NotInstalledError, match="nothing was removed"):
        service.uninstall([anchor_of(ca)], env, StoreChoice.SYSTEM)
    assert tree_snapshot(env.linux_root) == before


def test_a_certificate_someone_else_added_is_never_removed(ca: CertificateAuthority,
                                                            env: TrustEnvironment) -> None:
    assert env.linux_root is not None
    theirs = env.linux_root / "usr/local/share/ca-certificates/their-copy.crt"
    theirs.write_bytes(ca.cert_pem)
    store = LinuxSystemStore(DEBIAN, env.linux_root)
    store._refresh()
    state, detail = store.state(anchor_of(ca))
    assert state is TrustState.TRUSTED and "someone else" in detail
    with pytest.raises(NotInstalledError):
        service.uninstall([anchor_of(ca)], env, StoreChoice.SYSTEM)
    assert theirs.read_bytes() == ca.cert_pem


def test_a_read_only_store_gives_one_sentence_and_stays_as_it_was(
        ca: CertificateAuthority, env: TrustEnvironment) -> None:
    assert env.linux_root is not None
    local = env.linux_root / "usr/local/share/ca-certificates"
    LinuxSystemStore(DEBIAN, env.linux_root)._refresh()
    before = tree_snapshot(env.linux_root)
    with immutable(local), pytest.raises(StoreReadOnlyError, match="left as it was") as caught:
        service.install(anchor_of(ca), env, StoreChoice.SYSTEM)
    assert "\n" not in str(caught.value)
    assert tree_snapshot(env.linux_root) == before


def test_a_missing_tool_gives_one_sentence_and_removes_the_file(
        ca: CertificateAuthority, env: TrustEnvironment, monkeypatch: pytest.MonkeyPatch) -> None:
    assert env.linux_root is not None
    store = LinuxSystemStore(DEBIAN, env.linux_root)
    store._refresh()
    before = tree_snapshot(env.linux_root)
    monkeypatch.setenv("PATH", str(env.linux_root / "no-tools-here"))
    with pytest.raises(ToolMissingError, match="update-ca-certificates is not installed: "
                       "install ca-certificates"):
        store.install(anchor_of(ca))
    assert tree_snapshot(env.linux_root) == before


def test_uninstall_also_removes_archived_predecessors(tmp_path: Path,
                                                      env: TrustEnvironment) -> None:
    home = CAHome(tmp_path / "home")
    old = CertificateAuthority.create("Rotated CA")
    home.save_new(old, None)
    service.install(service.anchors_of(home)[0], env, StoreChoice.SYSTEM)
    new = CertificateAuthority.create("Rotated CA")
    home.replace(new, None)
    anchors = service.anchors_of(home)
    assert [a.archived for a in anchors] == [False, True]
    assert anchors[1].sha256 == anchor_of(old).sha256

    status = service.status(anchors, env)
    system = status.of(StoreKind.SYSTEM)[0]
    assert system.state is TrustState.NOT_PRESENT
    assert system.archived_present == (anchors[1].short_id,)

    removed = service.uninstall(anchors, env, StoreChoice.SYSTEM)
    assert [c.fingerprint for c in removed] == [anchors[1].fingerprint]
    assert env.linux_root is not None
    assert not list((env.linux_root / "usr/local/share/ca-certificates").iterdir())
    assert not _handshake_with_bundle(old, env)


def test_without_an_override_the_os_verifier_is_truststore(ca: CertificateAuthority,
                                                           tmp_path: Path) -> None:
    import truststore

    assert isinstance(proof.os_context(), truststore.SSLContext)
    env = TrustEnvironment(platform="linux", user_home=tmp_path)  # reads, never writes
    status = service.status([anchor_of(ca)], env, ca)
    assert status.os_proof is not None
    assert "truststore" in status.os_proof.method
    # This machine's own bundle has never seen the test CA: the OS verifier must refuse it.
    assert not status.os_proof.passed
    assert isinstance(ssl.get_default_verify_paths().cafile or "", str)


def test_the_default_choice_never_touches_the_system_store(ca: CertificateAuthority,
                                                           env: TrustEnvironment) -> None:
    assert env.linux_root is not None
    before = tree_snapshot(env.linux_root)
    service.install(anchor_of(ca), env, StoreChoice.DEFAULT)  # NSS only, on Linux
    assert tree_snapshot(env.linux_root) == before
    assert (env.user_home / ".pki/nssdb/cert9.db").is_file()
    assert os.listdir(env.linux_root / "usr/local/share/ca-certificates") == []


def _fake_elevator(folder: Path, name: str, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stands in for the person at the password prompt: approve (run the command) or refuse."""
    folder.mkdir()
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{script}\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.parametrize("elevator", ["pkexec", "sudo"])
def test_one_approved_prompt_copies_the_file_and_rebuilds_the_bundle(
        ca: CertificateAuthority, env: TrustEnvironment, tmp_path: Path, elevator: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    approve = 'exec "$@"' if elevator == "pkexec" else 'shift 3; exec "$@"'  # sudo -p TEXT --
    _fake_elevator(tmp_path / "bin", elevator, approve, monkeypatch)
    store = LinuxSystemStore(DEBIAN, env.linux_root, elevator)
    store._elevated_change(anchor_of(ca), install=True)
    assert store.state(anchor_of(ca))[0] is TrustState.TRUSTED
    assert _handshake_with_bundle(ca, env)
    store._elevated_change(anchor_of(ca), install=False)
    assert store.state(anchor_of(ca))[0] is TrustState.NOT_PRESENT
    assert not _handshake_with_bundle(ca, env)


def test_a_dismissed_prompt_leaves_the_store_as_it_was(
        ca: CertificateAuthority, env: TrustEnvironment, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert env.linux_root is not None
    store = LinuxSystemStore(DEBIAN, env.linux_root, "pkexec")
    store._refresh()
    before = tree_snapshot(env.linux_root)
    _fake_elevator(tmp_path / "bin", "pkexec", "exit 126", monkeypatch)
    with pytest.raises(AdminDeniedError, match="left as it was"):
        store._elevated_change(anchor_of(ca), install=True)
    assert tree_snapshot(env.linux_root) == before
