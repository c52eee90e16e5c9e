"""The desktop app carries the wizard's languages: its own catalogues and Qt's for the same
languages, no others (packaging/trim.py, checked after a build by packaging/smoke_test.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLibraryInfo

from trustanchor.gui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SUFFIXES = tuple(language.suffix for language in LANGUAGES if language.suffix)


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_languages_test_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    sys.path.insert(0, str(path.parent))  # smoke_test.py imports appmeta beside it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


trim = load(PACKAGING / "trim.py")
smoke = load(PACKAGING / "smoke_test.py")
translations = load(ROOT / "scripts" / "translations.py")


def test_every_list_of_languages_is_the_wizards() -> None:
    assert trim.WIZARD_LANGUAGE_SUFFIXES == SUFFIXES
    assert smoke.LANGUAGE_SUFFIXES == SUFFIXES
    assert translations.SUFFIXES == SUFFIXES


def test_trimming_keeps_qts_catalogues_of_the_wizards_languages_only() -> None:
    for suffix in SUFFIXES:
        assert not trim.drops_translation(f"PySide6/Qt/translations/qtbase_{suffix}.qm")
    assert not trim.drops_translation("PySide6\\translations\\qtbase_zh_CN.qm")  # Windows
    assert trim.drops_translation("PySide6/Qt/translations/qtbase_ru.qm")
    assert trim.drops_translation("PySide6/Qt/translations/qt_help_de.qm")
    assert trim.drops_translation("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert not trim.drops_translation("trustanchor/resources/i18n/trustanchor_de.qm")
    wanted = {f"{prefix}_{suffix}.qm" for prefix in ("trustanchor", "qtbase")
              for suffix in SUFFIXES}
    assert wanted == smoke.WANTED_CATALOGUES


def test_qt_ships_a_catalogue_for_each_language_kept() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert all((folder / name).is_file() for name in trim.KEPT_QT_CATALOGUES), folder
