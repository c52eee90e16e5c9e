"""Verify: waits for the phone's Test and shows the result live, with what to do on failure;
below, each phone's tests of the user's own servers and the list of servers to test."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from trustanchor.core.defaults import DEFAULT_HTTPS_PORT
from trustanchor.core.flow.causes import likely_causes
from trustanchor.core.flow.state import SeenDevice, Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.publish.reachability import firewall_steps
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.messages import core_sentence
from trustanchor.gui.pages.base import Page, named, wrapped
from trustanchor.gui.pages.verify_servers import VerifyServersPanel, results_from_devices
from trustanchor.gui.theme import scaled_font, tone_css

# "Test" is the button of the phone page (resources/phone/text-<lang>.json, test_button).
BLOCKED_WORDS = "the HTTPS port is blocked by this computer's firewall"  # in the English sentence
OTHER_LINES = {
    "trusted": QT_TRANSLATE_NOOP("verify", "{device}: trusts the CA"),
    "untrusted": QT_TRANSLATE_NOOP("verify", "{device}: does not trust it yet"),
    "blocked": QT_TRANSLATE_NOOP("verify", "{device}: the HTTPS port is blocked by this "
                                           "computer's firewall"),
}


class VerifyPage(Page):
    step = Step.VERIFY
    tr_context = "verify"
    subtitle = QT_TRANSLATE_NOOP("verify",
                                 "On your phone, go back to the page in Safari and tap “Test”.")

    apply_requested = Signal()  # publish again with the servers to test as listed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFont(scaled_font(self.status, 1.4, bold=True))
        self.body.addWidget(self.status)
        self.detail = wrapped(name=translate("verify", "Result"))
        self.body.addWidget(self.detail)
        self.causes_title = wrapped(translate("verify", "What to check, most likely first:"))
        self.causes_title.setFont(scaled_font(self.causes_title, 1.1, bold=True))
        self.body.addWidget(self.causes_title)
        self.causes = wrapped(name=translate("verify", "Likely causes"), rich=True)
        self.body.addWidget(self.causes)
        self.others = wrapped(name=translate("verify", "Other devices"))
        self.body.addWidget(self.others)
        self.servers = VerifyServersPanel()
        self.body.addWidget(self.servers)
        self._build_server_list()

    def _build_server_list(self) -> None:
        label = QLabel(translate(
            "verify", "&Servers the phone page offers to test (one https:// address a line):"))
        label.setWordWrap(True)
        self.server_list = QPlainTextEdit()
        self.server_list.setTabChangesFocus(True)
        self.server_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        named(self.server_list, translate("verify", "Servers to test"),
              translate("verify", "One https:// address a line"))
        label.setBuddy(self.server_list)
        self.server_list.textChanged.connect(self._on_server_list_text_changed)
        self.apply_button = QPushButton(translate("verify", "&Apply"))
        named(self.apply_button, translate("verify", "Publish again with these servers to test"))
        self.apply_button.clicked.connect(self.apply_requested)
        row = QHBoxLayout()
        row.addWidget(self.server_list, 1)
        row.addWidget(self.apply_button)
        self.body.addWidget(label)
        self.body.addLayout(row)

    def subtitle_for(self, wizard: Wizard) -> str:
        trust = wizard.state.trust
        if trust == "trusted":
            return translate("verify", "The test passed on your phone: nothing more to do there.")
        if trust == "untrusted":
            return translate("verify", "Fix the first point below, then on your phone tap "
                                       "“Test” again on the page in Safari.")
        if trust == "blocked":
            return translate("verify", "Let the phone through this computer's firewall, then "
                                       "tap “Test” again on the phone.")
        return super().subtitle_for(wizard)

    def render_state(self, wizard: Wizard) -> None:
        state = wizard.state
        device = state.device
        ca = state.facts.ca.name if state.facts.ca is not None else translate("verify",
                                                                              "your CA")
        trust = state.trust
        if trust == "trusted" and device is not None:
            self._set_status(translate("verify", "✓ It works"), "ok")
            self.detail.setText(translate(
                "verify", "{device} trusts “{ca}”. HTTPS to your server with a certificate from "
                          "this CA is now trusted on it.").format(device=device.label, ca=ca))
        elif trust == "untrusted" and device is not None:
            self._set_status(translate("verify", "✗ Not trusted yet"), "error")
            self.detail.setText(translate(
                "verify", "{device} ran the test, but does not trust “{ca}” yet. Fix the first "
                          "point below, then tap “Test” again.").format(device=device.label,
                                                                        ca=ca))
        elif trust == "blocked" and device is not None:
            self._set_status(translate("verify", "⚠ Blocked by this computer's firewall"),
                             "warning")
            self.detail.setText(translate(
                "verify", "{device} opened the page, but the HTTPS port is blocked by this "
                          "computer's firewall, so the test could not tell whether it trusts "
                          "the CA.").format(device=device.label))
        else:
            self._set_status(translate("verify", "Waiting for your phone…"), "muted")
            self.detail.setText(translate(
                "verify", "The result appears here as soon as the phone runs the test. "
                          "Publishing keeps running while you wait."))
        self._render_causes(wizard, trust)
        others = [d for d in state.facts.devices if d is not device and d.trust != "waiting"]
        self.others.setText("\n".join(_other_line(d) for d in others))
        self.others.setVisible(bool(others))
        self.servers.render_results(results_from_devices(state.facts.devices))
        self._render_server_list(wizard)

    def _render_causes(self, wizard: Wizard, trust: str) -> None:
        shown = trust in ("untrusted", "blocked")
        self.causes_title.setVisible(shown)
        self.causes.setVisible(shown)
        if trust == "blocked":
            port = self.view.https_port or DEFAULT_HTTPS_PORT
            self.causes.setText(f"<p>{_html(core_sentence(firewall_steps(port)))}</p>")
        elif trust == "untrusted":
            items = "".join(f"<li><b>{_html(core_sentence(c.title))}</b><br>"
                            f"{_html(core_sentence(c.remedy))}</li>"
                            for c in likely_causes(wizard.state))
            self.causes.setText(f"<ol>{items}</ol>")

    def _render_server_list(self, wizard: Wizard) -> None:
        listed = wizard.state.test_servers
        if _urls(self.server_list.toPlainText()) != listed:
            self.server_list.setPlainText("\n".join(listed))
        publishing = wizard.state.facts.publishing_url is not None
        self.apply_button.setEnabled(publishing and not wizard.errors()
                                     and listed != self.view.tested_servers)

    @Slot()
    def _on_server_list_text_changed(self) -> None:
        self.emit_edit(test_servers=_urls(self.server_list.toPlainText()))

    def _set_status(self, text: str, tone: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(tone_css(tone, self))  # type: ignore[arg-type]
        self.status.setAccessibleName(
            translate("verify", "Test result: {result}").format(result=text))


def _other_line(device: SeenDevice) -> str:
    line = OTHER_LINES.get(device.trust)
    if line is None:
        return f"{device.label}: {device.trust}"
    return translate("verify", line).format(device=device.label)


def _urls(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
