"""Shared test set-up: Qt runs offscreen, no test touches the user's real CA home, and the CAs
that several test folders use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustanchor.core.pki.ca import CertificateAuthority

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Every character that HTML, XML (the profile), JSON and the shell treat specially, and a
# non-ASCII one: each place that shows the CA's name must escape it, not just pass it through.
CA_NAME = 'Tëst & "Co" <Home> CA'


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point $TRUSTANCHOR_HOME at a fresh folder so nothing lands in the real data folder, and
    $TRUSTANCHOR_CONFIG_DIR too, so no test writes the real settings (the registry on Windows,
    a plist on macOS) or the real log folder."""
    home: Path = tmp_path_factory.mktemp("trustanchor-home")
    monkeypatch.setenv("TRUSTANCHOR_HOME", str(home))
    monkeypatch.setenv("TRUSTANCHOR_CONFIG_DIR", str(tmp_path_factory.mktemp("trustanchor-config")))
    monkeypatch.delenv("TRUSTANCHOR_PASSPHRASE", raising=False)
    yield


@pytest.fixture(scope="module")
def ca() -> CertificateAuthority:
    """A fresh CA for each test module, named `CA_NAME`."""
    return CertificateAuthority.create(CA_NAME)


@pytest.fixture(scope="module")
def other_ca() -> CertificateAuthority:
    """A second, unrelated CA: for mismatched keys, replacing a CA, untrusted chains."""
    return CertificateAuthority.create("Other Test CA")
