"""What to check on this computer when no phone has reached the page a while after the QR code
appeared: almost always a firewall, or a network the system treats as public.

Both front ends show the hint once per publishing session (the wizard's publish page and the
`publish` command), after `NO_PHONE_HINT_AFTER_S` without any request from another device.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from trustanchor.core.text import QT_TRANSLATE_NOOP, Text

# Long enough to scan the code and open the link in Safari, short enough that someone still
# waiting has not given up: 90 s.
NO_PHONE_HINT_AFTER_S = 90.0

# Where each system's firewall decides, in the words its settings use:
# - Windows: Microsoft Learn, "Windows Firewall overview" and "Allow an app through Windows
#   Firewall": the allow list is per network type, and a network set to Public blocks inbound
#   connections that a Private one allows.
# - macOS: Apple's "Change Firewall settings on Mac" (System Settings > Network > Firewall >
#   Options), and Local Network privacy (System Settings > Privacy & Security > Local Network).
# - Linux: ufw (Ubuntu) and firewalld (Fedora) are the usual front ends.
# The wizard translates these sentences; the settings' labels stay as Windows and macOS show
# them in English, since their wording in each language is not confirmed here.
_HINTS = {
    "win32": QT_TRANSLATE_NOOP(
        "core.reachability", "If the phone is on the same Wi-Fi, Windows Defender Firewall is the "
        "usual cause: in Settings > Network & internet, make this network Private, and under "
        "Windows Security > Firewall & network protection > Allow an app through firewall, "
        "allow TrustAnchor on Private networks."),
    "darwin": QT_TRANSLATE_NOOP(
        "core.reachability", "If the phone is on the same Wi-Fi, check System Settings > "
        "Network > Firewall > Options (allow TrustAnchor) and System Settings > Privacy & "
        "Security > Local Network (TrustAnchor on)."),
    "linux": QT_TRANSLATE_NOOP(
        "core.reachability", "If the phone is on the same Wi-Fi, a firewall on this computer may "
        "block it: allow the page's port (for example `sudo ufw allow {port}/tcp`, or "
        "`sudo firewall-cmd --add-port={port}/tcp`)."),
}


def firewall_steps(port: int, platform: str = sys.platform) -> Text:
    """What to check in this system's firewall so phones can reach port `port`."""
    key = "win32" if platform.startswith(("win", "cygwin")) else (
        "darwin" if platform == "darwin" else "linux")
    return _HINTS[key].format(port=port)


def firewall_hint(port: int, platform: str = sys.platform) -> Text:
    """One paragraph: what to check on this computer when phones cannot reach port `port`."""
    return QT_TRANSLATE_NOOP(
        "core.reachability", "No phone has opened the page yet. {steps} Also check that the "
        "phone is not on a guest network or using mobile data.").format(
        steps=firewall_steps(port, platform))


class NoPhoneWatch:
    """Says once, `after_s` after publishing started, that no phone has come yet.

    `seen()` records a request from a phone; `due()` is True exactly once, when the time has
    passed and nothing was seen. The clock is injectable for tests.
    """

    def __init__(self, after_s: float = NO_PHONE_HINT_AFTER_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._deadline = clock() + after_s
        self._settled = False

    def seen(self) -> None:
        self._settled = True

    def due(self) -> bool:
        if self._settled or self._clock() < self._deadline:
            return False
        self._settled = True
        return True

    def seconds_left(self) -> float | None:
        """Until the hint is due; None once it was given or a phone came."""
        return None if self._settled else max(0.0, self._deadline - self._clock())
