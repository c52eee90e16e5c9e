"""Each step's title and the module of its page, known without importing any page."""

from __future__ import annotations

from trustanchor.core.flow.state import Step

STEP_TITLES: dict[Step, str] = {
    Step.WELCOME: "Welcome",
    Step.CA: "Your CA",
    Step.SERVER_CERT: "Server certificate",
    Step.SAVE: "Save and configure",
    Step.PUBLISH: "Send to your phone",
    Step.INSTALL_PROFILE: "Install the profile",
    Step.FULL_TRUST: "Enable full trust",
    Step.VERIFY: "Check it worked",
    Step.DONE: "Done",
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
