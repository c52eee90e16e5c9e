"""Switches for smoke tests and benchmarks of the real program (environment variables).

TRUSTANCHOR_EXIT_AFTER_MS=N      close the window by itself after N milliseconds
TRUSTANCHOR_EXIT_ON_FIRST_PAINT=1  print "first paint" on stdout when the window has first been
                                   painted, then close it (launch-time benchmark)
TRUSTANCHOR_REPORT_PLATFORM=FILE   write {"platform": ..., "style": ..., "locale": ...,
                                   "menus": [...]} (Qt's platform plugin, widget style, the
                                   wizard's locale and menu titles) to FILE once the event loop
                                   runs: the packaged app's smoke test checks the native plugin
                                   and a catalogue loaded (a windowed Windows program has no
                                   stdout to print it on)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

FIRST_PAINT_LINE = "first paint"


class FirstPaintReporter(QObject):
    """Watches one widget; after its first paint event, reports and closes it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._widget and event.type() == QEvent.Type.Paint:
            self._done = True
            # After this paint has been delivered, not before: report from the event loop.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if sys.stdout is not None:
            print(FIRST_PAINT_LINE, flush=True)
        self._widget.close()


def install(window: QWidget) -> None:
    """Apply whichever diagnostic switches are set."""
    exit_after = os.environ.get("TRUSTANCHOR_EXIT_AFTER_MS", "")
    if exit_after.isdigit():
        QTimer.singleShot(int(exit_after), window.close)
    if os.environ.get("TRUSTANCHOR_EXIT_ON_FIRST_PAINT") == "1":
        FirstPaintReporter(window)
    report = os.environ.get("TRUSTANCHOR_REPORT_PLATFORM", "")
    if report:
        QTimer.singleShot(0, lambda: write_platform_report(Path(report), window))


def write_platform_report(path: Path, window: QWidget | None = None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    menus = ([a.text() for a in window.menuBar().actions()]
             if isinstance(window, QMainWindow) else [])
    facts = {"platform": app.platformName(), "style": app.style().name(),
             "locale": QLocale().name(), "menus": menus}
    import json  # only when a smoke test asks for the report

    path.write_text(json.dumps(facts), encoding="utf-8")
