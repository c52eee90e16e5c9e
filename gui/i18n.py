"""The wizard's language: Qt's translation system (QTranslator), one catalogue per language.

Every sentence the wizard shows goes through :func:`translate` with a literal context and
source text, so ``pyside6-lupdate`` finds it; sentences held in constants are marked with
``QT_TRANSLATE_NOOP(context, text)`` and translated where they are shown. Placeholders are
``str.format`` fields (``{name}``), filled after translation. Dates and numbers are written by
:func:`format_date` and :func:`format_number` in the format of the wizard's language.

The wizard speaks the `LANGUAGES` below. :func:`install_language` puts one in place (at start,
gui/app.py; again when the Language menu changes it, gui/relanguage.py): the compiled catalogue
``resources/i18n/trustanchor_<suffix>.qm`` (built from the ``.ts`` sources by
``scripts/translations.py build``), Qt's own ``qtbase_<suffix>.qm`` and the default QLocale.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from trustanchor.core.languages import match_language

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "LANGUAGES", "QT_TRANSLATE_NOOP", "SYSTEM", "Language", "format_date", "format_number",
    "install_language", "resolve", "system_language", "translate",
]

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue under ``context`` (the name pyside6-lupdate looks for).

    Returns ``source`` unchanged; it is translated where it is shown.
    """
    del context
    return source


# The weekday and the separator next to it, in a locale's long date format ("dddd, MMMM d,
# yyyy", "yyyy年M月d日dddd"): a certificate's end date reads better without it.
_WEEKDAY = re.compile(r"dddd[,\s]*|[,\s]*dddd")


def format_date(when: dt.date | dt.datetime) -> str:
    """A day in words in the wizard's language ("4 December 2026", "4. Dezember 2026")."""
    locale = QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDate(when.year, when.month, when.day), pattern)


def format_number(value: int) -> str:
    """A count with the language's digit grouping ("12,345", "12.345")."""
    return QLocale().toString(value)


# -- the wizard's languages --------------------------------------------------------------------


class Language(NamedTuple):
    """One language of the wizard: its tag, its catalogue's suffix and its own name."""

    code: str  # BCP 47 tag, as the settings keep it ("de", "zh-Hans", "pt-BR")
    suffix: str  # of trustanchor_<suffix>.qm and Qt's qtbase_<suffix>.qm; "" for English
    name: str  # in the language itself, as the Language menu shows it
    locale: str  # the QLocale for its dates and numbers when the system's is another language


ENGLISH = "en"
SYSTEM = "system"  # the setting that follows the computer's language
LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "", "English", "en_US"),
    Language("de", "de", "Deutsch", "de_DE"),
    Language("fr", "fr", "Français", "fr_FR"),
    Language("es", "es", "Español", "es_ES"),
    Language("ja", "ja", "日本語", "ja_JP"),
    Language("zh-Hans", "zh_CN", "简体中文", "zh_CN"),
    Language("pt-BR", "pt_BR", "Português (Brasil)", "pt_BR"),
)
BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}
CATALOGUE_PREFIX = "trustanchor_"
CATALOGUE_FOLDER = "i18n"  # in trustanchor.resources

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # ours and Qt's, removed when the language changes


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the computer's preferred languages (`QLocale.system().uiLanguages()`)
    that the wizard speaks; English when it speaks none of them."""
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        code = match_language(tag)
        if code is not None:
            return code
    return ENGLISH


def resolve(choice: str) -> str:
    """The language a setting stands for: SYSTEM, a known code, anything else English."""
    if choice == SYSTEM:
        return system_language()
    return choice if choice in BY_CODE else ENGLISH


def catalogue_folder() -> Traversable:
    """Where the compiled catalogues are: in the installed package, or in the frozen app's
    copy of it (PyInstaller keeps the package's data files under the same names). Imported
    here: English, the first window's usual language, needs no catalogue and no
    importlib.resources."""
    from importlib.resources import files

    return files("trustanchor.resources") / CATALOGUE_FOLDER


def install_language(app: QCoreApplication, code: str,
                     folder: Traversable | None = None) -> bool:
    """Speak `code` from now on: the wizard's catalogue (from `folder`, by default
    `catalogue_folder()`), Qt's own (the standard dialogs' buttons), dates and numbers, the
    layout direction. The translators of the language before go. Returns False when the
    catalogue is missing (not built): the wizard then stays English, with a warning in the
    log."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = BY_CODE.get(code, BY_CODE[ENGLISH])
    found = True
    if language.suffix:
        where = catalogue_folder() if folder is None else folder
        ours = _load(where / f"{CATALOGUE_PREFIX}{language.suffix}.qm")
        if ours is None:
            log.warning("no catalogue for %s (%s%s.qm): the wizard stays in English; run "
                        "`python scripts/translations.py build`", language.code,
                        CATALOGUE_PREFIX, language.suffix)
            language, found = BY_CODE[ENGLISH], False
        else:
            qt_own = _load_qt_own(language.suffix)
            if qt_own is not None:
                _installed.append(qt_own)
            _installed.append(ours)
    for translator in _installed:  # the last installed is searched first: ours
        app.installTranslator(translator)
    QLocale.setDefault(_locale_for(language))
    # The layout direction is left alone: Qt derives it from the installed catalogues
    # (qtbase_<language>.qm translates QT_LAYOUT_DIRECTION), and asking a locale for its
    # direction would make PySide6's `Qt` namespace before the first paint (about 18 ms).
    return found


def _load(path: Traversable) -> QTranslator | None:
    if not path.is_file():
        return None
    translator = QTranslator()
    from importlib.resources import as_file

    with as_file(path) as real:  # a real file already, unless the package is zipped
        if not translator.load(str(real)):
            log.warning("the catalogue %s could not be read", path.name)
            return None
    return translator


def _load_qt_own(suffix: str) -> QTranslator | None:
    """Qt's catalogue for the standard buttons, where Qt says its catalogues are; else beside
    PySide6 (a frozen app keeps them in PySide6/Qt/translations, without a qt.conf)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations"))
    translator = QTranslator()
    for folder in folders:
        if translator.load(f"qtbase_{suffix}", folder):
            return translator
    log.info("Qt's own catalogue qtbase_%s.qm was not found in %s", suffix, ", ".join(folders))
    return None


def _locale_for(language: Language) -> QLocale:
    """The system's own locale when it is of the same language and script (it keeps regional
    formats such as de-AT or en-GB), else the language's usual one."""
    system, wanted = QLocale.system(), QLocale(language.locale)
    if system.language() == wanted.language() and system.script() == wanted.script():
        return system
    return wanted
