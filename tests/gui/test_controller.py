"""The controller alone (no window): a real CA home in a temp folder, real files, real
publishing on loopback, a simulated phone; the model moves only through the controller."""

from __future__ import annotations

import dataclasses
import socket
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import LOOPBACK
from pytestqt.qtbot import QtBot
from simphone import SimulatedPhone

from trustanchor.core.flow.state import CAChoice, Step
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.gui.controller import WizardController
from trustanchor.gui.session import Secrets, Session, open_session
from trustanchor.gui.view import ImportPreview, ImportRequest
from trustanchor.gui.window import WizardWindow

WAIT_MS = 30_000
PASSPHRASE = "correct horse battery"


@pytest.fixture
def make_session(home: CAHome, tmp_path: Path) -> Iterator[Callable[[], Session]]:
    """Opens the session when called, so a test can store a CA in the home first."""
    opened: list[Session] = []

    def make() -> Session:
        opened.append(open_session(home, LOOPBACK, hostname="nas", addresses=("127.0.0.1",),
                                   output_folder=tmp_path / "out"))
        return opened[-1]

    yield make
    for session in opened:
        session.shutdown()


def started(session: Session) -> WizardController:
    assert session.initial is not None
    controller = WizardController(session.initial)
    controller.attach(session, session.initial)
    return controller


def wait_idle(qtbot: QtBot, controller: WizardController) -> None:
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)


def test_controller_creates_issues_and_publishes(
        qtbot: QtBot, make_session: Callable[[], Session], home: CAHome, tmp_path: Path) -> None:
    controller = started(make_session())
    seen: list[Step] = []
    texts: list[str] = []
    controller.wizard_changed.connect(lambda wizard: seen.append(wizard.step))
    controller.work_started.connect(texts.append)
    secrets = Secrets(passphrase=PASSPHRASE)

    controller.next(secrets)
    assert controller.wizard.step is Step.CA and seen == [Step.CA]
    controller.edit({"ca_name": "Controller CA", "passphrase_set": True})
    assert controller.wizard.pending_action() is not None
    controller.next(secrets)
    assert controller.running and texts[-1].startswith("Creating your CA")
    wait_idle(qtbot, controller)
    assert controller.wizard.step is Step.SERVER_CERT
    assert home.key_is_encrypted() and home.load(PASSPHRASE.encode()).name == "Controller CA"
    assert controller.wizard.state.ca_choice is CAChoice.REUSE

    controller.edit({"include_p12": True})
    controller.next(Secrets())
    wait_idle(qtbot, controller)
    assert controller.wizard.step is Step.SAVE
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "nas.local.crt", "nas.local.fullchain.pem", "nas.local.key", "nas.local.p12"]
    view = controller.view()
    assert view.p12_password and len(view.p12_password) == 16
    assert view.p12_password not in repr(view)

    controller.next(Secrets())
    assert controller.wizard.step is Step.PUBLISH and not controller.running
    controller.run_automatic(Secrets())
    wait_idle(qtbot, controller)
    url = controller.wizard.state.facts.publishing_url
    assert url is not None and urlsplit(url).hostname == "127.0.0.1"
    assert controller.view().publishing_address == "127.0.0.1"
    SimulatedPhone(url).open_page()
    qtbot.waitUntil(lambda: bool(controller.wizard.state.facts.devices), timeout=WAIT_MS)
    assert controller.wizard.state.facts.devices[0].events == ("page",)

    port = urlsplit(url).port or 0
    controller.stop_publishing()
    wait_idle(qtbot, controller)
    assert controller.wizard.state.facts.publishing_url is None
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_failed_call_is_reported_as_a_sentence(
        qtbot: QtBot, make_session: Callable[[], Session], home: CAHome) -> None:
    home.save_new(CertificateAuthority.create("Locked CA"), b"open sesame 12")
    controller = started(make_session())
    failures: list[str] = []
    controller.work_failed.connect(failures.append)
    controller.next(Secrets())
    controller.edit({"passphrase_set": True})
    controller.next(Secrets(passphrase="wrong one"))
    wait_idle(qtbot, controller)
    assert controller.wizard.step is Step.CA and controller.wizard.state.facts.ca is None
    assert len(failures) == 1 and "passphrase" in failures[0].lower()
    assert "Traceback" not in failures[0]


def test_import_preview_keeps_only_the_latest_file(
        qtbot: QtBot, make_session: Callable[[], Session], tmp_path: Path) -> None:
    session = make_session()
    source = CertificateAuthority.create("Preview CA")
    cert, key = tmp_path / "rootCA.pem", tmp_path / "rootCA-key.pem"
    cert.write_bytes(source.cert_pem)
    key.write_bytes(source.export_key_pem(None))
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    controller = started(session)
    answers: list[tuple[ImportRequest, ImportPreview | None, str]] = []
    controller.import_previewed.connect(lambda *answer: answers.append(answer))

    bad = ImportRequest(str(junk), "", "")
    controller.preview(bad)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=WAIT_MS)
    assert answers[0][0] is bad and answers[0][1] is None and answers[0][2]
    assert not controller.wizard.state.import_ok and session.import_candidate is None

    stale, good = ImportRequest(str(cert), str(key)), ImportRequest(str(cert), str(key))
    controller.preview(stale)
    controller.preview(good)  # asked again before the first answer: only this one counts
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=WAIT_MS)
    by_request = {id(request): preview for request, preview, _ in answers[1:]}
    assert by_request[id(stale)] is None
    preview = by_request[id(good)]
    assert preview is not None and preview.name == "Preview CA"
    assert controller.wizard.state.import_ok
    assert session.import_candidate is not None
    assert session.import_candidate.fingerprint_sha256 == source.fingerprint_sha256
    controller.forget_import()
    assert session.import_candidate is None


def test_view_before_start_and_without_secrets(make_session: Callable[[], Session]) -> None:
    session = make_session()
    assert session.initial is not None
    controller = WizardController(session.initial)
    assert not controller.view().started
    controller.attach(session, session.initial)
    view = controller.view()
    assert view.started and view.home_root == str(session.home.root)
    assert repr(ImportRequest("a.p12", "", "hunter22")).count("hunter22") == 0


def test_phone_page_is_served_over_plain_http(
        qtbot: QtBot, make_session: Callable[[], Session], home: CAHome) -> None:
    home.save_new(CertificateAuthority.create("Served CA"), None)
    controller = started(make_session())
    controller.next(Secrets())
    controller.next(Secrets())  # unlock (no passphrase): load the stored CA
    wait_idle(qtbot, controller)
    controller.edit({"skip_server_cert": True})
    controller.next(Secrets())
    assert controller.wizard.step is Step.PUBLISH
    controller.run_automatic(Secrets())
    wait_idle(qtbot, controller)
    url = controller.wizard.state.facts.publishing_url
    assert url is not None
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=5) as response:
        assert response.status == 200 and "Served CA" in response.read().decode()


def test_pages_render_a_frozen_view_and_never_hold_the_session(
        qtbot: QtBot, make_window: Callable[..., WizardWindow]) -> None:
    window = make_window()
    window.prewarm()
    qtbot.waitUntil(lambda: len(window.pages) == len(Step), timeout=20_000)
    session = window.session
    assert session is not None
    for page in window.pages.values():
        for value in vars(page).values():
            assert value is not session and not isinstance(value, (Session, WizardController))
    view = window.page.view
    assert view.started and view.home_root == str(session.home.root)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.home_root = "/elsewhere"  # type: ignore[misc]
