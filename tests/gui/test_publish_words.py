"""The Publish page has words for every kind of event the server reports."""

from __future__ import annotations

from typing import get_args

from trustanchor.core.flow.state import SeenDevice
from trustanchor.core.publish.server import EventKind
from trustanchor.gui.pages.publish import EVENT_WORDS, device_state


def test_every_event_kind_has_words() -> None:
    assert set(EVENT_WORDS) == set(get_args(EventKind))
    assert all(words.strip() for words in EVENT_WORDS.values())


def test_device_state_says_blocked_not_untrusted() -> None:
    phone = SeenDevice("192.168.1.30", "iphone", "17.5", "iPhone", ("page", "untrusted"))
    assert "does not trust" in device_state(phone)
    blocked = SeenDevice("192.168.1.30", "iphone", "17.5", "iPhone",
                         ("page", "untrusted", "blocked"))
    assert "firewall" in device_state(blocked) and "trust" not in device_state(blocked)
    server_only = SeenDevice("192.168.1.30", "iphone", "17.5", "iPhone", ("server-trusted",))
    assert device_state(server_only) == EVENT_WORDS["server-trusted"]
