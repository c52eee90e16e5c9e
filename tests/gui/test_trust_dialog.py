"""The "Also trust it on this computer" dialog against real stores in temporary folders: an NSS
database certutil made, and a Debian system-store tree update-ca-certificates rebuilds. The
dialog reads on open, changes a store only on a click, runs every call in a worker (the UI thread
keeps turning meanwhile) and shows the proof; this machine's own stores are never touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.core.certhelpers import cached_ca
from tests.core.trusthelpers import debian_root, needs_certutil, needs_update_ca
from tests.gui.ticker import MAX_STALL_S, Ticker
from trustanchor.core.flow import operations, trust_ops
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.core.trust import nss
from trustanchor.core.trust.model import StoreKind, TrustState
from trustanchor.gui.trust_dialog import TrustDialog

pytestmark = [needs_certutil, needs_update_ca]
# Every call here runs certutil, update-ca-certificates and a TLS handshake: seconds, not more.
CALL_TIMEOUT_MS = 60_000


@pytest.fixture
def stores(tmp_path: Path) -> trust_ops.StoreOverrides:
    user = tmp_path / "user"
    user.mkdir()
    nss.ensure_chromium_database(user)
    other = cached_ca(name="Some Other CA")
    root = debian_root(tmp_path, other)
    # The bundle a real system already has (update-ca-certificates wrote it from the list).
    (root / "etc/ssl/certs/ca-certificates.crt").write_bytes(other.cert_pem)
    return trust_ops.StoreOverrides(system_root=root, user_home=user, platform="linux",
                                    java_keystore=tmp_path / "no-such-cacerts")


@pytest.fixture
def stored(tmp_path: Path) -> tuple[CAHome, CertificateAuthority]:
    home = CAHome(tmp_path / "ca-home")
    ca = operations.create_ca(home, "Dialog Test CA", passphrase=None).ca
    return home, ca


def _wait_idle(qtbot: QtBot, dialog: TrustDialog) -> Ticker:
    with Ticker() as ticker:
        qtbot.waitUntil(lambda: not dialog.busy, timeout=CALL_TIMEOUT_MS)
    return ticker


def _rows(dialog: TrustDialog, kind: StoreKind) -> tuple[TrustState, ...]:
    assert dialog.report is not None
    return tuple(row.state for row in dialog.report.status.of(kind))


def test_install_proves_trust_then_remove_takes_it_out(
        qtbot: QtBot, stores: trust_ops.StoreOverrides,
        stored: tuple[CAHome, CertificateAuthority], tmp_path: Path) -> None:
    home, ca = stored
    assert stores.system_root is not None
    added = stores.system_root / "usr/local/share/ca-certificates"
    dialog = TrustDialog(home, ca, stores)
    qtbot.addWidget(dialog)
    assert not dialog.busy  # nothing runs before it opens
    dialog.show()
    assert dialog.busy and "Reading" in dialog.progress.text()
    _wait_idle(qtbot, dialog)
    assert dialog.message.text() == ""
    assert _rows(dialog, StoreKind.NSS) == (TrustState.NOT_PRESENT,)
    assert _rows(dialog, StoreKind.SYSTEM) == (TrustState.NOT_PRESENT,)
    assert list(added.iterdir()) == []  # opening only read
    assert "— Not present" in [label.text() for label in dialog.panel.state_labels]

    dialog.panel.buttons[("install", "system")].click()
    assert dialog.busy and not dialog.panel.buttons[("remove", "system")].isEnabled()
    ticker = _wait_idle(qtbot, dialog)
    assert ticker.ticks > 0 and ticker.longest < MAX_STALL_S, ticker.longest
    assert dialog.message.text().startswith("Added to "), dialog.message.text()
    assert _rows(dialog, StoreKind.SYSTEM) == (TrustState.TRUSTED,)
    assert dialog.report is not None and dialog.report.proved
    system = dialog.report.status.of(StoreKind.SYSTEM)[0]
    assert system.proof is not None and system.proof.passed
    assert dialog.panel.proof.text().startswith("Proof passed")
    assert [p.name for p in added.iterdir()] == [f"trustanchor-{home_id(ca)}.crt"]

    dialog.panel.install_default.click()  # NSS: Chromium's ~/.pki/nssdb in the temp home
    _wait_idle(qtbot, dialog)
    nss_row = dialog.report.status.of(StoreKind.NSS)[0]
    assert nss_row.state is TrustState.TRUSTED
    assert nss_row.proof is not None and nss_row.proof.passed
    _save_png(dialog, tmp_path, "trust-dialog.png")

    dialog.panel.buttons[("remove", "system")].click()
    _wait_idle(qtbot, dialog)
    assert dialog.message.text().startswith("Removed from ")
    assert _rows(dialog, StoreKind.SYSTEM) == (TrustState.NOT_PRESENT,)
    assert list(added.iterdir()) == []
    dialog.panel.buttons[("remove", "nss")].click()
    _wait_idle(qtbot, dialog)
    assert _rows(dialog, StoreKind.NSS) == (TrustState.NOT_PRESENT,)


def test_a_refused_change_is_one_sentence_and_the_status_stays(
        qtbot: QtBot, stores: trust_ops.StoreOverrides,
        stored: tuple[CAHome, CertificateAuthority]) -> None:
    home, ca = stored
    dialog = TrustDialog(home, ca, stores)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_idle(qtbot, dialog)
    before = dialog.report
    dialog.panel.buttons[("remove", "nss")].click()  # nothing of ours is there
    _wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert "nothing was removed" in text and "\n" not in text and "Traceback" not in text
    assert dialog.report is before
    assert dialog.panel.buttons[("install", "nss")].isEnabled()


def test_without_the_unlocked_ca_the_list_shows_and_the_proof_says_why(
        qtbot: QtBot, stores: trust_ops.StoreOverrides,
        stored: tuple[CAHome, CertificateAuthority]) -> None:
    home, _ = stored
    dialog = TrustDialog(home, None, stores)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_idle(qtbot, dialog)
    assert dialog.report is not None and not dialog.report.proved
    assert "not run yet" in dialog.panel.proof.text()


def home_id(ca: CertificateAuthority) -> str:
    from trustanchor.core.trust.model import Anchor

    return Anchor.from_certificate(ca.certificate).short_id


def _save_png(dialog: TrustDialog, tmp_path: Path, name: str) -> None:
    out = Path(os.environ.get("TRUSTANCHOR_DIALOG_PNG_DIR", tmp_path)) / name
    assert dialog.grab().save(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
