"""Done: what was made and where, when to renew, stop publishing, issue another certificate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from trustanchor.core.flow.state import Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, format_date, translate
from trustanchor.gui.pages.base import Page, named, wrapped
from trustanchor.gui.pages.extra_buttons import RENEW_AUTOMATICALLY, TRUST_HERE, request_row
from trustanchor.gui.pages.save import RENEW_BEFORE
from trustanchor.gui.steps import step_title
from trustanchor.gui.theme import scaled_font


class DonePage(Page):
    step = Step.DONE
    tr_context = "done"
    subtitle = QT_TRANSLATE_NOOP("done", "Your phone can now trust your own HTTPS services.")

    jump_requested = Signal()
    stop_requested = Signal()
    trust_requested = Signal()  # gui/extra_dialogs.py opens the dialogs
    acme_requested = Signal()
    publish_requested = Signal()  # publish again after stopping

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ca_label = wrapped(name=translate("done", "Your CA"))
        self.ca_label.setFont(scaled_font(self.ca_label, 1.05))
        self.cert_label = wrapped(name=translate("done", "Your certificate"))
        self.cert_label.setFont(scaled_font(self.cert_label, 1.05))
        self.trust_label = wrapped(name=translate("done", "Devices"))
        self.publish_label = wrapped(name=translate("done", "Publishing"))
        for label in (self.ca_label, self.cert_label, self.trust_label, self.publish_label):
            self.body.addWidget(label)
        row = QHBoxLayout()
        self.stop_button = QPushButton(translate("done", "&Stop publishing"))
        named(self.stop_button, translate("done", "Stop publishing the CA on the network"))
        self.stop_button.clicked.connect(self.stop_requested)
        self.publish_button = QPushButton(translate("done", "&Publish again"))
        named(self.publish_button,
              translate("done", "Publish the CA on the network again, for more devices"))
        self.publish_button.clicked.connect(self.publish_requested)
        self.another_button = QPushButton(translate("done", "&Issue another certificate"))
        named(self.another_button, translate("done", "Issue another certificate from this CA"))
        self.another_button.clicked.connect(self.jump_requested)
        row.addWidget(self.stop_button)
        row.addWidget(self.publish_button)
        row.addWidget(self.another_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addLayout(request_row((TRUST_HERE, self.trust_requested),
                                        (RENEW_AUTOMATICALLY, self.acme_requested)))
        # “Use my existing CA” is the CA page's choice (its translation in gui/pages/ca.py).
        self.body.addWidget(wrapped(translate(
            "done", "Keep the CA folder safe and backed up: it holds the key that your devices "
                    "trust. To add another phone later, run TrustAnchor again and choose "
                    "“{choice}”.").format(choice=translate("ca", "Use my existing CA"))))

    def render_state(self, wizard: Wizard) -> None:
        facts = wizard.state.facts
        ca = facts.ca
        if ca is not None:
            self.ca_label.setText(translate(
                "done", "Your CA “{name}” (fingerprint {fingerprint}) is kept in {folder}, "
                        "valid until {date}.").format(
                name=ca.name, fingerprint=ca.short_fingerprint, folder=self.view.home_root,
                date=format_date(ca.not_after)))
        issued = facts.issued
        if issued is not None:
            renew = issued.not_after - RENEW_BEFORE
            self.cert_label.setText(translate(
                "done", "The certificate for {names} is in {folder}. It is valid until {date}: "
                        "make a new one before {renew_date}.").format(
                names=", ".join(issued.names), folder=issued.folder,
                date=format_date(issued.not_after), renew_date=format_date(renew)))
        self.cert_label.setVisible(issued is not None)
        trusted = [d.label for d in facts.devices if d.trust == "trusted"]
        self.trust_label.setText(
            translate("done", "Trusted on: {devices}").format(devices=", ".join(trusted))
            if trusted else translate("done", "No device has passed the test yet."))
        publishing = facts.publishing_url is not None
        self.publish_label.setText(
            translate("done", "Still publishing at {url} for more devices; it stops when you "
                              "close TrustAnchor.").format(url=facts.publishing_url)
            if publishing else translate("done", "Publishing has stopped."))
        self.stop_button.setVisible(publishing)
        self.publish_button.setVisible(not publishing)

    def subtitle_for(self, wizard: Wizard) -> str:
        if any(d.trust == "trusted" for d in wizard.state.facts.devices):
            return super().subtitle_for(wizard)
        # The step's title as the steps list shows it (gui/steps.py, context "steps").
        return translate("done", "Your CA is ready, but no device has passed the test yet: go "
                                 "Back to “{step}” to run it, or add a device later.").format(
            step=step_title(Step.VERIFY))
