""""Renew automatically": set up Caddy's ACME server with an intermediate under the root, and
watch it (core/flow/acme_ops.py, the same calls as `trustanchor acme setup|status`).

Every core call runs in a worker, one at a time: reading the CA on open, "Set up", "Renew
intermediate" (the same inputs, replacing the earlier setup) and "Check status" (a TLS request
with a five-second bound). The CA the wizard has unlocked already is used as is; otherwise the
dialog asks for the passphrase, which goes to the worker and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.errors import OutputFileError
from trustanchor.core.flow import acme_ops
from trustanchor.gui.acme_text import status_lines
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_date, translate
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import named, wrapped, wrapping_form
from trustanchor.gui.theme import Tone, monospace_font, scaled_font, tone_css
from trustanchor.gui.worker import Worker

if TYPE_CHECKING:
    from trustanchor.core.acme.status import AcmeStatus
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome

# Mirrors core/acme/caddy.py and core/pki/intermediate.py; those modules load in the worker.
DEFAULT_PORT = 9443
DEFAULT_LIFETIME, MIN_LIFETIME, MAX_LIFETIME = 730, 7, 1825
EXPLANATION = QT_TRANSLATE_NOOP(
    "acme_dialog",
    "Caddy, a small web server, can run an ACME server that signs certificates for every server "
    "in your home with an intermediate CA that TrustAnchor issues under your root, while your "
    "root's key stays here. Clients such as certbot, acme.sh, Traefik and Home Assistant then "
    "renew their certificates by themselves, and every device that trusts your root trusts them.")
EXISTS = QT_TRANSLATE_NOOP("acme_dialog", "This folder already holds an ACME setup; choose "
                           "another folder, or use Renew intermediate to replace it.")


@dataclass(frozen=True)
class CAFacts:
    """What the dialog needs to know about the CA before anything is asked."""

    can_delegate: bool
    needs_passphrase: bool
    saved: acme_ops.AcmeRequest | None  # the names and port of a setup already in the folder


def read_facts(home: CAHome, unlocked: bool, out: Path) -> CAFacts:
    """On a worker: may the root delegate, is a passphrase needed, is there a setup in ``out``."""
    from trustanchor.core.acme.bundle import SETTINGS_FILE

    needs = not unlocked and home.key_is_encrypted()
    saved = acme_ops.saved_request(out) if (out / SETTINGS_FILE).is_file() else None
    return CAFacts(acme_ops.can_delegate(home), needs, saved)


def sentence(text: str) -> str:
    """The core's messages are written for the command line's "trustanchor: ..." line; in the
    dialog they stand alone, so they start with a capital and end with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class AcmeDialog(QDialog):
    """Set up and check Caddy's ACME server for the CA in ``home`` (``ca``: unlocked, or None)."""

    def __init__(self, home: CAHome, ca: CertificateAuthority | None, names: tuple[str, ...],
                 out: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("acme_dialog", "Renew certificates automatically"))
        self.setObjectName("acme-dialog")
        self._home, self._ca = home, ca
        self._worker: Worker | None = None
        self._started = False
        self._after: Callable[[], None] | None = None
        self._bind: str | None = None  # kept from an earlier setup (the CLI's --bind)
        self.facts: CAFacts | None = None
        self.setup_result: acme_ops.AcmeSetup | None = None
        self.status: AcmeStatus | None = None  # the last status shown
        outer = QVBoxLayout(self)
        # Everything but Close scrolls: wrapped sentences in a longer language, the files
        # written and the status can be taller than the dialog, and a top-level layout
        # would squeeze them (it does not give word-wrapped labels the height they need).
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        title = QLabel(translate("acme_dialog", "Renew certificates automatically"))
        title.setFont(scaled_font(title, 1.4, bold=True))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(wrapped(translate("acme_dialog", EXPLANATION),
                                 name=translate("acme_dialog", "What Caddy does")))
        self.refusal = wrapped(name=translate("acme_dialog", "Refusal"))
        self.refusal.setStyleSheet(tone_css("error", self.refusal))
        self.refusal.hide()
        layout.addWidget(self.refusal)
        layout.addLayout(self._build_form(names, out))
        self.setup_button = QPushButton(translate("acme_dialog", "&Set up"))
        named(self.setup_button, translate("acme_dialog", "Set up the ACME server"),
              translate("acme_dialog",
                        "Issues the intermediate and writes Caddy's files into the folder"))
        self.setup_button.clicked.connect(self._on_setup_clicked)
        row = QHBoxLayout()
        row.addWidget(self.setup_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._build_result())
        layout.addWidget(self._build_status())
        self.progress = wrapped(name=translate("acme_dialog", "Progress"))
        self.progress.setStyleSheet(tone_css("muted", self.progress))
        self.message = wrapped(name=translate("acme_dialog", "Result"))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(720, 760)

    # -- building ------------------------------------------------------------------------------

    def _build_form(self, names: tuple[str, ...], out: Path) -> QFormLayout:
        form = wrapping_form()
        self.folder = QLineEdit(str(out))
        named(self.folder, translate("acme_dialog", "Folder for Caddy's files"))
        choose = QPushButton(translate("acme_dialog", "Choose…"))
        named(choose, translate("acme_dialog", "Choose the folder for Caddy's files"))
        choose.clicked.connect(self._on_choose_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_label = QLabel(translate("acme_dialog", "&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.names = QLineEdit(", ".join(names))
        named(self.names, translate("acme_dialog", "Names of the ACME server"),
              translate("acme_dialog", "The names and addresses clients reach the ACME server "
                                       "by, separated by commas"))
        form.addRow(translate("acme_dialog", "&Names:"), self.names)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        named(self.port, translate("acme_dialog", "HTTPS port of the ACME server"))
        form.addRow(translate("acme_dialog", "&Port:"), self.port)
        self.lifetime = QSpinBox()
        self.lifetime.setRange(MIN_LIFETIME, MAX_LIFETIME)
        self.lifetime.setValue(DEFAULT_LIFETIME)
        # The suffix follows the number in the box (its leading space included).
        self.lifetime.setSuffix(translate("acme_dialog", " days"))
        named(self.lifetime, translate("acme_dialog", "Lifetime of the intermediate"),
              translate("acme_dialog", "Two years is usual; it never outlives your root"))
        form.addRow(translate("acme_dialog", "&Intermediate lifetime:"), self.lifetime)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.passphrase, translate("acme_dialog", "Passphrase of the CA key"))
        self.passphrase_label = QLabel(translate("acme_dialog", "CA &passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        self._show_passphrase(False)
        return form

    def _build_result(self) -> QGroupBox:
        self.result_box = QGroupBox(translate("acme_dialog", "Written"))
        box = QVBoxLayout(self.result_box)
        self.files = wrapped(name=translate("acme_dialog", "Files written"))
        self.files.setFont(monospace_font())
        self.directory = QLineEdit()
        self.directory.setReadOnly(True)
        self.directory.setFont(monospace_font())
        named(self.directory, translate("acme_dialog", "ACME directory URL"))
        self.start_hint = wrapped(name=translate("acme_dialog", "How to start Caddy"))
        self.clients_button = QPushButton(translate("acme_dialog", "Open clients.md"))
        named(self.clients_button, translate("acme_dialog", "Open clients.md"),
              translate("acme_dialog", "The settings for each ACME client"))
        self.clients_button.clicked.connect(self._on_clients_clicked)
        # The URL gets the row's whole width (its label above it): it is the line people
        # copy, and beside a label in a longer language the field would show only its end.
        directory_label = QLabel(translate("acme_dialog", "Directory URL for clients:"))
        directory_label.setWordWrap(True)
        directory_label.setBuddy(self.directory)
        directory_row = QHBoxLayout()
        directory_row.addWidget(self.directory, 1)
        directory_row.addWidget(self.clients_button)
        box.addWidget(self.files)
        box.addWidget(directory_label)
        box.addLayout(directory_row)
        box.addWidget(self.start_hint)
        self.result_box.hide()
        return self.result_box

    def _build_status(self) -> QGroupBox:
        group = QGroupBox(translate("acme_dialog", "Status"))
        box = QVBoxLayout(group)
        self.status_label = wrapped(translate("acme_dialog", "Not checked yet."),
                                    name=translate("acme_dialog", "ACME server status"))
        box.addWidget(self.status_label)
        row = QHBoxLayout()
        self.status_button = QPushButton(translate("acme_dialog", "&Check status"))
        named(self.status_button, translate("acme_dialog", "Check the ACME server's status"))
        self.status_button.clicked.connect(self._on_status_clicked)
        self.renew_button = QPushButton(translate("acme_dialog", "&Renew intermediate"))
        named(self.renew_button, translate("acme_dialog", "Renew the intermediate"),
              translate("acme_dialog", "Issues a new intermediate with the same settings and "
                                       "replaces the files; restart Caddy afterwards"))
        self.renew_button.clicked.connect(self._on_renew_clicked)
        row.addWidget(self.status_button)
        row.addWidget(self.renew_button)
        row.addStretch(1)
        box.addLayout(row)
        return group

    # -- what the dialog runs --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            home, unlocked, out = self._home, self._ca is not None, self._out()
            self._run(lambda: read_facts(home, unlocked, out),
                      translate("acme_dialog", "Reading your CA…"), self._show_facts)

    def request(self, *, force: bool) -> acme_ops.AcmeRequest:
        names = tuple(n for n in re.split(r"[,\s]+", self.names.text()) if n)
        return acme_ops.AcmeRequest(out=self._out(), names=names, port=self.port.value(),
                                    bind=self._bind, lifetime=self.lifetime.value(), force=force)

    def set_up(self, *, force: bool = False) -> None:
        """Issue the intermediate and write the folder (``force``: replace an earlier one)."""
        home, ca, request = self._home, self._ca, self.request(force=force)
        secret = self.passphrase.text().encode() if self._ca is None else None
        text = (translate("acme_dialog", "Renewing the intermediate…") if force
                else translate("acme_dialog", "Issuing the intermediate…"))
        self._run(lambda: acme_ops.setup_with(home, ca, secret or None, request), text,
                  self._show_setup)

    def check_status(self) -> None:
        out = self._out()
        self._run(lambda: acme_ops.status(out), translate("acme_dialog", "Asking the ACME server…"),
                  self._show_status)

    def _out(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def _run(self, job: Callable[[], Any], text: str, done: Callable[[Any], None]) -> None:
        if self._worker is not None:
            return
        worker = Worker(job)
        worker.returned.connect(done)
        worker.errored.connect(self._on_worker_errored)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        self._set_busy(True)
        self.progress.setText(text)
        self.message.setText("")
        worker.start()

    def _set_busy(self, busy: bool) -> None:
        refused = self.facts is not None and not self.facts.can_delegate
        self.setup_button.setEnabled(not busy and not refused)
        self.renew_button.setEnabled(not busy and not refused)
        self.status_button.setEnabled(not busy)

    # -- results (UI thread) -------------------------------------------------------------------

    def _show_facts(self, facts: CAFacts) -> None:
        self.facts = facts
        self._show_passphrase(facts.needs_passphrase)
        if not facts.can_delegate:
            from trustanchor.core.pki.intermediate import PATHLEN_ZERO

            self.refusal.setText(sentence(PATHLEN_ZERO))
            self.refusal.show()
        elif facts.saved is not None:  # renewing uses the names and port it was set up with
            self.names.setText(", ".join(facts.saved.names))
            if facts.saved.port is not None:
                self.port.setValue(facts.saved.port)
            self._bind = facts.saved.bind
            self._finish_then(self.check_status)

    def _show_setup(self, done: acme_ops.AcmeSetup) -> None:
        self.setup_result = done
        self.passphrase.clear()
        self.files.setText("\n".join(str(path) for path in done.written))
        self.directory.setText(done.site.directory_url)
        self.start_hint.setText(translate("acme_dialog", "Start Caddy with: {command}\nThe "
                                                         "intermediate “{name}” is valid until "
                                                         "{date}; your root's key stayed in "
                                                         "the CA folder.")
                                .format(command=f"sh {done.run_script}",
                                        name=done.intermediate.name,
                                        date=format_date(done.intermediate.not_after)))
        self.result_box.show()
        self._say(translate("acme_dialog", "Set up. Start Caddy, then point your clients at the "
                                           "directory URL."), "ok")

    def _show_status(self, status: AcmeStatus) -> None:
        self.status = status
        text, tone = status_lines(status)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(tone_css(tone, self.status_label))

    def _say(self, text: str, tone: Tone) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(tone_css(tone, self.message))

    def _show_passphrase(self, visible: bool) -> None:
        self.passphrase.setVisible(visible)
        self.passphrase_label.setVisible(visible)

    def _finish_then(self, call: Callable[[], None]) -> None:
        """Run ``call`` once the current worker has finished (one worker at a time). Kept here
        rather than connected to the worker: its ``finished`` may be queued already."""
        if self._worker is None:
            call()
        else:
            self._after = call

    @Slot(object)
    def _on_worker_errored(self, exc: BaseException) -> None:
        if isinstance(exc, OutputFileError) and exc.exists:
            self._say(translate("acme_dialog", EXISTS), "error")
        else:
            self._say(sentence(describe_error(exc)), "error")

    @Slot()
    def _on_worker_finished(self) -> None:
        self._worker = None
        self.progress.setText("")
        self._set_busy(False)
        after, self._after = self._after, None
        if after is not None:
            after()

    @Slot()
    def _on_setup_clicked(self) -> None:
        self.set_up(force=False)

    @Slot()
    def _on_renew_clicked(self) -> None:
        self.set_up(force=True)

    @Slot()
    def _on_status_clicked(self) -> None:
        self.check_status()

    @Slot()
    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("acme_dialog",
                                                                  "Folder for Caddy's files"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def _on_clients_clicked(self) -> None:
        if self.setup_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.setup_result.clients_file)))
