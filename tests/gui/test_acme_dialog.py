"""The "Renew automatically" dialog with a real CA in a temporary home: set up writes Caddy's
folder (shown in the dialog, the root's key nowhere in it), a second setup is refused and Renew
intermediate replaces it, a pathLen-0 root is refused in one sentence, and the status of a
server that does not answer (127.0.0.1, a port nothing listens on) warns about the expiry.
No Caddy runs here: tests/core/test_acme_caddy.py runs it with these files."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest
from cryptography import x509
from pytestqt.qtbot import QtBot

from tests.core.certhelpers import pathlen0_root
from tests.gui.ticker import MAX_STALL_S, Ticker
from trustanchor.core.flow import operations
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.intermediate import PATHLEN_ZERO
from trustanchor.core.pki.leaf import private_key_pem
from trustanchor.core.store.home import CAHome
from trustanchor.gui.acme_dialog import EXISTS, AcmeDialog, sentence

PASSPHRASE = b"correct horse battery"
CALL_TIMEOUT_MS = 30_000
FILES = {"root.crt", "intermediate.crt", "intermediate.key", "Caddyfile", "run-caddy.sh",
         "clients.md", "acme.json"}


@pytest.fixture
def home(tmp_path: Path) -> CAHome:
    home = CAHome(tmp_path / "ca-home")
    operations.create_ca(home, "Lab CA", passphrase=PASSPHRASE)
    return home


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _opened(qtbot: QtBot, dialog: AcmeDialog) -> AcmeDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot: QtBot, dialog: AcmeDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=CALL_TIMEOUT_MS)


def _root_key_pem(home: CAHome) -> bytes:
    ca = home.load(PASSPHRASE)
    return private_key_pem(ca.private_key)


def test_set_up_with_the_passphrase_writes_and_shows_the_folder(
        qtbot: QtBot, home: CAHome, tmp_path: Path) -> None:
    out = tmp_path / "acme"
    dialog = _opened(qtbot, AcmeDialog(home, None, ("acme.home.arpa", "127.0.0.1"), out))
    assert dialog.facts is not None and dialog.facts.can_delegate
    assert dialog.passphrase.isVisible()  # the CA is locked: the dialog asks
    assert not out.exists()  # opening wrote nothing
    dialog.passphrase.setText("not the passphrase")
    dialog.setup_button.click()
    _wait(qtbot, dialog)
    assert "passphrase" in dialog.message.text().lower() and not out.exists()

    dialog.passphrase.setText(PASSPHRASE.decode())
    dialog.setup_button.click()
    assert dialog.busy and not dialog.setup_button.isEnabled()
    _wait(qtbot, dialog)
    assert dialog.message.text().startswith("Set up."), dialog.message.text()
    assert {p.name for p in out.iterdir()} == FILES
    assert stat.S_IMODE((out / "intermediate.key").stat().st_mode) == 0o600
    key = _root_key_pem(home)
    assert all(key not in p.read_bytes() for p in out.iterdir())
    shown = dialog.files.text().splitlines()
    assert {Path(line).name for line in shown} == FILES
    assert dialog.directory.text() == "https://acme.home.arpa:9443/acme/trustanchor/directory"
    assert dialog.result_box.isVisible() and dialog.passphrase.text() == ""
    done = dialog.setup_result
    assert done is not None and done.clients_file == (out / "clients.md")
    assert dialog.directory.text() in done.clients_file.read_text()
    _save_png(dialog, tmp_path, "acme-dialog-setup.png")


def test_a_second_setup_is_refused_and_renew_replaces_it(
        qtbot: QtBot, home: CAHome, tmp_path: Path) -> None:
    out = tmp_path / "acme"
    ca = home.load(PASSPHRASE)
    dialog = _opened(qtbot, AcmeDialog(home, ca, ("acme.home.arpa",), out))
    assert not dialog.passphrase.isVisible()  # the wizard's unlocked CA is used
    dialog.setup_button.click()
    _wait(qtbot, dialog)
    first = (out / "intermediate.crt").read_bytes()
    dialog.setup_button.click()
    _wait(qtbot, dialog)
    assert dialog.message.text() == EXISTS
    assert (out / "intermediate.crt").read_bytes() == first
    dialog.renew_button.click()
    with Ticker() as ticker:  # the intermediate's key, its signature, the files: off the UI thread
        _wait(qtbot, dialog)
    assert ticker.ticks > 0 and ticker.longest < MAX_STALL_S, ticker.longest
    assert dialog.message.text().startswith("Set up.")
    renewed = x509.load_pem_x509_certificate((out / "intermediate.crt").read_bytes())
    assert (out / "intermediate.crt").read_bytes() != first
    renewed.verify_directly_issued_by(ca.certificate)


def test_status_of_a_server_that_does_not_answer_warns_about_the_expiry(
        qtbot: QtBot, home: CAHome, tmp_path: Path) -> None:
    out = tmp_path / "acme"
    ca = home.load(PASSPHRASE)
    dialog = _opened(qtbot, AcmeDialog(home, ca, ("127.0.0.1",), out))
    port = _free_port()
    dialog.port.setValue(port)
    dialog.lifetime.setValue(8)  # under the 30 days of warning
    dialog.setup_button.click()
    _wait(qtbot, dialog)
    assert dialog.setup_result is not None, dialog.message.text()
    dialog.status_button.click()
    _wait(qtbot, dialog)
    text = dialog.status_label.text()
    assert dialog.status is not None and not dialog.status.up
    assert text.startswith("ACME server: not answering: https://127.0.0.1:"), text
    assert "expires in" in text and "Renew intermediate" in text
    assert "Issued in the last 30 days: none found." in text
    _save_png(dialog, tmp_path, "acme-dialog-status.png")

    reopened = _opened(qtbot, AcmeDialog(home, ca, ("nas.home.arpa",), out))
    _wait(qtbot, reopened)  # an existing setup: its status is read on open
    assert reopened.status is not None and not reopened.status.up
    assert reopened.port.value() == port and reopened.names.text() == "127.0.0.1"


def _pathlen0_home(tmp_path: Path) -> CAHome:
    cert, key = pathlen0_root()
    home = CAHome(tmp_path / "old-home")
    operations.store_ca(home, CertificateAuthority(cert, key), passphrase=None)
    return home


def test_a_pathlen_0_root_is_refused_in_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    home = _pathlen0_home(tmp_path)
    before = {p.name: p.read_bytes() for p in (home.root / "ca").iterdir()}
    out = tmp_path / "acme"
    dialog = _opened(qtbot, AcmeDialog(home, None, ("acme.home.arpa",), out))
    assert dialog.refusal.isVisible()
    assert "path length 0" in dialog.refusal.text() and "\n" not in dialog.refusal.text()
    assert not dialog.setup_button.isEnabled() and not dialog.renew_button.isEnabled()
    assert not dialog.passphrase.isVisible()  # this key has no passphrase
    dialog.set_up()  # even when asked directly, the core refuses before writing anything
    _wait(qtbot, dialog)
    assert dialog.message.text() == dialog.refusal.text() == sentence(PATHLEN_ZERO)
    assert not out.exists()
    assert {p.name: p.read_bytes() for p in (home.root / "ca").iterdir()} == before
    _save_png(dialog, tmp_path, "acme-dialog-pathlen0.png")


def _save_png(dialog: AcmeDialog, tmp_path: Path, name: str) -> None:
    out = Path(os.environ.get("TRUSTANCHOR_DIALOG_PNG_DIR", tmp_path)) / name
    assert dialog.grab().save(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
