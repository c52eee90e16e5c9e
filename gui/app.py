"""Builds the QApplication, the model and the window, nothing else.

The window is painted before the slow part of starting (logging, importing the certificate and
publishing code, reading the CA home, finding this machine's addresses), which then runs in a
worker; the wizard becomes usable when it returns.
"""

from __future__ import annotations

import sys

# If the window is never painted (minimised at start), finish starting after this anyway.
START_ANYWAY_MS = 400


def run_wizard() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trustanchor.core.flow.wizard import Wizard
    from trustanchor.gui import diagnostics
    from trustanchor.gui.i18n import install_language, resolve, translate
    from trustanchor.gui.icon import app_icon
    from trustanchor.gui.logsetup import log_uncaught
    from trustanchor.gui.session import load
    from trustanchor.gui.settings import app_settings, language_choice
    from trustanchor.gui.singleinstance import SingleInstance, instance_key
    from trustanchor.gui.theme import ToneRefresher
    from trustanchor.gui.window import WizardWindow
    from trustanchor.gui.worker import Worker

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TrustAnchor")
    app.setOrganizationName("TrustAnchor")
    # Wayland matches the window to packaging/linux/org.trustanchor.TrustAnchor.desktop (its icon).
    app.setDesktopFileName("org.trustanchor.TrustAnchor")
    sys.excepthook = log_uncaught
    settings = app_settings()
    install_language(app, resolve(language_choice(settings)))  # before any text is made
    ToneRefresher(app)  # tone colours follow a live light/dark switch
    instance = SingleInstance(instance_key())
    if not instance.acquire():
        if not instance.notify_running():
            QMessageBox.information(None, "TrustAnchor",
                                    translate("app", "TrustAnchor is already running."))
        elif sys.stderr is not None:  # None in a windowed Windows app
            print("TrustAnchor is already running; its window was brought forward.",
                  file=sys.stderr)
        return 0
    window = WizardWindow(None, Wizard(), settings)
    instance.activated.connect(window.raise_to_front)
    diagnostics.install(window)  # TRUSTANCHOR_EXIT_AFTER_MS and friends, for smoke tests
    loader = Worker(load)
    loader.returned.connect(window.start_prepared)
    loader.errored.connect(window.show_start_error)

    started: list[bool] = []

    def finish_starting() -> None:
        if not started:
            started.append(True)
            app.setWindowIcon(app_icon())
            instance.listen()
            loader.start()

    window.first_painted.connect(finish_starting)
    QTimer.singleShot(START_ANYWAY_MS, finish_starting)
    window.show()
    code = int(app.exec())
    if started:  # a window closed before its first paint never started the loader
        loader.wait(30)
    if window.session is not None:
        window.session.shutdown()
    instance.release()
    return code
