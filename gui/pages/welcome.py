"""Welcome: what will happen, whether a CA already exists, and the certificates it issued
(with their end dates, those due called out, each with Renew)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trustanchor.core.clock import utc_now
from trustanchor.core.flow.state import RecordedCert, Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from trustanchor.gui.pages.base import Page, named, set_plain_text, wrapped
from trustanchor.gui.pages.extra_buttons import RENEW_AUTOMATICALLY, request_button
from trustanchor.gui.theme import scaled_font, tone_css

# Called out, with Renew, a month before the end (core/flow/renewal.py RENEW_WITHIN_DAYS; not
# imported here, the first window loads no certificate code).
RENEW_WITHIN = dt.timedelta(days=30)

STEPS_TEXT = (
    QT_TRANSLATE_NOOP("welcome", "1.  Create your own certificate authority (CA), or use one "
                                 "you already have."),
    QT_TRANSLATE_NOOP("welcome", "2.  Make a certificate for your server, with settings ready "
                                 "to paste."),
    QT_TRANSLATE_NOOP("welcome", "3.  Send the CA to your phone with a QR code, and install it."),
    QT_TRANSLATE_NOOP("welcome", "4.  Switch on full trust, and test from the phone that it "
                                 "works."),
)


def certificate_line(cert: RecordedCert, now: dt.datetime) -> tuple[str, bool]:
    """One certificate in words, and whether it is due for renewal."""
    left = cert.not_after - now
    days = left // dt.timedelta(days=1)
    names, date = ", ".join(cert.names), format_date(cert.not_after)
    if left < dt.timedelta(0):
        text = translate("welcome", "⚠ {names}: expired on {date}. Renew it.")
    elif left > RENEW_WITHIN:
        return translate("welcome", "{names}: valid until {date}.").format(
            names=names, date=date), False
    elif days == 0:
        text = translate("welcome", "⚠ {names}: expires today ({date}). Renew it.")
    elif days == 1:
        text = translate("welcome", "⚠ {names}: expires in 1 day ({date}). Renew it.")
    else:
        text = translate("welcome", "⚠ {names}: expires in {days} days ({date}). Renew it.")
    return text.format(names=names, date=date, days=format_number(days)), True


class WelcomePage(Page):
    step = Step.WELCOME
    tr_context = "welcome"
    subtitle = QT_TRANSLATE_NOOP(
        "welcome", "TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router "
                   "or a dev server) trusted on your iPhone and your other devices.")
    acme_requested = Signal()  # gui/extra_dialogs.py opens the dialog

    renew_requested = Signal(object)  # RecordedCert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._certs_shown: tuple[RecordedCert, ...] | None = None
        intro = wrapped(translate("welcome", "It takes a few minutes:"), static=True)
        intro.setFont(scaled_font(intro, 1.15))
        self.body.addWidget(intro)
        for line in STEPS_TEXT:
            label = wrapped(translate("welcome", line), static=True)
            label.setFont(scaled_font(label, 1.1))
            self.body.addWidget(label)
        self.body.addSpacing(16)
        self.ca_status = wrapped(name=translate("welcome", "Your CA"), static=True)
        self.body.addWidget(self.ca_status)
        self.certs_box = QWidget()  # one row per certificate on record, made when known
        self.certs_layout = QVBoxLayout(self.certs_box)
        self.certs_layout.setContentsMargins(12, 0, 0, 0)
        self.certs_box.hide()
        self.body.addWidget(self.certs_box)
        self.renew_buttons: list[QPushButton] = []
        self.acme_button = request_button(RENEW_AUTOMATICALLY, self.acme_requested)
        self.body.addWidget(self.acme_button)  # shown once a CA exists (render_state)
        self.body.addWidget(wrapped(static=True, text=translate(
            "welcome", "Nothing leaves this computer except the CA's public certificate, and "
                       "only while you publish it to your phone on your own network.")))

    def render_state(self, wizard: Wizard) -> None:
        facts = wizard.state.facts
        if not self.view.started:
            self.ca_status.setText(translate("welcome", "Looking for your CA…"))
        elif facts.ca is not None:
            set_plain_text(self.ca_status, translate(
                "welcome", "Your CA “{name}” is ready, valid until {date}.").format(
                    name=facts.ca.name, date=format_date(facts.ca.not_after)))
            self.ca_status.setStyleSheet(tone_css("ok", self))
        elif facts.ca_in_home:
            set_plain_text(self.ca_status, self._existing_text())
            self.ca_status.setStyleSheet(tone_css("ok", self))
        else:
            self.ca_status.setText(translate(
                "welcome", "You have no CA yet: the next page makes one (or imports one you "
                           "already have)."))
            self.ca_status.setStyleSheet("")
        self.ca_status.setAccessibleName(self.ca_status.text())
        self.acme_button.setVisible(self.view.started and bool(facts.ca or facts.ca_in_home))
        if facts.certificates != self._certs_shown:
            self._show_certificates(facts.certificates)

    def _show_certificates(self, certs: tuple[RecordedCert, ...]) -> None:
        self._certs_shown = certs
        while self.certs_layout.count():
            item = self.certs_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.renew_buttons = []
        now = utc_now()
        if certs:
            self.certs_layout.addWidget(wrapped(translate(
                "welcome", "Certificates it issued (each lasts about a year; renew makes a new "
                           "one for the same names in the same folder, the old files go to its "
                           "archive folder):")))
        for cert in reversed(certs):  # newest first
            self.certs_layout.addWidget(self._certificate_row(cert, now))
        self.certs_box.setVisible(bool(certs))

    def _certificate_row(self, cert: RecordedCert, now: dt.datetime) -> QWidget:
        text, due = certificate_line(cert, now)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = wrapped(text)
        label.setStyleSheet(tone_css("warning" if due else "muted", self))
        layout.addWidget(label, 1)
        if cert.path:
            button = QPushButton(translate("welcome", "Renew"))
            named(button, translate("welcome", "Renew the certificate for {names}").format(
                names=", ".join(cert.names)))
            button.clicked.connect(lambda _=False, c=cert: self.renew_requested.emit(c))
            layout.addWidget(button)
            self.renew_buttons.append(button)
        return row

    def _existing_text(self) -> str:
        name = self.view.stored_ca_name
        if name is None:
            return translate("welcome", "A CA is stored in {folder}; the next page uses it."
                             ).format(folder=self.view.home_root)
        until = self.view.stored_ca_not_after
        if until is None:
            return translate("welcome", "You already have a CA, “{name}”: the next page uses "
                                        "it.").format(name=name)
        return translate("welcome", "You already have a CA, “{name}”, valid until {date}: the "
                                    "next page uses it.").format(name=name,
                                                                 date=format_date(until))
