"""Publishing reports from server and Bonjour threads arrive here and leave as Qt signals.

The bridge lives on the UI thread, so emitting from another thread queues the call: slots
always run on the UI thread, and nothing in core/ has to know about Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # only names here: the modules load after the first window (gui/app.py)
    from trustanchor.core.publish.bonjour import BonjourStatus
    from trustanchor.core.publish.server import PublishEvent


class PublishBridge(QObject):
    published = Signal(object)  # PublishEvent
    bonjour_changed = Signal(object)  # BonjourStatus

    def report_event(self, event: PublishEvent) -> None:
        """Called on a server thread."""
        self.published.emit(event)

    def report_bonjour(self, status: BonjourStatus) -> None:
        """Called on Bonjour's thread."""
        self.bonjour_changed.emit(status)
