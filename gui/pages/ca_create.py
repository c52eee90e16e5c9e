"""The CA page's "Create a new CA" panel: the name, the key type, the optional name limits."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.pki.ca import constraint_warnings
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import Panel, named, wrapped, wrapping_form
from trustanchor.gui.theme import tone_css
from trustanchor.gui.view import SessionView

KEY_TYPE_LABELS = (
    (KeyType.EC_P256, QT_TRANSLATE_NOOP("ca_create",
                                        "ECDSA P-256 (recommended: fast, works everywhere)")),
    (KeyType.EC_P384, QT_TRANSLATE_NOOP("ca_create", "ECDSA P-384")),
    (KeyType.RSA_2048, QT_TRANSLATE_NOOP("ca_create", "RSA 2048 bits (for very old devices)")),
    (KeyType.RSA_3072, QT_TRANSLATE_NOOP("ca_create", "RSA 3072 bits")),
    (KeyType.RSA_4096, QT_TRANSLATE_NOOP("ca_create", "RSA 4096 bits (slow to create)")),
)
LIMIT_HELP = QT_TRANSLATE_NOOP(
    "ca_create",
    "Optional. A limited CA can only vouch for the names and address ranges below, so even if "
    "its key were stolen it could not fake other web sites. Current iPhones, Macs and browsers "
    "respect this, but it is not yet verified on every device. One entry per line: a domain "
    "(such as local or home.arpa) or an address range (such as 192.168.0.0/16).")


class CreatePanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = wrapping_form(self)
        self.name_edit = QLineEdit()
        named(self.name_edit, translate("ca_create", "CA name"),
              translate("ca_create", "Shown on your phone in Settings"))
        self.name_edit.textEdited.connect(lambda text: self.emit_edit(ca_name=text))
        form.addRow(translate("ca_create", "&Name (shown on your phone):"), self.name_edit)
        self.key_combo = QComboBox()
        for value, label in KEY_TYPE_LABELS:
            # Qt keeps the plain string
            self.key_combo.addItem(translate("ca_create", label), value.value)
        named(self.key_combo, translate("ca_create", "Key type"))
        # Sized to the field, not its longest item, so the page fits a small window.
        self.key_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.key_combo.setMinimumContentsLength(18)
        self.key_combo.activated.connect(self._on_key_combo_activated)
        form.addRow(translate("ca_create", "&Key type:"), self.key_combo)
        self.limit_box = QCheckBox(
            translate("ca_create", "&Limit this CA to my names"))
        named(self.limit_box, translate("ca_create", "Limit this CA to my names"),
              translate("ca_create", LIMIT_HELP))
        self.limit_box.toggled.connect(lambda on: self.emit_edit(limit_names=on))
        form.addRow(self.limit_box)
        self.limit_help = wrapped(translate("ca_create", LIMIT_HELP))
        form.addRow(self.limit_help)
        self.permitted_edit = QPlainTextEdit()
        named(self.permitted_edit,
              translate("ca_create", "Allowed names and address ranges, one per line"))
        self.permitted_edit.setTabChangesFocus(True)
        self.permitted_edit.setMaximumHeight(110)
        self.permitted_edit.textChanged.connect(self._on_permitted_edit_text_changed)
        form.addRow(self.permitted_edit)
        self.limit_warning = wrapped()
        self.limit_warning.setStyleSheet(tone_css("warning", self))
        form.addRow(self.limit_warning)

    def render_state(self, wizard: Wizard, view: SessionView) -> None:
        state = wizard.state
        if self.name_edit.text() != state.ca_name:
            self.name_edit.setText(state.ca_name)
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(str(state.key_type))))
        self.limit_box.setChecked(state.limit_names)
        for widget in (self.permitted_edit, self.limit_help, self.limit_warning):
            widget.setVisible(state.limit_names)
        if lines(self.permitted_edit.toPlainText()) != state.permitted:
            self.permitted_edit.setPlainText("\n".join(state.permitted))
        self.limit_warning.setText(_limit_warning(state.permitted) if state.limit_names else "")

    @Slot(int)
    def _on_key_combo_activated(self, index: int) -> None:
        self.emit_edit(key_type=KeyType(self.key_combo.itemData(index)))

    @Slot()
    def _on_permitted_edit_text_changed(self) -> None:
        self.emit_edit(permitted=lines(self.permitted_edit.toPlainText()))


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _limit_warning(permitted: tuple[str, ...]) -> str:
    try:
        return " ".join(core_sentence(warning) for warning in constraint_warnings(permitted))
    except InvalidNameError:
        return ""
