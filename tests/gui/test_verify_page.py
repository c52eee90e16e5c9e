"""Verify shows what the phone reported: a blocked HTTPS port as this computer's firewall (not
as "not trusted"), and each phone's tests of the servers listed on the page, after Apply
published the new list. Real publishing on loopback, a simulated phone with its page token."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

from conftest import LOOPBACK
from pytestqt.qtbot import QtBot
from simphone import SimulatedPhone
from test_journey_fields import click
from test_journey_publish import to_publish
from test_wizard_flow import WAIT_MS, page, press_next, stored_ca, wait_step

from trustanchor.core.flow.operations import PublishOptions
from trustanchor.core.flow.state import Action, Step
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.verify import BLOCKED_WORDS, VerifyPage
from trustanchor.gui.session import Secrets, open_session, servers_to_offer
from trustanchor.gui.window import WizardWindow


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def report(phone: SimulatedPhone, query: str) -> tuple[int, bytes]:
    status, _, body = phone._get(phone.page_url.rstrip("/") + f"/report?{query}&id={phone.token}")
    return status, body


def to_verify(qtbot: QtBot, make_window: Callable[..., WizardWindow],
              home: CAHome) -> tuple[WizardWindow, VerifyPage]:
    """A window on a stored CA, publishing, walked with Next to the Verify page."""
    stored_ca(home, None)
    window = make_window()
    to_publish(qtbot, window)
    for step in (Step.INSTALL_PROFILE, Step.FULL_TRUST, Step.VERIFY):
        press_next(qtbot, window)
        wait_step(qtbot, window, step)
    return window, page(window, VerifyPage)


def test_verify_shows_blocked_and_each_server_verdict(
        qtbot: QtBot, make_window: Callable[..., WizardWindow], home: CAHome) -> None:
    window, verify = to_verify(qtbot, make_window, home)
    assert verify.servers.empty.isVisibleTo(verify) and not verify.servers.rows
    assert not verify.apply_button.isEnabled()  # nothing listed differs from what is served

    server = f"https://127.0.0.1:{closed_port()}/"
    verify.server_list.setFocus()
    qtbot.keyClicks(verify.server_list, server)
    assert window.wizard.state.test_servers == (server,)
    assert verify.apply_button.isEnabled()
    click(qtbot, verify.apply_button)
    qtbot.waitUntil(lambda: window.controller.view().tested_servers == (server,),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.controller.running, timeout=WAIT_MS)
    assert not verify.apply_button.isEnabled()
    url = window.wizard.state.facts.publishing_url
    assert url is not None

    phone = SimulatedPhone(url)
    phone.open_page()
    assert report(phone, "verdict=blocked")[0] == 204
    qtbot.waitUntil(lambda: window.wizard.state.trust == "blocked", timeout=WAIT_MS)
    assert BLOCKED_WORDS in verify.detail.text() and "Not trusted" not in verify.status.text()
    assert verify.causes.isVisibleTo(verify) and "firewall" in verify.causes.text().lower()

    status, body = report(phone, "server=0&reached=0&ca=trusted")
    assert status == 200 and json.loads(body)["verdict"] == "unreachable"
    qtbot.waitUntil(lambda: bool(verify.servers.rows), timeout=WAIT_MS)
    assert verify.servers.rows == [("iPhone (iOS 17.5, Safari)", server,
                                    "Not reachable from the phone")]
    assert not verify.servers.empty.isVisibleTo(verify)
    assert len(window.wizard.state.facts.devices) == 1  # one page token, one device


def test_a_bad_server_address_is_named_and_cannot_be_applied(
        qtbot: QtBot, make_window: Callable[..., WizardWindow], home: CAHome) -> None:
    window, verify = to_verify(qtbot, make_window, home)
    verify.server_list.setFocus()
    qtbot.keyClicks(verify.server_list, "http://nas.local/")
    assert window.wizard.errors() and "https://" in window.wizard.errors()[0]
    assert not verify.apply_button.isEnabled()


def test_publishing_on_loopback_offers_only_loopback_servers() -> None:
    urls = ("https://nas.local/", "https://127.0.0.1:8443/", "https://[::1]/",
            "https://localhost/", "https://192.168.1.20/")
    assert servers_to_offer(LOOPBACK, urls) == urls[1:4]
    assert servers_to_offer(PublishOptions(), urls) == urls
    assert servers_to_offer(PublishOptions(bind="0.0.0.0"), urls) == urls


def test_starting_to_publish_offers_the_listed_servers(home: CAHome, tmp_path: Path) -> None:
    session = open_session(home, LOOPBACK, hostname="nas", addresses=("127.0.0.1",),
                           output_folder=tmp_path / "out")
    session.ca = CertificateAuthority.create("Listed CA")
    assert session.initial is not None
    state = session.initial.edit(test_servers=("https://127.0.0.1:9443/",
                                               "https://nas.local/")).state
    job = session.job(Action.START_PUBLISHING, state, Secrets())
    assert session.publish_options.test_servers == ("https://127.0.0.1:9443/",)
    publisher = job()
    try:
        assert publisher.test_servers == ("https://127.0.0.1:9443/",)
    finally:
        publisher.stop()
