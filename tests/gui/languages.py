"""Languages in tests: the compiled catalogues, and English again after each test.

`built_catalogues()` compiles resources/i18n/*.ts into the .qm files the app loads (as
`scripts/check.py` and `make run` do before); `english_after` puts back English and the
default QLocale the test started with, so no other test sees a language it did not choose.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from trustanchor.gui.i18n import ENGLISH, install_language

ROOT = Path(__file__).resolve().parents[2]


def translations_script() -> ModuleType:
    """scripts/translations.py as a module."""
    name = "trustanchor_translations_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def built_catalogues() -> list[Path]:
    return list(translations_script().build())


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    yield qapp
    install_language(qapp, ENGLISH)
    QLocale.setDefault(locale)
