"""Every control has an accessible name, the keyboard reaches them, errors read as sentences,
and publishing never outlives the window."""

from __future__ import annotations

import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from guihelpers import answer_question
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustanchor.core.errors import PassphraseError
from trustanchor.core.flow.state import Step
from trustanchor.gui.messages import describe_error
from trustanchor.gui.quitguard import STOP_TEXT
from trustanchor.gui.theme import navigation_keys
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QSpinBox)


def controls(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in CONTROLS:
        found.extend(w for w in widget.findChildren(kind)
                     if not w.objectName().startswith("qt_"))  # Qt's own scroll-area parts
    return found


def test_every_control_on_every_page_has_an_accessible_name(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.prewarm()
    qtbot.waitUntil(lambda: len(window.pages) == len(Step), timeout=20_000)
    unnamed = []
    for step, page in window.pages.items():
        for control in controls(page):
            name = control.accessibleName() or (
                control.text() if isinstance(control, QAbstractButton) else "")
            if not name.replace("&", "").strip():
                unnamed.append(f"{step}: {type(control).__name__}")
    for button in (window.back_button, window.next_button):
        assert button.accessibleName()
    assert unnamed == []


def test_keyboard_alone_reaches_the_ca_page_and_its_fields(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    assert window.wizard.step is Step.CA
    ca_page = window.page
    reached = set()
    for _ in range(40):  # Tab through the page: every text field comes up
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(focused.accessibleName())
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    assert {"CA name", "Key type", "Passphrase", "Passphrase again"} <= reached, reached
    assert ca_page is window.page
    # QTest's synthetic keys do not reach Qt's shortcut map offscreen: check the bindings (on
    # the Go menu's actions, where they are written down), and go back with the keyboard
    # through the focused button.
    portable = QKeySequence.SequenceFormat.PortableText
    back_keys, next_keys = navigation_keys()  # Alt+arrows; Command-[ and Command-] on a Mac
    assert back_keys in [k.toString(portable) for k in window.menus.back_action.shortcuts()]
    assert next_keys in [k.toString(portable) for k in window.menus.next_action.shortcuts()]
    window.back_button.setFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Space)
    assert window.wizard.step is Step.WELCOME


def test_errors_are_sentences_never_tracebacks() -> None:
    assert describe_error(PassphraseError("The passphrase is wrong; type it again.")) == (
        "The passphrase is wrong; type it again.")
    text = describe_error(RuntimeError("internal detail"))
    assert "internal detail" not in text and "log" in text
    denied = describe_error(PermissionError(13, "Permission denied", "/srv/certs"))
    assert "Permission denied" in denied and "/srv/certs" in denied


def test_closing_the_window_stops_publishing(
        qtbot: QtBot, make_window: WindowFactory, home: object) -> None:
    from trustanchor.core.pki.ca import CertificateAuthority

    home.save_new(CertificateAuthority.create("Closing CA"), None)  # type: ignore[attr-defined]
    window = make_window()
    for _ in range(2):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.controller.running and not window.page.busy,
                        timeout=20_000)
    window.page.skip_box.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=20_000)
    url = window.wizard.state.facts.publishing_url
    assert url is not None
    port = urlsplit(url).port or 0
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    asked: list[str] = []
    answer_question(qtbot, STOP_TEXT, asked)
    window.close()
    assert asked and "still publishing" in asked[0]
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
