"""A 10 ms timer on the UI thread that records the longest gap between its ticks: while a worker
runs, a gap near its interval shows the UI thread kept turning."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

# The longest the UI thread may go without running a 10 ms timer while a worker runs.
MAX_STALL_S = 0.5


class Ticker:
    """Counts a 10 ms timer on the UI thread and the longest gap between two of its ticks."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last, self.ticks = now, self.ticks + 1

    def __enter__(self) -> Ticker:
        self._last = time.monotonic()
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()
