"""Your CA: create a new one, import one (PEM, PKCS#12, mkcert folder), or reuse the stored one."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.errors import InvalidNameError
from trustanchor.core.flow.state import CAChoice, Step
from trustanchor.core.flow.wizard import Wizard, check_passphrase
from trustanchor.core.pki.ca import CertificateAuthority, constraint_warnings
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import Page, add_path_row, named, wrapped
from trustanchor.gui.session import Secrets, Session, preview_import
from trustanchor.gui.theme import tone_css
from trustanchor.gui.worker import Worker

KEY_TYPE_LABELS = (
    ("ec-p256", "ECDSA P-256 (recommended: fast, works everywhere)"),
    ("ec-p384", "ECDSA P-384"),
    ("rsa-2048", "RSA 2048 bits (for very old devices)"),
    ("rsa-3072", "RSA 3072 bits"),
    ("rsa-4096", "RSA 4096 bits (slow to create)"),
)
PROTECT_HELP = (
    "The passphrase protects your CA's private key: whoever has that key can make certificates "
    "your phone trusts for any site. You type it again whenever you make a certificate. If you "
    "forget it, make a new CA.")
LIMIT_HELP = (
    "Optional. A limited CA can only vouch for the names and address ranges below, so even if "
    "its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers "
    "respect this, but it is not yet verified on every device. One entry per line: a domain "
    "(such as local or home.arpa) or an address range (such as 192.168.0.0/16).")
IMPORT_HELP = (
    "A PEM certificate with its key (one file or two), a PKCS#12 file (.p12 / .pfx), or the "
    "folder mkcert keeps its CA in (run “mkcert -CAROOT” to find it).")
IMPORT_DEBOUNCE_MS = 300


class CAPage(Page):
    step = Step.CA
    subtitle = ("Your own certificate authority vouches for your servers. Your phone will trust "
                "what it signs.")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._import_generation = 0
        self._import_worker: Worker | None = None
        self._import_timer = QTimer(self)
        self._import_timer.setSingleShot(True)
        self._import_timer.setInterval(IMPORT_DEBOUNCE_MS)
        self._import_timer.timeout.connect(self._on_import_timer_timeout)
        self._build_choice()
        self.modes = QStackedWidget()
        self.panels = (self._build_create(), self._build_import(), self._build_reuse())
        for panel in self.panels:
            self.modes.addWidget(panel)
        self.body.addWidget(self.modes)
        self.body.addWidget(self._build_protect())

    # -- building ----------------------------------------------------------------------------

    def _build_choice(self) -> None:
        self.choice_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.choice_buttons: dict[CAChoice, QRadioButton] = {}
        for choice, text in ((CAChoice.CREATE, "Create a new CA"),
                             (CAChoice.IMPORT, "Import a CA I already have"),
                             (CAChoice.REUSE, "Use my existing CA")):
            button = QRadioButton(text)
            named(button, text)
            self.choice_group.addButton(button)
            self.choice_buttons[choice] = button
            row.addWidget(button)
            button.toggled.connect(self._on_choice_toggled)
        row.addStretch(1)
        self.body.addLayout(row)
        self.replace_box = QCheckBox("Replace my current CA (it is kept in the archive folder; "
                                     "phones that trust it must install the new one)")
        named(self.replace_box, "Replace my current CA")
        self.replace_box.toggled.connect(lambda on: self.emit_edit(replace_existing=on))
        self.body.addWidget(self.replace_box)

    def _build_create(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        self.name_edit = QLineEdit()
        named(self.name_edit, "CA name", "Shown on your phone in Settings")
        self.name_edit.textEdited.connect(lambda text: self.emit_edit(ca_name=text))
        form.addRow("&Name (shown on your phone):", self.name_edit)
        self.key_combo = QComboBox()
        for value, label in KEY_TYPE_LABELS:
            self.key_combo.addItem(label, value)
        named(self.key_combo, "Key type")
        self.key_combo.activated.connect(
            lambda index: self.emit_edit(key_type=self.key_combo.itemData(index)))
        form.addRow("&Key type:", self.key_combo)
        self.limit_box = QCheckBox("&Limit this CA to my names and private addresses")
        named(self.limit_box, "Limit this CA to my names", LIMIT_HELP)
        self.limit_box.toggled.connect(lambda on: self.emit_edit(limit_names=on))
        form.addRow(self.limit_box)
        self.limit_help = wrapped(LIMIT_HELP)
        form.addRow(self.limit_help)
        self.permitted_edit = QPlainTextEdit()
        named(self.permitted_edit, "Allowed names and address ranges, one per line")
        self.permitted_edit.setTabChangesFocus(True)
        self.permitted_edit.setMaximumHeight(110)
        self.permitted_edit.textChanged.connect(self._on_permitted_edit_text_changed)
        form.addRow(self.permitted_edit)
        self.limit_warning = wrapped()
        self.limit_warning.setStyleSheet(tone_css("warning", self))
        form.addRow(self.limit_warning)
        return panel

    def _build_import(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.addRow(wrapped(IMPORT_HELP))
        self.import_path = QLineEdit()
        self.import_path.textChanged.connect(self._on_import_inputs_changed)
        add_path_row(form, "CA fi&le or folder:", self.import_path, "CA file or mkcert folder", [
            ("Choose &file…", "Choose the CA file", self._on_pick_file_clicked),
            ("Choose mkcert f&older…", "Choose the mkcert CA folder",
             self._on_pick_folder_clicked),
        ])
        self.import_key = QLineEdit()
        self.import_key.textChanged.connect(self._on_import_inputs_changed)
        add_path_row(form, "Separate &key file (if any):", self.import_key,
                     "Separate key file (optional)",
                     [("Choose key…", "Choose the separate key file", self._on_pick_key_clicked)])
        self.import_password = QLineEdit()
        self.import_password.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.import_password, "Password of the file (if it has one)")
        self.import_password.textChanged.connect(self._on_import_inputs_changed)
        form.addRow("File &password (if any):", self.import_password)
        self.import_status = wrapped(name="Import check")
        form.addRow(self.import_status)
        return panel

    def _build_reuse(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        self.reuse_summary = wrapped(name="Your CA")
        form.addRow(self.reuse_summary)
        self.unlock_edit = QLineEdit()
        self.unlock_edit.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.unlock_edit, "Your CA's passphrase")
        self.unlock_edit.textChanged.connect(
            lambda text: self.emit_edit(passphrase_set=bool(text)))
        self.unlock_label = QLabel("Your CA's &passphrase:")
        self.unlock_label.setBuddy(self.unlock_edit)
        form.addRow(self.unlock_label, self.unlock_edit)
        return panel

    def _build_protect(self) -> QWidget:
        self.protect_group = QGroupBox("Protect the CA key")
        layout = QVBoxLayout(self.protect_group)
        self.protect_box = QCheckBox("Protect the CA key with a &passphrase (recommended)")
        named(self.protect_box, "Protect the CA key with a passphrase", PROTECT_HELP)
        self.protect_box.toggled.connect(lambda on: self.emit_edit(use_passphrase=on))
        layout.addWidget(self.protect_box)
        layout.addWidget(wrapped(PROTECT_HELP))
        form = QFormLayout()
        self.pass_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        for edit, name in ((self.pass_edit, "Passphrase"),
                           (self.confirm_edit, "Passphrase again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            named(edit, name)
            edit.textChanged.connect(self._on_passphrase_changed)
        form.addRow("P&assphrase:", self.pass_edit)
        form.addRow("Pa&ssphrase again:", self.confirm_edit)
        layout.addLayout(form)
        self.pass_message = wrapped(name="Passphrase check")
        self.pass_message.setStyleSheet(tone_css("warning", self))
        layout.addWidget(self.pass_message)
        return self.protect_group

    # -- rendering ---------------------------------------------------------------------------

    def render_state(self, wizard: Wizard) -> None:
        state = wizard.state
        facts = state.facts
        self.choice_buttons[state.ca_choice].setChecked(True)
        self.choice_buttons[CAChoice.REUSE].setEnabled(facts.ca_in_home)
        current = list(CAChoice).index(state.ca_choice)
        self.modes.setCurrentIndex(current)
        for index, panel in enumerate(self.panels):  # size the stack to the shown panel only
            panel.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored)
        self.modes.adjustSize()
        self.replace_box.setVisible(facts.ca_in_home and state.ca_choice is not CAChoice.REUSE)
        self.replace_box.setChecked(state.replace_existing)
        if self.name_edit.text() != state.ca_name:
            self.name_edit.setText(state.ca_name)
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(state.key_type)))
        self.limit_box.setChecked(state.limit_names)
        for widget in (self.permitted_edit, self.limit_help, self.limit_warning):
            widget.setVisible(state.limit_names)
        if _lines(self.permitted_edit.toPlainText()) != state.permitted:
            self.permitted_edit.setPlainText("\n".join(state.permitted))
        self.limit_warning.setText(_limit_warning(state.permitted) if state.limit_names else "")
        self.protect_group.setVisible(state.ca_choice is not CAChoice.REUSE)
        self.protect_box.setChecked(state.use_passphrase)
        self.pass_edit.setEnabled(state.use_passphrase)
        self.confirm_edit.setEnabled(state.use_passphrase)
        self._render_reuse(wizard)

    def _render_reuse(self, wizard: Wizard) -> None:
        facts = wizard.state.facts
        ca = facts.ca
        if ca is not None:
            text = (f"“{ca.name}” is ready.\nFingerprint {ca.short_fingerprint}, "
                    f"{ca.key_type}, valid until {ca.not_after:%d %B %Y}.")
        elif facts.ca_in_home:
            name = self.session.stored_ca_name
            text = (f"“{name}”, stored in {self.session.home.root}." if name else
                    f"Your CA is stored in {self.session.home.root}.")
        else:
            text = "You have no CA yet."
        self.reuse_summary.setText(text)
        need_unlock = ca is None and facts.home_key_encrypted
        self.unlock_edit.setVisible(need_unlock)
        self.unlock_label.setVisible(need_unlock)

    def entered(self, wizard: Wizard) -> None:
        focus = {CAChoice.CREATE: self.name_edit, CAChoice.IMPORT: self.import_path,
                 CAChoice.REUSE: self.unlock_edit}[wizard.state.ca_choice]
        if focus.isVisible():
            focus.setFocus()

    def secrets(self) -> Secrets:
        choice = next(c for c, b in self.choice_buttons.items() if b.isChecked())
        typed = self.unlock_edit.text() if choice is CAChoice.REUSE else self.pass_edit.text()
        return Secrets(passphrase=typed, import_password=self.import_password.text())

    # -- slots -------------------------------------------------------------------------------

    @Slot(bool)
    def _on_choice_toggled(self, on: bool) -> None:
        if not on:
            return
        for choice, button in self.choice_buttons.items():
            if button.isChecked():
                self.emit_edit(ca_choice=choice, passphrase_set=self._passphrase_ok(choice))

    def _passphrase_ok(self, choice: CAChoice) -> bool:
        if choice is CAChoice.REUSE:
            return bool(self.unlock_edit.text())
        return not check_passphrase(self.pass_edit.text(), self.confirm_edit.text())

    @Slot()
    def _on_passphrase_changed(self) -> None:
        problems = check_passphrase(self.pass_edit.text(), self.confirm_edit.text())
        typed = bool(self.pass_edit.text() or self.confirm_edit.text())
        self.pass_message.setText(problems[0] if problems and typed else "")
        self.emit_edit(passphrase_set=not problems)

    @Slot()
    def _on_permitted_edit_text_changed(self) -> None:
        self.emit_edit(permitted=_lines(self.permitted_edit.toPlainText()))

    @Slot()
    def _on_pick_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose your CA", "", "Certificates and keys (*.pem *.crt *.cer *.key *.p12 "
            "*.pfx);;All files (*)")
        if path:
            self.import_path.setText(path)

    @Slot()
    def _on_pick_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Choose mkcert's CA folder")
        if path:
            self.import_path.setText(path)

    @Slot()
    def _on_pick_key_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the CA key", "",
                                              "Keys (*.pem *.key);;All files (*)")
        if path:
            self.import_key.setText(path)

    @Slot()
    def _on_import_inputs_changed(self) -> None:
        self.emit_edit(import_path=self.import_path.text(),
                       import_key_path=self.import_key.text(), import_ok=False)
        self.session.import_candidate = None
        self._import_generation += 1
        self.import_status.setText("")
        if self.import_path.text().strip():
            self._import_timer.start()

    @Slot()
    def _on_import_timer_timeout(self) -> None:
        generation = self._import_generation
        worker = Worker(preview_import, self.import_path.text().strip(),
                        self.import_key.text().strip(), self.import_password.text())
        worker.returned.connect(lambda ca: self._on_import_checked(generation, ca, None))
        worker.errored.connect(lambda exc: self._on_import_checked(generation, None, exc))
        self._import_worker = worker
        self.set_busy(True, "Reading the file…")
        worker.start()

    def _on_import_checked(self, generation: int, ca: CertificateAuthority | None,
                           exc: BaseException | None) -> None:
        self.set_busy(False)
        if generation != self._import_generation:
            return  # the inputs changed meanwhile; a newer check is on its way
        if ca is not None:
            self.session.import_candidate = ca
            self.import_status.setText(
                f"Found the CA “{ca.name}” with its key (fingerprint {ca.short_fingerprint}, "
                f"valid until {ca.not_after:%d %B %Y}).")
            self.import_status.setStyleSheet(tone_css("ok", self))
            self.emit_edit(import_ok=True)
        else:
            self.import_status.setText(describe_error(exc) if exc else "")
            self.import_status.setStyleSheet(tone_css("error", self))
        self.import_status.setAccessibleName(self.import_status.text())

    @property
    def import_worker(self) -> Worker | None:
        return self._import_worker


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _limit_warning(permitted: tuple[str, ...]) -> str:
    try:
        return " ".join(constraint_warnings(permitted))
    except InvalidNameError:
        return ""
