"""When the phone's test fails: the likely causes, most likely first, each with what to do.

Words for the Verify page, worked out from the model's state (no Qt here).
"""

from __future__ import annotations

from dataclasses import dataclass

from trustanchor.core.flow.state import WizardState
from trustanchor.core.text import QT_TRANSLATE_NOOP

# Browsers on iOS that hand a downloaded profile to Settings; others only save it
# (mozilla-mobile/firefox-ios issue 7501; Chrome for iOS since version 95; docs/platform-facts.md).
PROFILE_BROWSERS = frozenset({"Safari", "Chrome", "Brave"})


@dataclass(frozen=True)
class Cause:
    """One likely cause: a short title and what to do (Text, so the wizard translates them)."""

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
            causes.append(Cause(
                QT_TRANSLATE_NOOP("core.causes", "The profile was not downloaded or installed"),
                QT_TRANSLATE_NOOP("core.causes", "Tap “Download profile” on the phone, then "
                                  "install it in Settings > General > VPN & Device Management.")))
        ca = state.facts.ca.name if state.facts.ca else QT_TRANSLATE_NOOP("core.causes", "your CA")
        causes.append(Cause(
            QT_TRANSLATE_NOOP("core.causes", "Full trust is switched off"),
            QT_TRANSLATE_NOOP("core.causes", "Settings > General > About > Certificate Trust "
                              "Settings: switch on “{ca}”.").format(ca=ca)))
        version = state.shown_os_version or ""
        if version in ("18.0", "18.0.1"):
            causes.append(Cause(
                QT_TRANSLATE_NOOP("core.causes", "iOS 18.0 sometimes hides the trust switch"),
                QT_TRANSLATE_NOOP("core.causes", "Update the phone in Settings > General > "
                                  "Software Update, then look for the switch again.")))
        if device is not None and device.browser not in (None, *PROFILE_BROWSERS):
            causes.append(Cause(
                QT_TRANSLATE_NOOP("core.causes", "The page was not opened in Safari"),
                QT_TRANSLATE_NOOP("core.causes", "Copy the link and open it in Safari: other "
                                  "browsers save the profile without offering to install it.")))
    else:
        causes.append(Cause(
            QT_TRANSLATE_NOOP("core.causes", "The certificate is not installed as a trusted CA"),
            QT_TRANSLATE_NOOP("core.causes", "Follow the steps shown for this device again.")))
    causes.append(Cause(
        QT_TRANSLATE_NOOP("core.causes", "Another CA with the same name is installed"),
        QT_TRANSLATE_NOOP("core.causes", "Remove old profiles or certificates with this name, "
                          "then install this one again.")))
    return tuple(causes)
