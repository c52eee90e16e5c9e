"""The window's menus: Quit; Go Back / Next with their shortcuts; the Language menu; Keyboard
shortcuts, Open log file, Open the CA folder, About.

Every text is set in `retranslate()`, which the window calls again when the language changes
(gui/relanguage.py); the actions themselves, their shortcuts and connections stay.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
)

from trustanchor.core import __version__
from trustanchor.gui.i18n import LANGUAGES, SYSTEM, translate
from trustanchor.gui.theme import navigation_keys as theme_navigation_keys

SHORTCUTS_WIDTH = 560  # the Keyboard shortcuts box, in device-independent pixels


class WindowMenus(QObject):
    """Builds the menu bar of `window`; `home_root` names the CA folder once it is known.

    `language_chosen` carries the Language menu's choice: SYSTEM or a code of LANGUAGES.
    """

    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, log_path: Path | None,
                 home_root: Callable[[], Path | None]) -> None:
        super().__init__(window)
        self._window = window
        self._home_root = home_root
        self.log_path = log_path
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(window)
        self.quit_action.triggered.connect(window.close)
        self.file_menu.addAction(self.quit_action)
        # Back and Next live here so their shortcuts are written next to them; the window
        # keeps these actions enabled exactly like the buttons.
        self.go_menu = bar.addMenu("")
        self.back_action = QAction(window)
        self.next_action = QAction(window)
        self.go_menu.addAction(self.back_action)
        self.go_menu.addAction(self.next_action)
        self.language_menu = bar.addMenu("")
        self.language_actions = self._build_language_actions()
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_triggered)
        self.help_menu.addAction(self.shortcuts_action)
        self.open_log_action = QAction(window)
        self.open_log_action.triggered.connect(self._on_open_log_action_triggered)
        self.open_log_action.setEnabled(log_path is not None)
        self.help_menu.addAction(self.open_log_action)
        self.open_home_action = QAction(window)
        self.open_home_action.triggered.connect(self._on_open_home_triggered)
        self.help_menu.addAction(self.open_home_action)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(self.about_action)
        self.retranslate()

    def _build_language_actions(self) -> dict[str, QAction]:
        """"Automatic" and one item per language, checkable, one checked at a time."""
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for choice in (SYSTEM, *(language.code for language in LANGUAGES)):
            action = QAction(self._window)
            action.setCheckable(True)
            action.setData(choice)
            group.addAction(action)
            self.language_menu.addAction(action)
            if choice == SYSTEM:
                self.language_menu.addSeparator()
            actions[choice] = action
        group.triggered.connect(self._on_language_group_triggered)
        return actions

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.file_menu.setTitle(translate("menus", "&File"))
        self.quit_action.setText(translate("menus", "&Quit"))
        self.go_menu.setTitle(translate("menus", "&Go"))
        self.back_action.setText(translate("menus", "&Back"))
        self.next_action.setText(translate("menus", "&Next"))
        self.language_menu.setTitle(translate("menus", "&Language"))
        self.language_actions[SYSTEM].setText(
            translate("menus", "&Automatic (system language)"))
        for language in LANGUAGES:  # each in its own words, whatever the wizard speaks now
            self.language_actions[language.code].setText(language.name)
        self.help_menu.setTitle(translate("menus", "&Help"))
        self.shortcuts_action.setText(translate("menus", "&Keyboard shortcuts"))
        self.open_log_action.setText(translate("menus", "Open &log file"))
        self.open_home_action.setText(translate("menus", "Open the &CA folder"))
        self.about_action.setText(translate("menus", "&About TrustAnchor"))

    def show_language(self, choice: str) -> None:
        """Check the item of `choice` (SYSTEM or a language code)."""
        self.language_actions.get(choice, self.language_actions[SYSTEM]).setChecked(True)

    def set_shortcuts(self) -> None:
        """Give Back, Next and Quit their keys. Key sequences load Qt's key enums (about
        40 ms), so this runs after the first paint."""
        self.back_action.setShortcuts(navigation_keys(back=True))
        self.next_action.setShortcuts(navigation_keys(back=False))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Command-Q on macOS

    def set_log_path(self, path: Path) -> None:
        self.log_path = path
        self.open_log_action.setEnabled(True)

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))

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
        quit_keys = QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText)
        rows = [
            (translate("menus", "Next step (or the page's action: Create CA, Make "
                                "certificate…)"), key_text(back=False)),
            (translate("menus", "Previous step"), key_text(back=True)),
            (translate("menus", "Press the highlighted button (Next when it is enabled)"),
             translate("menus", "Enter")),
            (translate("menus", "Move between fields"), translate("menus", "Tab, Shift+Tab")),
            (translate("menus", "Jump to a field"), translate("menus", "Alt + its underlined "
                                                                        "letter")),
            (translate("menus", "Quit"), quit_keys),
        ]
        box = QMessageBox(QMessageBox.Icon.Information, translate("menus", "Keyboard shortcuts"),
                          shortcut_table(rows), QMessageBox.StandardButton.Ok, self._window)
        from PySide6.QtCore import Qt  # the Qt namespace costs ~18 ms: not before the paint

        box.setTextFormat(Qt.TextFormat.RichText)
        # Qt keeps a message box narrow; the table reads better with room for two columns.
        grid = box.layout()
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(SHORTCUTS_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Fixed), grid.rowCount(), 0, 1,
                         grid.columnCount())
        box.exec()

    @Slot()
    def _on_about_triggered(self) -> None:
        what = translate("menus", "Makes your own HTTPS services trusted on your iPhone and "
                                  "your other devices.")
        QMessageBox.about(self._window, translate("menus", "About TrustAnchor"),
                          f"TrustAnchor {__version__}\n\n{what}")


def shortcut_table(rows: list[tuple[str, str]]) -> str:
    """The (what, keys) rows as a two-column table, keys first: each description wraps in a
    column of its own, so a longer language stays readable, where "keys: what" lines would
    run into each other."""
    from html import escape  # only for this box: html loads its entity table (about 1 ms)

    cells = "".join(f"<tr><td style='padding-right:12px'><b>{escape(keys)}</b></td>"
                    f"<td>{escape(what)}</td></tr>" for what, keys in rows)
    return f"<table cellspacing='2'>{cells}</table>"


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
