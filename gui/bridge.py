"""Publishing reports from server and Bonjour threads arrive here and leave as Qt signals.

The bridge lives on the UI thread, so emitting from another thread queues the call: slots
always run on the UI thread, and nothing in core/ has to know about Qt. It also keeps the
language the latest phone's page was served in (`Device.language` of its "page" event), which
the phone-screen pictures follow (gui/phonesteps.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:  # only names here: the modules load after the first window (gui/app.py)
    from trustanchor.core.publish.bonjour import BonjourStatus
    from trustanchor.core.publish.server import PublishEvent


class PublishBridge(QObject):
    published = Signal(object)  # PublishEvent
    bonjour_changed = Signal(object)  # BonjourStatus
    phone_language_changed = Signal(str)  # a catalogue code: "ja", "zh-Hans"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phone_language: str | None = None  # None until a phone opened the page
        self.published.connect(self._on_published)

    def report_event(self, event: PublishEvent) -> None:
        """Called on a server thread."""
        self.published.emit(event)

    def report_bonjour(self, status: BonjourStatus) -> None:
        """Called on Bonjour's thread."""
        self.bonjour_changed.emit(status)

    @Slot(object)
    def _on_published(self, event: PublishEvent) -> None:
        """On the UI thread: a page load tells the language the phone reads."""
        language = event.device.language
        if event.kind == "page" and language:
            self.phone_language = language
            self.phone_language_changed.emit(language)
