"""The CA page's "Import a CA I already have" panel: the file or mkcert folder, read as you type.

The panel waits for typing to pause, then asks for a preview (`preview_requested`); the
controller reads the file in a worker and answers through `show_result`. Any change of the
inputs (`import_changed`) makes the file read before count no more.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_date, translate
from trustanchor.gui.pages.base import Panel, add_path_row, named, wrapped, wrapping_form
from trustanchor.gui.theme import tone_css
from trustanchor.gui.view import ImportPreview, ImportRequest, SessionView

IMPORT_HELP = QT_TRANSLATE_NOOP(
    "ca_import",
    "A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the "
    "folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).")
IMPORT_DEBOUNCE_MS = 300


class ImportPanel(Panel):
    import_changed = Signal()
    preview_requested = Signal(object)  # ImportRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request: ImportRequest | None = None  # the preview this panel waits for
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IMPORT_DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        form = wrapping_form(self)
        form.addRow(wrapped(translate("ca_import", IMPORT_HELP)))
        self.import_path = QLineEdit()
        self.import_path.textChanged.connect(self._on_inputs_changed)
        add_path_row(form, translate("ca_import", "CA fi&le or folder:"), self.import_path,
                     translate("ca_import", "CA file or mkcert folder"), [
            (translate("ca_import", "Choose &file…"), translate("ca_import", "Choose the CA file"),
             self._on_pick_file_clicked),
            (translate("ca_import", "Choose mkcert f&older…"),
             translate("ca_import", "Choose the mkcert CA folder"), self._on_pick_folder_clicked),
        ])
        self.import_key = QLineEdit()
        self.import_key.textChanged.connect(self._on_inputs_changed)
        add_path_row(form, translate("ca_import", "Separate &key file (if any):"), self.import_key,
                     translate("ca_import", "Separate key file (optional)"),
                     [(translate("ca_import", "Choose key…"),
                       translate("ca_import", "Choose the separate key file"),
                       self._on_pick_key_clicked)])
        self.import_password = QLineEdit()
        self.import_password.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.import_password, translate("ca_import", "Password of the file (if it has one)"))
        self.import_password.textChanged.connect(self._on_inputs_changed)
        form.addRow(translate("ca_import", "File &password (if any):"), self.import_password)
        self.import_status = wrapped(name=translate("ca_import", "Import check"))
        form.addRow(self.import_status)

    def render_state(self, wizard: Wizard, view: SessionView) -> None:
        """The inputs are the person's own typing; the model only records them."""

    def show_result(self, request: ImportRequest, preview: ImportPreview | None,
                    message: str) -> None:
        if request is not self._request:
            return  # the inputs changed meanwhile; a newer check is on its way
        if preview is not None:
            self.import_status.setText(translate(
                "ca_import", "Found the CA “{name}” with its key (fingerprint {fingerprint}, "
                             "valid until {date}).").format(
                name=preview.name, fingerprint=preview.short_fingerprint,
                date=format_date(preview.not_after)))
            self.import_status.setStyleSheet(tone_css("ok", self))
        else:
            self.import_status.setText(message)
            self.import_status.setStyleSheet(tone_css("error", self))
        self.import_status.setAccessibleName(self.import_status.text())

    @Slot()
    def _on_inputs_changed(self) -> None:
        self.emit_edit(import_path=self.import_path.text(),
                       import_key_path=self.import_key.text(), import_ok=False)
        self.import_changed.emit()
        self._request = None
        self.import_status.setText("")
        if self.import_path.text().strip():
            self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._request = ImportRequest(self.import_path.text().strip(),
                                      self.import_key.text().strip(), self.import_password.text())
        self.preview_requested.emit(self._request)

    @Slot()
    def _on_pick_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ca_import", "Choose your CA"), "",
            translate("ca_import", "Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;"
                                   "All files (*)"))
        if path:
            self.import_path.setText(path)

    @Slot()
    def _on_pick_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("ca_import", "Choose mkcert's CA folder"))
        if path:
            self.import_path.setText(path)

    @Slot()
    def _on_pick_key_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ca_import", "Choose the CA key"), "",
            translate("ca_import", "Keys (*.pem *.key);;All files (*)"))
        if path:
            self.import_key.setText(path)
