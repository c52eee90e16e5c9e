"""The Qt wizard, walked path by path: a real CA home in a temp folder, the real publishing server
on loopback, and a simulated phone whose requests must show up on the pages."""

from __future__ import annotations

import plistlib
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from privatefiles import assert_private_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from simphone import ANDROID_UA, SimulatedPhone

from trustanchor.core.flow.state import CAChoice, Step
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.base import Page
from trustanchor.gui.pages.ca import CAPage
from trustanchor.gui.pages.done import DonePage
from trustanchor.gui.pages.install_profile import InstallProfilePage
from trustanchor.gui.pages.publish import PublishPage
from trustanchor.gui.pages.save import SavePage
from trustanchor.gui.pages.server_cert import ServerCertPage
from trustanchor.gui.pages.verify import VerifyPage
from trustanchor.gui.pages.welcome import WelcomePage
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]

P = TypeVar("P", bound=Page)
WAIT_MS = 30_000  # an scrypt-protected key plus a CA on a busy 2-core machine
PASSPHRASE = "correct horse battery"


def press_next(qtbot: QtBot, window: WizardWindow) -> None:
    assert window.next_button.isEnabled(), (window.wizard.errors(), window.page.error)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def wait_step(qtbot: QtBot, window: WizardWindow, step: Step) -> None:
    qtbot.waitUntil(lambda: window.wizard.step is step or bool(window.page.error),
                    timeout=WAIT_MS)
    assert window.wizard.step is step, window.page.error


def page(window: WizardWindow, kind: type[P]) -> P:
    found = window.page_for(kind.step)
    assert isinstance(found, kind)
    return found


def go_to_ca(qtbot: QtBot, window: WizardWindow) -> CAPage:
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    return page(window, CAPage)


def stored_ca(home: CAHome, passphrase: bytes | None, name: str = "Stored CA"
              ) -> CertificateAuthority:
    ca = CertificateAuthority.create(name)
    home.save_new(ca, passphrase)
    return ca


def test_create_issue_publish_and_verify_with_a_phone(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    window = make_window()
    assert "no CA yet" in page(window, WelcomePage).ca_status.text()
    ca_page = go_to_ca(qtbot, window)
    assert window.next_button.text() == "Create CA" and not window.next_button.isEnabled()
    qtbot.keyClicks(ca_page.pass_edit, PASSPHRASE)
    assert "differ" in ca_page.pass_message.text()
    qtbot.keyClicks(ca_page.confirm_edit, PASSPHRASE)
    assert ca_page.pass_message.text() == ""
    ca_page.name_edit.clear()
    qtbot.keyClicks(ca_page.name_edit, "Test Home CA")
    assert window.wizard.state.ca_name == "Test Home CA"
    press_next(qtbot, window)
    assert window.page.busy and not window.next_button.isEnabled()
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert home.key_is_encrypted()
    ca = home.load(PASSPHRASE.encode())
    assert ca.name == "Test Home CA"

    cert_page = page(window, ServerCertPage)
    assert cert_page.names_edit.toPlainText() == "nas.local\n127.0.0.1"
    cert_page.names_edit.setPlainText("nas.local\nhttps://nas.local/")
    assert "✗" in cert_page.name_notes.text() and "web address" in cert_page.name_notes.text()
    assert not window.next_button.isEnabled()
    cert_page.names_edit.setPlainText("nas.local\n127.0.0.1")
    cert_page.p12_box.setChecked(True)
    assert window.next_button.text() == "Make certificate"
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    check_saved_files(window, tmp_path / "out")

    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=WAIT_MS)
    url = window.wizard.state.facts.publishing_url
    assert url is not None and urlsplit(url).hostname == "127.0.0.1"
    publish = page(window, PublishPage)
    assert publish.qr.text == url and publish.url_edit.text() == url
    phone = SimulatedPhone(url)
    phone.open_page()
    qtbot.waitUntil(lambda: "opened the page" in publish.devices.item(0).text(), timeout=WAIT_MS)
    assert "iPhone (iOS 17.5, Safari)" in publish.devices.item(0).text()
    profile = plistlib.loads(phone.download_profile())
    assert profile["PayloadContent"][0]["PayloadContent"] == ca.cert_der
    qtbot.waitUntil(lambda: "downloaded the profile" in publish.devices.item(0).text(),
                    timeout=WAIT_MS)

    press_next(qtbot, window)
    wait_step(qtbot, window, Step.INSTALL_PROFILE)
    install = page(window, InstallProfilePage)
    assert "iPhone (iOS 17.5, Safari)" in install.seen_label.text()
    assert install.steps.version_combo.currentData() == "17.5"
    walk_pictures(qtbot, install, "Test Home CA")
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.FULL_TRUST)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.VERIFY)
    verify = page(window, VerifyPage)
    assert verify.status.text().startswith("Waiting")
    assert not phone.run_test(None)
    qtbot.waitUntil(lambda: "Not trusted" in verify.status.text(), timeout=WAIT_MS)
    assert "Full trust is switched off" in verify.causes.text()
    assert phone.run_test(ca.cert_pem)
    qtbot.waitUntil(lambda: "It works" in verify.status.text(), timeout=WAIT_MS)
    assert window.next_button.text() == "Finish"

    press_next(qtbot, window)
    wait_step(qtbot, window, Step.DONE)
    done = page(window, DonePage)
    assert "iPhone (iOS 17.5, Safari)" in done.trust_label.text()
    port = urlsplit(url).port
    qtbot.mouseClick(done.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is None, timeout=WAIT_MS)
    assert done.stop_button.isHidden() and not done.publish_button.isHidden()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port or 0), timeout=2).close()
    assert window.next_button.text() == "Close"


def walk_pictures(qtbot: QtBot, steps_page: InstallProfilePage, ca_name: str) -> None:
    """Next picture inside the page until the end; the CA's name must appear in a picture."""
    steps = steps_page.steps
    assert steps.index == 0 and not steps.prev_button.isEnabled()
    seen = []
    for _ in range(20):
        assert steps.picture.valid
        seen.append(steps.picture.svg)
        if not steps.next_button.isEnabled():
            break
        qtbot.mouseClick(steps.next_button, Qt.MouseButton.LeftButton)
    assert len(seen) > 1 and len(set(seen)) == len(seen)
    assert any(ca_name in svg for svg in seen)
    assert steps.position.text() == f"Picture {len(seen)} of {len(seen)}"


def check_saved_files(window: WizardWindow, folder: Path) -> None:
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["nas.local.crt", "nas.local.fullchain.pem", "nas.local.key",
                     "nas.local.p12"]
    assert_private_file(folder / "nas.local.key")
    save = page(window, SavePage)
    assert save.tabs.count() == 6
    assert save.files_grid.rowCount() == 4
    password = save.p12_password.text()
    key, leaf, chain = pkcs12.load_key_and_certificates(
        (folder / "nas.local.p12").read_bytes(), password.encode())
    assert key is not None and leaf is not None and len(chain) == 1
    assert str(folder / "nas.local.fullchain.pem") in _tab_text(save, 0)
    assert "Valid until" in save.expiry_label.text()


def _tab_text(save: SavePage, index: int) -> str:
    edit = save.tabs.widget(index).findChild(QPlainTextEdit)
    assert edit is not None
    return edit.toPlainText()


def test_import_path_validates_as_you_choose(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    source = CertificateAuthority.create("Imported CA")
    cert_file, key_file = tmp_path / "rootCA.pem", tmp_path / "rootCA-key.pem"
    cert_file.write_bytes(source.cert_pem)
    key_file.write_bytes(source.export_key_pem(b"file password"))
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    window = make_window()
    ca_page = go_to_ca(qtbot, window)
    ca_page.choice_buttons[CAChoice.IMPORT].click()
    assert window.wizard.state.ca_choice is CAChoice.IMPORT
    ca_page.import_path.setText(str(junk))
    qtbot.waitUntil(lambda: bool(ca_page.import_status.text()), timeout=WAIT_MS)
    assert not window.wizard.state.import_ok and "Traceback" not in ca_page.import_status.text()
    ca_page.import_path.setText(str(cert_file))
    ca_page.import_key.setText(str(key_file))
    ca_page.import_password.setText("wrong")
    qtbot.waitUntil(lambda: bool(ca_page.import_status.text()), timeout=WAIT_MS)
    assert not window.wizard.state.import_ok
    ca_page.import_password.setText("file password")
    qtbot.waitUntil(lambda: window.wizard.state.import_ok, timeout=WAIT_MS)
    assert "Imported CA" in ca_page.import_status.text()
    ca_page.protect_box.setChecked(False)
    assert window.next_button.text() == "Import CA"
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert not home.key_is_encrypted()
    assert home.load(None).fingerprint_sha256 == source.fingerprint_sha256


def test_reuse_with_wrong_then_right_passphrase_and_skip(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    stored = stored_ca(home, b"open sesame 12", "My Stored CA")
    window = make_window()
    assert "My Stored CA" in page(window, WelcomePage).ca_status.text()
    ca_page = go_to_ca(qtbot, window)
    assert window.wizard.state.ca_choice is CAChoice.REUSE
    assert "passphrase" in window.page._hints.text()
    ca_page.unlock_edit.setText("wrong one")
    assert window.next_button.text() == "Unlock CA"
    press_next(qtbot, window)
    qtbot.waitUntil(lambda: bool(ca_page.error), timeout=WAIT_MS)
    assert window.wizard.step is Step.CA and "passphrase" in ca_page.error.lower()
    ca_page.unlock_edit.setText("open sesame 12")
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert window.session.ca is not None
    assert window.session.ca.fingerprint_sha256 == stored.fingerprint_sha256
    page(window, ServerCertPage).skip_box.setChecked(True)
    assert window.next_button.text() == "Next"
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=WAIT_MS)
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.wizard.step is Step.SERVER_CERT
    assert page(window, ServerCertPage).skip_box.isChecked()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.wizard.step is Step.CA and ca_page.choice_buttons[CAChoice.REUSE].isChecked()


def test_replacing_a_ca_archives_the_old_one(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    old = stored_ca(home, None, "Old CA")
    window = make_window()
    ca_page = go_to_ca(qtbot, window)
    ca_page.choice_buttons[CAChoice.CREATE].click()
    ca_page.protect_box.setChecked(False)
    assert "Replace my current CA" in window.page._hints.text()
    assert not window.next_button.isEnabled()
    ca_page.replace_box.setChecked(True)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert home.load(None).fingerprint_sha256 != old.fingerprint_sha256
    archived = list((home.root / "archive").rglob("ca.pem"))
    assert len(archived) == 1 and archived[0].read_bytes() == old.cert_pem


def test_existing_files_are_never_overwritten_unasked(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    stored_ca(home, None)
    out = tmp_path / "out"
    out.mkdir()
    (out / "nas.local.key").write_text("an older key the user keeps")
    window = make_window()
    go_to_ca(qtbot, window)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    cert_page = page(window, ServerCertPage)
    press_next(qtbot, window)
    qtbot.waitUntil(lambda: bool(cert_page.error), timeout=WAIT_MS)
    assert window.wizard.step is Step.SERVER_CERT and "already exists" in cert_page.error
    assert (out / "nas.local.key").read_text() == "an older key the user keeps"
    cert_page.overwrite_box.setChecked(True)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    assert (out / "nas.local.key").read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_android_phone_skips_full_trust(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    stored_ca(home, None)
    window = make_window()
    go_to_ca(qtbot, window)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    page(window, ServerCertPage).skip_box.setChecked(True)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=WAIT_MS)
    url = window.wizard.state.facts.publishing_url
    assert url is not None
    SimulatedPhone(url, ANDROID_UA).open_page()
    qtbot.waitUntil(lambda: window.wizard.state.shown_platform == "android", timeout=WAIT_MS)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.INSTALL_PROFILE)
    install = page(window, InstallProfilePage)
    assert install.steps.platform_combo.currentData() == "android"
    assert not install.steps.version_combo.isVisible()
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.VERIFY)


def test_choices_are_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    ca_page = go_to_ca(qtbot, window)
    ca_page.key_combo.setCurrentIndex(ca_page.key_combo.findData("rsa-2048"))
    ca_page.key_combo.activated.emit(ca_page.key_combo.currentIndex())
    assert window.wizard.state.key_type == "rsa-2048"
    window.resize(700, 560)  # inside the offscreen screen, which restoreGeometry clamps to
    window.close()
    again = make_window()
    assert again.wizard.state.key_type == "rsa-2048"
    assert (again.width(), again.height()) == (700, 560)
