"""The wizard's frame: step list, the current page, Back and Next, menus.

The model (`Wizard` from core/flow/wizard.py) is the single source of truth; the window's
`WizardController` (gui/controller.py) owns it, the session and the worker runs. Pages render the
model and a frozen `SessionView` and report edits and requests; the window hands those to the
controller, shows what the controller reports on the current page, and is the only place that
enables Back and Next.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.flow.state import Action, Step, WizardEdits
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.controller import WizardController
from trustanchor.gui.extra_dialogs import ExtraDialogs
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.icon import app_icon
from trustanchor.gui.keyboard import focus_first, is_plain_enter, press_default
from trustanchor.gui.menus import WindowMenus, key_text
from trustanchor.gui.messages import describe_error
from trustanchor.gui.pages.base import Page
from trustanchor.gui.quitguard import confirm_quit
from trustanchor.gui.session import Session
from trustanchor.gui.settings import language_choice, remember, restore_choices
from trustanchor.gui.steplist import StepList
from trustanchor.gui.steps import PAGE_CLASSES, STEP_TITLES
from trustanchor.gui.theme import scaled_font

if TYPE_CHECKING:
    from trustanchor.gui.relanguage import LanguageSwitcher

log = logging.getLogger(__name__)

# What Next says when it will run a core call first.
ACTION_LABELS = {
    Action.CREATE_CA: QT_TRANSLATE_NOOP("window", "Create CA"),
    Action.IMPORT_CA: QT_TRANSLATE_NOOP("window", "Import CA"),
    Action.LOAD_CA: QT_TRANSLATE_NOOP("window", "Unlock CA"),
    Action.ISSUE_CERT: QT_TRANSLATE_NOOP("window", "Make certificate"),
    Action.START_PUBLISHING: QT_TRANSLATE_NOOP("window", "Start publishing"),
}
DEFAULT_SIZE = (900, 680)



class WizardWindow(QMainWindow):
    """The frame. With `session=None` it shows the welcome page at once and waits for
    `start()`: the slow part of starting (imports, the CA home) happens meanwhile in a worker."""

    first_painted = Signal()

    def __init__(self, session: Session | None, wizard: Wizard, settings: QSettings,
                 log_path: Path | None = None) -> None:
        super().__init__()
        self._painted = False
        self.settings = settings
        self.controller = WizardController(restore_choices(wizard, settings), self)
        self._connect_controller()
        self.extra_dialogs = ExtraDialogs(self, self)  # trust here, renew automatically
        self._shown_step: Step | None = None
        self.pages: dict[Step, Page] = {}
        self._scrolls: dict[Step, QScrollArea] = {}
        self._build()
        self.menus = WindowMenus(self, log_path, self._home_root)
        self.menus.back_action.triggered.connect(self._on_back_action_triggered)
        self.menus.next_action.triggered.connect(self._on_next_action_triggered)
        self.menus.show_language(language_choice(self.settings))
        self.menus.language_chosen.connect(self._on_menus_language_chosen)
        self._languages: LanguageSwitcher | None = None  # made when first asked for
        self._closing_confirmed = False
        self._restore_geometry()
        if session is not None:
            self.start(session, wizard)
        else:
            self._show_step(first=True)

    def start(self, session: Session, wizard: Wizard) -> None:
        """Attach the session and the model found for it; the wizard becomes usable."""
        if session.log_path is not None:
            self.menus.set_log_path(session.log_path)
        self.controller.attach(session, restore_choices(wizard, self.settings))
        # Key sequences load Qt's key enums (about 40 ms), so not before the first paint.
        # The shortcuts belong to the Go menu's actions, where they are written down.
        self.menus.set_shortcuts()
        self._show_started()
        self._show_step(first=True)

    def _show_started(self) -> None:
        """The logo and the keys in the tooltips, drawn once the wizard has started."""
        self.logo.setPixmap(app_icon().pixmap(40, 40))
        self.back_button.setToolTip(translate("window", "Back to the previous step ({keys})")
                                    .format(keys=key_text(back=True)))
        self.next_button.setToolTip(translate("window", "Go on ({keys} or Enter)")
                                    .format(keys=key_text(back=False)))

    @Slot(str)
    def _on_menus_language_chosen(self, choice: str) -> None:
        """Apply the Language menu's choice live (gui/relanguage.py, imported only now: the
        first window does without it)."""
        if self._languages is None:
            from trustanchor.gui.relanguage import LanguageSwitcher

            self._languages = LanguageSwitcher(self)
        self._languages.switch(choice)

    def rebuild(self) -> None:
        """Make the frame and the pages again (the language changed, gui/relanguage.py): they
        write their words when made. The model, the session and a running call stay with
        the controller; the pages render them again."""
        self.pages.clear()
        self._scrolls.clear()
        self._build()  # the old frame and its pages are deleted with the old central widget
        self.menus.retranslate()
        if self.ready:
            self._show_started()
        self._show_step(first=True)

    @Slot(object)
    def start_prepared(self, session: Session) -> None:
        """The start-up worker's result (gui/session.py `prepare`)."""
        assert session.initial is not None
        self.start(session, session.initial)
        self.prewarm()

    @Slot(object)
    def show_start_error(self, exc: BaseException) -> None:
        self.page.set_error(describe_error(exc))

    @property
    def ready(self) -> bool:
        return self.controller.ready

    @property
    def wizard(self) -> Wizard:
        """The model (the controller's; read-only here)."""
        return self.controller.wizard

    @property
    def session(self) -> Session | None:
        return self.controller.session

    def _home_root(self) -> Path | None:
        return self.session.home.root if self.session is not None else None

    def _connect_controller(self) -> None:
        controller = self.controller
        controller.wizard_changed.connect(self._on_controller_wizard_changed)
        controller.work_started.connect(self._on_controller_work_started)
        controller.work_ended.connect(self._on_controller_work_ended)
        controller.work_failed.connect(self._on_controller_work_failed)
        controller.running_changed.connect(self._on_controller_running_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(translate("window",
                                      "TrustAnchor — trust your own HTTPS on your iPhone"))
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.addLayout(self._build_sidebar())
        right = QVBoxLayout()
        self.title_label = QLabel()
        self.title_label.setFont(scaled_font(self.title_label, 1.6, bold=True))
        self.title_label.setAccessibleName(translate("window", "Page title"))
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setAccessibleName(translate("window", "Page summary"))
        right.addWidget(self.title_label)
        right.addWidget(self.subtitle_label)
        self.stack = QStackedWidget()
        for step in STEP_TITLES:
            scroll = QScrollArea()  # the page goes in when it is first needed
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self._scrolls[step] = scroll
            self.stack.addWidget(scroll)
        right.addWidget(self.stack, 1)
        right.addLayout(self._build_buttons())
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

    def page_for(self, step: Step) -> Page:
        """The page of `step`, made (and its module imported) the first time it is needed."""
        page = self.pages.get(step)
        if page is not None:
            return page
        module, name = PAGE_CLASSES[step]
        page_type = getattr(importlib.import_module(f"trustanchor.gui.pages.{module}"), name)
        page = cast(Page, page_type())
        page.edited.connect(self._on_page_edited)
        page.status_changed.connect(self._on_page_status_changed)
        self.controller.connect_page(step, page)
        self.extra_dialogs.connect_page(page)
        self.pages[step] = page
        self._scrolls[step].setWidget(page)
        return page

    def prewarm(self) -> None:
        """Make, lay out and draw each page once, one per turn of the event loop, so showing
        any of them later costs no first-time layout or glyph rendering on the UI thread."""
        pending = [step for step in STEP_TITLES if step not in self.pages]
        made: list[Page] = []

        def next_turn() -> None:
            if made:  # draw the page made in the previous turn
                page = made.pop()
                page.resize(self.stack.size())
                page.grab()
            elif pending and self.ready:
                made.append(self.page_for(pending.pop(0)))
            else:
                return
            QTimer.singleShot(0, next_turn)

        QTimer.singleShot(0, next_turn)

    def _build_sidebar(self) -> QVBoxLayout:
        """The app's name and the list of steps: where you are, what is done."""
        column = QVBoxLayout()
        brand = QHBoxLayout()
        self.logo = QLabel()  # drawn once the wizard has started (the SVG icon engine loads)
        self.logo.setFixedSize(40, 40)
        self.logo.setAccessibleName(translate("window", "TrustAnchor logo"))
        name = QLabel("TrustAnchor")
        name.setFont(scaled_font(name, 1.25, bold=True))
        brand.addWidget(self.logo)
        brand.addWidget(name, 1)
        column.addLayout(brand)
        column.addSpacing(8)
        self.step_list = StepList(column, scaled_font(name, 1.05 / 1.25, bold=True))
        self.step_labels = self.step_list.labels
        column.addStretch(1)
        return column

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.quit_button = QPushButton(translate("window", "Quit"))
        self.quit_button.setAccessibleName(translate("window", "Quit TrustAnchor"))
        self.quit_button.clicked.connect(self.close)  # asks first while publishing
        row.addWidget(self.quit_button)
        row.addStretch(1)
        self.back_button = QPushButton(translate("window", "Back"))
        self.back_button.setAccessibleName(translate("window", "Back to the previous step"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button = QPushButton(translate("window", "Next"))
        self.next_button.setAccessibleName(translate("window", "Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_clicked)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        return row

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    # -- the model ---------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.page_for(self.wizard.step)

    def _show_step(self, *, first: bool = False) -> None:
        step = self._shown_step = self.wizard.step
        page = self.page_for(step)
        self.stack.setCurrentIndex(list(STEP_TITLES).index(step))
        self.title_label.setText(page.title)
        page.set_error("")
        self._refresh()
        page.entered(self.wizard)
        self.controller.run_automatic(page.secrets())
        focus_first(page, self.wizard, self.next_button)
        if not first:
            remember(self.wizard.state, self.settings)

    def _refresh(self) -> None:
        page = self.page
        page.show_state(self.wizard, self.controller.view())
        subtitle = page.subtitle_for(self.wizard)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        page.show_hints(self.wizard.errors())
        self._update_steps_list()
        self._update_buttons()

    def _update_steps_list(self) -> None:
        self.step_list.show(self.wizard.step, {s.step for s in self.wizard.history})

    def _update_buttons(self) -> None:
        page, wizard = self.page, self.wizard
        running = self.controller.running or not self.ready
        self.back_button.setEnabled(wizard.can_go_back() and not running and not page.busy)
        action = wizard.action_needed()
        ready = not wizard.errors() and page.valid and not page.busy and not running
        if wizard.next_step() is None:
            label, enabled = translate("window", "Close"), not running
        elif action is not None:
            renewing = action is Action.ISSUE_CERT and wizard.state.renew_path
            label = (translate("window", "Renew certificate") if renewing
                     else translate("window", ACTION_LABELS[action]))
            enabled = ready
        else:
            label = (translate("window", "Finish") if wizard.next_step() is Step.DONE
                     else translate("window", "Next"))
            enabled = ready
        self.next_button.setText(label)
        self.next_button.setAccessibleName(label)
        self.next_button.setEnabled(enabled)
        self.menus.back_action.setEnabled(self.back_button.isEnabled())
        self.menus.next_action.setEnabled(enabled and wizard.next_step() is not None)

    # -- slots -------------------------------------------------------------------------------

    @Slot(object)
    def _on_controller_wizard_changed(self, wizard: Wizard) -> None:
        """A new model: show its step if it moved, else render the current page again."""
        if wizard.step is not self._shown_step:
            self._show_step()
        else:
            self._refresh()

    @Slot(str)
    def _on_controller_work_started(self, text: str) -> None:
        self.page.set_error("")
        self.page.set_busy(True, text)
        self._update_buttons()

    @Slot()
    def _on_controller_work_ended(self) -> None:
        self.page.set_busy(False)

    @Slot(str)
    def _on_controller_work_failed(self, message: str) -> None:
        self.page.set_busy(False)
        self.page.set_error(message)
        self._refresh()

    @Slot()
    def _on_controller_running_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_page_status_changed(self) -> None:
        self._update_buttons()

    @Slot(object)
    def _on_page_edited(self, changes: WizardEdits) -> None:
        if self.page.error and not self.controller.running:
            self.page.set_error("")  # the person is fixing it: the old failure is stale
        self.controller.edit(changes)

    @Slot()
    def _on_next_clicked(self) -> None:
        if not self.ready:
            return
        if self.wizard.next_step() is None:
            self.close()
            return
        self.controller.next(self.page.secrets())

    @Slot()
    def _on_next_action_triggered(self) -> None:
        if self.next_button.isEnabled():
            self.next_button.click()

    @Slot()
    def _on_back_action_triggered(self) -> None:
        if self.back_button.isEnabled():
            self.back_button.click()

    @Slot()
    def _on_back_clicked(self) -> None:
        self.controller.back()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that no field used presses the default button (gui/keyboard.py)."""
        if not is_plain_enter(event):
            super().keyPressEvent(event)
            return
        press_default(self, self.next_button)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint is done

    def raise_to_front(self) -> None:
        """A second launch asked for this window."""
        log.info("a second launch brought the window to the front")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.session
        if (session is not None and session.publisher is not None
                and not self._closing_confirmed):
            if not confirm_quit(self, self.wizard.state):
                event.ignore()  # keep publishing: the phone may still be on its way
                return
            self._closing_confirmed = True  # the application's own close asks no more
        self.settings.setValue("window/geometry", self.saveGeometry())
        remember(self.wizard.state, self.settings)
        self.settings.sync()
        # Publishing must not outlive the window; stop() takes well under a second.
        if self.session is not None:
            self.session.shutdown()
        event.accept()
