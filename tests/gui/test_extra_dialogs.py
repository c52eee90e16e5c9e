"""The hooks: Save and Done open the trust dialog, Done and Welcome (once a CA exists) the ACME
dialog, through the window's `ExtraDialogs`; nothing is changed by opening either."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.core.trusthelpers import needs_certutil
from tests.gui.conftest import WindowFactory
from trustanchor.core.flow import operations, trust_ops
from trustanchor.core.flow.state import Step
from trustanchor.core.store.home import CAHome
from trustanchor.core.trust import nss
from trustanchor.gui.acme_dialog import AcmeDialog
from trustanchor.gui.pages.done import DonePage
from trustanchor.gui.pages.extra_buttons import RENEW_AUTOMATICALLY, TRUST_HERE
from trustanchor.gui.pages.save import SavePage
from trustanchor.gui.pages.welcome import WelcomePage
from trustanchor.gui.trust_dialog import TrustDialog


def _button(page: QWidget, text: str) -> QPushButton:
    found = [b for b in page.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in page.findChildren(QPushButton)]
    return found[0]


def test_welcome_offers_renewal_only_once_a_ca_exists(
        make_window: WindowFactory, home: CAHome, qtbot: QtBot) -> None:
    window = make_window()
    welcome = window.page_for(Step.WELCOME)
    assert isinstance(welcome, WelcomePage)
    assert not welcome.acme_button.isVisible()  # no CA yet
    operations.create_ca(home, "Hook CA", passphrase=None)
    window.close()
    window = make_window()
    welcome = window.page_for(Step.WELCOME)
    assert isinstance(welcome, WelcomePage) and welcome.acme_button.isVisible()
    _button(welcome, RENEW_AUTOMATICALLY).click()
    dialog = window.extra_dialogs.acme
    assert isinstance(dialog, AcmeDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.facts is not None and dialog.facts.can_delegate
    assert dialog.folder.text().endswith(os.sep + "acme")
    _button(welcome, RENEW_AUTOMATICALLY).click()  # open already: the same one comes forward
    assert window.extra_dialogs.acme is dialog


@needs_certutil
def test_save_and_done_open_the_trust_dialog_on_test_stores(
        make_window: WindowFactory, home: CAHome, qtbot: QtBot, tmp_path: Path) -> None:
    operations.create_ca(home, "Hook CA", passphrase=None)
    window = make_window()
    user = tmp_path / "user"
    user.mkdir()
    nss.ensure_chromium_database(user)
    window.extra_dialogs.trust_overrides = trust_ops.StoreOverrides(
        system_root=tmp_path / "no-system-store", user_home=user, platform="linux",
        java_keystore=tmp_path / "no-cacerts")
    save, done = window.page_for(Step.SAVE), window.page_for(Step.DONE)
    assert isinstance(save, SavePage) and isinstance(done, DonePage)
    _button(save, TRUST_HERE).click()
    first = window.extra_dialogs.trust
    assert isinstance(first, TrustDialog) and first.isVisible()
    qtbot.waitUntil(lambda: not first.busy, timeout=60_000)
    assert first.report is not None and first.message.text() == ""
    first.close()
    _button(done, TRUST_HERE).click()  # closed and idle: a fresh dialog reads again
    second = window.extra_dialogs.trust
    assert isinstance(second, TrustDialog) and second is not first and second.isVisible()
    qtbot.waitUntil(lambda: not second.busy, timeout=60_000)
    _button(done, RENEW_AUTOMATICALLY).click()
    acme = window.extra_dialogs.acme
    assert isinstance(acme, AcmeDialog)
    qtbot.waitUntil(lambda: not acme.busy, timeout=30_000)
