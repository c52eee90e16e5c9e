"""Tone colours follow a live light/dark switch; navigation keys follow the platform."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from trustanchor.gui.theme import ToneRefresher, navigation_keys, tone_color, tone_css


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QPalette]:
    original = QPalette(qapp.palette())
    yield original
    qapp.setPalette(original)


def dark_palette(base: QPalette) -> QPalette:
    dark = QPalette(base)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, QColor("#e8eaed"))
    return dark


def test_toned_labels_are_recoloured_when_the_palette_turns_dark(
        qtbot: QtBot, qapp: QApplication, app_palette: QPalette) -> None:
    refresher = ToneRefresher(qapp)
    try:
        warning, error = QLabel("careful"), QLabel("broken")
        for label in (warning, error):
            qtbot.addWidget(label)
        warning.setStyleSheet(tone_css("warning", warning))
        error.setStyleSheet(tone_css("error", error) + " font-weight: bold;")
        light_warning = tone_color("warning", warning).name()
        assert light_warning in warning.styleSheet()
        qapp.setPalette(dark_palette(app_palette))
        qtbot.waitUntil(lambda: light_warning not in warning.styleSheet(), timeout=3000)
        assert warning.styleSheet() == f"color: {tone_color('warning', warning).name()};"
        assert tone_color("warning", warning).name() == "#ffcc66"  # the dark variant
        assert error.styleSheet() == "color: #ff8a80; font-weight: bold;"
        qapp.setPalette(app_palette)  # and back
        qtbot.waitUntil(lambda: warning.styleSheet() == f"color: {light_warning};",
                        timeout=3000)
    finally:
        refresher.deleteLater()


def test_navigation_keys_per_platform() -> None:
    assert navigation_keys("darwin") == ("Ctrl+[", "Ctrl+]")  # Command-[ / Command-]
    assert navigation_keys("win32") == ("Alt+Left", "Alt+Right")
    assert navigation_keys("linux") == ("Alt+Left", "Alt+Right")
    for text in (*navigation_keys("darwin"), *navigation_keys("linux")):
        assert not QKeySequence(text).isEmpty()
