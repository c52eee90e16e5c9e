"""Each step's title and the module of its page, known without importing any page."""

from __future__ import annotations

from trustanchor.core.flow.state import Step
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate

# The English titles, marked for the catalogue; step_title() gives them in the wizard's language.
STEP_TITLES: dict[Step, str] = {
    Step.WELCOME: QT_TRANSLATE_NOOP("steps", "Welcome"),
    Step.CA: QT_TRANSLATE_NOOP("steps", "Your CA"),
    Step.SERVER_CERT: QT_TRANSLATE_NOOP("steps", "Server certificate"),
    Step.SAVE: QT_TRANSLATE_NOOP("steps", "Save and configure"),
    Step.PUBLISH: QT_TRANSLATE_NOOP("steps", "Send to your phone"),
    Step.INSTALL_PROFILE: QT_TRANSLATE_NOOP("steps", "Install the profile"),
    Step.FULL_TRUST: QT_TRANSLATE_NOOP("steps", "Enable full trust"),
    Step.VERIFY: QT_TRANSLATE_NOOP("steps", "Check it worked"),
    Step.DONE: QT_TRANSLATE_NOOP("steps", "Done"),
}
# step -> (module under trustanchor.gui.pages, class name)
PAGE_CLASSES: dict[Step, tuple[str, str]] = {
    Step.WELCOME: ("welcome", "WelcomePage"),
    Step.CA: ("ca", "CAPage"),
    Step.SERVER_CERT: ("server_cert", "ServerCertPage"),
    Step.SAVE: ("save", "SavePage"),
    Step.PUBLISH: ("publish", "PublishPage"),
    Step.INSTALL_PROFILE: ("install_profile", "InstallProfilePage"),
    Step.FULL_TRUST: ("full_trust", "FullTrustPage"),
    Step.VERIFY: ("verify", "VerifyPage"),
    Step.DONE: ("done", "DonePage"),
}


def step_title(step: Step) -> str:
    """The step's title in the wizard's language."""
    return translate("steps", STEP_TITLES[step])
