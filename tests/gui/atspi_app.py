"""The wizard for the accessibility test: a CA home in a temp folder, publishing on loopback.

Run by the project's Python under Xvfb with Qt's accessibility bridge on (test_atspi.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from trustanchor.core.flow.operations import PublishOptions
from trustanchor.core.store.home import CAHome
from trustanchor.gui.session import open_session
from trustanchor.gui.window import WizardWindow

LIFETIME_MS = 90_000  # a bound, in case the driver never closes it


def main(work: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("TrustAnchor")
    options = PublishOptions(address="127.0.0.1", bind="127.0.0.1", port=0, https_port=0,
                             mdns=False)
    session = open_session(CAHome(work / "home"), options, hostname="nas",
                           addresses=("127.0.0.1",), output_folder=work / "out")
    assert session.initial is not None
    window = WizardWindow(session, session.initial,
                          QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    QTimer.singleShot(LIFETIME_MS, app.quit)
    code = app.exec()
    session.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
