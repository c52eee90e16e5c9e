"""The wizard paints its first window before it imports the certificate, publishing, Bonjour and
QR code libraries (those load in the start-up worker, after the paint, gui/app.py) and before
anything makes PySide6's `Qt` namespace.

Each check runs the real `trustanchor.gui.main.main([])` (what `trustanchor` with no arguments
runs) in a fresh interpreter, so nothing an earlier test imported can hide a too-early import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from apprun import app_env

TIMEOUT_S = 120  # a whole Qt start-up on a busy two-core machine
REPORT = "modules at first paint: "
# Each name stands for the package and all of its submodules.
LAZY = ("cryptography", "trustanchor.core.publish", "zeroconf", "qrcode")
# PySide6 makes the `Qt` namespace (every enum) the first time anything imports the name:
# about 18 ms here, so none of the first window's code does (gui/pages/base.py, wrapped()).
QT_NAMESPACE = "PySide6.QtCore.Qt"

# The child builds the QApplication as run_wizard() would (it then reuses it), watches for the
# first paint event any widget gets, and reports which lazy modules are loaded at that moment.
# The event filter runs before the widget paints, so before first_painted starts the loader.
# TRUSTANCHOR_EXIT_ON_FIRST_PAINT closes the window right after, as in benchmarks/bench_gui.py.
CHILD = """
import json, sys
QT_NAMESPACE = {qt_namespace!r}
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

LAZY = {lazy!r}
{preload}
app = QApplication(sys.argv)
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            loaded = sorted(m for m in list(sys.modules)
                            if any(m == n or m.startswith(n + ".") for n in LAZY))
            if "Qt" in vars(sys.modules["PySide6.QtCore"]):  # made on first import
                loaded.append(QT_NAMESPACE)
            print({report!r} + json.dumps(loaded), flush=True)
        return False
watch = FirstPaint()
app.installEventFilter(watch)

import trustanchor.gui.app
# Never let the "finish starting anyway" timer (for a window that is never painted) start the
# loader before the first paint: on a loaded machine it could, and the answer would be luck.
trustanchor.gui.app.START_ANYWAY_MS = 600_000
from trustanchor.gui.main import main
sys.exit(main([]))
"""


def loaded_at_first_paint(tmp_path: Path, preload: str = "") -> list[str]:
    """Which LAZY modules the real program has imported when its first paint begins."""
    env = {**app_env(tmp_path, 60_000), "TRUSTANCHOR_EXIT_ON_FIRST_PAINT": "1"}
    script = CHILD.format(lazy=LAZY, preload=preload, report=REPORT, qt_namespace=QT_NAMESPACE)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    reports = [line for line in done.stdout.splitlines() if line.startswith(REPORT)]
    assert len(reports) == 1, done.stdout  # painted, and the filter saw it once
    assert "first paint" in done.stdout.splitlines(), done.stdout  # gui/diagnostics.py's line
    loaded = json.loads(reports[0].removeprefix(REPORT))
    assert isinstance(loaded, list)
    return loaded


def test_first_paint_comes_before_the_slow_imports(tmp_path: Path) -> None:
    assert loaded_at_first_paint(tmp_path) == []


def test_the_check_sees_a_module_imported_before_the_paint(tmp_path: Path) -> None:
    """The same child with `cryptography` imported up front: the check must name it, so an
    empty answer above means "not imported", not "not looked for"."""
    loaded = loaded_at_first_paint(tmp_path, preload="import cryptography.x509")
    assert "cryptography" in loaded and "cryptography.x509" in loaded
    assert not any(m.startswith(("trustanchor.core.publish", "zeroconf", "qrcode"))
                   for m in loaded)


def test_the_check_sees_the_qt_namespace_made_before_the_paint(tmp_path: Path) -> None:
    assert loaded_at_first_paint(tmp_path, preload="from PySide6.QtCore import Qt") == [
        QT_NAMESPACE]
