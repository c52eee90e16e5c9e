"""The wizard's language: Qt's translation system (QTranslator), one catalogue per language.

Every sentence the wizard shows goes through :func:`translate` with a literal context and
source text, so ``pyside6-lupdate`` finds it; sentences held in constants are marked with
``QT_TRANSLATE_NOOP(context, text)`` and translated where they are shown. Placeholders are
``str.format`` fields (``{name}``), filled after translation. Dates and numbers are written by
:func:`format_date` and :func:`format_number` in the format of the wizard's language.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

__all__ = ["QT_TRANSLATE_NOOP", "format_date", "format_number", "translate"]

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
