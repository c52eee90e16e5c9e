"""Enable full trust: the one switch iOS needs for a CA installed from a profile."""

from __future__ import annotations

from trustanchor.core.flow.state import Step
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP
from trustanchor.gui.pages.install_profile import PhoneStepsPage
from trustanchor.gui.phonesteps import Part


class FullTrustPage(PhoneStepsPage):
    step = Step.FULL_TRUST
    tr_context = "full_trust"
    # The iOS labels (Settings, General, ...) are translated only where the phone's own words
    # in that language are confirmed (resources/illustrations/labels-<lang>.json), else kept.
    subtitle = QT_TRANSLATE_NOOP("full_trust", "Since iOS 10.3 an installed CA is not used for "
                                               "HTTPS until you switch it on in Certificate "
                                               "Trust Settings.")
    part: Part = "trust"
    intro = QT_TRANSLATE_NOOP("full_trust", "Settings > General > About > Certificate Trust "
                                            "Settings. If the switch is missing on iOS 18.0, "
                                            "update the phone first (Settings > General > "
                                            "Software Update).")
