"""The wizard window's core calls: run a step's call in a worker and record its outcome.

`WizardWindow` (gui/window.py) builds on this class; it owns the pages, the buttons and the
model. This half starts workers (one at a time), applies what they return through the session,
records what the publishing server reports, and answers the Publish and Done pages' requests
(publish on another address, stop publishing, issue another certificate).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMainWindow

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.flow.state import Action, Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.bridge import PublishBridge
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import Page
from trustanchor.gui.session import Session
from trustanchor.gui.worker import Worker

if TYPE_CHECKING:  # loaded after the first window is on screen (gui/app.py)
    from trustanchor.core.publish.server import PublishEvent

# The window's logger name, so the log file reads as it did before this module was split off.
log = logging.getLogger("trustanchor.gui.window")

# What the page says while the call runs.
BUSY_TEXTS = {
    Action.CREATE_CA: "Creating your CA (an RSA 4096 key takes a few seconds)…",
    Action.IMPORT_CA: "Saving the imported CA…", Action.LOAD_CA: "Unlocking your CA…",
    Action.ISSUE_CERT: "Making and saving the certificate…",
    Action.START_PUBLISHING: "Starting to publish on your network…",
}
# Calls the window makes as soon as their page opens, and that never move on by themselves.
AUTOMATIC_ACTIONS = frozenset({Action.START_PUBLISHING})


class ActionWindow(QMainWindow):
    """Runs the core calls and answers the Publish and Done pages' requests. `WizardWindow` sets
    `wizard` and `session` and provides the page and refresh methods declared below."""

    wizard: Wizard
    session: Session | None

    def __init__(self) -> None:
        super().__init__()
        self._worker: Worker | None = None
        self._worker_action: Action | None = None
        self._advance_after = False
        self.bridge = PublishBridge(self)
        self.bridge.published.connect(self._on_bridge_event)

    if TYPE_CHECKING:  # provided by WizardWindow, declared here for the type checker only
        @property
        def page(self) -> Page: ...

        def set_wizard(self, wizard: Wizard) -> None: ...

        def _refresh(self) -> None: ...

        def _update_buttons(self) -> None: ...

    def _run_action(self, action: Action, *, advance: bool) -> None:
        page, session = self.page, self.session
        if session is None:
            return
        try:
            job = session.job(action, self.wizard.state, page.secrets())
        except (ValueError, TrustAnchorError) as exc:
            page.set_error(describe_error(exc))
            return
        self._start_worker(Worker(job), action, advance, BUSY_TEXTS[action])

    def _start_worker(self, worker: Worker, action: Action | None, advance: bool,
                      text: str) -> None:
        self._worker, self._worker_action, self._advance_after = worker, action, advance
        worker.returned.connect(self._on_action_returned)
        worker.errored.connect(self._on_action_errored)
        worker.finished.connect(self._on_action_finished)
        self.page.set_error("")
        self.page.set_busy(True, text)
        self._update_buttons()
        worker.start()

    @Slot(object)
    def _on_action_returned(self, result: object) -> None:
        action = self._worker_action
        assert self.session is not None  # workers run only once the wizard has started
        if action is None:  # stopping publishing
            wizard = self.session.apply_publisher(None, self.wizard)
        else:
            wizard = self.session.apply(action, result, self.wizard)
        if self._advance_after and wizard.can_advance():
            wizard = wizard.advance()
        self._worker = None
        self.page.set_busy(False)
        self.set_wizard(wizard)

    @Slot(object)
    def _on_action_errored(self, exc: BaseException) -> None:
        self._worker = None
        self.page.set_busy(False)
        self.page.set_error(describe_error(exc))
        self._refresh()

    @Slot()
    def _on_action_finished(self) -> None:
        if self._worker is not None and not self._worker.is_running:
            self._worker = None
        self._update_buttons()

    @Slot(object)
    def _on_bridge_event(self, event: PublishEvent) -> None:
        device = event.device
        log.info("publishing: %s from %s (%s)", event.kind, event.address, device.label)
        self.set_wizard(self.wizard.record_event(
            event.kind, address=event.address, platform=device.platform,
            os_version=device.os_version, label=device.label, browser=device.browser))

    @Slot(str)
    def _on_address_chosen(self, address: str) -> None:
        if self._worker is None and self.session is not None and self.session.ca is not None:
            worker = Worker(self.session.publish_job(address))
            self._start_worker(worker, Action.START_PUBLISHING, False,
                               f"Publishing on {address}…")

    @Slot()
    def _on_stop_publishing(self) -> None:
        if (self._worker is None and self.session is not None
                and self.session.publisher is not None):
            self._start_worker(Worker(self.session.stop_job()), None, False,
                               "Stopping publishing…")

    @Slot()
    def _on_done_jump(self) -> None:
        if self._worker is None:
            self.set_wizard(self.wizard.jump(Step.SERVER_CERT).edit(overwrite_files=False))
