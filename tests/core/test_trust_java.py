"""Java's keystore for real: keytool into a temporary keystore file (never the JDK's cacerts)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.certhelpers import cached_ca
from tests.core.trusthelpers import anchor_of
from trustanchor.core.trust import service
from trustanchor.core.trust.errors import AlreadyTrustedError, NotInstalledError
from trustanchor.core.trust.model import StoreKind, TrustState
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

pytestmark = pytest.mark.skipif(shutil.which("keytool") is None,
                                reason="keytool is not installed (a Java runtime)")


def test_java_only_on_request_then_install_and_uninstall(tmp_path: Path) -> None:
    ca = cached_ca(name="Trust Java CA")
    anchor = anchor_of(ca)
    env = TrustEnvironment(platform="linux", user_home=tmp_path, linux_root=tmp_path / "r",
                           java_keystore=tmp_path / "cacerts.p12")
    with pytest.raises(NotInstalledError):  # "all" never includes Java
        service.uninstall([anchor], env, StoreChoice.ALL)
    assert not (tmp_path / "cacerts.p12").exists()

    service.install(anchor, env, StoreChoice.JAVA)
    row = service.status([anchor], env).of(StoreKind.JAVA)[0]
    assert row.state is TrustState.TRUSTED and anchor.alias in row.detail
    with pytest.raises(AlreadyTrustedError):
        service.install(anchor, env, StoreChoice.JAVA)
    removed = service.uninstall([anchor], env, StoreChoice.JAVA)
    assert [c.fingerprint for c in removed] == [anchor.fingerprint]
    assert service.status([anchor], env).of(StoreKind.JAVA)[0].state is TrustState.NOT_PRESENT
