"""Verify: waits for the phone's Test and shows the result live, with what to do on failure."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from trustanchor.core.flow.causes import likely_causes
from trustanchor.core.flow.state import Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.pages.base import Page, wrapped
from trustanchor.gui.theme import scaled_font, tone_css


class VerifyPage(Page):
    step = Step.VERIFY
    subtitle = "On your phone, go back to the page in Safari and tap “Test”."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFont(scaled_font(self.status, 1.4, bold=True))
        self.body.addWidget(self.status)
        self.detail = wrapped(name="Result")
        self.body.addWidget(self.detail)
        self.causes_title = wrapped("What to check, most likely first:")
        self.causes_title.setFont(scaled_font(self.causes_title, 1.1, bold=True))
        self.body.addWidget(self.causes_title)
        self.causes = wrapped(name="Likely causes", rich=True)
        self.body.addWidget(self.causes)
        self.others = wrapped(name="Other devices")
        self.body.addWidget(self.others)

    def subtitle_for(self, wizard: Wizard) -> str:
        trust = wizard.state.trust
        if trust == "trusted":
            return "The test passed on your phone: nothing more to do there."
        if trust == "untrusted":
            return ("Fix the first point below, then on your phone tap “Test” again on the "
                    "page in Safari.")
        return self.subtitle

    def render_state(self, wizard: Wizard) -> None:
        state = wizard.state
        device = state.device
        ca = state.facts.ca.name if state.facts.ca is not None else "your CA"
        trust = state.trust
        if trust == "trusted" and device is not None:
            self._set_status("✓ It works", "ok")
            self.detail.setText(f"{device.label} trusts “{ca}”. HTTPS to your server with a "
                                "certificate from this CA is now trusted on it.")
        elif trust == "untrusted" and device is not None:
            self._set_status("✗ Not trusted yet", "error")
            self.detail.setText(f"{device.label} ran the test, but does not trust “{ca}” yet. "
                                "Fix the first point below, then tap “Test” again.")
        else:
            self._set_status("Waiting for your phone…", "muted")
            self.detail.setText("The result appears here as soon as the phone runs the test. "
                                "Publishing keeps running while you wait.")
        failed = trust == "untrusted"
        self.causes_title.setVisible(failed)
        self.causes.setVisible(failed)
        if failed:
            items = "".join(f"<li><b>{_html(c.title)}</b><br>{_html(c.remedy)}</li>"
                            for c in likely_causes(state))
            self.causes.setText(f"<ol>{items}</ol>")
        others = [d for d in state.facts.devices if d is not device and d.trust != "waiting"]
        self.others.setText("\n".join(
            f"{d.label}: {'trusts the CA' if d.trust == 'trusted' else 'does not trust it yet'}"
            for d in others))
        self.others.setVisible(bool(others))

    def _set_status(self, text: str, tone: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(tone_css(tone, self))  # type: ignore[arg-type]
        self.status.setAccessibleName(f"Test result: {text}")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
