"""The wizard's controller: owns the model, the session and the worker runs; no widgets.

The window (gui/window.py) composes one `WizardController`. It hands over edits and requests
from the pages; the controller applies edits to the model (`Wizard`), runs each core call in a
worker (one at a time), records the outcome through the session, and reports back with
signals: the new model, work started / failed / ended, and the import preview's result. Pages
never see the session: they get a frozen `SessionView` (gui/view.py) from `view()`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.flow.state import Action, RecordedCert, Step, WizardEdits, WizardState
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.bridge import PublishBridge
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import describe_error
from trustanchor.gui.session import Secrets, Session, preview_import
from trustanchor.gui.view import ImportPreview, ImportRequest, SessionView
from trustanchor.gui.worker import Worker

if TYPE_CHECKING:  # loaded after the first window is on screen (gui/app.py)
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.publish.server import PublishEvent

# The window's logger name, so the log file reads as it did before the controller was split off.
log = logging.getLogger("trustanchor.gui.window")

# What the page says while the call runs.
BUSY_TEXTS = {
    Action.IMPORT_CA: QT_TRANSLATE_NOOP("controller", "Saving the imported CA…"),
    Action.LOAD_CA: QT_TRANSLATE_NOOP("controller", "Unlocking your CA…"),
    Action.ISSUE_CERT: QT_TRANSLATE_NOOP("controller", "Making and saving the certificate…"),
    Action.START_PUBLISHING: QT_TRANSLATE_NOOP(
        "controller", "Starting to publish on your network…"),
}
# Creating the CA: one whole sentence per key type, so each language words it its own way.
CREATE_TEXTS = {
    KeyType.EC_P256: QT_TRANSLATE_NOOP(
        "controller", "Creating your CA (an ECDSA P-256 key is quick)…"),
    KeyType.EC_P384: QT_TRANSLATE_NOOP(
        "controller", "Creating your CA (an ECDSA P-384 key is quick)…"),
    KeyType.RSA_2048: QT_TRANSLATE_NOOP(
        "controller", "Creating your CA (an RSA 2048 key takes a few seconds)…"),
    KeyType.RSA_3072: QT_TRANSLATE_NOOP(
        "controller", "Creating your CA (an RSA 3072 key takes a few seconds)…"),
    KeyType.RSA_4096: QT_TRANSLATE_NOOP(
        "controller", "Creating your CA (an RSA 4096 key takes a few seconds)…"),
}


def busy_text(action: Action, state: WizardState) -> str:
    """What the page says while `action` runs, in the terms the person chose."""
    if action is Action.CREATE_CA:
        text = CREATE_TEXTS.get(state.key_type)
        return (translate("controller", text) if text is not None
                else translate("controller", "Creating your CA…"))
    if action is Action.ISSUE_CERT and state.renew_path:
        return translate("controller", "Moving the old files to the archive folder and making "
                                       "the new certificate…")
    return translate("controller", BUSY_TEXTS[action])
# Calls made as soon as their page opens, and that never move on by themselves.
AUTOMATIC_ACTIONS = frozenset({Action.START_PUBLISHING})


class WizardController(QObject):
    """The model, the session and the runs. `wizard_changed` carries each new `Wizard`."""

    wizard_changed = Signal(object)  # Wizard
    work_started = Signal(str)  # what the page says meanwhile
    work_ended = Signal()  # a run returned; its outcome follows as wizard_changed
    work_failed = Signal(str)  # a run failed, in one sentence
    running_changed = Signal()  # a worker finished (Back and Next may enable again)
    import_previewed = Signal(object, object, str)  # ImportRequest, ImportPreview | None, error

    def __init__(self, wizard: Wizard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.session: Session | None = None
        self._worker: Worker | None = None
        self._worker_action: Action | None = None
        self._advance_after = False
        self._preview_request: ImportRequest | None = None
        self._preview_worker: Worker | None = None
        self.bridge = PublishBridge(self)
        self.bridge.published.connect(self._on_bridge_published)

    # -- state ---------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.session is not None

    @property
    def running(self) -> bool:
        """A core call runs (Back and Next wait for it)."""
        return self._worker is not None

    @property
    def preview_worker(self) -> Worker | None:
        return self._preview_worker

    def attach(self, session: Session, wizard: Wizard) -> None:
        """The start-up work is done: the session and its model (no signal; the window shows
        the first page itself)."""
        self.session = session
        session.on_event = self.bridge.report_event
        session.on_bonjour = self.bridge.report_bonjour
        self.wizard = wizard

    def set_wizard(self, wizard: Wizard) -> None:
        self.wizard = wizard
        self.wizard_changed.emit(wizard)

    def view(self) -> SessionView:
        """A frozen copy of what the pages show about the session."""
        session = self.session
        if session is None:
            return SessionView()
        publisher = session.publisher
        issued = session.issued
        return SessionView(
            started=True, home_root=str(session.home.root),
            stored_ca_name=session.stored_ca_name,
            stored_ca_not_after=session.stored_ca_not_after,
            p12_password=issued.p12_password if issued is not None else None,
            preferred_address=session.publish_options.address,
            publishing_address=publisher.address if publisher is not None else None,
            bonjour=publisher.bonjour_status if publisher is not None else None,
            https_port=publisher.https_port if publisher is not None else None,
            tested_servers=publisher.test_servers if publisher is not None else ())

    # -- what the window asks for --------------------------------------------------------------

    def edit(self, changes: WizardEdits) -> None:
        self.set_wizard(self.wizard.edit(**changes))

    def next(self, secrets: Secrets) -> None:
        """Run the step's pending call (then move on, unless it is automatic), or move on."""
        action = self.wizard.pending_action()
        if action is not None:
            self.run_action(action, secrets, advance=action not in AUTOMATIC_ACTIONS)
        elif self.wizard.can_advance():
            self.set_wizard(self.wizard.advance())

    def back(self) -> None:
        if self.wizard.can_go_back() and self._worker is None:
            self.set_wizard(self.wizard.back())

    def run_action(self, action: Action, secrets: Secrets, *, advance: bool) -> None:
        session = self.session
        if session is None:
            return
        try:
            job = session.job(action, self.wizard.state, secrets)
        except (ValueError, TrustAnchorError) as exc:
            self.work_failed.emit(describe_error(exc))
            return
        self._start(Worker(job), action, advance, busy_text(action, self.wizard.state))

    def run_automatic(self, secrets: Secrets) -> None:
        """A page just opened: start its automatic call (publishing), if it has one."""
        action = self.wizard.pending_action()
        if action in AUTOMATIC_ACTIONS and self._worker is None and self.ready:
            assert action is not None
            self.run_action(action, secrets, advance=False)

    def choose_address(self, address: str) -> None:
        """Publish on `address` instead (the Publish page's address list)."""
        session = self.session
        if self._worker is None and session is not None and session.ca is not None:
            self._start(Worker(session.publish_job(address)), Action.START_PUBLISHING, False,
                        translate("controller", "Publishing on {address}…").format(
                            address=address))

    def apply_test_servers(self) -> None:
        """Publish again with the servers to test as the Verify page lists them now."""
        session = self.session
        if (self._worker is None and session is not None and session.ca is not None
                and not self.wizard.errors()):
            job = session.publish_job(session.publish_options.address,
                                      self.wizard.state.test_servers)
            self._start(Worker(job), Action.START_PUBLISHING, False,
                        translate("controller", "Publishing again with the servers to test…"))

    def publish_again(self) -> None:
        """Start publishing again after "Stop publishing" (the Done page)."""
        session = self.session
        if self._worker is None and session is not None and session.ca is not None:
            self._start(Worker(session.publish_job(session.publish_options.address)),
                        Action.START_PUBLISHING, False,
                        translate("controller", BUSY_TEXTS[Action.START_PUBLISHING]))

    def renew(self, cert: RecordedCert) -> None:
        """Welcome's Renew: the same names into the same folder, the old files archived
        first; the CA page (unlock) and the Server certificate page follow as usual."""
        if self._worker is not None or not cert.path or self.wizard.step is not Step.WELCOME:
            return
        from pathlib import Path

        folder = str(Path(cert.path).parent)
        wizard = self.wizard.edit(server_names=cert.names, output_folder=folder,
                                  renew_path=cert.path, skip_server_cert=False,
                                  overwrite_files=False)
        self.set_wizard(wizard.advance() if wizard.can_advance() else wizard)

    @property
    def publishing(self) -> bool:
        return self.session is not None and self.session.publisher is not None

    def stop_publishing(self) -> None:
        session = self.session
        if self._worker is None and session is not None and session.publisher is not None:
            self._start(Worker(session.stop_job()), None, False,
                        translate("controller", "Stopping publishing…"))

    def issue_another(self) -> None:
        """The Done page's shortcut back to the server certificate."""
        if self._worker is None:
            self.set_wizard(self.wizard.jump(Step.SERVER_CERT).edit(overwrite_files=False))

    # -- the import preview (the CA page's file, read before anything is saved) ---------------

    def forget_import(self) -> None:
        """The import inputs changed: the file read before no longer counts."""
        self._preview_request = None
        if self.session is not None:
            self.session.import_candidate = None

    def preview(self, request: ImportRequest) -> None:
        self._preview_request = request
        worker = Worker(preview_import, request.path, request.key_path, request.password)
        worker.returned.connect(lambda ca: self._preview_done(request, ca, None))
        worker.errored.connect(lambda exc: self._preview_done(request, None, exc))
        self._preview_worker = worker
        worker.start()

    def _preview_done(self, request: ImportRequest, ca: CertificateAuthority | None,
                      exc: BaseException | None) -> None:
        current = request is self._preview_request and self.session is not None
        if current and ca is not None:
            assert self.session is not None
            self.session.import_candidate = ca
            self.import_previewed.emit(request, ImportPreview(
                ca.name, ca.short_fingerprint, ca.not_after), "")
            self.set_wizard(self.wizard.edit(import_ok=True))
        else:
            self.import_previewed.emit(request, None, describe_error(exc) if exc else "")

    # -- page signals --------------------------------------------------------------------------

    def connect_page(self, step: Step, page: QObject) -> None:
        """Hand the requests of the Publish, Done and CA pages to this controller, and the
        phone's language to the pictures of Install and Full trust. Their modules are
        imported already (the window made the page), so these imports are free."""
        if step is Step.DONE:
            from trustanchor.gui.pages.done import DonePage

            assert isinstance(page, DonePage)
            page.jump_requested.connect(self._on_done_page_jump_requested)
            page.stop_requested.connect(self._on_done_page_stop_requested)
            page.publish_requested.connect(self._on_done_page_publish_requested)
        elif step is Step.WELCOME:
            from trustanchor.gui.pages.welcome import WelcomePage

            assert isinstance(page, WelcomePage)
            page.renew_requested.connect(self._on_welcome_page_renew_requested)
        elif step is Step.PUBLISH:
            from trustanchor.gui.pages.publish import PublishPage

            assert isinstance(page, PublishPage)
            page.address_chosen.connect(self._on_publish_page_address_chosen)
            page.connect_bonjour(self.bridge.bonjour_changed)
        elif step is Step.VERIFY:
            from trustanchor.gui.pages.verify import VerifyPage

            assert isinstance(page, VerifyPage)
            page.apply_requested.connect(self._on_verify_page_apply_requested)
        elif step is Step.CA:
            from trustanchor.gui.pages.ca import CAPage

            assert isinstance(page, CAPage)
            page.import_changed.connect(self._on_ca_page_import_changed)
            page.preview_requested.connect(self._on_ca_page_preview_requested)
            self.import_previewed.connect(page.show_import_result)
        elif step in (Step.INSTALL_PROFILE, Step.FULL_TRUST):
            from trustanchor.gui.phonesteps import PhoneSteps

            # The pictures follow the language the latest phone's page was served in.
            steps = page.findChild(PhoneSteps)
            assert steps is not None
            self.bridge.phone_language_changed.connect(steps.set_phone_language)
            if self.bridge.phone_language is not None:
                steps.set_phone_language(self.bridge.phone_language)

    @Slot()
    def _on_done_page_jump_requested(self) -> None:
        self.issue_another()

    @Slot()
    def _on_done_page_stop_requested(self) -> None:
        self.stop_publishing()

    @Slot()
    def _on_done_page_publish_requested(self) -> None:
        self.publish_again()

    @Slot()
    def _on_verify_page_apply_requested(self) -> None:
        self.apply_test_servers()

    @Slot(object)
    def _on_welcome_page_renew_requested(self, cert: RecordedCert) -> None:
        self.renew(cert)

    @Slot(str)
    def _on_publish_page_address_chosen(self, address: str) -> None:
        self.choose_address(address)

    @Slot()
    def _on_ca_page_import_changed(self) -> None:
        self.forget_import()

    @Slot(object)
    def _on_ca_page_preview_requested(self, request: ImportRequest) -> None:
        self.preview(request)

    # -- workers -------------------------------------------------------------------------------

    def _start(self, worker: Worker, action: Action | None, advance: bool, text: str) -> None:
        self._worker, self._worker_action, self._advance_after = worker, action, advance
        worker.returned.connect(self._on_worker_returned)
        worker.errored.connect(self._on_worker_errored)
        worker.finished.connect(self._on_worker_finished)
        self.work_started.emit(text)
        worker.start()

    @Slot(object)
    def _on_worker_returned(self, result: object) -> None:
        action = self._worker_action
        assert self.session is not None  # workers run only once the wizard has started
        if action is None:  # stopping publishing
            wizard = self.session.apply_publisher(None, self.wizard)
        else:
            wizard = self.session.apply(action, result, self.wizard)
        if self._advance_after and wizard.can_advance():
            wizard = wizard.advance()
        self._worker = None
        self.work_ended.emit()
        self.set_wizard(wizard)

    @Slot(object)
    def _on_worker_errored(self, exc: BaseException) -> None:
        self._worker = None
        self.work_failed.emit(describe_error(exc))

    @Slot()
    def _on_worker_finished(self) -> None:
        if self._worker is not None and not self._worker.is_running:
            self._worker = None
        self.running_changed.emit()

    @Slot(object)
    def _on_bridge_published(self, event: PublishEvent) -> None:
        device = event.device
        log.info("publishing: %s from %s (%s)", event.kind, event.address, device.label)
        self.set_wizard(self.wizard.record_event(
            event.kind, address=event.address, platform=device.platform,
            os_version=device.os_version, label=device.label, browser=device.browser,
            device_id=event.device_id, url=event.url))
