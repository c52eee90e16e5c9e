"""Builds the QApplication, the model and the window, nothing else."""

from __future__ import annotations

import os
import sys


def run_wizard() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trustanchor.core.home import CAHome, default_home
    from trustanchor.gui.icon import app_icon
    from trustanchor.gui.logsetup import log_uncaught, setup_logging
    from trustanchor.gui.session import Session, initial_wizard
    from trustanchor.gui.singleinstance import SingleInstance, instance_key
    from trustanchor.gui.window import WizardWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TrustAnchor")
    app.setOrganizationName("TrustAnchor")
    app.setWindowIcon(app_icon())
    log_path = setup_logging()
    sys.excepthook = log_uncaught
    home = CAHome(default_home())
    instance = SingleInstance(instance_key(home.root))
    if not instance.acquire():
        if not instance.notify_running():
            QMessageBox.information(None, "TrustAnchor", "TrustAnchor is already running.")
        elif sys.stderr is not None:  # None in a windowed Windows app
            print("TrustAnchor is already running; its window was brought forward.",
                  file=sys.stderr)
        return 0
    session = Session(home)
    window = WizardWindow(session, initial_wizard(home), QSettings(), log_path)
    instance.activated.connect(window.raise_to_front)
    window.show()
    # A diagnostic for smoke tests of the packaged app: close by itself after N milliseconds.
    exit_after = os.environ.get("TRUSTANCHOR_EXIT_AFTER_MS")
    if exit_after and exit_after.isdigit():
        QTimer.singleShot(int(exit_after), window.close)
    code = int(app.exec())
    session.shutdown()
    instance.release()
    return code
