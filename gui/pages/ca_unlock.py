"""The CA page's "Use my existing CA" panel: which CA is stored, and its passphrase if locked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import format_date, translate
from trustanchor.gui.pages.base import Panel, named, wrapped, wrapping_form
from trustanchor.gui.view import SessionView


class UnlockPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = wrapping_form(self)
        self.reuse_summary = wrapped(name=translate("ca_unlock", "Your CA"))
        form.addRow(self.reuse_summary)
        self.unlock_edit = QLineEdit()
        self.unlock_edit.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.unlock_edit, translate("ca_unlock", "Your CA's passphrase"))
        self.unlock_edit.textChanged.connect(
            lambda text: self.emit_edit(passphrase_set=bool(text)))
        self.unlock_label = QLabel(translate("ca_unlock", "Your CA's &passphrase:"))
        self.unlock_label.setBuddy(self.unlock_edit)
        form.addRow(self.unlock_label, self.unlock_edit)

    def render_state(self, wizard: Wizard, view: SessionView) -> None:
        facts = wizard.state.facts
        ca = facts.ca
        if ca is not None:
            text = translate("ca_unlock", "“{name}” is ready.\nFingerprint {fingerprint}, "
                                          "{key_type}, valid until {date}.").format(
                name=ca.name, fingerprint=ca.short_fingerprint, key_type=ca.key_type,
                date=format_date(ca.not_after))
        elif facts.ca_in_home:
            name = view.stored_ca_name
            text = (translate("ca_unlock", "“{name}”, stored in {folder}.").format(
                        name=name, folder=view.home_root) if name else
                    translate("ca_unlock", "Your CA is stored in {folder}.").format(
                        folder=view.home_root))
        else:
            text = translate("ca_unlock", "You have no CA yet.")
        self.reuse_summary.setText(text)
        need_unlock = ca is None and facts.home_key_encrypted
        self.unlock_edit.setVisible(need_unlock)
        self.unlock_label.setVisible(need_unlock)
