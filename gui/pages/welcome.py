"""Welcome: what will happen, and whether a CA already exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from trustanchor.core.flow.state import Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.pages.base import Page, set_plain_text, wrapped
from trustanchor.gui.pages.extra_buttons import RENEW_AUTOMATICALLY, request_button
from trustanchor.gui.theme import scaled_font, tone_css

STEPS_TEXT = (
    "1.  Create your own certificate authority (CA), or use one you already have.",
    "2.  Make a certificate for your server, with settings ready to paste.",
    "3.  Send the CA to your phone with a QR code, and install it.",
    "4.  Switch on full trust, and test from the phone that it works.",
)


class WelcomePage(Page):
    step = Step.WELCOME
    subtitle = ("TrustAnchor makes your own HTTPS services (a NAS, Home Assistant, a router or "
                "a dev server) trusted on your iPhone and your other devices.")
    acme_requested = Signal()  # gui/extra_dialogs.py opens the dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = wrapped("It takes a few minutes:", static=True)
        intro.setFont(scaled_font(intro, 1.15))
        self.body.addWidget(intro)
        for line in STEPS_TEXT:
            label = wrapped(line, static=True)
            label.setFont(scaled_font(label, 1.1))
            self.body.addWidget(label)
        self.body.addSpacing(16)
        self.ca_status = wrapped(name="Your CA", static=True)
        self.body.addWidget(self.ca_status)
        self.acme_button = request_button(RENEW_AUTOMATICALLY, self.acme_requested)
        self.body.addWidget(self.acme_button)  # shown once a CA exists (render_state)
        self.body.addWidget(wrapped(static=True, text=
            "Nothing leaves this computer except the CA's public certificate, and only while "
            "you publish it to your phone on your own network."))

    def render_state(self, wizard: Wizard) -> None:
        facts = wizard.state.facts
        if not self.view.started:
            self.ca_status.setText("Looking for your CA…")
        elif facts.ca is not None:
            set_plain_text(self.ca_status, f"Your CA “{facts.ca.name}” is ready.")
            self.ca_status.setStyleSheet(tone_css("ok", self))
        elif facts.ca_in_home:
            set_plain_text(self.ca_status, self._existing_text())
            self.ca_status.setStyleSheet(tone_css("ok", self))
        else:
            self.ca_status.setText("You have no CA yet: the next page makes one (or imports "
                                   "one you already have).")
            self.ca_status.setStyleSheet("")
        self.ca_status.setAccessibleName(self.ca_status.text())
        self.acme_button.setVisible(self.view.started and bool(facts.ca or facts.ca_in_home))

    def _existing_text(self) -> str:
        name = self.view.stored_ca_name
        if name is None:
            return f"A CA is stored in {self.view.home_root}; the next page uses it."
        return f"You already have a CA, “{name}”: the next page uses it."
