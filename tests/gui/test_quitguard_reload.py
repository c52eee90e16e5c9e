"""Asking before quitting: a phone that reloaded the page counts once, and not at all once
one of its page loads passed the test."""

from __future__ import annotations

from trustanchor.core.flow.wizard import start
from trustanchor.gui.quitguard import midway_devices

PHONE = {"address": "192.168.1.30", "platform": "iphone", "os_version": "17.5",
         "label": "iPhone (iOS 17.5, Safari)"}


def test_a_reloaded_page_is_one_phone_and_a_pass_settles_it() -> None:
    wizard = start(ca_in_home=False, hostname="nas", addresses=(), output_folder="/tmp/out")
    for token in ("a" * 22, "b" * 22):
        wizard = wizard.record_event("page", **PHONE, device_id=token)  # type: ignore[arg-type]
    assert len(wizard.state.facts.devices) == 2
    assert [d.device_id for d in midway_devices(wizard.state)] == ["a" * 22]
    wizard = wizard.record_event("trusted", **PHONE, device_id="b" * 22)  # type: ignore[arg-type]
    assert midway_devices(wizard.state) == ()
    other = wizard.record_event("page", **{**PHONE, "address": "192.168.1.31"},  # type: ignore[arg-type]
                                device_id="c" * 22)
    assert [d.address for d in midway_devices(other.state)] == ["192.168.1.31"]
