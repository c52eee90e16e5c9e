"""Fixtures for the Qt wizard: a real CA home in a temp folder, publishing pinned to loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from trustanchor.core.flow.operations import PublishOptions
from trustanchor.core.store.home import CAHome, default_home
from trustanchor.gui.session import open_session
from trustanchor.gui.window import WizardWindow

# Port 0: the system picks free ports; no Bonjour, nothing leaves 127.0.0.1.
LOOPBACK = PublishOptions(address="127.0.0.1", bind="127.0.0.1", port=0, https_port=0,
                          mdns=False)
WindowFactory = Callable[..., WizardWindow]


def _stop_publishing(window: WizardWindow) -> None:
    if window.session is not None:
        window.session.shutdown()


@pytest.fixture
def home() -> CAHome:
    return CAHome(default_home())


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot: QtBot, home: CAHome, tmp_path: Path,
                settings_path: Path) -> Iterator[WindowFactory]:
    windows: list[WizardWindow] = []

    def make(**names: object) -> WizardWindow:
        session = open_session(home, LOOPBACK, hostname="nas", addresses=("127.0.0.1",),
                               output_folder=tmp_path / "out")
        assert session.initial is not None
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = WizardWindow(session, session.initial, settings)
        # Publishing stops before pytest-qt closes the window, which would otherwise ask
        # whether to stop it (and wait for an answer).
        qtbot.addWidget(window, before_close_func=_stop_publishing)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.shutdown()
