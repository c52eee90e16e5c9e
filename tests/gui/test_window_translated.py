"""Every sentence of the wizard's frame and dialogs goes through Qt's translation system: a
catalogue is extracted from the modules with pyside6-lupdate, every message filled with a pseudo
translation (⟦source⟧), compiled with pyside6-lrelease and loaded with a QTranslator; then the
window title, the step list, the buttons, the quit question, the dialogs and the picture steps
must all show the pseudo text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from languages import pseudo_catalogue
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

import trustanchor.gui as gui_package
from trustanchor.core.acme.status import AcmeStatus, IssuedCertificate
from trustanchor.core.flow.state import Action, Step
from trustanchor.gui.acme_dialog import AcmeDialog
from trustanchor.gui.acme_text import status_lines
from trustanchor.gui.controller import busy_text
from trustanchor.gui.phonesteps import PhoneSteps
from trustanchor.gui.qrwidget import QrWidget
from trustanchor.gui.quitguard import quit_question
from trustanchor.gui.steps import STEP_TITLES, step_title
from trustanchor.gui.trust_dialog import TrustDialog
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]
MODULES = ("window", "steps", "steplist", "controller", "quitguard", "trust_dialog",
           "acme_dialog", "acme_text", "qrwidget", "phonesteps", "picturelanguage")
TOOL_TIMEOUT_S = 120


def pseudo(text: str) -> str:
    return f"⟦{text}⟧"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[str]]]:
    """The pseudo catalogue (.qm) and the sources lupdate found, by context."""
    sources = [Path(gui_package.__file__).with_name(f"{module}.py") for module in MODULES]
    return pseudo_catalogue(sources, tmp_path_factory.mktemp("pseudo"), pseudo)


@pytest.fixture
def translated(catalogue: tuple[Path, dict[str, set[str]]]) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(catalogue[0]))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_module_has_its_own_context(
        catalogue: tuple[Path, dict[str, set[str]]]) -> None:
    found = catalogue[1]
    assert set(found) == set(MODULES)
    assert set(STEP_TITLES.values()) <= found["steps"]  # the NOOP-marked table is seen too
    assert "Japanese" in found["picturelanguage"]
    assert all("{" not in s or "}" in s for sources in found.values() for s in sources)


@pytest.mark.usefixtures("translated")
def test_window_steps_and_buttons_are_translated(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.windowTitle() == pseudo("TrustAnchor — trust your own HTTPS on your iPhone")
    assert [step_title(step) for step in STEP_TITLES] == [
        pseudo(title) for title in STEP_TITLES.values()]
    assert window.step_labels[Step.WELCOME].text() == pseudo("Welcome")
    assert window.step_list.marks[Step.WELCOME].text() == "▶"
    assert window.step_labels[Step.DONE].text() == pseudo("Done")
    assert window.step_list.marks[Step.DONE].text() == "•"
    assert window.step_labels[Step.WELCOME].accessibleName() == pseudo(
        "{title}, current step").format(title=pseudo("Welcome"))
    assert window.quit_button.text() == pseudo("Quit")
    assert window.back_button.text() == pseudo("Back")
    assert window.next_button.text() == pseudo("Next")
    assert window.back_button.toolTip().startswith("⟦Back to the previous step (")
    state = window.wizard.state
    assert busy_text(Action.CREATE_CA, state).startswith("⟦Creating your CA (an ECDSA P-256")
    assert busy_text(Action.LOAD_CA, state) == pseudo("Unlocking your CA…")


@pytest.mark.usefixtures("translated")
def test_the_quit_question_and_the_dialogs_are_translated(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    box = quit_question(window, window.wizard.state)
    assert box.windowTitle() == pseudo("Stop publishing?")
    assert box.text() == pseudo("TrustAnchor is still publishing your CA on your network.")
    assert sorted(b.text() for b in box.buttons()) == sorted(
        [pseudo("Keep publishing"), pseudo("Stop and quit")])
    session = window.session
    assert session is not None
    trust = TrustDialog(session.home, None, parent=window)
    assert trust.windowTitle() == pseudo("Trust your CA on this computer")
    acme = AcmeDialog(session.home, None, ("nas.home.arpa",), tmp_path / "acme", parent=window)
    assert acme.windowTitle() == pseudo("Renew certificates automatically")
    assert acme.setup_button.text() == pseudo("&Set up")
    assert acme.status_label.text() == pseudo("Not checked yet.")
    assert acme.lifetime.suffix() == pseudo(" days")
    qr = QrWidget()
    qtbot.addWidget(qr)
    qr.set_text("http://192.168.1.20:8080/")
    assert qr.accessibleName() == pseudo("QR code for {address}").format(
        address="http://192.168.1.20:8080/")
    now = dt.datetime.now(dt.UTC)
    text, _ = status_lines(AcmeStatus("https://nas:9443/acme/home/directory", True, None,
                                      "Home ACME", now + dt.timedelta(days=400), 400,
                                      [IssuedCertificate(("a.home.arpa",), "01", now, now)]))
    lines = text.splitlines()
    assert lines[0].startswith("⟦ACME server: up at https://nas:9443/")
    assert lines[1].startswith("⟦Intermediate “Home ACME” is valid until ")
    assert lines[2] == pseudo("Issued in the last 30 days: {count}").format(count="1")
    assert lines[3].startswith("  ⟦a.home.arpa — ")


@pytest.mark.usefixtures("translated")
def test_the_picture_steps_are_translated(qtbot: QtBot) -> None:
    steps = PhoneSteps("install")
    qtbot.addWidget(steps)
    steps.show_for("iphone", None, None, "Home CA")
    assert steps.next_button.text() == pseudo("Next &picture ▶")
    assert steps.position.text().startswith("⟦Picture 1 of ")
    assert steps.version_combo.itemText(0) == pseudo("{version} (newest)").format(
        version="iOS 26")
    assert steps.picture_language.line.text().startswith("⟦Pictures in ⟦")
    steps.show_for("windows", None, None, "Home CA")
    assert steps.step_title.text() == pseudo("Steps on this device")
    assert "1. ⟦Download the certificate (ca.crt) from the page and open it.⟧" in (
        steps.caption.text())
    assert "⟦Or in an administrator terminal: certutil -addstore root ca.crt⟧" in (
        steps.caption.text())
