""""Also trust it on this computer": the trust-store panel in a dialog of its own.

Opening the dialog only reads (core/flow/trust_ops.py `status`, in a worker). A store changes
only when the person clicks Install or Remove; that runs in a worker too and reads every store
again with the proof, so the panel always shows what the computer says now. One call at a time;
a failure is one sentence under the panel and changes nothing (the core puts back what it had
changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.flow import trust_ops
from trustanchor.core.trust.stores import StoreChoice
from trustanchor.gui.i18n import translate
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import wrapped
from trustanchor.gui.pages.trust_here import TrustHerePanel
from trustanchor.gui.theme import tone_css
from trustanchor.gui.worker import Worker

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome



def working_text(*, remove: bool, admin: bool) -> str:
    """What the dialog says while a store changes (whole sentences for the translators)."""
    if remove:
        return (translate("trust_dialog", "Removing your CA… The system may ask for an "
                                          "administrator password.") if admin
                else translate("trust_dialog", "Removing your CA…"))
    return (translate("trust_dialog", "Adding your CA… The system may ask for an administrator "
                                      "password.") if admin
            else translate("trust_dialog", "Adding your CA…"))


class TrustDialog(QDialog):
    """The CA in ``home`` on this computer's stores; ``ca`` (unlocked) lets the proof run.
    ``overrides`` moves the stores to test folders (None: this computer's real stores)."""

    def __init__(self, home: CAHome, ca: CertificateAuthority | None,
                 overrides: trust_ops.StoreOverrides | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("trust_dialog", "Trust your CA on this computer"))
        self.setObjectName("trust-dialog")
        self._home, self._ca = home, ca
        self._env = trust_ops.environment(overrides)
        self._worker: Worker | None = None
        self._started = False
        self.report: trust_ops.TrustReport | None = None
        layout = QVBoxLayout(self)
        self.panel = TrustHerePanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.panel)
        layout.addWidget(scroll, 1)
        self.progress = wrapped(name=translate("trust_dialog", "Progress"))
        self.progress.setStyleSheet(tone_css("muted", self.progress))
        self.message = wrapped(name=translate("trust_dialog", "Result"))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.install_requested.connect(self._on_panel_install_requested)
        self.panel.remove_requested.connect(self._on_panel_remove_requested)
        self.panel.refresh_requested.connect(self._on_panel_refresh_requested)
        self.resize(760, 680)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first time it opens: read, never change
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        """Read every store again (and prove it, with the CA at hand)."""
        home, env, ca = self._home, self._env, self._ca
        text = translate("trust_dialog", "Reading this computer's trust stores and proving them "
                                         "with a test connection…")
        self._run(lambda: trust_ops.status(home, env, ca), text, self._show_report)

    def change(self, choice: str, *, remove: bool) -> None:
        """Install into (or remove from) the stores ``choice`` names, then read them all again."""
        store = StoreChoice(choice)
        home, env, ca = self._home, self._env, self._ca
        text = working_text(remove=remove, admin=self._needs_admin(store))
        self._run(lambda: trust_ops.change(home, env, store, remove=remove, ca=ca), text,
                  lambda done: self._show_change(done, remove))

    def _needs_admin(self, store: StoreChoice) -> bool:
        if self.report is None or store is StoreChoice.DEFAULT:
            return False
        return any(row.needs_admin for row in self.report.status.stores
                   if row.kind.value == store.value or store is StoreChoice.ALL)

    def _run(self, job: Callable[[], Any], text: str, done: Callable[[Any], None]) -> None:
        if self._worker is not None:
            return  # one call at a time; the buttons are disabled meanwhile anyway
        worker = Worker(job)
        worker.returned.connect(done)
        worker.errored.connect(self._on_worker_errored)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        self.panel.set_busy(True)
        self.progress.setText(text)
        self.message.setText("")
        worker.start()

    def _show_report(self, report: trust_ops.TrustReport) -> None:
        self.report = report
        self.panel.render_status(report.status)

    def _show_change(self, done: trust_ops.TrustChange, remove: bool) -> None:
        self._show_report(done.report)
        where = ", ".join(dict.fromkeys(change.store for change in done.changes))
        self._say(translate("trust_dialog", "Removed from {stores}.").format(stores=where)
                  if remove else
                  translate("trust_dialog", "Added to {stores}. Restart your browsers to see it.")
                  .format(stores=where), "ok")

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(tone_css("ok" if tone == "ok" else "error", self.message))

    @Slot(object)
    def _on_worker_errored(self, exc: BaseException) -> None:
        self._say(describe_error(exc), "error")
        if self.report is None:  # the first read failed: show the panel without rows
            self.panel.summary.setText(translate("trust_dialog",
                                                 "The trust stores could not be read."))

    @Slot()
    def _on_worker_finished(self) -> None:
        self._worker = None
        self.progress.setText("")
        self.panel.set_busy(False)

    @Slot(str)
    def _on_panel_install_requested(self, choice: str) -> None:
        self.change(choice, remove=False)

    @Slot(str)
    def _on_panel_remove_requested(self, choice: str) -> None:
        self.change(choice, remove=True)

    @Slot()
    def _on_panel_refresh_requested(self) -> None:
        self.refresh()
