"""The application layer of `trust` and `acme` (core/flow/trust_ops.py, acme_ops.py) that the
command line and the wizard's dialogs share: store overrides, install-then-status, the ACME
checks that come before any passphrase, and renewing with the settings an earlier setup saved."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.core.trusthelpers import needs_certutil
from trustanchor.core.errors import PassphraseError, TrustAnchorError
from trustanchor.core.flow import acme_ops, operations, trust_ops
from trustanchor.core.store.home import CAHome
from trustanchor.core.trust import nss
from trustanchor.core.trust.model import StoreKind, TrustState
from trustanchor.core.trust.stores import StoreChoice

PASSPHRASE = b"correct horse battery"


@pytest.fixture
def home(tmp_path: Path) -> CAHome:
    home = CAHome(tmp_path / "ca-home")
    operations.create_ca(home, "Flow CA", passphrase=PASSPHRASE)
    return home


def test_overrides_move_only_what_they_name(tmp_path: Path) -> None:
    real = trust_ops.environment()
    assert real.linux_root is None and real.java_keystore is None and real.user_home == Path.home()
    moved = trust_ops.environment(trust_ops.StoreOverrides(
        system_root=tmp_path / "root", user_home=tmp_path / "user", platform="linux"))
    assert (moved.linux_root, moved.user_home, moved.platform) == (
        tmp_path / "root", tmp_path / "user", "linux")
    assert moved.java_keystore is None


@needs_certutil
def test_change_installs_then_reads_again_with_the_proof(home: CAHome, tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    nss.ensure_chromium_database(user)
    env = trust_ops.environment(trust_ops.StoreOverrides(
        system_root=tmp_path / "none", user_home=user, platform="linux",
        java_keystore=tmp_path / "no-cacerts"))
    ca = operations.load_ca(home, PASSPHRASE)
    before = trust_ops.status(home, env, None)
    assert not before.proved and before.status.of(StoreKind.NSS)[0].state is TrustState.NOT_PRESENT
    done = trust_ops.change(home, env, StoreChoice.DEFAULT, remove=False, ca=ca)
    assert [c.fingerprint for c in done.changes] == [done.report.status.fingerprint]
    row = done.report.status.of(StoreKind.NSS)[0]
    assert row.state is TrustState.TRUSTED and row.proof is not None and row.proof.passed
    gone = trust_ops.change(home, env, StoreChoice.NSS, remove=True, ca=None)
    assert gone.report.status.of(StoreKind.NSS)[0].state is TrustState.NOT_PRESENT


def test_prepare_refuses_before_any_passphrase(home: CAHome, tmp_path: Path) -> None:
    request = acme_ops.AcmeRequest(out=tmp_path / "acme", leaf_days=400)
    with pytest.raises(TrustAnchorError, match="between 1 and 397"):
        acme_ops.prepare(home, request)
    with pytest.raises(TrustAnchorError, match="not a Caddy version"):
        acme_ops.prepare(home, acme_ops.AcmeRequest(out=tmp_path, caddy_version="two"))
    site = acme_ops.prepare(home, acme_ops.AcmeRequest(out=tmp_path, caddy_version="2.6.2"))
    assert site.names == (socket.gethostname().lower(),) and site.port == 9443
    assert site.caddy_version == (2, 6, 2)


def test_setup_with_unlocks_and_renewal_reuses_the_saved_settings(
        home: CAHome, tmp_path: Path) -> None:
    out = tmp_path / "acme"
    request = acme_ops.AcmeRequest(out=out, names=("acme.home.arpa", "192.168.1.10"),
                                   port=10443, bind="192.168.1.10", caddy_version="2.8.4")
    with pytest.raises(PassphraseError):
        acme_ops.setup_with(home, None, b"wrong passphrase", request)
    assert not out.exists()
    first = acme_ops.setup_with(home, None, PASSPHRASE, request)
    assert first.site.directory_url == "https://acme.home.arpa:10443/acme/trustanchor/directory"
    saved = acme_ops.saved_request(out)
    assert (saved.names, saved.port, saved.bind) == (request.names, 10443, "192.168.1.10")
    ca = operations.load_ca(home, PASSPHRASE)
    again = acme_ops.setup_with(home, ca, None, acme_ops.AcmeRequest(
        out=out, names=saved.names, port=saved.port, bind=saved.bind, force=True))
    assert again.intermediate.cert_pem != first.intermediate.cert_pem
    assert (out / "intermediate.crt").read_bytes() == again.intermediate.cert_pem


def test_can_delegate_reads_the_root(home: CAHome) -> None:
    assert acme_ops.can_delegate(home)
    acme_ops.ensure_can_delegate(home)
