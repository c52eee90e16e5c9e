"""The wizard as a person walks it: typed with real key events into whatever has the focus,
clicked with the mouse, Back and Next in several orders; every field must come back as it was
left, and nothing may be written to disk that was not asked for on that visit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot
from test_wizard_flow import PASSPHRASE, WAIT_MS, page, press_next, stored_ca, wait_step

from trustanchor.core.defaults import KeyType
from trustanchor.core.flow.state import CAChoice, Step
from trustanchor.core.flow.wizard import PASSPHRASE_HINT
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.ca import CAPage
from trustanchor.gui.pages.server_cert import ServerCertPage
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]


def active_window(qtbot: QtBot, make_window: WindowFactory) -> WizardWindow:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def focused(window: WizardWindow) -> QWidget:
    """What has the keyboard focus now: something in the window, never nothing."""
    widget = QApplication.focusWidget()
    assert widget is not None, f"nothing has the focus on {window.wizard.step}"
    assert window.isAncestorOf(widget), widget
    return widget


def type_text(qtbot: QtBot, window: WizardWindow, text: str, *, replace: bool = False) -> None:
    """Type into the focused field, as a person does (select all first with `replace`)."""
    widget = focused(window)
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def press_enter(qtbot: QtBot, window: WizardWindow) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A mouse click where a person aims: a check box's box, else the middle."""
    assert widget.isEnabled() and widget.isVisible(), widget.accessibleName()
    if isinstance(widget, QCheckBox):
        before = widget.isChecked()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        assert widget.isChecked() is not before
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def back(qtbot: QtBot, window: WizardWindow, step: Step) -> None:
    click(qtbot, window.back_button)
    assert window.wizard.step is step


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_ca_page_keeps_what_was_typed_and_agrees_with_itself(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    window = active_window(qtbot, make_window)
    press_enter(qtbot, window)  # Enter on Welcome moves on
    wait_step(qtbot, window, Step.CA)
    ca_page = page(window, CAPage)
    assert focused(window) is ca_page.name_edit  # the first field, so typing lands there
    type_text(qtbot, window, "Home Lab CA", replace=True)
    qtbot.keyClick(ca_page.name_edit, Qt.Key.Key_Tab)
    assert focused(window) is ca_page.key_combo
    qtbot.keyClick(ca_page.key_combo, Qt.Key.Key_Down)  # ECDSA P-384
    click(qtbot, ca_page.limit_box)
    click(qtbot, ca_page.pass_edit)
    type_text(qtbot, window, PASSPHRASE)
    click(qtbot, ca_page.confirm_edit)
    type_text(qtbot, window, PASSPHRASE)
    assert window.next_button.text() == "Create CA" and window.next_button.isEnabled()

    for _ in range(2):  # Back, then Next: twice over
        back(qtbot, window, Step.WELCOME)
        press_next(qtbot, window)
        wait_step(qtbot, window, Step.CA)
        assert ca_page.name_edit.text() == "Home Lab CA"
        assert ca_page.key_combo.currentData() == KeyType.EC_P384.value
        assert ca_page.limit_box.isChecked()
        assert ca_page.pass_edit.text() == ca_page.confirm_edit.text() == PASSPHRASE
        # The dots are there, so Create CA is ready and no hint asks for a passphrase.
        assert window.next_button.text() == "Create CA" and window.next_button.isEnabled()
        assert PASSPHRASE_HINT not in ca_page._hints.text()
    assert not home.has_ca()  # nothing made yet: Create CA was never pressed

    click(qtbot, ca_page.confirm_edit)
    qtbot.keyClick(ca_page.confirm_edit, Qt.Key.Key_Backspace)
    assert "differ" in ca_page.pass_message.text()
    # Said once: under the passphrase, not again at the bottom of the page.
    assert ca_page._hints.text() == ""
    qtbot.keyClicks(ca_page.confirm_edit, PASSPHRASE[-1])
    press_enter(qtbot, window)  # Enter after the passphrase: Create CA
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert home.load(PASSPHRASE.encode()).key_type is KeyType.EC_P384


def test_server_names_and_skip_survive_back_and_next_and_nothing_is_issued_unasked(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    stored_ca(home, None)
    out = tmp_path / "out"
    window = active_window(qtbot, make_window)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    press_enter(qtbot, window)  # the stored CA has no passphrase: Enter loads it
    wait_step(qtbot, window, Step.SERVER_CERT)
    cert_page = page(window, ServerCertPage)
    assert focused(window) is cert_page.names_edit
    assert cert_page.names_edit.toPlainText() == "nas.local\n127.0.0.1"
    type_text(qtbot, window, "files.home.arpa\n10.0.0.7", replace=True)
    click(qtbot, cert_page.days_spin)
    qtbot.keyClick(cert_page.days_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cert_page.days_spin, "90")
    click(qtbot, cert_page.p12_box)
    typed = ("files.home.arpa", "10.0.0.7")

    def check_as_left(*, skip: bool) -> None:
        assert cert_page.names_edit.toPlainText() == "files.home.arpa\n10.0.0.7"
        assert cert_page.days_spin.value() == 90
        assert cert_page.p12_box.isChecked() and cert_page.skip_box.isChecked() is skip
        assert window.wizard.state.server_names == typed

    # Back to Welcome and forward again, by buttons and by Enter.
    back(qtbot, window, Step.CA)
    back(qtbot, window, Step.WELCOME)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    check_as_left(skip=False)
    assert window.next_button.text() == "Make certificate"
    # Skip, then Back and Next: still skipped, and nothing to make.
    click(qtbot, cert_page.skip_box)
    back(qtbot, window, Step.CA)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    check_as_left(skip=True)
    assert window.next_button.text() == "Next"
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: window.back_button.isEnabled(), timeout=WAIT_MS)  # publishing
    back(qtbot, window, Step.SERVER_CERT)
    check_as_left(skip=True)
    assert files_in(out) == [] and home.issued() == []  # skipped: nothing written

    click(qtbot, cert_page.skip_box)
    press_next(qtbot, window)  # Make certificate, for the names typed
    wait_step(qtbot, window, Step.SAVE)
    made = ["files.home.arpa.crt", "files.home.arpa.fullchain.pem", "files.home.arpa.key",
            "files.home.arpa.p12"]
    assert files_in(out) == made
    before = {name: (out / name).read_bytes() for name in made}
    back(qtbot, window, Step.SERVER_CERT)
    check_as_left(skip=False)
    assert window.next_button.text() == "Next"  # these files exist: nothing to make again
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    back(qtbot, window, Step.SERVER_CERT)
    back(qtbot, window, Step.CA)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    assert {name: (out / name).read_bytes() for name in made} == before
    assert [r.names for r in home.issued()] == [typed]


def test_enter_in_the_unlock_field_unlocks(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    stored_ca(home, PASSPHRASE.encode())
    window = active_window(qtbot, make_window)
    assert focused(window) is window.next_button
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    ca_page = page(window, CAPage)
    assert window.wizard.state.ca_choice is CAChoice.REUSE
    assert focused(window) is ca_page.unlock_edit
    type_text(qtbot, window, PASSPHRASE)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert window.wizard.state.facts.ca is not None


def test_something_always_has_the_focus_and_the_shortcuts_are_written_down(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = active_window(qtbot, make_window)
    assert focused(window) is window.next_button
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    ca_page = page(window, CAPage)
    # Next starts disabled here (no passphrase yet); the name field has the focus anyway.
    assert not window.next_button.isEnabled() and focused(window) is ca_page.name_edit
    qtbot.keyClicks(focused(window), " 2")
    assert window.wizard.state.ca_name == "TrustAnchor CA (nas) 2"
    # Alt+Left / Alt+Right are in the Go menu, on the buttons' tooltips, and in Help.
    menus = {a.text().replace("&", ""): a for a in window.menuBar().actions()}
    go = menus["Go"].menu()
    texts = [a.text().replace("&", "") for a in go.actions()]
    assert texts == ["Back", "Next"]
    assert "Alt+Left" in window.back_button.toolTip()
    assert "Alt+Right" in window.next_button.toolTip()
    assert any("Keyboard shortcuts" in a.text().replace("&", "")
               for a in menus["Help"].menu().actions())
    assert window.menus.back_action.isEnabled() and not window.menus.next_action.isEnabled()
    window.menus.back_action.trigger()
    assert window.wizard.step is Step.WELCOME
    window.menus.next_action.trigger()
    qtbot.waitUntil(lambda: window.wizard.step is Step.CA, timeout=WAIT_MS)
