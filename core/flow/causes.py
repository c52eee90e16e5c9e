"""When the phone's test fails: the likely causes, most likely first, each with what to do.

Words for the Verify page, worked out from the model's state (no Qt here).
"""

from __future__ import annotations

from dataclasses import dataclass

from trustanchor.core.flow.state import WizardState

# Browsers on iOS that hand a downloaded profile to Settings; others only save it
# (mozilla-mobile/firefox-ios issue 7501; Chrome for iOS since version 95; docs/platform-facts.md).
PROFILE_BROWSERS = frozenset({"Safari", "Chrome", "Brave"})



@dataclass(frozen=True)
class Cause:
    title: str
    remedy: str


def likely_causes(state: WizardState) -> tuple[Cause, ...]:
    """Why a phone may not trust the CA yet, in the order worth checking."""
    device = state.device
    platform = state.shown_platform
    causes: list[Cause] = []
    events: tuple[str, ...] = ()
    if device is not None:  # the same phone's earlier page loads (other tokens) count too
        events = tuple(kind for seen in state.facts.devices
                       if (seen.address, seen.label) == (device.address, device.label)
                       for kind in seen.events)
    if platform in ("iphone", "ipad"):
        if "profile" not in events:
            causes.append(Cause("The profile was not downloaded or installed",
                                "Tap “Download profile” on the phone, then install it in "
                                "Settings > General > VPN & Device Management."))
        causes.append(Cause("Full trust is switched off",
                            "Settings > General > About > Certificate Trust Settings: switch "
                            f"on “{state.facts.ca.name if state.facts.ca else 'your CA'}”."))
        version = state.shown_os_version or ""
        if version in ("18.0", "18.0.1"):
            causes.append(Cause("iOS 18.0 sometimes hides the trust switch",
                                "Update the phone in Settings > General > Software Update, "
                                "then look for the switch again."))
        if device is not None and device.browser not in (None, *PROFILE_BROWSERS):
            causes.append(Cause("The page was not opened in Safari",
                                "Copy the link and open it in Safari: other browsers save the "
                                "profile without offering to install it."))
    else:
        causes.append(Cause("The certificate is not installed as a trusted CA",
                            "Follow the steps shown for this device again."))
    causes.append(Cause("Another CA with the same name is installed",
                        "Remove old profiles or certificates with this name, then install "
                        "this one again."))
    return tuple(causes)
