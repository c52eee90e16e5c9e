"""The "trust on this computer" panel renders a real status (a temp NSS database that certutil
made and the NSS store filled) and only emits signals; it runs nothing itself."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.trust import nss, service
from trustanchor.core.trust.model import Anchor, StoreKind, TrustState, TrustStatus
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment
from trustanchor.gui.pages.trust_here import TrustHerePanel

pytestmark = pytest.mark.skipif(shutil.which("certutil") is None,
                                reason="certutil is not installed (apt-get install libnss3-tools)")


def _status(tmp_path: Path, *, installed: bool) -> TrustStatus:
    ca = CertificateAuthority.create("Panel CA")
    anchor = Anchor.from_certificate(ca.certificate)
    home = tmp_path / "user"
    home.mkdir()
    nss.ensure_chromium_database(home)
    env = TrustEnvironment(platform="linux", user_home=home, linux_root=tmp_path / "root")
    if installed:
        service.install(anchor, env, StoreChoice.NSS)
    return service.status([anchor], env, ca)


def test_panel_renders_real_status_and_emits_choices(qtbot: QtBot, tmp_path: Path) -> None:
    status = _status(tmp_path, installed=True)
    nss_row = status.of(StoreKind.NSS)[0]
    assert nss_row.state is TrustState.TRUSTED and nss_row.proof is not None
    panel = TrustHerePanel()
    qtbot.addWidget(panel)
    panel.resize(760, 640)
    panel.render_status(status)
    panel.show()
    assert status.fingerprint in panel.summary.text()
    words = [label.text() for label in panel.state_labels]
    assert "✓ Trusted" in words
    assert ("install", "nss") in panel.buttons and ("remove", "system") in panel.buttons

    with qtbot.waitSignal(panel.install_requested) as installed:
        panel.buttons[("install", "nss")].click()
    assert installed.args == ["nss"]
    with qtbot.waitSignal(panel.remove_requested) as removed:
        panel.buttons[("remove", "system")].click()
    assert removed.args == ["system"]
    with qtbot.waitSignal(panel.install_requested) as default:
        panel.install_default.click()
    assert default.args == ["default"]

    out = Path(os.environ.get("TRUST_PANEL_PNG", tmp_path / "trust-here.png"))
    assert panel.grab().save(str(out))
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (760, 640)
    panel.set_busy(True)
    assert not panel.buttons[("install", "nss")].isEnabled()


def test_panel_shows_not_present_and_a_failed_proof(qtbot: QtBot, tmp_path: Path) -> None:
    status = _status(tmp_path, installed=False)
    panel = TrustHerePanel()
    qtbot.addWidget(panel)
    panel.render_status(status)
    assert "— Not present" in [label.text() for label in panel.state_labels]
    assert panel.proof.text().startswith("Proof failed")
    panel.render_status(None)
    assert panel.state_labels == [] and "Reading" in panel.summary.text()
