"""Colours and fonts that stay readable in light and dark mode and at any scale."""

from __future__ import annotations

import re
import sys
from typing import Literal

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Tone = Literal["ok", "error", "warning", "muted"]

# Each tone has a colour for light and one for dark backgrounds with at least 4.5:1 contrast
# against the window colour (WCAG 2.1, 1.4.3).
_TONES: dict[Tone, tuple[str, str]] = {
    "ok": ("#1b6e2d", "#7ddc8c"),
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#ffcc66"),
    "muted": ("#5f6368", "#aab0b6"),
}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: Tone, widget: QWidget | None = None) -> QColor:
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(widget) else light)


TONE_PROPERTY = "trustanchorTone"
_TONE_DECLARATION = re.compile(r"(?<![-\w])color: #[0-9a-f]{6};")


def tone_css(tone: Tone, widget: QWidget | None = None) -> str:
    """`color: #rrggbb;` for `tone` on `widget`'s background. The widget remembers its tone,
    so the colour follows a later switch between light and dark (ToneRefresher)."""
    if widget is not None:
        widget.setProperty(TONE_PROPERTY, tone)
    return f"color: {tone_color(tone, widget).name()};"


class ToneRefresher(QObject):
    """Re-colours toned widgets when the system switches between light and dark.

    The colours are written into style sheets, which do not follow a palette change by
    themselves. Qt reports the switch as `QStyleHints.colorSchemeChanged` (Qt 6.5) and as the
    application's `paletteChanged`. Signals, not an application-wide event filter: a Python
    filter on the QApplication sees every event of every object and slowed the first paint.
    The widgets' own palettes follow later, so the new colours are taken from the
    application's palette (no widget here sets its own).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._pending = False
        app.paletteChanged.connect(self._schedule)
        app.styleHints().colorSchemeChanged.connect(self._schedule)

    def _schedule(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        for widget in QApplication.allWidgets():
            tone = widget.property(TONE_PROPERTY)
            sheet = widget.styleSheet()
            if tone in _TONES and _TONE_DECLARATION.search(sheet):
                colour = tone_color(tone).name()
                widget.setStyleSheet(_TONE_DECLARATION.sub(f"color: {colour};", sheet, count=1))


def navigation_keys(platform: str = sys.platform) -> tuple[str, str]:
    """Back and Next shortcuts as QKeySequence text. Alt+arrows is the Windows and Linux
    convention for back and forward; on a Mac Option+arrow moves by words, and back/forward is
    Command-[ and Command-] (Apple's "Mac keyboard shortcuts", Safari and Finder). Qt spells
    Command as Ctrl on macOS."""
    return ("Ctrl+[", "Ctrl+]") if platform == "darwin" else ("Alt+Left", "Alt+Right")


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, `factor` times larger (point sizes follow the system's scaling)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
