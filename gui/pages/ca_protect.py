"""The CA page's passphrase box, shared by the create and import panels."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from trustanchor.core.flow.wizard import Wizard, check_passphrase
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import Panel, named, wrapped, wrapping_form
from trustanchor.gui.theme import tone_css
from trustanchor.gui.view import SessionView

PROTECT_HELP = QT_TRANSLATE_NOOP(
    "ca_protect",
    "The passphrase protects your CA's private key: whoever has that key can make certificates "
    "your phone trusts for any site. You type it again whenever you make a certificate. If you "
    "forget it, make a new CA.")


class ProtectPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.protect_group = QGroupBox(translate("ca_protect", "Protect the CA key"))
        outer.addWidget(self.protect_group)
        layout = QVBoxLayout(self.protect_group)
        self.protect_box = QCheckBox(
            translate("ca_protect", "Use a &passphrase (recommended)"))
        named(self.protect_box, translate("ca_protect", "Protect the CA key with a passphrase"),
              translate("ca_protect", PROTECT_HELP))
        self.protect_box.toggled.connect(lambda on: self.emit_edit(use_passphrase=on))
        layout.addWidget(self.protect_box)
        layout.addWidget(wrapped(translate("ca_protect", PROTECT_HELP)))
        form = wrapping_form()
        self.pass_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        for edit, name in ((self.pass_edit, translate("ca_protect", "Passphrase")),
                           (self.confirm_edit, translate("ca_protect", "Passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            named(edit, name)
            edit.textChanged.connect(self._on_passphrase_changed)
        form.addRow(translate("ca_protect", "P&assphrase:"), self.pass_edit)
        form.addRow(translate("ca_protect", "Pa&ssphrase again:"), self.confirm_edit)
        layout.addLayout(form)
        self.pass_message = wrapped(name=translate("ca_protect", "Passphrase check"))
        self.pass_message.setStyleSheet(tone_css("warning", self))
        # The row keeps its height while empty: nothing moves when a message appears.
        self.pass_message.setMinimumHeight(self.pass_message.fontMetrics().lineSpacing())
        layout.addWidget(self.pass_message)

    @property
    def passphrase_ok(self) -> bool:
        return not check_passphrase(self.pass_edit.text(), self.confirm_edit.text())

    def render_state(self, wizard: Wizard, view: SessionView) -> None:
        state = wizard.state
        self.protect_box.setChecked(state.use_passphrase)
        self.pass_edit.setEnabled(state.use_passphrase)
        self.confirm_edit.setEnabled(state.use_passphrase)

    @Slot()
    def _on_passphrase_changed(self) -> None:
        problems = check_passphrase(self.pass_edit.text(), self.confirm_edit.text())
        typed = bool(self.pass_edit.text() or self.confirm_edit.text())
        self.pass_message.setText(core_sentence(problems[0]) if problems and typed else "")
        self.emit_edit(passphrase_set=not problems)
