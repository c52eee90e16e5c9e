"""Server certificate: the names and addresses, the lifetime, where to save, which formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
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
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_number, translate
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import Page, add_path_row, named, wrapped, wrapping_form
from trustanchor.gui.theme import tone_css

NAMES_HELP = QT_TRANSLATE_NOOP(
    "server_cert", "One per line: every name and address you type in the browser to reach your "
                   "server. Your phone rejects the certificate for any name missing here.")
DAYS_HELP = QT_TRANSLATE_NOOP(
    "server_cert", "{default} days works on every device and browser. iPhones accept at most "
                   "{max} days for a certificate from your own CA. Make a new one before it runs "
                   "out; the last page tells you when.")
SKIP_HELP = QT_TRANSLATE_NOOP(
    "server_cert", "Tick this if your server already has a certificate from this CA (or you "
                   "will make one later): the wizard goes straight to sending the CA to your "
                   "phone.")
# How a name typed on its own line is read, after "✓ name: ".
NAME_KINDS = {
    "address": QT_TRANSLATE_NOOP("server_cert", "✓ {name}: address"),
    "wildcard": QT_TRANSLATE_NOOP("server_cert", "✓ {name}: wildcard"),
    "name": QT_TRANSLATE_NOOP("server_cert", "✓ {name}: name"),
}


def days_help() -> str:
    return translate("server_cert", DAYS_HELP).format(
        default=format_number(SERVER_CERT_DAYS_DEFAULT), max=format_number(SERVER_CERT_DAYS_MAX))


class ServerCertPage(Page):
    step = Step.SERVER_CERT
    tr_context = "server_cert"
    subtitle = QT_TRANSLATE_NOOP("server_cert",
                                 "The certificate your server shows to browsers, signed by your "
                                 "CA.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name_problems: set[str] = set()
        self.renew_note = wrapped(name=translate("server_cert", "Renewing"))
        self.renew_note.hide()
        self.body.addWidget(self.renew_note)
        self.skip_box = QCheckBox(translate("server_cert",
                                            "&Skip: I only need my phone to trust my CA"))
        named(self.skip_box, translate("server_cert", "Skip the server certificate"),
              translate("server_cert", SKIP_HELP))
        self.skip_box.toggled.connect(lambda on: self.emit_edit(skip_server_cert=on))
        self.body.addWidget(self.skip_box)
        self.details = QWidget()
        form = wrapping_form(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(wrapped(translate("server_cert", NAMES_HELP)))
        self.names_edit = QPlainTextEdit()
        named(self.names_edit,
              translate("server_cert", "Server names and addresses, one per line"))
        self.names_edit.setTabChangesFocus(True)
        self.names_edit.setMaximumHeight(120)
        self.names_edit.textChanged.connect(self._on_names_edit_text_changed)
        form.addRow(translate("server_cert", "&Names and addresses:"), self.names_edit)
        self.name_notes = wrapped(name=translate("server_cert", "Name check"))
        form.addRow(self.name_notes)
        self.constraint_note = wrapped(name=translate("server_cert", "What your CA may sign"))
        form.addRow(self.constraint_note)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, SERVER_CERT_DAYS_MAX)
        # The unit after the number, with its space (or none, as in Japanese).
        self.days_spin.setSuffix(translate("server_cert", " days"))
        named(self.days_spin, translate("server_cert", "Lifetime in days"), days_help())
        self.days_spin.valueChanged.connect(lambda days: self.emit_edit(days=days))
        form.addRow(translate("server_cert", "&Lifetime:"), self.days_spin)
        form.addRow(wrapped(days_help()))
        self.folder_edit = QLineEdit()
        self.folder_edit.textEdited.connect(lambda text: self.emit_edit(output_folder=text))
        add_path_row(form, translate("server_cert", "Save &in:"), self.folder_edit,
                     translate("server_cert", "Folder to save in"),
                     [(translate("server_cert", "&Choose…"),
                       translate("server_cert", "Choose the folder to save in"),
                       self._on_browse_clicked)])
        form.addRow(wrapped(translate(
            "server_cert", "Always saved: the certificate (.crt), its private key (.key) and "
                           "the full chain (.fullchain.pem) that most servers want.")))
        self.p12_box = QCheckBox(translate("server_cert", "Also a PKCS#12 file (.&p12)"))
        p12_help = translate("server_cert",
                             "For Windows, Synology or Java, with a generated password.")
        named(self.p12_box, translate("server_cert", "Also save a PKCS#12 file"), p12_help)
        self.p12_box.toggled.connect(lambda on: self.emit_edit(include_p12=on))
        form.addRow(self.p12_box)
        form.addRow(wrapped(p12_help))
        self.overwrite_box = QCheckBox(
            translate("server_cert", "&Replace files with the same names in this folder"))
        named(self.overwrite_box, translate("server_cert", "Replace existing files"))
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
            self.constraint_note.setText(translate(
                "server_cert", "Your CA may only sign names under: {names}.").format(
                    names=", ".join(ca.permitted)))
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
            self.renew_note.setText(translate(
                "server_cert", "Renewing: the files of {name} in {folder} move to its archive "
                               "folder first, then the new ones take their place.").format(
                    name=Path(state.renew_path).name, folder=state.output_folder))
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
                notes.append(f"✗ {describe_error(err)}")
                self._name_problems.add(str(err))
                bad = True
            else:
                kind = "address" if name.kind == "ip" else (
                    "wildcard" if name.is_wildcard else "name")
                shown = name.display if name.display == name.value else \
                    f"{name.display} ({name.value})"
                notes.append(translate("server_cert", NAME_KINDS[kind]).format(name=shown))
        self.name_notes.setText("\n".join(notes))
        self.name_notes.setStyleSheet(tone_css("error" if bad else "muted", self))
        self.name_notes.setAccessibleName(
            translate("server_cert", "Name check: {notes}").format(notes=" ".join(notes)))

    def first_field(self, wizard: Wizard) -> QWidget | None:
        return self.skip_box if wizard.state.skip_server_cert else self.names_edit

    @Slot()
    def _on_names_edit_text_changed(self) -> None:
        self.emit_edit(server_names=_lines(self.names_edit.toPlainText()))

    @Slot()
    def _on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("server_cert", "Save the certificate in"), self.folder_edit.text())
        if path:
            self.emit_edit(output_folder=path)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
