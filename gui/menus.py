"""The window's menus: Quit; Go Back / Next with their shortcuts; Keyboard shortcuts, Open log
file, Open the CA folder, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from trustanchor.core import __version__
from trustanchor.gui.theme import navigation_keys as theme_navigation_keys


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
        # Back and Next live here so their shortcuts are written next to them; the window
        # keeps these actions enabled exactly like the buttons.
        go_menu = window.menuBar().addMenu("&Go")
        self.back_action = QAction("&Back", window)
        self.next_action = QAction("&Next", window)
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.next_action)
        help_menu = window.menuBar().addMenu("&Help")
        self.shortcuts_action = QAction("&Keyboard shortcuts", window)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_triggered)
        help_menu.addAction(self.shortcuts_action)
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

    def set_shortcuts(self) -> None:
        """Give Back, Next and Quit their keys. Key sequences load Qt's key enums (about
        40 ms), so this runs after the first paint."""
        self.back_action.setShortcuts(navigation_keys(back=True))
        self.next_action.setShortcuts(navigation_keys(back=False))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Command-Q on macOS

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
    def _on_shortcuts_triggered(self) -> None:
        rows = [("Next step (or the page's action: Create CA, Make certificate…)",
                 key_text(back=False)), ("Previous step", key_text(back=True)),
                ("Press the highlighted button (Next when it is enabled)", "Enter"),
                ("Move between fields", "Tab, Shift+Tab"),
                ("Jump to a field", "Alt + its underlined letter"),
                ("Quit", QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText))]
        QMessageBox.information(self._window, "Keyboard shortcuts",
                                "\n".join(f"{keys}: {what}" for what, keys in rows))

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(self._window, "About TrustAnchor",
                          f"TrustAnchor {__version__}\n\nMakes your own HTTPS services trusted "
                          "on your iPhone and your other devices.")


def navigation_keys(*, back: bool) -> list[QKeySequence]:
    """The platform's Back / Next keys (gui/theme.py: Alt+arrows, Command-[ / Command-] on a
    Mac), plus Qt's own Back / Forward bindings, each once."""
    standard = QKeySequence.StandardKey.Back if back else QKeySequence.StandardKey.Forward
    keys = [QKeySequence(_portable_key(back=back)), *QKeySequence.keyBindings(standard)]
    unique: dict[str, QKeySequence] = {}
    for key in keys:
        unique.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), key)
    return list(unique.values())


def _portable_key(*, back: bool) -> str:
    back_keys, next_keys = theme_navigation_keys()
    return back_keys if back else next_keys


def key_text(*, back: bool) -> str:
    """The platform's own spelling of the Back / Next keys, as shown in menus."""
    return QKeySequence(_portable_key(back=back)).toString(
        QKeySequence.SequenceFormat.NativeText)
