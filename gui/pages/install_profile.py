"""Install the profile: the phone-screen pictures, one at a time, for the device seen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trustanchor.core.flow.state import Step
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.pages.base import Page, wrapped
from trustanchor.gui.phonesteps import Part, PhoneSteps


class PhoneStepsPage(Page):
    """A page of phone pictures; the device and version choices go to the model."""

    part: Part = "install"
    intro = ""  # marked with QT_TRANSLATE_NOOP under the page's `tr_context`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seen_label = wrapped(name=translate("install_profile", "Device"))
        self.body.addWidget(self.seen_label)
        if self.intro:
            self.body.addWidget(wrapped(translate(self.tr_context, self.intro)))
        self.steps = PhoneSteps(self.part)
        self.steps.platform_chosen.connect(lambda value: self.emit_edit(platform=value))
        self.steps.version_chosen.connect(lambda value: self.emit_edit(os_version=value or None))
        self.body.addWidget(self.steps, 1)

    def render_state(self, wizard: Wizard) -> None:
        state = wizard.state
        device = state.device
        if device is not None:
            self.seen_label.setText(translate(
                "install_profile", "Showing the steps for {device}, which opened the page. "
                                   "Choose another device below if needed.").format(
                device=device.label))
        else:
            self.seen_label.setText(translate(
                "install_profile", "No device has opened the page yet: showing the iPhone "
                                   "steps. Choose your device below if it is another one."))
        ca_name = state.facts.ca.name if state.facts.ca is not None else state.ca_name
        seen_version = device.os_version if device is not None else None
        self.steps.show_for(state.shown_platform, state.shown_os_version, seen_version, ca_name)

    def entered(self, wizard: Wizard) -> None:
        self.steps.next_button.setFocus()


class InstallProfilePage(PhoneStepsPage):
    step = Step.INSTALL_PROFILE
    tr_context = "install_profile"
    subtitle = QT_TRANSLATE_NOOP("install_profile", "On your phone: download the profile from "
                                                    "the page, then install it in Settings.")
    part: Part = "install"
    intro = QT_TRANSLATE_NOOP("install_profile", "A downloaded profile waits about 8 minutes for "
                                                 "you to install it; if it is gone, download it "
                                                 "again from the page.")
