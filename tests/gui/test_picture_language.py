"""The phone-screen pictures follow the phone's language: a phone set to Japanese opens the page
over real HTTP on 127.0.0.1, and the wizard (in English) draws the install pictures with the
Japanese labels that phone shows; the person can pick another language, and before any phone
the pictures follow the wizard's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot
from simphone import SimulatedPhone
from test_journey_publish import to_publish
from test_wizard_flow import WAIT_MS, page, press_next, stored_ca, wait_step

from trustanchor.core.flow.state import Step
from trustanchor.core.pictures.illustrations import render_svg
from trustanchor.core.publish.server import PublishEvent
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.install_profile import InstallProfilePage
from trustanchor.gui.phonesteps import PhoneSteps, pictures_for
from trustanchor.gui.picturelanguage import FOLLOW
from trustanchor.gui.theme import is_dark
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]
# Labels labels-ja.json confirms: what a Japanese iPhone shows for Settings and General.
JAPANESE_LABELS = ("設定", "一般")


@pytest.fixture
def wizard_locale() -> Iterator[Callable[[str], None]]:
    """Set the wizard's language (QLocale's default) for one test; put it back after."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def drawn(steps: PhoneSteps, qtbot: QtBot) -> list[str]:
    """Every picture the steps show, from the first, by the inner Next picture button."""
    while steps.prev_button.isEnabled():
        qtbot.mouseClick(steps.prev_button, Qt.MouseButton.LeftButton)
    seen = [steps.picture.svg]
    for _ in range(20):
        if not steps.next_button.isEnabled():
            break
        qtbot.mouseClick(steps.next_button, Qt.MouseButton.LeftButton)
        seen.append(steps.picture.svg)
    return seen


def rendered(language: str, steps: PhoneSteps, ca_name: str, version: str) -> list[str]:
    """The same pictures from the core renderer (what the phone page shows in `language`)."""
    theme = "dark" if is_dark(steps) else "light"
    return [render_svg(pic.id, ca_name=ca_name, device_name="iPhone", theme=theme,
                       ios_version=version, language=language)
            for pic in pictures_for("install", "iphone", version, language)]


def test_a_japanese_phone_gets_japanese_pictures_in_an_english_wizard(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome,
        wizard_locale: Callable[[str], None]) -> None:
    wizard_locale("en_US")
    stored_ca(home, None)
    window = make_window()
    url = to_publish(qtbot, window)
    events: list[PublishEvent] = []
    bridge = window.controller.bridge
    bridge.published.connect(events.append)
    assert bridge.phone_language is None

    SimulatedPhone(url, accept_language="ja-JP,ja;q=0.9,en;q=0.5").open_page()
    qtbot.waitUntil(lambda: bridge.phone_language == "ja", timeout=WAIT_MS)
    assert [(e.kind, e.device.language) for e in events] == [("page", "ja")]

    press_next(qtbot, window)
    wait_step(qtbot, window, Step.INSTALL_PROFILE)
    assert window.next_button.text() == "Next"  # the wizard itself stays English
    steps = page(window, InstallProfilePage).steps
    chooser = steps.picture_language
    assert chooser.language == "ja" and chooser.isVisibleTo(steps)
    assert chooser.line.text() == "Pictures in Japanese, as the phone showed the page"
    japanese = drawn(steps, qtbot)
    assert japanese == rendered("ja", steps, "Stored CA", "17.5")
    assert any(label in svg for svg in japanese for label in JAPANESE_LABELS)

    # Another language by hand, then following the phone again.
    chooser.choose("en")
    assert chooser.line.text() == "Pictures in English, as you chose"
    english = drawn(steps, qtbot)
    assert english == rendered("en", steps, "Stored CA", "17.5")
    assert not any(label in svg for svg in english for label in JAPANESE_LABELS)
    chooser.choose(FOLLOW)
    assert drawn(steps, qtbot) == japanese

    # A second phone, set to German: the pictures follow the latest phone.
    SimulatedPhone(url, accept_language="de-DE,de;q=0.9").open_page()
    qtbot.waitUntil(lambda: bridge.phone_language == "de", timeout=WAIT_MS)
    assert chooser.line.text() == "Pictures in German, as the phone showed the page"
    assert drawn(steps, qtbot) == rendered("de", steps, "Stored CA", "17.5")


@pytest.mark.parametrize(("wizard", "expected", "name"), [
    ("ja_JP", "ja", "Japanese"),
    ("zh_CN", "zh-Hans", "Simplified Chinese"),
    ("pt_BR", "pt-BR", "Brazilian Portuguese"),
    ("ko_KR", "en", "English"),  # no picture catalogue in Korean
])
def test_before_any_phone_the_pictures_follow_the_wizards_language(
        qtbot: QtBot, wizard_locale: Callable[[str], None], wizard: str, expected: str,
        name: str) -> None:
    wizard_locale(wizard)
    steps = PhoneSteps("install")
    qtbot.addWidget(steps)
    steps.show_for("iphone", "17", None, "Home CA")
    assert steps.picture_language.language == expected
    assert steps.picture_language.line.text() == (
        f"Pictures in {name} until a phone opens the page")
    assert drawn(steps, qtbot) == rendered(expected, steps, "Home CA", "17")


def test_desktops_get_no_language_chooser(qtbot: QtBot) -> None:
    steps = PhoneSteps("install")
    qtbot.addWidget(steps)
    steps.show_for("windows", None, None, "Home CA")
    assert not steps.picture_language.isVisibleTo(steps)
    assert "certutil -addstore root ca.crt" in steps.caption.text()
    steps.show_for("linux", None, None, "Home CA")  # the command lines are filled in
    assert "/usr/local/share/ca-certificates/home-ca.crt && sudo" in steps.caption.text()
