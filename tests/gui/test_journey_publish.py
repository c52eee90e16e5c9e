"""Publishing as a person lives it: closing the window asks first, the address list offers only
what a phone can reach, each device shows where it stands, Publish again after Stop, and the
words on Verify and Done follow what happened."""

from __future__ import annotations

import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from guihelpers import answer_question
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from simphone import SimulatedPhone
from test_journey_fields import active_window, click, press_enter
from test_wizard_flow import WAIT_MS, page, press_next, stored_ca, wait_step

from trustanchor.core.flow.state import Step
from trustanchor.core.flow.suggest import phone_can_reach
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.done import DonePage
from trustanchor.gui.pages.publish import PublishPage
from trustanchor.gui.pages.server_cert import ServerCertPage
from trustanchor.gui.pages.verify import VerifyPage
from trustanchor.gui.quitguard import KEEP_TEXT, STOP_TEXT
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]


def to_publish(qtbot: QtBot, window: WizardWindow) -> str:
    """Welcome, the stored CA, skip the certificate, publish: the phone page's URL."""
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    click(qtbot, page(window, ServerCertPage).skip_box)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.controller.running, timeout=WAIT_MS)
    url = window.wizard.state.facts.publishing_url
    assert url is not None
    return url


def answers(url: str) -> bool:
    try:
        socket.create_connection(("127.0.0.1", urlsplit(url).port or 0), timeout=2).close()
    except ConnectionRefusedError:
        return False
    return True


def test_closing_while_a_phone_is_midway_asks_and_can_keep_publishing(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    ca = stored_ca(home, None)
    window = active_window(qtbot, make_window)
    url = to_publish(qtbot, window)
    phone = SimulatedPhone(url)
    phone.open_page()
    qtbot.waitUntil(lambda: bool(window.wizard.state.facts.devices), timeout=WAIT_MS)

    asked: list[str] = []
    answer_question(qtbot, None, asked)  # Escape keeps publishing
    window.close()
    assert "part-way" in asked[-1] and "iPhone" in asked[-1]
    assert window.isVisible() and answers(url)
    answer_question(qtbot, KEEP_TEXT, asked)
    click(qtbot, window.quit_button)  # Quit behaves like closing
    assert len(asked) == 2 and window.isVisible() and answers(url)

    assert phone.run_test(ca.cert_pem)
    qtbot.waitUntil(lambda: window.wizard.state.trust == "trusted", timeout=WAIT_MS)
    answer_question(qtbot, STOP_TEXT, asked)
    window.close()
    assert "still publishing" in asked[-1] and "part-way" not in asked[-1]
    assert not window.isVisible() and window.session is not None
    assert window.session.publisher is None and not answers(url)


def test_closing_without_publishing_asks_nothing(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    click(qtbot, window.quit_button)
    assert not window.isVisible()


def test_only_addresses_a_phone_can_reach_and_why_when_there_is_none(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    stored_ca(home, None)
    window = make_window()  # publishing is pinned to 127.0.0.1 here
    to_publish(qtbot, window)
    publish = page(window, PublishPage)
    offered = [publish.address_combo.itemText(i) for i in range(publish.address_combo.count())]
    assert all(phone_can_reach(a) for a in offered), offered
    assert not any(a.startswith(("127.", "fe80", "169.254")) or a == "::1" for a in offered)
    # No QR code a phone cannot use: a sentence says why instead.
    assert publish.qr.isHidden() and not publish.unreachable.isHidden()
    assert "this computer's own address" in publish.unreachable.text()


def test_each_device_shows_its_current_state_and_publishing_can_start_again(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome) -> None:
    ca = stored_ca(home, None)
    window = make_window()
    url = to_publish(qtbot, window)
    publish = page(window, PublishPage)
    phone = SimulatedPhone(url)
    phone.open_page()
    phone.download_profile()
    assert not phone.run_test(None)
    qtbot.waitUntil(lambda: window.wizard.state.trust == "untrusted", timeout=WAIT_MS)
    assert publish.devices.count() == 1
    assert publish.devices.item(0).text().endswith("does not trust your CA yet (the last "
                                                   "test failed)")
    assert phone.run_test(ca.cert_pem)
    qtbot.waitUntil(lambda: window.wizard.state.trust == "trusted", timeout=WAIT_MS)
    assert publish.devices.count() == 1
    assert publish.devices.item(0).text().endswith("trusts your CA (passed the test)")
    assert "failed" not in publish.devices.item(0).text()

    for step in (Step.INSTALL_PROFILE, Step.FULL_TRUST, Step.VERIFY):
        press_next(qtbot, window)
        wait_step(qtbot, window, step)
    verify = page(window, VerifyPage)
    assert "It works" in verify.status.text()
    assert "tap" not in window.subtitle_label.text()  # nothing more to do on the phone
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.DONE)
    done = page(window, DonePage)
    assert window.subtitle_label.text() == "Your phone can now trust your own HTTPS services."
    click(qtbot, done.stop_button)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is None, timeout=WAIT_MS)
    assert not answers(url) and done.stop_button.isHidden()
    click(qtbot, done.publish_button)
    qtbot.waitUntil(lambda: window.wizard.state.facts.publishing_url is not None,
                    timeout=WAIT_MS)
    again = window.wizard.state.facts.publishing_url
    assert again is not None and answers(again)
    assert "Still publishing" in done.publish_label.text() and done.publish_button.isHidden()


@pytest.mark.parametrize("key", ["ECDSA P-384", "RSA 2048"])
def test_done_without_a_passed_test_and_the_busy_words_name_the_key(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, key: str) -> None:
    window = active_window(qtbot, make_window)
    busy: list[str] = []
    window.controller.work_started.connect(busy.append)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    ca_page = window.page
    combo = ca_page.key_combo  # type: ignore[attr-defined]
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(key))
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, ca_page.protect_box)  # type: ignore[attr-defined]
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    assert busy[0].startswith(f"Creating your CA (an {key} key")
    assert "4096" not in busy[0]
    click(qtbot, page(window, ServerCertPage).skip_box)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.PUBLISH)
    qtbot.waitUntil(lambda: not window.controller.running, timeout=WAIT_MS)
    for step in (Step.INSTALL_PROFILE, Step.FULL_TRUST, Step.VERIFY, Step.DONE):
        press_next(qtbot, window)
        wait_step(qtbot, window, step)
    subtitle = window.subtitle_label.text()
    assert "no device has passed the test yet" in subtitle
    assert "can now trust" not in subtitle
