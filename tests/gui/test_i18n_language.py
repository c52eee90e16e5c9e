"""Choosing the wizard's language: matching the computer's, installing a catalogue (or staying
English without one), dates and numbers following, the choice kept in the settings, and the
Language menu."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from languages import built_catalogues, english_after  # noqa: F401 (a fixture)
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_wizard_flow import WindowFactory

from trustanchor.gui.i18n import (
    BY_CODE,
    ENGLISH,
    LANGUAGES,
    SYSTEM,
    format_date,
    format_number,
    install_language,
    match_language,
    resolve,
    system_language,
    translate,
)
from trustanchor.gui.settings import LANGUAGE_KEY, language_choice, remember_language

DECEMBER_4 = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("tag", "code"), [
    ("de", "de"), ("de-AT", "de"), ("de_CH", "de"), ("en-GB", "en"), ("fr-CA", "fr"),
    ("es-419", "es"), ("ja-JP", "ja"),
    ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-Hans", "zh-Hans"), ("zh-SG", "zh-Hans"),
    ("zh-Hans-HK", "zh-Hans"), ("zh-TW", None), ("zh-HK", None), ("zh-Hant", None),
    ("zh-Hant-CN", None), ("pt", "pt-BR"), ("pt-BR", "pt-BR"), ("pt-PT", None),
    ("pt-AO", None), ("it-IT", None), ("C", None),
])
def test_one_tag_matches_the_wizards_language(tag: str, code: str | None) -> None:
    assert match_language(tag) == code


def test_the_first_preferred_language_the_wizard_speaks_wins() -> None:
    assert system_language(["it-IT", "de-AT", "fr"]) == "de"
    assert system_language(["zh-TW", "zh-CN"]) == "zh-Hans"
    assert system_language(["pt-PT", "en-US", "pt-BR"]) == "en"
    assert system_language(["pt-PT", "it"]) == ENGLISH
    assert system_language([]) == ENGLISH
    assert system_language() in BY_CODE  # the machine's own list, whatever it is


def test_every_language_is_named_in_its_own_words() -> None:
    assert [(lang.code, lang.suffix, lang.name) for lang in LANGUAGES] == [
        ("en", "", "English"), ("de", "de", "Deutsch"), ("fr", "fr", "Français"),
        ("es", "es", "Español"), ("ja", "ja", "日本語"), ("zh-Hans", "zh_CN", "简体中文"),
        ("pt-BR", "pt_BR", "Português (Brasil)")]
    assert resolve("de") == "de" and resolve("xx") == ENGLISH
    assert resolve(SYSTEM) == system_language()


def test_german_installs_its_catalogue_qts_own_and_its_dates(
        english_after: QApplication) -> None:  # noqa: F811
    built_catalogues()
    assert install_language(english_after, "de")
    assert translate("menus", "&File") == "&Datei"
    assert format_date(DECEMBER_4) == "4. Dezember 2026"
    assert format_number(12345) == "12.345"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Abbrechen"  # Qt's own catalogue, qtbase_de.qm
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert install_language(english_after, "ja")  # the German translators go
    assert translate("menus", "&File") == "ファイル(&F)"
    assert format_date(DECEMBER_4) == "2026年12月4日"
    assert install_language(english_after, ENGLISH)
    assert translate("menus", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_a_missing_catalogue_leaves_the_wizard_english(
        english_after: QApplication, tmp_path: Path,  # noqa: F811
        caplog: pytest.LogCaptureFixture) -> None:
    built_catalogues()
    assert install_language(english_after, "fr")
    with caplog.at_level(logging.WARNING, logger="trustanchor.gui.i18n"):
        assert not install_language(english_after, "de", folder=tmp_path)  # nothing built
    assert "trustanchor_de.qm" in caplog.text and "English" in caplog.text
    assert translate("menus", "&File") == "&File"  # not French from before either
    assert QLocale().language() == QLocale.Language.English
    broken = tmp_path / "trustanchor_de.qm"
    broken.write_bytes(b"not a catalogue")
    assert not install_language(english_after, "de", folder=tmp_path)
    assert translate("menus", "&File") == "&File"


def test_the_choice_is_kept_in_the_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language_choice(settings) == SYSTEM
    remember_language(settings, "pt-BR")
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language_choice(again) == "pt-BR"
    again.setValue(LANGUAGE_KEY, "klingon")  # an edited or old file: back to the system's
    assert language_choice(again) == SYSTEM


def test_the_language_menu_checks_the_remembered_choice(
        qtbot: QtBot, make_window: WindowFactory, settings_path: Path) -> None:
    remember_language(QSettings(str(settings_path), QSettings.Format.IniFormat), "fr")
    window = make_window()
    actions = window.menus.language_actions
    assert list(actions) == [SYSTEM, *(lang.code for lang in LANGUAGES)]
    assert [a.text() for a in actions.values()][1:] == [lang.name for lang in LANGUAGES]
    assert all(a.isCheckable() for a in actions.values())
    assert [code for code, a in actions.items() if a.isChecked()] == ["fr"]
    assert window.menus.language_menu.title().startswith("&")  # Alt+L opens it


def test_the_language_menu_works_from_the_keyboard(
        qtbot: QtBot, make_window: WindowFactory, settings_path: Path,
        english_after: QApplication) -> None:  # noqa: F811
    built_catalogues()
    window = make_window()
    menu = window.menus.language_menu
    assert window.menus.language_actions[SYSTEM].isChecked()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    # Down from nothing selected: Automatic, then (over the separator) English, Deutsch.
    for _ in range(3):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is window.menus.language_actions["de"]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Datei")
    assert [c for c, a in window.menus.language_actions.items() if a.isChecked()] == ["de"]
    assert language_choice(QSettings(str(settings_path), QSettings.Format.IniFormat)) == "de"
