"""The window's menus: Quit, Open log file, Open the CA folder, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from trustanchor.core import __version__


class WindowMenus(QObject):
    """Builds the menu bar of `window`; `home_root` names the CA folder once it is known."""

    def __init__(self, window: QMainWindow, log_path: Path | None,
                 home_root: Callable[[], Path | None]) -> None:
        super().__init__(window)
        self._window = window
        self._home_root = home_root
        self.log_path = log_path
        file_menu = window.menuBar().addMenu("&File")
        self.quit_action = QAction("&Quit", window)
        self.quit_action.triggered.connect(window.close)
        file_menu.addAction(self.quit_action)
        help_menu = window.menuBar().addMenu("&Help")
        self.open_log_action = QAction("Open &log file", window)
        self.open_log_action.triggered.connect(self._on_open_log_action_triggered)
        self.open_log_action.setEnabled(log_path is not None)
        help_menu.addAction(self.open_log_action)
        open_home = QAction("Open the &CA folder", window)
        open_home.triggered.connect(self._on_open_home_triggered)
        help_menu.addAction(open_home)
        about = QAction("&About TrustAnchor", window)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def set_log_path(self, path: Path) -> None:
        self.log_path = path
        self.open_log_action.setEnabled(True)

    @Slot()
    def _on_open_log_action_triggered(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path)))

    @Slot()
    def _on_open_home_triggered(self) -> None:
        root = self._home_root()
        if root is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(root)))

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(self._window, "About TrustAnchor",
                          f"TrustAnchor {__version__}\n\nMakes your own HTTPS services trusted "
                          "on your iPhone and your other devices.")
