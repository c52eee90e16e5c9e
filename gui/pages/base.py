"""What every page shares: render from the model, report edits, show hints, errors and work.

A page renders read-only facts: the model (`Wizard`, immutable) and a frozen `SessionView`
(gui/view.py). It reports typed edits (`edited`, a `WizardEdits` dict) and requests (its own
signals), which the window hands to the controller; it never holds the session. A page never
decides navigation either. It exposes `valid` (its own inputs are complete, beyond what the model
checks), `busy` (it runs something) and `error` (what failed, in words); the window reads those
and the model to enable Back and Next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Unpack

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.flow.state import Step, WizardEdits
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.session import Secrets
from trustanchor.gui.steps import step_title
from trustanchor.gui.theme import tone_css
from trustanchor.gui.view import SessionView


def wrapped(text: str = "", *, name: str | None = None, rich: bool = False,
            static: bool = False) -> QLabel:
    """A word-wrapped label whose text can be selected and read by screen readers.

    `static` labels (fixed text of ours, on the first page) skip the text-format settings:
    the first use of the `Qt` namespace costs about 25 ms, which the first window avoids.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    if not static:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    if rich:
        label.setOpenExternalLinks(True)
    label.setAccessibleName(name or text[:80])
    return label


def set_plain_text(label: QLabel, text: str) -> None:
    """Show `text` literally (it may hold what a person typed), never as rich text."""
    if text and not label.property("plain"):
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("plain", True)
    label.setText(text)


# The widest row of controls that fits beside each other in the window's smallest size.
ROW_ROOM = 520


def fitting_row(widgets: list[QWidget], room: int = ROW_ROOM) -> QBoxLayout:
    """The widgets side by side where they fit in `room` pixels (English), else one under
    another: a row wider than the page would make it scroll sideways in a small window."""
    spacing = 12 * max(0, len(widgets) - 1)
    wide = sum(widget.sizeHint().width() for widget in widgets) + spacing > room
    row: QBoxLayout = QVBoxLayout() if wide else QHBoxLayout()
    if wide:  # buttons keep their own width in the column
        from PySide6.QtCore import Qt  # not at import: see wrapped()
    for widget in widgets:
        row.addWidget(widget)
        if wide:
            row.setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
    row.addStretch(1)
    return row


def wrapping_form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose field moves under its label when both do not fit side by side (a long
    label in another language), instead of making the page scroll sideways."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def add_path_row(form: QFormLayout, label: str, edit: QLineEdit, edit_name: str,
                 buttons: list[tuple[str, str, Callable[[], None]]]) -> None:
    """A form row with a path field and its Choose… buttons, each (text, accessible name,
    slot). `label` carries the field's mnemonic (its `&` letter)."""
    named(edit, edit_name)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    for text, name, slot in buttons:
        button = QPushButton(text)
        named(button, name)
        button.clicked.connect(slot)
        row.addWidget(button)
    buddy = QLabel(label)
    buddy.setBuddy(edit)
    form.addRow(buddy, row)


class Page(QWidget):
    """Base class of the wizard pages."""

    step: ClassVar[Step]
    # The page module's name: the translation context of the sentences kept in class
    # attributes (`subtitle`, marked with QT_TRANSLATE_NOOP under the same name).
    tr_context: ClassVar[str] = "base"
    subtitle: ClassVar[str] = ""

    edited = Signal(object)  # a WizardEdits dict for Wizard.edit(**changes), passed as is
    status_changed = Signal()  # valid / busy / error changed
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = SessionView()  # the last one rendered (read-only)
        self._rendering = False
        self._valid = True
        self._busy = False
        self._error = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
        outer.addStretch(1)
        outer.addLayout(self._build_footer())
        self.setAccessibleName(self.title)

    def _build_footer(self) -> QLayout:
        footer = QVBoxLayout()
        self._hints = wrapped(name=translate("base", "What to fix"), static=True)
        self._hints.setStyleSheet(tone_css("warning", self))
        # Always there, one line high even when empty: a hint appearing never changes the
        # page's height (which could bring in a scroll bar and make every field narrower).
        self._hints.setMinimumHeight(self._hints.fontMetrics().lineSpacing())
        self._error_box = QFrame()
        self._error_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(self._error_box)
        self._error_label = wrapped(name=translate("base", "Error"), static=True)
        self._error_label.setStyleSheet(tone_css("error", self))
        box.addWidget(self._error_label, 1)
        self._error_box.hide()
        self._busy_row = QWidget()
        row = QHBoxLayout(self._busy_row)
        row.setContentsMargins(0, 0, 0, 0)
        self._busy_label = wrapped(name=translate("base", "Working"), static=True)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # indeterminate: core calls report no fractions
        self._progress.setAccessibleName(translate("base", "Progress"))
        self._progress.setMaximumWidth(220)
        self._cancel = QPushButton(translate("base", "Cancel"))
        self._cancel.setAccessibleName(translate("base", "Cancel the running task"))
        self._cancel.clicked.connect(self.cancel_requested)
        row.addWidget(self._busy_label, 1)
        row.addWidget(self._progress)
        row.addWidget(self._cancel)
        self._busy_row.hide()
        footer.addWidget(self._hints)
        footer.addWidget(self._error_box)
        footer.addWidget(self._busy_row)
        return footer

    # -- what the window reads ---------------------------------------------------------------

    @property
    def title(self) -> str:
        return step_title(self.step)

    @property
    def valid(self) -> bool:
        return self._valid

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def error(self) -> str:
        return self._error

    def set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self.status_changed.emit()

    def set_error(self, text: str) -> None:
        self._error = text
        set_plain_text(self._error_label, text)
        self._error_label.setAccessibleName(
            translate("base", "Error: {text}").format(text=text) if text
            else translate("base", "Error"))
        self._error_box.setVisible(bool(text))
        self.status_changed.emit()

    def set_busy(self, busy: bool, text: str = "", *, cancellable: bool = False) -> None:
        self._busy = busy
        set_plain_text(self._busy_label, text)
        self._cancel.setVisible(cancellable)
        self._busy_row.setVisible(busy)
        self.status_changed.emit()

    def show_hints(self, hints: tuple[str, ...]) -> None:
        hints = tuple(core_sentence(hint) for hint in hints)
        set_plain_text(self._hints, "\n".join(hints))
        self._hints.setAccessibleName(
            translate("base", "What to fix: {hints}").format(hints=" ".join(hints)) if hints
            else "")

    # -- model in, edits out -----------------------------------------------------------------

    def show_state(self, wizard: Wizard, view: SessionView) -> None:
        """Render the model and the session's view; edits made by rendering are not reported
        back."""
        self.view = view
        self._rendering = True
        try:
            self.render_state(wizard)
        finally:
            self._rendering = False

    def render_state(self, wizard: Wizard) -> None:
        """Subclasses update their widgets from `wizard.state` and `self.view`."""

    def entered(self, wizard: Wizard) -> None:
        """Called when the page becomes the current one."""

    def first_field(self, wizard: Wizard) -> QWidget | None:
        """The field that gets the keyboard focus when the page opens (None: Next gets it)."""
        return None

    def subtitle_for(self, wizard: Wizard) -> str:
        """The line under the title; pages whose summary depends on the facts override it."""
        return translate(self.tr_context, self.subtitle) if self.subtitle else ""

    def secrets(self) -> Secrets:
        return Secrets()

    def emit_edit(self, **changes: Unpack[WizardEdits]) -> None:
        self.forward_edit(changes)

    def forward_edit(self, changes: WizardEdits) -> None:
        """Report `changes` (from this page or one of its panels), unless rendering made them."""
        if not self._rendering:
            self.edited.emit(changes)


class Panel(QWidget):
    """A part of a page (the CA page's create, import and unlock panels): renders the model and
    the session's view, reports typed edits through `edited`; the page forwards them."""

    edited = Signal(object)  # a WizardEdits dict

    def emit_edit(self, **changes: Unpack[WizardEdits]) -> None:
        self.edited.emit(changes)

    def render_state(self, wizard: Wizard, view: SessionView) -> None:
        """Subclasses update their widgets."""
