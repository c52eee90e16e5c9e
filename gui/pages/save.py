"""Save and configure: the files written, copy buttons, ready-to-paste server settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.flow.state import IssuedInfo, Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.pki.serverconfig import CertFiles, server_configs
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_date, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import Page, fitting_row, named, wrapped
from trustanchor.gui.pages.extra_buttons import TRUST_HERE, request_button
from trustanchor.gui.theme import monospace_font, scaled_font

FILE_ROLES = {
    ".crt": QT_TRANSLATE_NOOP("save", "certificate"),
    ".key": QT_TRANSLATE_NOOP("save", "private key (keep it secret)"),
    ".fullchain.pem": QT_TRANSLATE_NOOP("save", "full chain (certificate + CA)"),
    ".p12": QT_TRANSLATE_NOOP("save", "PKCS#12 bundle"),
}
# Renew a month early: enough time to notice, short of wasting much of the lifetime.
RENEW_BEFORE = dt.timedelta(days=30)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def role_of(path: str) -> str:
    """What the file is, in words."""
    for suffix, role in FILE_ROLES.items():
        if path.endswith(suffix):
            return translate("save", role)
    return translate("save", "file")


class SavePage(Page):
    step = Step.SAVE
    tr_context = "save"
    subtitle = QT_TRANSLATE_NOOP("save", "Your certificate is saved. Put it on your server with "
                                         "one of these settings.")
    trust_requested = Signal()  # opens gui/trust_dialog.py (gui/extra_dialogs.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: IssuedInfo | None = None
        self.folder_label = wrapped(name=translate("save", "Saved in"))
        self.folder_label.setFont(scaled_font(self.folder_label, 1.05, bold=True))
        self.body.addWidget(self.folder_label)
        self.show_folder = QPushButton(translate("save", "Show in &folder"))
        named(self.show_folder, translate("save", "Show the files in their folder"))
        self.show_folder.clicked.connect(self._on_show_folder_clicked)
        self.body.addLayout(fitting_row(
            [self.show_folder, request_button(TRUST_HERE, self.trust_requested)]))
        self.files_grid = QGridLayout()
        self.files_grid.setColumnStretch(1, 1)
        self.body.addLayout(self.files_grid)
        self.expiry_label = wrapped(name=translate("save", "Expiry"))
        self.body.addWidget(self.expiry_label)
        self.p12_row = QWidget()
        p12 = QHBoxLayout(self.p12_row)
        p12.setContentsMargins(0, 0, 0, 0)
        p12.addWidget(QLabel(translate("save", "PKCS#12 password:")))
        self.p12_password = QLineEdit()
        self.p12_password.setReadOnly(True)
        self.p12_password.setFont(monospace_font())
        named(self.p12_password, translate("save", "PKCS#12 password"))
        p12.addWidget(self.p12_password, 1)
        copy_p12 = QPushButton(translate("save", "Copy password"))
        named(copy_p12, translate("save", "Copy the PKCS#12 password"))
        copy_p12.clicked.connect(lambda: copy_text(self.p12_password.text()))
        p12.addWidget(copy_p12)
        self.body.addWidget(self.p12_row)
        self.body.addWidget(wrapped(translate(
            "save", "Settings for your server (the paths point at the files above; copy the "
                    "files first if the server is another machine):")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("save", "Server settings"))
        self.body.addWidget(self.tabs)
        self._build_files()
        self._build_configs()

    def render_state(self, wizard: Wizard) -> None:
        issued = wizard.state.facts.issued
        if issued is None or issued == self._shown:
            return
        self._shown = issued
        self.folder_label.setText(
            translate("save", "Saved in {folder}").format(folder=issued.folder))
        self._render_files(issued.files)
        renew = issued.not_after - RENEW_BEFORE
        self.expiry_label.setText(translate(
            "save", "Valid until {date}. Renew it before {renew_date}: TrustAnchor's first page "
                    "lists it with a Renew button, or run “trustanchor renew”.").format(
            date=format_date(issued.not_after), renew_date=format_date(renew)))
        password = self.view.p12_password
        self.p12_row.setVisible(password is not None)
        self.p12_password.setText(password or "")
        self._render_configs(issued)

    def _build_files(self) -> None:
        """One row per file the core can write: name, what it is, a copy button."""
        self._file_rows: list[tuple[QLabel, QLabel, QPushButton]] = []
        self._file_paths: list[str] = []
        for row in range(len(FILE_ROLES)):
            name, role, copy = QLabel(), QLabel(), QPushButton(translate("save", "Copy path"))
            name.setFont(monospace_font())
            copy.clicked.connect(lambda _=False, r=row: copy_text(self._file_paths[r]))
            self.files_grid.addWidget(name, row, 0)
            self.files_grid.addWidget(role, row, 1)
            self.files_grid.addWidget(copy, row, 2)
            self._file_rows.append((name, role, copy))

    def _render_files(self, files: tuple[str, ...]) -> None:
        self._file_paths = list(files)
        for row, (name, role, copy) in enumerate(self._file_rows):
            path = files[row] if row < len(files) else ""
            name.setText(Path(path).name)
            role.setText(role_of(path))
            named(copy, translate("save", "Copy the path of {file}").format(
                file=Path(path).name))
            for widget in (name, role, copy):
                widget.setVisible(bool(path))

    def _build_configs(self) -> None:
        """The tabs are made once (with the page, off the critical moment); texts fill later."""
        self._config_views: list[tuple[QLabel, QPlainTextEdit, QPushButton]] = []
        self._config_texts: list[str] = []
        placeholder = CertFiles(Path("site.fullchain.pem"), Path("site.key"), ())
        for index, config in enumerate(server_configs(placeholder)):
            tab = QWidget()
            layout = QVBoxLayout(tab)
            where = wrapped()
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setFont(monospace_font())
            # Wrapped inside the box (long certificate paths stay whole on screen); the Copy
            # button copies the text itself, unwrapped.
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 9)
            named(text, translate("save", "{server} settings").format(server=config.title))
            copy = QPushButton(translate("save", "Copy {server} settings").format(
                server=config.title))
            named(copy, translate("save", "Copy the {server} settings").format(
                server=config.title))
            copy.clicked.connect(lambda _=False, i=index: copy_text(self._config_texts[i]))
            layout.addWidget(where)
            layout.addWidget(text, 1)
            layout.addWidget(copy)
            self.tabs.addTab(tab, config.title)
            self._config_views.append((where, text, copy))

    def _render_configs(self, issued: IssuedInfo) -> None:
        fullchain = next((f for f in issued.files if f.endswith(".fullchain.pem")), "")
        key = next((f for f in issued.files if f.endswith(".key")), "")
        configs = server_configs(CertFiles(Path(fullchain), Path(key), issued.names))
        self._config_texts = [config.text for config in configs]
        for (where, text, _), config in zip(self._config_views, configs, strict=True):
            where.setText(core_sentence(config.where))
            text.setPlainText(config.text)

    @Slot()
    def _on_show_folder_clicked(self) -> None:
        if self._shown is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._shown.folder))
