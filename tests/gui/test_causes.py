"""The Verify page's list of likely causes, worked out from the model (no Qt needed)."""

from __future__ import annotations

import datetime as dt

from trustanchor.core.flow.causes import likely_causes
from trustanchor.core.flow.state import CAInfo
from trustanchor.core.flow.wizard import Wizard, start

CA = CAInfo("Home CA", "AB:CD:EF:01:23:45:67:89", "ec-p256",
            dt.datetime(2035, 1, 1, tzinfo=dt.UTC))


def fresh() -> Wizard:
    return start(ca_in_home=False, hostname="nas", addresses=(), output_folder="/tmp/out")


def test_likely_causes_in_order() -> None:
    wizard = fresh().record_ca(CA)
    wizard = wizard.record_event("page", address="a", platform="iphone", os_version="18.0",
                                 label="iPhone (iOS 18.0, Firefox)", browser="Firefox")
    titles = [c.title for c in likely_causes(wizard.state)]
    assert titles[0].startswith("The profile was not downloaded")
    assert titles[1] == "Full trust is switched off"
    assert "iOS 18.0" in titles[2] and "Safari" in titles[3] and "Another CA" in titles[4]
    assert "Home CA" in likely_causes(wizard.state)[1].remedy
    safari = wizard.record_event("page", address="a", platform="iphone", os_version="18.0",
                                 label="iPhone (iOS 18.0, Safari)", browser="Safari")
    assert not any("Safari" in c.title for c in likely_causes(safari.state))
    android = fresh().record_event("untrusted", address="b", platform="android",
                                   os_version="14", label="Android (Chrome)")
    assert len(likely_causes(android.state)) == 2


def test_a_reloaded_page_keeps_the_profile_the_phone_downloaded() -> None:
    """Each page load is its own device (its token); the profile fetched from the first load
    still counts when the test runs from a second one on the same phone."""
    phone = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
             "label": "iPhone (iOS 17.5, Safari)", "browser": "Safari"}
    wizard = fresh().record_ca(CA)
    for kind in ("page", "profile"):
        wizard = wizard.record_event(kind, **phone, device_id="a" * 22)  # type: ignore[arg-type]
    for kind in ("page", "untrusted"):
        wizard = wizard.record_event(kind, **phone, device_id="b" * 22)  # type: ignore[arg-type]
    assert len(wizard.state.facts.devices) == 2
    titles = [c.title for c in likely_causes(wizard.state)]
    assert titles[0] == "Full trust is switched off"
    other = wizard.record_event("untrusted", **{**phone, "address": "192.168.1.31"},  # type: ignore[arg-type]
                                device_id="c" * 22)
    assert likely_causes(other.state)[0].title.startswith("The profile was not downloaded")
