"""NSS for real: certutil on temporary databases (Chromium's ~/.pki/nssdb under a temp HOME and
a Firefox profile), NSS's own verifier judging a leaf, and each refusal changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.certhelpers import cached_ca
from tests.core.trusthelpers import (
    anchor_of,
    immutable,
    make_nss_db,
    needs_certutil,
    nss_nicknames,
)
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.trust import nss, service
from trustanchor.core.trust.errors import (
    AlreadyTrustedError,
    NotInstalledError,
    StoreReadOnlyError,
    StoreUnavailableError,
    ToolMissingError,
)
from trustanchor.core.trust.model import StoreKind, TrustState
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

pytestmark = needs_certutil


@pytest.fixture
def ca() -> CertificateAuthority:
    return cached_ca(name="Trust NSS CA")


@pytest.fixture
def env(tmp_path: Path) -> TrustEnvironment:
    home = tmp_path / "user"
    make_nss_db(home / ".pki/nssdb")
    make_nss_db(home / ".mozilla/firefox/k3x9.default-release")
    # An empty root: no system store is found, so only the NSS databases are in play.
    return TrustEnvironment(platform="linux", user_home=home, linux_root=tmp_path / "empty")


def test_databases_found_for_chromium_and_each_firefox_profile(env: TrustEnvironment) -> None:
    found = nss.find_databases(env.user_home, "linux")
    assert [db.label for db in found] == ["Chromium (~/.pki/nssdb)",
                                         "Firefox profile default-release"]
    assert nss.find_databases(env.user_home, "darwin") == []


def test_install_status_prove_and_uninstall(ca: CertificateAuthority,
                                            env: TrustEnvironment) -> None:
    anchor = anchor_of(ca)
    before = service.status([anchor], env, ca)
    assert [s.state for s in before.of(StoreKind.NSS)] == [TrustState.NOT_PRESENT] * 2
    assert all(s.proof is not None and not s.proof.passed for s in before.of(StoreKind.NSS))
    assert "ERROR -8179" in before.of(StoreKind.NSS)[0].proof.detail  # type: ignore[union-attr]

    changes = service.install(anchor, env, StoreChoice.NSS)
    assert len(changes) == 2
    listing = nss_nicknames(env.user_home / ".pki/nssdb")
    assert f"TrustAnchor {anchor.sha256[:16]}" in listing and "C,," in listing

    after = service.status([anchor], env, ca)
    rows = after.of(StoreKind.NSS)
    assert [s.state for s in rows] == [TrustState.TRUSTED] * 2
    assert all(s.proof is not None and s.proof.passed for s in rows)
    assert rows[0].proof is not None and "vfychain" in rows[0].proof.method
    assert all(not s.needs_admin for s in rows)

    removed = service.uninstall([anchor], env, StoreChoice.NSS)
    assert len(removed) == 2
    assert anchor.nickname not in nss_nicknames(env.user_home / ".pki/nssdb")
    final = service.status([anchor], env, ca).of(StoreKind.NSS)
    assert all(s.proof is not None and not s.proof.passed for s in final)


def test_twice_is_one_sentence_each(ca: CertificateAuthority, env: TrustEnvironment) -> None:
    anchor = anchor_of(ca)
    service.install(anchor, env, StoreChoice.NSS)
    listing = nss_nicknames(env.user_home / ".pki/nssdb")
    with pytest.raises(AlreadyTrustedError, match=anchor.fingerprint):
        service.install(anchor, env, StoreChoice.NSS)
    assert nss_nicknames(env.user_home / ".pki/nssdb") == listing
    service.uninstall([anchor], env, StoreChoice.NSS)
    with pytest.raises(NotInstalledError, match="nothing was removed"):
        service.uninstall([anchor], env, StoreChoice.NSS)


def test_a_nickname_holding_another_certificate_is_left_alone(
        ca: CertificateAuthority, env: TrustEnvironment) -> None:
    anchor = anchor_of(ca)
    impostor = anchor_of(cached_ca(name="Impostor CA"))
    db = nss.NssDatabase(env.user_home / ".pki/nssdb", "x", "y")
    store = nss.NssStore(db)
    # Another certificate under our nickname (by hand): it must survive our uninstall.
    object.__setattr__(impostor, "sha256", anchor.sha256)
    store.install(impostor)
    assert not store.ours(anchor)
    store.remove(anchor)
    assert anchor.nickname in nss_nicknames(db.path)


def test_a_failure_in_the_second_database_undoes_the_first(
        ca: CertificateAuthority, env: TrustEnvironment) -> None:
    profile = env.user_home / ".mozilla/firefox/k3x9.default-release"
    files = [profile / "cert9.db", profile / "key4.db", profile]
    with immutable(*files), pytest.raises(StoreReadOnlyError, match="read-only"):
        service.install(anchor_of(ca), env, StoreChoice.NSS)
    assert anchor_of(ca).nickname not in nss_nicknames(env.user_home / ".pki/nssdb")


def test_missing_certutil_is_one_sentence(ca: CertificateAuthority, env: TrustEnvironment,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(env.user_home / "no-tools"))
    with pytest.raises(ToolMissingError, match=r"^certutil is not installed: install "
                       r"libnss3-tools \(Debian/Ubuntu\)"):
        service.install(anchor_of(ca), env, StoreChoice.NSS)


def test_install_creates_the_chromium_database_when_missing(ca: CertificateAuthority,
                                                            tmp_path: Path) -> None:
    env = TrustEnvironment(platform="linux", user_home=tmp_path / "fresh",
                           linux_root=tmp_path / "empty")
    (tmp_path / "fresh").mkdir()
    with pytest.raises(StoreUnavailableError, match="No nss trust store"):  # never created here
        service.uninstall([anchor_of(ca)], env, StoreChoice.NSS)
    assert not (tmp_path / "fresh/.pki").exists()
    service.install(anchor_of(ca), env, StoreChoice.NSS)
    assert anchor_of(ca).nickname in nss_nicknames(tmp_path / "fresh/.pki/nssdb")


def test_without_vfychain_the_proof_falls_back_to_certutil_verify(
        ca: CertificateAuthority, env: TrustEnvironment, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    only = tmp_path / "only-certutil"
    only.mkdir()
    certutil = shutil.which("certutil")
    assert certutil is not None
    (only / "certutil").symlink_to(certutil)
    monkeypatch.setenv("PATH", str(only))
    anchor = anchor_of(ca)
    service.install(anchor, env, StoreChoice.NSS)
    rows = service.status([anchor], env, ca).of(StoreKind.NSS)
    assert all(r.proof is not None and r.proof.passed for r in rows)
    assert rows[0].proof is not None and rows[0].proof.method.startswith("certutil -V")
    assert "certificate is valid" in rows[0].proof.detail
