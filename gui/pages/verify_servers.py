"""What each phone found when it tested the user's own servers: one row per phone and URL.

A frozen list of results goes in (`results_from()` makes it from the publisher's events,
`results_from_devices()` from the wizard's model), rows come out; the panel runs nothing and
keeps no state of its own. The Verify page (gui/pages/verify.py) shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from trustanchor.core.flow.state import SeenDevice
from trustanchor.core.publish.server import PublishEvent
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.theme import Tone, scaled_font, tone_css

ServerVerdict = Literal["trusted", "untrusted", "unreachable"]

# What each verdict means, and what to do: (words, tone, next step), shown translated.
_WORDS: dict[ServerVerdict, tuple[str, Tone, str]] = {
    "trusted": (QT_TRANSLATE_NOOP("verify_servers", "✓ Trusted"), "ok",
                QT_TRANSLATE_NOOP("verify_servers",
                                  "The phone opened a trusted HTTPS connection.")),
    "untrusted": (QT_TRANSLATE_NOOP("verify_servers", "✗ Not trusted"), "error",
                  QT_TRANSLATE_NOOP("verify_servers",
                                    "The phone refused the certificate: run “trustanchor check "
                                    "URL” here to see why, or finish trusting the CA on the "
                                    "phone.")),
    "unreachable": (QT_TRANSLATE_NOOP("verify_servers", "Not reachable from the phone"),
                    "warning",
                    QT_TRANSLATE_NOOP("verify_servers",
                                      "The phone could not open it: is the phone on the same "
                                      "network as the server, does the name resolve there, or "
                                      "does a firewall stop it? Run “trustanchor check URL” "
                                      "here to see whether this computer reaches it.")),
}
HEADINGS = (QT_TRANSLATE_NOOP("verify_servers", "Phone"),
            QT_TRANSLATE_NOOP("verify_servers", "Server"),
            QT_TRANSLATE_NOOP("verify_servers", "Result"))


@dataclass(frozen=True)
class ServerResult:
    """One phone's latest test of one server URL."""

    device_id: str
    device: str
    url: str
    verdict: ServerVerdict
    time: dt.datetime | None = None  # None: from the model, which keeps no times


def results_from(events: Iterable[PublishEvent]) -> tuple[ServerResult, ...]:
    """The latest result per phone (page token) and URL, in the order first seen."""
    latest: dict[tuple[str, str], ServerResult] = {}
    for event in events:
        verdict = event.kind.removeprefix("server-")
        if not event.kind.startswith("server-") or verdict not in _WORDS:
            continue
        key = (event.device_id, event.url)
        latest[key] = ServerResult(event.device_id, event.device.label, event.url, verdict,
                                   event.time)
    return tuple(latest.values())


def results_from_devices(devices: Iterable[SeenDevice]) -> tuple[ServerResult, ...]:
    """The latest result per device and URL the wizard's model recorded (`SeenDevice.servers`)."""
    results: list[ServerResult] = []
    for device in devices:
        for url, kind in device.servers:
            verdict = kind.removeprefix("server-")
            if verdict in _WORDS:
                results.append(ServerResult(device.device_id, device.label, url, verdict))
    return tuple(results)


class VerifyServersPanel(QWidget):
    """Rows of "phone | server | result" with what to do for each failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("verify_servers", "Server tests"))
        layout = QVBoxLayout(self)
        self.title = QLabel(translate("verify_servers", "Your servers, tested from each phone"))
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        layout.addWidget(self.title)
        # "Test" and "Test your server" are the phone page's words (resources/phone).
        self.empty = QLabel(translate("verify_servers", "No phone has tested your servers yet. "
                                                        "On the phone, tap “Test” under “Test "
                                                        "your server”."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(2, 1)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.rows: list[tuple[str, str, str]] = []  # (phone, url, words) as shown

    def render_results(self, results: Sequence[ServerResult]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        self.empty.setVisible(not results)
        for column, heading in enumerate(HEADINGS):
            label = QLabel(translate("verify_servers", heading))
            label.setFont(scaled_font(label, 1.0, bold=True))
            label.setVisible(bool(results))
            self._grid.addWidget(label, 0, column)
        previous = ""
        for row, result in enumerate(results, start=1):
            words_source, tone, advice_source = _WORDS[result.verdict]
            words = translate("verify_servers", words_source)
            advice = translate("verify_servers", advice_source)
            # A phone's name once per group of its rows: the eye follows one phone at a time.
            phone = QLabel(result.device if result.device_id != previous else "")
            previous = result.device_id
            url = QLabel(result.url)
            url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for plain in (phone, url):  # the phone's and the user's words are never markup
                plain.setTextFormat(Qt.TextFormat.PlainText)
            verdict = QLabel(f"<b>{words}</b><br>{advice}" if result.verdict != "trusted"
                             else f"<b>{words}</b>")
            verdict.setTextFormat(Qt.TextFormat.RichText)
            verdict.setWordWrap(True)
            verdict.setStyleSheet(tone_css(tone, self))
            verdict.setAccessibleName(translate("verify_servers", "{url}: {result}").format(
                url=result.url, result=words))
            for column, widget in enumerate((phone, url)):
                self._grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(verdict, row, 2)
            self.rows.append((result.device, result.url, words))
