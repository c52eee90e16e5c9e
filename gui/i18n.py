"""The wizard's language: Qt's translation system (QTranslator), one catalogue per language.

Every sentence the wizard shows goes through :func:`translate` with a literal context and
source text, so ``pyside6-lupdate`` finds it; sentences held in constants are marked with
``QT_TRANSLATE_NOOP(context, text)`` and translated where they are shown. Placeholders are
``str.format`` fields (``{name}``), filled after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["QT_TRANSLATE_NOOP", "translate"]

translate = QCoreApplication.translate
