"""Colours and fonts that stay readable in light and dark mode and at any scale."""

from __future__ import annotations

from typing import Literal

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


def tone_css(tone: Tone, widget: QWidget | None = None) -> str:
    return f"color: {tone_color(tone, widget).name()};"


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
