"""Trust on this computer: each trust store, what it means, whether it needs an administrator
password, and whether it trusts the CA (with the proof), plus Install / Remove per store family.

The panel renders a frozen core ``TrustStatus`` and nothing else. Its buttons only emit signals
with the store choice ("default", "user", "system", "nss", "java"); whoever owns the panel runs
the change in a worker and hands back a new status.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.trust.model import Proof, StoreKind, StoreStatus, TrustState, TrustStatus
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import named, wrapped
from trustanchor.gui.theme import Tone, scaled_font, tone_css

KIND_ORDER = (StoreKind.USER, StoreKind.NSS, StoreKind.SYSTEM, StoreKind.JAVA)
# Shown through translate("trust_here", ...).
KIND_TITLES = {
    StoreKind.USER: QT_TRANSLATE_NOOP("trust_here", "Your account"),
    StoreKind.NSS: QT_TRANSLATE_NOOP("trust_here", "Browsers with their own store"),
    StoreKind.SYSTEM: QT_TRANSLATE_NOOP("trust_here", "Every user of this computer"),
    StoreKind.JAVA: QT_TRANSLATE_NOOP("trust_here", "Java programs"),
}
KIND_NOTES = {
    StoreKind.USER: QT_TRANSLATE_NOOP("trust_here", "No administrator password needed."),
    StoreKind.NSS: QT_TRANSLATE_NOOP("trust_here", "No administrator password needed. Restart "
                                                   "the browser afterwards."),
    StoreKind.SYSTEM: QT_TRANSLATE_NOOP("trust_here", "Needs an administrator password."),
    StoreKind.JAVA: QT_TRANSLATE_NOOP("trust_here", "Only changed when you ask; the JDK's file "
                                                    "often belongs to an administrator."),
}
STATE_WORDS: dict[TrustState, tuple[str, Tone]] = {
    TrustState.TRUSTED: (QT_TRANSLATE_NOOP("trust_here", "✓ Trusted"), "ok"),
    TrustState.NOT_PRESENT: (QT_TRANSLATE_NOOP("trust_here", "— Not present"), "muted"),
    TrustState.UNKNOWN: (QT_TRANSLATE_NOOP("trust_here", "? Can't tell"), "warning"),
}
# The Install / Remove buttons of a store family: (text, text when it asks for a password,
# accessible name with the family's title).
ACTION_WORDS = {
    "install": (QT_TRANSLATE_NOOP("trust_here", "Install"),
                QT_TRANSLATE_NOOP("trust_here", "Install…"),
                QT_TRANSLATE_NOOP("trust_here", "Install in “{store}”")),
    "remove": (QT_TRANSLATE_NOOP("trust_here", "Remove"),
               QT_TRANSLATE_NOOP("trust_here", "Remove…"),
               QT_TRANSLATE_NOOP("trust_here", "Remove from “{store}”")),
}


class TrustHerePanel(QWidget):
    """Shows a TrustStatus; asks for changes only through its signals."""

    install_requested = Signal(str)  # a StoreChoice value
    remove_requested = Signal(str)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trust-here")
        self._layout = QVBoxLayout(self)
        title = wrapped(translate("trust_here", "Trust your CA on this computer too"))
        title.setFont(scaled_font(title, 1.4, bold=True))
        self._layout.addWidget(title)
        self.summary = wrapped(name=translate("trust_here", "Certificate"))
        self._layout.addWidget(self.summary)
        actions = QHBoxLayout()
        install = translate("trust_here", "Install where no password is needed")
        self.install_default = QPushButton(install)
        named(self.install_default, install, translate(
            "trust_here", "Adds the CA to the stores of your own account (and your browsers)"))
        self.install_default.clicked.connect(lambda: self.install_requested.emit("default"))
        self.refresh = QPushButton(translate("trust_here", "Check again"))
        named(self.refresh, translate("trust_here", "Check again"),
              translate("trust_here", "Reads every store again and repeats the proof"))
        self.refresh.clicked.connect(self.refresh_requested.emit)
        actions.addWidget(self.install_default)
        actions.addWidget(self.refresh)
        actions.addStretch(1)
        self._layout.addLayout(actions)
        self._groups = QVBoxLayout()
        self._layout.addLayout(self._groups)
        self.proof = wrapped(name=translate("trust_here", "Proof"))
        self._layout.addWidget(self.proof)
        self._layout.addStretch(1)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.state_labels: list[QLabel] = []
        self.render_status(None)

    # -- rendering ---------------------------------------------------------------------------

    def render_status(self, status: TrustStatus | None) -> None:
        """Show ``status`` (None: not read yet). Replaces everything shown before."""
        _clear(self._groups)
        self.buttons.clear()
        self.state_labels.clear()
        if status is None:
            self.summary.setText(translate("trust_here", "Reading this computer's trust stores…"))
            self.proof.setText("")
            return
        self.summary.setText(translate("trust_here", "“{name}”\nSHA-256 {fingerprint}").format(
            name=status.ca_name, fingerprint=status.fingerprint))
        if not status.stores:
            self._groups.addWidget(wrapped(
                translate("trust_here", "No trust store was found on this computer.")))
        for kind in KIND_ORDER:
            rows = status.of(kind)
            if rows:
                self._groups.addWidget(self._group(kind, rows))
        self.proof.setText(_proof_sentence(status.os_proof))
        tone: Tone = "muted" if status.os_proof is None else (
            "ok" if status.os_proof.passed else "warning")
        self.proof.setStyleSheet(tone_css(tone, self))

    def set_busy(self, busy: bool) -> None:
        """Disable every button while the owner runs a change."""
        for button in (self.install_default, self.refresh, *self.buttons.values()):
            button.setEnabled(not busy)

    def _group(self, kind: StoreKind, rows: tuple[StoreStatus, ...]) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        kind_title = translate("trust_here", KIND_TITLES[kind])
        frame.setAccessibleName(kind_title)
        box = QVBoxLayout(frame)
        head = QHBoxLayout()
        title = wrapped(kind_title)
        title.setFont(scaled_font(title, 1.1, bold=True))
        head.addWidget(title, 1)
        admin = any(row.needs_admin for row in rows)
        for action, (text, admin_text, name) in ACTION_WORDS.items():
            button = QPushButton(translate("trust_here", admin_text if admin else text))
            named(button, translate("trust_here", name).format(store=kind_title),
                  translate("trust_here", "Asks for an administrator password") if admin else "")
            signal = self.install_requested if action == "install" else self.remove_requested
            button.clicked.connect(lambda _=False, s=signal, v=kind.value: s.emit(v))
            self.buttons[(action, kind.value)] = button
            head.addWidget(button)
        box.addLayout(head)
        note = wrapped(translate("trust_here", KIND_NOTES[kind])
                       if not (kind is StoreKind.SYSTEM and not admin)
                       else translate("trust_here", "You are an administrator: no password "
                                                    "needed."))
        note.setStyleSheet(tone_css("muted", note))
        box.addWidget(note)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for index, row in enumerate(rows):
            self._row(grid, index, row)
        box.addLayout(grid)
        return frame

    def _row(self, grid: QGridLayout, index: int, row: StoreStatus) -> None:
        words, tone = STATE_WORDS[row.state]
        state = QLabel(translate("trust_here", words))
        state.setStyleSheet(tone_css(tone, state) + " font-weight: bold;")
        state.setAccessibleName(translate("trust_here", "{store}: {state}").format(
            store=row.label, state=state.text()))
        self.state_labels.append(state)
        lines = [translate("trust_here", "Used by {programs}.").format(programs=row.meaning),
                 row.location]
        if row.detail:
            lines.append(core_sentence(row.detail))
        if row.archived_present:
            lines.append(translate("trust_here", "Also holds older CA(s) {ids}: Remove takes "
                                                 "them out too.").format(
                ids=", ".join(row.archived_present)))
        if row.proof is not None and row.kind is StoreKind.NSS:
            lines.append(_proof_sentence(row.proof))
        name = QLabel(row.label)
        name.setFont(scaled_font(name, 1.0, bold=True))
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(name)
        column.addWidget(wrapped("\n".join(lines), name=row.label))
        grid.addWidget(state, index, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(column, index, 1)


def _proof_sentence(proof: Proof | None) -> str:
    if proof is None:
        return translate("trust_here", "Proof: not run yet (it needs the CA key to sign a test "
                                       "certificate).")
    if proof.detail:
        text = (translate("trust_here", "Proof passed — {method}: {detail}") if proof.passed
                else translate("trust_here", "Proof failed — {method}: {detail}"))
    else:
        text = (translate("trust_here", "Proof passed — {method}") if proof.passed
                else translate("trust_here", "Proof failed — {method}"))
    return text.format(method=core_sentence(proof.method), detail=core_sentence(proof.detail))


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
