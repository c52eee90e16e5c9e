"""The wizard from the keyboard: where the focus goes when a page opens, and what Enter does.

QMainWindow has no default button (only QDialog does), so the window passes Enter on to here:
a line edit ignores Enter after using it (as in a dialog), so it reaches the window; a text box
with several lines keeps it for a new line.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.pages.base import Page


def is_plain_enter(event: QKeyEvent) -> bool:
    """Return or keypad Enter, without Ctrl, Alt, Shift or Meta."""
    # Imported here: the first use of Qt's enums costs about 25 ms, which the first paint
    # does without (gui/pages/base.py).
    from PySide6.QtCore import Qt

    enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    return enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def press_default(window: QWidget, next_button: QPushButton) -> None:
    """Press the focused button (Renew, Stop publishing…), else Next when it is enabled: Next
    also stands for the page's action (Create CA, Make certificate…)."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QPushButton) and focus.isEnabled() and window.isAncestorOf(focus):
        focus.click()
    elif next_button.isEnabled():
        next_button.click()


def focus_first(page: Page, wizard: Wizard, next_button: QPushButton) -> None:
    """The page's first field, else Next; never nothing, so typed text is never lost."""
    field = page.first_field(wizard)
    if field is not None and field.isVisibleTo(page) and field.isEnabled():
        field.setFocus()
    elif next_button.isEnabled():
        next_button.setFocus()
    else:
        page.setFocus()
        page.focusNextChild()
