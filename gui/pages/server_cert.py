"""Server certificate: the names and addresses, the lifetime, where to save, which formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from trustanchor.core.defaults import MAX_SERVER_CERT_DAYS as SERVER_CERT_DAYS_MAX
from trustanchor.core.defaults import SERVER_CERT_DAYS as SERVER_CERT_DAYS_DEFAULT
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.flow.state import Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.pki.names import parse_name
from trustanchor.gui.pages.base import Page, add_path_row, named, wrapped
from trustanchor.gui.theme import tone_css

NAMES_HELP = ("One per line: every name and address you type in the browser to reach your "
              "server. Your phone rejects the certificate for any name missing here.")
DAYS_HELP = (f"{SERVER_CERT_DAYS_DEFAULT} days works on every device and browser. iPhones accept "
             f"at most {SERVER_CERT_DAYS_MAX} days for a certificate from your own CA. Make a "
             "new one before it runs out; the last page tells you when.")
SKIP_HELP = ("Tick this if your server already has a certificate from this CA (or you will make "
             "one later): the wizard goes straight to sending the CA to your phone.")


class ServerCertPage(Page):
    step = Step.SERVER_CERT
    subtitle = "The certificate your server shows to browsers, signed by your CA."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name_problems: set[str] = set()
        self.renew_note = wrapped(name="Renewing")
        self.renew_note.hide()
        self.body.addWidget(self.renew_note)
        self.skip_box = QCheckBox("&Skip: I only need my phone to trust my CA")
        named(self.skip_box, "Skip the server certificate", SKIP_HELP)
        self.skip_box.toggled.connect(lambda on: self.emit_edit(skip_server_cert=on))
        self.body.addWidget(self.skip_box)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(wrapped(NAMES_HELP))
        self.names_edit = QPlainTextEdit()
        named(self.names_edit, "Server names and addresses, one per line")
        self.names_edit.setTabChangesFocus(True)
        self.names_edit.setMaximumHeight(120)
        self.names_edit.textChanged.connect(self._on_names_edit_text_changed)
        form.addRow("&Names and addresses:", self.names_edit)
        self.name_notes = wrapped(name="Name check")
        form.addRow(self.name_notes)
        self.constraint_note = wrapped(name="What your CA may sign")
        form.addRow(self.constraint_note)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, SERVER_CERT_DAYS_MAX)
        self.days_spin.setSuffix(" days")
        named(self.days_spin, "Lifetime in days", DAYS_HELP)
        self.days_spin.valueChanged.connect(lambda days: self.emit_edit(days=days))
        form.addRow("&Lifetime:", self.days_spin)
        form.addRow(wrapped(DAYS_HELP))
        self.folder_edit = QLineEdit()
        self.folder_edit.textEdited.connect(lambda text: self.emit_edit(output_folder=text))
        add_path_row(form, "Save &in:", self.folder_edit, "Folder to save in",
                     [("&Choose…", "Choose the folder to save in", self._on_browse_clicked)])
        form.addRow(wrapped("Always saved: the certificate (.crt), its private key (.key) and "
                            "the full chain (.fullchain.pem) that most servers want."))
        self.p12_box = QCheckBox("Also a PKCS#12 file (.&p12) for Windows, Synology or Java, "
                                 "with a generated password")
        named(self.p12_box, "Also save a PKCS#12 file")
        self.p12_box.toggled.connect(lambda on: self.emit_edit(include_p12=on))
        form.addRow(self.p12_box)
        self.overwrite_box = QCheckBox("&Replace files with the same names in this folder")
        named(self.overwrite_box, "Replace existing files")
        self.overwrite_box.toggled.connect(lambda on: self.emit_edit(overwrite_files=on))
        form.addRow(self.overwrite_box)
        self.body.addWidget(self.details)

    def render_state(self, wizard: Wizard) -> None:
        state = wizard.state
        self.skip_box.setChecked(state.skip_server_cert)
        self.details.setEnabled(not state.skip_server_cert)
        if _lines(self.names_edit.toPlainText()) != state.server_names:
            self.names_edit.setPlainText("\n".join(state.server_names))
        self._render_name_notes(state.server_names)
        ca = state.facts.ca
        if ca is not None and ca.permitted:
            self.constraint_note.setText("Your CA may only sign names under: "
                                         + ", ".join(ca.permitted) + ".")
            self.constraint_note.show()
        else:
            self.constraint_note.hide()
        if self.days_spin.value() != state.days:
            self.days_spin.setValue(state.days)
        if self.folder_edit.text() != state.output_folder:
            self.folder_edit.setText(state.output_folder)
        self.p12_box.setChecked(state.include_p12)
        self.overwrite_box.setChecked(state.overwrite_files)
        renewing = bool(state.renew_path) and Path(state.renew_path).parent == Path(
            state.output_folder)
        if renewing:
            self.renew_note.setText(
                f"Renewing: the files of {Path(state.renew_path).name} in {state.output_folder} "
                "move to its archive folder first, then the new ones take their place.")
        self.renew_note.setVisible(renewing)
        self.overwrite_box.setVisible(not renewing)

    def show_hints(self, hints: tuple[str, ...]) -> None:
        # A bad name is already marked on its own line above; say it once.
        super().show_hints(tuple(h for h in hints if h not in self._name_problems))

    def _render_name_notes(self, names: tuple[str, ...]) -> None:
        """Each line's meaning as the core reads it, so typos show while typing."""
        notes: list[str] = []
        self._name_problems = set()
        bad = False
        for text in names:
            try:
                name = parse_name(text)
            except InvalidNameError as err:
                notes.append(f"✗ {err}")
                self._name_problems.add(str(err))
                bad = True
            else:
                kind = "address" if name.kind == "ip" else (
                    "wildcard" if name.is_wildcard else "name")
                shown = name.display if name.display == name.value else \
                    f"{name.display} ({name.value})"
                notes.append(f"✓ {shown}: {kind}")
        self.name_notes.setText("\n".join(notes))
        self.name_notes.setStyleSheet(tone_css("error" if bad else "muted", self))
        self.name_notes.setAccessibleName("Name check: " + " ".join(notes))

    def first_field(self, wizard: Wizard) -> QWidget | None:
        return self.skip_box if wizard.state.skip_server_cert else self.names_edit

    @Slot()
    def _on_names_edit_text_changed(self) -> None:
        self.emit_edit(server_names=_lines(self.names_edit.toPlainText()))

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Save the certificate in",
                                                self.folder_edit.text())
        if path:
            self.emit_edit(output_folder=path)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
