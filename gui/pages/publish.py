"""Send to your phone: publishing runs, a large QR code, the URL, Bonjour, the devices seen."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QTimer, Signal, SignalInstance, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustanchor.core.flow.state import SeenDevice, Step
from trustanchor.core.flow.suggest import phone_can_reach, unreachable_reason
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.publish.bonjour import BonjourStatus
from trustanchor.core.publish.lan import lan_addresses
from trustanchor.core.publish.reachability import NO_PHONE_HINT_AFTER_S, firewall_hint
from trustanchor.core.publish.server import EventKind
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import Page, named, wrapped
from trustanchor.gui.pages.save import copy_text
from trustanchor.gui.qrwidget import QrWidget
from trustanchor.gui.theme import scaled_font, tone_css

# What each kind of event says about a device (core/publish/server.py, EventKind), as the
# end of "iPhone at 192.168.1.30: ...". tests/gui/test_publish_words.py keeps it complete.
# Each is shown whole through DEVICE_LINE, which puts the device before it.
EVENT_WORDS: dict[EventKind, str] = {
    "page": QT_TRANSLATE_NOOP("publish", "opened the page"),
    "profile": QT_TRANSLATE_NOOP("publish", "downloaded the profile; next, install it in Settings"),
    "certificate": QT_TRANSLATE_NOOP("publish", "downloaded the certificate; next, install it"),
    "trusted": QT_TRANSLATE_NOOP("publish", "trusts your CA (passed the test)"),
    "untrusted": QT_TRANSLATE_NOOP("publish", "does not trust your CA yet (the last test failed)"),
    "blocked": QT_TRANSLATE_NOOP("publish", "reached the page but not the HTTPS test port: this "
                                            "computer's firewall blocks it (see Verify)"),
    "server-trusted": QT_TRANSLATE_NOOP("publish", "tested one of your servers: trusted"),
    "server-untrusted": QT_TRANSLATE_NOOP("publish",
                                          "tested one of your servers: not trusted (see Verify)"),
    "server-unreachable": QT_TRANSLATE_NOOP(
        "publish", "tested one of your servers: could not reach it (see Verify)"),
}
# Where a device stands now, from the furthest thing it did (the test result counts last).
PROGRESS_KINDS: tuple[EventKind, ...] = ("profile", "certificate", "page")


def device_state(device: SeenDevice) -> str:
    """The device's current state in words (not its history)."""
    if device.trust != "waiting":
        return translate("publish", EVENT_WORDS[device.trust])
    for kind in PROGRESS_KINDS:
        if kind in device.events:
            return translate("publish", EVENT_WORDS[kind])
    if device.events:  # server tests only
        return translate("publish", EVENT_WORDS[device.events[-1]])
    return translate("publish", "seen")


def device_line(device: SeenDevice) -> str:
    return translate("publish", "{device} at {address}: {state}").format(
        device=device.label, address=device.address, state=device_state(device))


class PublishPage(Page):
    step = Step.PUBLISH
    tr_context = "publish"
    subtitle = QT_TRANSLATE_NOOP("publish", "Scan the code with your iPhone's camera (the phone "
                                            "must be on the same network as this computer).")

    address_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._addresses: list[str] = []
        grid = QGridLayout()
        self.qr = QrWidget()
        grid.addWidget(self.qr, 0, 0, 3, 1)
        self.unreachable = wrapped(name=translate("publish", "No address a phone can reach"))
        self.unreachable.setStyleSheet(tone_css("warning", self))
        self.unreachable.hide()
        grid.addWidget(self.unreachable, 0, 0, 3, 1)
        side = QVBoxLayout()
        self.safari_note = wrapped(translate(
            "publish", "Open the link in Safari: other browsers only save the profile instead "
                       "of offering to install it."))
        self.safari_note.setFont(scaled_font(self.safari_note, 1.05, bold=True))
        side.addWidget(self.safari_note)
        side.addWidget(wrapped(translate("publish", "Or type this address in Safari:")))
        url_row = QHBoxLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setReadOnly(True)
        self.url_edit.setFont(scaled_font(self.url_edit, 1.2))
        named(self.url_edit, translate("publish", "Address of the phone page"))
        copy = QPushButton(translate("publish", "&Copy"))
        named(copy, translate("publish", "Copy the address"))
        copy.clicked.connect(lambda: copy_text(self.url_edit.text()))
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(copy)
        side.addLayout(url_row)
        self.address_label = QLabel(translate("publish", "This computer's &address:"))
        self.address_label.setWordWrap(True)
        self.address_combo = QComboBox()
        named(self.address_combo,
              translate("publish", "Address the phone uses to reach this computer"))
        self.address_combo.activated.connect(self._on_address_combo_activated)
        self.address_label.setBuddy(self.address_combo)
        side.addWidget(self.address_label)
        side.addWidget(self.address_combo)
        self.bonjour_label = wrapped(name="Bonjour")
        side.addWidget(self.bonjour_label)
        self.fingerprint_label = wrapped(name=translate("publish", "Fingerprint"))
        side.addWidget(self.fingerprint_label)
        side.addStretch(1)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(wrapped(translate("publish", "Devices seen:")))
        self.devices = QListWidget()
        self.devices.setAccessibleName(translate("publish", "Devices that opened the page"))
        self.devices.setMaximumHeight(110)
        self.body.addWidget(self.devices)
        # Shown once per published address when no phone came within NO_PHONE_HINT_AFTER_S.
        self.firewall_hint = wrapped(name=translate("publish", "What to check on this computer"))
        self.firewall_hint.setVisible(False)
        self.body.addWidget(self.firewall_hint)
        self.firewall_hint_after_ms = int(NO_PHONE_HINT_AFTER_S * 1000)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self._on_hint_timer_timeout)
        self._hint_url = ""
        self._phone_seen = False

    def connect_bonjour(self, signal: SignalInstance) -> None:
        """The window hands over the bridge's Bonjour signal."""
        signal.connect(self._on_bonjour_status)

    def entered(self, wizard: Wizard) -> None:
        self._fill_addresses()

    def _fill_addresses(self) -> None:
        # Only what a phone on the LAN can use; the ranking stays lan_addresses' own.
        chosen = self.view.preferred_address
        addresses = [c.address for c in lan_addresses() if phone_can_reach(c.address)]
        if chosen and chosen not in addresses and phone_can_reach(chosen):
            addresses.insert(0, chosen)
        self._addresses = addresses
        self.address_combo.clear()
        self.address_combo.addItems(addresses)
        several = len(addresses) > 1 or (len(addresses) == 1 and chosen not in addresses)
        self.address_combo.setVisible(several)
        self.address_label.setVisible(several)

    def render_state(self, wizard: Wizard) -> None:
        facts = wizard.state.facts
        url = facts.publishing_url or ""
        if url != self.qr.text:
            self.qr.set_text(url)
            self.url_edit.setText(url)
            self.url_edit.setCursorPosition(0)
        address, bonjour = self.view.publishing_address, self.view.bonjour
        # A QR code for loopback or link-local cannot work: say why instead.
        blocked = address is not None and not phone_can_reach(address)
        if blocked:
            assert address is not None
            reason = core_sentence(unreachable_reason(address))
            self.unreachable.setText(translate(
                "publish", "{reason} Or choose another address below.").format(reason=reason)
                if self._addresses else reason)
        self.unreachable.setVisible(blocked)
        self.qr.setVisible(not blocked)
        self.safari_note.setVisible(not blocked)
        if address is not None and address in self._addresses:
            self.address_combo.setCurrentIndex(self._addresses.index(address))
            if bonjour is not None:
                self._show_bonjour(bonjour)
        elif address is not None:
            self.address_combo.setCurrentIndex(-1)  # the address in use is not on offer
        if facts.ca is not None:
            self.fingerprint_label.setText(translate(
                "publish", "The phone's page shows “{name}” with fingerprint {fingerprint}; "
                           "check it matches.").format(
                name=facts.ca.name, fingerprint=facts.ca.short_fingerprint))
        self.devices.clear()
        for device in facts.devices:
            self.devices.addItem(device_line(device))
        if not facts.devices:
            self.devices.addItem(
                translate("publish", "No device yet: scan the code with your phone."))
        self._watch_for_phones(url, bool(facts.devices))

    def _watch_for_phones(self, url: str, phone_seen: bool) -> None:
        """Start the no-phone timer for a newly published URL; a phone's visit ends it."""
        if url and url != self._hint_url:
            self._hint_url, self._phone_seen = url, False
            self.firewall_hint.setVisible(False)
            self._hint_timer.start(self.firewall_hint_after_ms)
        if phone_seen and not self._phone_seen:
            self._phone_seen = True
            self._hint_timer.stop()
            self.firewall_hint.setVisible(False)
        if not url:
            self._hint_timer.stop()

    @Slot()
    def _on_hint_timer_timeout(self) -> None:
        if self._phone_seen or not self._hint_url:
            return
        port = urlsplit(self._hint_url).port or 80
        text = core_sentence(firewall_hint(port))
        self.firewall_hint.setText(text)
        self.firewall_hint.setAccessibleDescription(text)
        self.firewall_hint.setStyleSheet(tone_css("warning", self))
        self.firewall_hint.setVisible(True)

    @Slot(int)
    def _on_address_combo_activated(self, index: int) -> None:
        if 0 <= index < len(self._addresses):
            self.address_chosen.emit(self._addresses[index])

    @Slot(object)
    def _on_bonjour_status(self, status: BonjourStatus) -> None:
        self._show_bonjour(status)

    def _show_bonjour(self, status: BonjourStatus) -> None:
        text = core_sentence(status.message) or translate("publish", "Bonjour: {state}.").format(
            state=status.state)
        if status.state == "off":  # the core's words name the command-line switch
            text = translate("publish",
                             "Bonjour is off; the QR code and the address work without it.")
        self.bonjour_label.setText(text)
        self.bonjour_label.setStyleSheet(tone_css(
            "ok" if status.confirmed else
            "warning" if status.state == "failed" else "muted", self))
        self.bonjour_label.setAccessibleName(text)
