"""Your CA: one panel per choice (create, import, use the stored one), stacked under the choice.

The panels are in gui/pages/ca_create.py, ca_import.py and ca_unlock.py, with the passphrase box
for a new or imported CA in ca_protect.py. This page only shows the choice, stacks the panels,
forwards their edits and requests, and collects what was typed that the model never keeps.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from trustanchor.core.flow.state import CAChoice, Step
from trustanchor.core.flow.wizard import PASSPHRASE_HINT, Wizard
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.pages.base import Page, Panel, fitting_row, named, wrapped
from trustanchor.gui.pages.ca_create import CreatePanel
from trustanchor.gui.pages.ca_import import ImportPanel
from trustanchor.gui.pages.ca_protect import ProtectPanel
from trustanchor.gui.pages.ca_unlock import UnlockPanel
from trustanchor.gui.session import Secrets
from trustanchor.gui.view import ImportPreview, ImportRequest

REPLACE_HELP = QT_TRANSLATE_NOOP("ca", "The current CA is kept in the archive folder; phones "
                                       "that trust it must install the new one.")
CHOICES = ((CAChoice.CREATE, QT_TRANSLATE_NOOP("ca", "Create a new CA")),
           (CAChoice.IMPORT, QT_TRANSLATE_NOOP("ca", "Import a CA I already have")),
           (CAChoice.REUSE, QT_TRANSLATE_NOOP("ca", "Use my existing CA")))


class CAPage(Page):
    step = Step.CA
    tr_context = "ca"
    subtitle = QT_TRANSLATE_NOOP("ca", "Your own certificate authority vouches for your servers. "
                                       "Your phone will trust what it signs.")

    import_changed = Signal()  # the import inputs changed: forget the file read before
    preview_requested = Signal(object)  # ImportRequest: read this file (nothing is saved)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_choice()
        self.create_panel, self.import_panel = CreatePanel(), ImportPanel()
        self.unlock_panel = UnlockPanel()
        self.protect_panel = ProtectPanel()
        self.panels: tuple[Panel, ...] = (self.create_panel, self.import_panel, self.unlock_panel)
        self.modes = QStackedWidget()
        for panel in self.panels:
            self.modes.addWidget(panel)
        self.body.addWidget(self.modes)
        self.body.addWidget(self.protect_panel)
        for part in (*self.panels, self.protect_panel):
            part.edited.connect(self.forward_edit)
        self.import_panel.import_changed.connect(self.import_changed)
        self.import_panel.preview_requested.connect(self._on_import_panel_preview_requested)
        # The panels' fields, also reachable from the page (tests and scripts fill them in).
        create, importer, protect = self.create_panel, self.import_panel, self.protect_panel
        self.name_edit, self.key_combo = create.name_edit, create.key_combo
        self.limit_box = create.limit_box
        self.import_path, self.import_key = importer.import_path, importer.import_key
        self.import_password, self.import_status = importer.import_password, importer.import_status
        self.unlock_edit = self.unlock_panel.unlock_edit
        self.protect_box, self.pass_message = protect.protect_box, protect.pass_message
        self.pass_edit, self.confirm_edit = protect.pass_edit, protect.confirm_edit

    def _build_choice(self) -> None:
        self.choice_group = QButtonGroup(self)
        self.choice_buttons: dict[CAChoice, QRadioButton] = {}
        for choice, source in CHOICES:
            text = translate("ca", source)
            button = QRadioButton(text)
            named(button, text)
            self.choice_group.addButton(button)
            self.choice_buttons[choice] = button
            button.toggled.connect(self._on_choice_button_toggled)
        self.body.addLayout(fitting_row(list(self.choice_buttons.values())))
        # A short box and a wrapped note: a long check box text would set the page's minimum
        # width (a horizontal scroll bar in a small window).
        self.replace_box = QCheckBox(translate("ca", "&Replace my current CA"))
        named(self.replace_box, translate("ca", "Replace my current CA"),
              translate("ca", REPLACE_HELP))
        self.replace_box.toggled.connect(lambda on: self.emit_edit(replace_existing=on))
        self.body.addWidget(self.replace_box)
        self.replace_note = wrapped(translate("ca", REPLACE_HELP))
        self.body.addWidget(self.replace_note)

    def render_state(self, wizard: Wizard) -> None:
        state, facts = wizard.state, wizard.state.facts
        self.choice_buttons[state.ca_choice].setChecked(True)
        self.choice_buttons[CAChoice.REUSE].setEnabled(facts.ca_in_home)
        current = list(CAChoice).index(state.ca_choice)
        self.modes.setCurrentIndex(current)
        for index, panel in enumerate(self.panels):  # size the stack to the shown panel only
            panel.setSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored)
        self.modes.adjustSize()
        replacing_offered = facts.ca_in_home and state.ca_choice is not CAChoice.REUSE
        self.replace_box.setVisible(replacing_offered)
        self.replace_note.setVisible(replacing_offered)
        self.replace_box.setChecked(state.replace_existing)
        self.protect_panel.setVisible(state.ca_choice is not CAChoice.REUSE)
        for part in (*self.panels, self.protect_panel):
            part.render_state(wizard, self.view)

    def first_field(self, wizard: Wizard) -> QWidget | None:
        focus = {CAChoice.CREATE: self.name_edit, CAChoice.IMPORT: self.import_path,
                 CAChoice.REUSE: self.unlock_edit}[wizard.state.ca_choice]
        return focus if focus.isVisibleTo(self) else None

    def show_hints(self, hints: tuple[str, ...]) -> None:
        # The passphrase box says what is wrong with the passphrase right under it: once.
        shown = self.pass_message.text()
        super().show_hints(tuple(h for h in hints if not (shown and h == PASSPHRASE_HINT)))

    def secrets(self) -> Secrets:
        choice = next(c for c, b in self.choice_buttons.items() if b.isChecked())
        typed = self.unlock_edit.text() if choice is CAChoice.REUSE else self.pass_edit.text()
        return Secrets(passphrase=typed, import_password=self.import_password.text())

    def show_import_result(self, request: ImportRequest, preview: ImportPreview | None,
                           message: str) -> None:
        """The controller's answer to `preview_requested`."""
        self.set_busy(False)
        self.import_panel.show_result(request, preview, message)

    @Slot(object)
    def _on_import_panel_preview_requested(self, request: ImportRequest) -> None:
        self.set_busy(True, translate("ca", "Reading the file…"))
        self.preview_requested.emit(request)

    @Slot(bool)
    def _on_choice_button_toggled(self, on: bool) -> None:
        if not on:
            return
        for choice, button in self.choice_buttons.items():
            if button.isChecked():
                self.emit_edit(ca_choice=choice, passphrase_set=self._passphrase_ok(choice))

    def _passphrase_ok(self, choice: CAChoice) -> bool:
        if choice is CAChoice.REUSE:
            return bool(self.unlock_edit.text())
        return self.protect_panel.passphrase_ok
