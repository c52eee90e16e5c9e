"""The one firewall hint: its words per system, and that it is given once, after the delay."""

from __future__ import annotations

import pytest

from trustanchor.core.publish.reachability import (
    NO_PHONE_HINT_AFTER_S,
    NoPhoneWatch,
    firewall_hint,
)


@pytest.mark.parametrize(("platform", "words"), [
    ("win32", ("Windows Defender Firewall", "Private", "Allow an app through firewall")),
    ("darwin", ("System Settings > Network > Firewall", "Local Network")),
    ("linux", ("ufw allow 8080/tcp", "firewall-cmd --add-port=8080/tcp")),
])
def test_hint_names_this_systems_settings(platform: str, words: tuple[str, ...]) -> None:
    hint = firewall_hint(8080, platform)
    for word in words:
        assert word in hint
    assert "guest network" in hint
    others = {"win32", "darwin", "linux"} - {platform}
    assert all(firewall_hint(8080, other) != hint for other in others)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hint_is_due_once_after_the_delay() -> None:
    clock = FakeClock()
    watch = NoPhoneWatch(clock=clock)
    assert NO_PHONE_HINT_AFTER_S == 90.0
    clock.now += 89.9
    assert not watch.due() and watch.seconds_left() == pytest.approx(0.1)
    clock.now += 0.2
    assert watch.due()
    assert not watch.due()  # once
    assert watch.seconds_left() is None


def test_a_phone_that_came_cancels_the_hint() -> None:
    clock = FakeClock()
    watch = NoPhoneWatch(clock=clock)
    clock.now += 10
    watch.seen()
    clock.now += 500
    assert not watch.due()
