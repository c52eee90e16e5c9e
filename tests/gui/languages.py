"""Languages in tests: the compiled catalogues, pseudo catalogues, and English again after
each test.

`built_catalogues()` compiles resources/i18n/*.ts into the .qm files the app loads (as
`scripts/check.py` and `make run` do before); `pseudo_catalogue()` makes a catalogue the way a
release does (pyside6-lupdate over the given sources, pyside6-lrelease) with every message
filled by a pseudo translation, so a sentence left untranslated stands out; `english_after`
puts back English and the default QLocale the test started with, so no other test sees a
language it did not choose.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from trustanchor.gui.i18n import ENGLISH, install_language

ROOT = Path(__file__).resolve().parents[2]
TOOL_TIMEOUT_S = 120


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


def pseudo_catalogue(sources: Iterable[Path], folder: Path, fill: Callable[[str], str]
                     ) -> tuple[Path, dict[str, set[str]]]:
    """The .qm of every sentence lupdate finds in `sources`, each translated as `fill(source)`,
    and those sentences by context."""
    ts, qm = folder / "trustanchor_pseudo.ts", folder / "trustanchor_pseudo.qm"
    tools = Path(sys.executable).parent
    subprocess.run([str(tools / "pyside6-lupdate"), *map(str, sources), "-ts", str(ts)],
                   check=True, capture_output=True, timeout=TOOL_TIMEOUT_S)
    tree = ET.parse(ts)
    found: dict[str, set[str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found.setdefault(name, set()).add(source)
            translation = message.find("translation")
            assert translation is not None
            translation.text = fill(source)
            translation.attrib.pop("type", None)  # "unfinished" would not be compiled
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=TOOL_TIMEOUT_S)
    return qm, found


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    yield qapp
    install_language(qapp, ENGLISH)
    QLocale.setDefault(locale)
