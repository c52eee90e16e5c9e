"""The publish page says what to check on this computer when no phone came, once, and not at
all when a phone did (the delay is NO_PHONE_HINT_AFTER_S; shortened here)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustanchor.core.flow.wizard import Wizard, start
from trustanchor.core.publish.reachability import firewall_hint
from trustanchor.gui.pages.publish import PublishPage
from trustanchor.gui.view import SessionView

URL = "http://192.168.1.20:8080/"


def publishing(url: str | None) -> Wizard:
    wizard = start(ca_in_home=False, hostname="nas", addresses=("192.168.1.20",),
                   output_folder="out")
    return wizard.record_publishing(url)


def shown_page(qtbot: QtBot) -> PublishPage:
    page = PublishPage()
    qtbot.addWidget(page)
    page.firewall_hint_after_ms = 50
    page.show()
    return page


def test_no_phone_after_the_delay_shows_one_hint_with_the_port(qtbot: QtBot) -> None:
    page = shown_page(qtbot)
    wizard = publishing(URL)
    page.show_state(wizard, SessionView())
    assert not page.firewall_hint.isVisible()
    qtbot.waitUntil(page.firewall_hint.isVisible, timeout=5000)
    assert page.firewall_hint.text() == firewall_hint(8080)  # this system's words and port
    page.show_state(wizard, SessionView())  # rendering again does not start a second hint
    assert not page._hint_timer.isActive()


def test_a_phone_that_came_means_no_hint(qtbot: QtBot) -> None:
    page = shown_page(qtbot)
    page.firewall_hint_after_ms = 300
    wizard = publishing(URL)
    page.show_state(wizard, SessionView())
    seen = wizard.record_event("page", address="192.168.1.33", platform="iphone",
                               os_version="17.5", label="iPhone (iOS 17.5, Safari)")
    page.show_state(seen, SessionView())
    qtbot.wait(600)
    assert not page.firewall_hint.isVisible()


def test_stopping_publishing_cancels_the_hint(qtbot: QtBot) -> None:
    page = shown_page(qtbot)
    page.firewall_hint_after_ms = 300
    page.show_state(publishing(URL), SessionView())
    page.show_state(publishing(None), SessionView())
    qtbot.wait(600)
    assert not page.firewall_hint.isVisible()
