"""Builds the QApplication and the window, nothing else."""

from __future__ import annotations

import os
import sys


def run_wizard() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("TrustAnchor")
    window = QMainWindow()
    window.setWindowTitle("TrustAnchor")
    label = QLabel("TrustAnchor's setup wizard is being built. Use `trustanchor --help` for now.")
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(640, 200)
    window.show()
    # A diagnostic for smoke tests of the packaged app: close by itself after N milliseconds.
    exit_after = os.environ.get("TRUSTANCHOR_EXIT_AFTER_MS")
    if exit_after and exit_after.isdigit():
        QTimer.singleShot(int(exit_after), app.quit)
    return int(app.exec())
