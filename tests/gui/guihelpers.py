"""Driving the real window as a person does: answering its questions, walking its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

ANSWER_TIMEOUT_MS = 10_000


def answer_question(qtbot: QtBot, button_text: str | None, seen: list[str]) -> None:
    """When the next modal question shows, record its text in `seen` and click the button
    labelled `button_text` with the mouse (None: press Escape). Polls on a timer, since the
    question runs its own event loop."""
    waited = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            waited[0] += 20
            if waited[0] < ANSWER_TIMEOUT_MS:
                QTimer.singleShot(20, poll)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, poll)
