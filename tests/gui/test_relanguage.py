"""Changing the language from the menu while the wizard runs: the window is made again in the
new language, and the person keeps the page, what they typed (passphrases included), the focus
and a running publish server with its phone page."""

from __future__ import annotations

import shiboken6
from languages import built_catalogues, english_after  # noqa: F401 (a fixture)
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from simphone import SimulatedPhone
from test_journey_fields import active_window, click
from test_journey_publish import to_publish
from test_wizard_flow import WAIT_MS, WindowFactory, go_to_ca, page, press_next, stored_ca

from trustanchor.core.flow.state import Step
from trustanchor.core.store.home import CAHome
from trustanchor.gui.i18n import SYSTEM
from trustanchor.gui.pages.ca import CAPage
from trustanchor.gui.pages.publish import PublishPage
from trustanchor.gui.settings import language_choice
from trustanchor.gui.window import WizardWindow

PASSPHRASE = "correct horse battery"
CA_NAME = "Heimnetz CA"


def choose(window: WizardWindow, choice: str) -> None:
    window.menus.language_actions[choice].trigger()


def fill_create_panel(qtbot: QtBot, window: WizardWindow) -> CAPage:
    ca_page = go_to_ca(qtbot, window)
    name = ca_page.create_panel.name_edit
    click(qtbot, name)
    name.selectAll()
    qtbot.keyClicks(name, CA_NAME)
    for edit in (ca_page.protect_panel.pass_edit, ca_page.protect_panel.confirm_edit):
        click(qtbot, edit)
        qtbot.keyClicks(edit, PASSPHRASE)
    return ca_page


def test_typed_fields_focus_and_the_model_survive_a_switch(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, settings_path: object,
        english_after: QApplication) -> None:  # noqa: F811
    built_catalogues()
    window = active_window(qtbot, make_window)
    old = fill_create_panel(qtbot, window)
    old.protect_panel.confirm_edit.setCursorPosition(7)
    state = window.wizard.state
    assert window.next_button.isEnabled() and window.menus.file_menu.title() == "&File"

    choose(window, "de")

    assert window.menus.file_menu.title() == "&Datei"
    assert window.menus.next_action.text() == "&Weiter"
    new = page(window, CAPage)
    assert new is not old and window.page is new
    assert window.title_label.text() == "Ihre CA"  # the frame, the page and the steps too
    assert new.protect_box.text() == "&Passphrase verwenden (empfohlen)"
    assert window.step_labels[Step.SERVER_CERT].text() == "Serverzertifikat"
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=WAIT_MS)  # the old one goes
    assert window.wizard.step is Step.CA and window.wizard.state == state
    assert new.create_panel.name_edit.text() == CA_NAME
    assert new.protect_panel.pass_edit.text() == PASSPHRASE
    assert new.protect_panel.confirm_edit.text() == PASSPHRASE
    assert new.secrets().passphrase == PASSPHRASE
    assert window.focusWidget() is new.protect_panel.confirm_edit
    assert new.protect_panel.confirm_edit.cursorPosition() == 7
    assert window.next_button.isEnabled()
    assert language_choice(window.settings) == "de"

    press_next(qtbot, window)  # the carried passphrase is the one the new CA gets
    qtbot.waitUntil(lambda: window.wizard.step is Step.SERVER_CERT, timeout=WAIT_MS)
    assert home.key_is_encrypted() and home.load(PASSPHRASE.encode()).name == CA_NAME


def test_publishing_goes_on_through_a_switch(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome,
        english_after: QApplication) -> None:  # noqa: F811
    built_catalogues()
    stored_ca(home, None)
    window = active_window(qtbot, make_window)
    url = to_publish(qtbot, window)
    session = window.session
    assert session is not None
    publisher, old = session.publisher, window.page
    window.back_button.setFocus()  # a focus in the frame, not the page

    choose(window, "ja")

    assert window.menus.file_menu.title() == "ファイル(&F)"
    assert session.publisher is publisher and window.wizard.step is Step.PUBLISH
    assert not window.controller.running  # nothing was started again
    assert window.focusWidget() is window.back_button  # the new frame's
    shown = page(window, PublishPage)
    assert shown is not old and shown.url_edit.text() == url
    phone = SimulatedPhone(url)
    assert phone.open_page()  # the server still answers
    qtbot.waitUntil(lambda: shown.devices.count() == 1
                    and bool(window.wizard.state.facts.devices), timeout=WAIT_MS)

    choose(window, SYSTEM)  # automatic: this machine's language (English here)
    assert window.menus.file_menu.title() == "&File"
    assert session.publisher is publisher and page(window, PublishPage).devices.count() == 1
    assert SimulatedPhone(url).open_page()


def test_a_switch_during_a_running_call_waits_for_it(
        qtbot: QtBot, make_window: WindowFactory, settings_path: object,
        english_after: QApplication) -> None:  # noqa: F811
    built_catalogues()
    window = active_window(qtbot, make_window)
    working = fill_create_panel(qtbot, window)
    press_next(qtbot, window)  # creating the CA runs in a worker
    assert window.controller.running and working.busy

    choose(window, "fr")

    assert window.menus.file_menu.title() == "&File"  # not yet: the page shows the progress
    assert window.page is working and working.busy
    assert window.menus.language_actions["fr"].isChecked()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier", timeout=WAIT_MS)
    assert window.wizard.step is Step.SERVER_CERT and not window.controller.running
    assert window.page is not working and not window.page.busy
    assert language_choice(QSettings(str(settings_path), QSettings.Format.IniFormat)) == "fr"
