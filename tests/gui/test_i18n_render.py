"""No text is cut off in any language, at 100% and 200%, at the window's size and its minimum.

The screenshot script walks the real wizard (real CA, files, loopback publishing, a simulated
iPhone) in each language and, on every page, asks tests/gui/cliphelpers.py for widgets whose
text does not fit, once at the default window size and once at the window's minimum size.

Languages: the two pseudo languages of tests/gui/pseudolang.py (longer accented words; CJK
without spaces), which stand in for translations before they exist, and every real language
that has a catalogue in resources/i18n (trustanchor_<language>.ts, built with pyside6-lrelease
into the test's temp folder, or a .qm). A language without a catalogue yet gets no test here:
its parameters are not generated until its .ts is added. The pseudo languages change only
sentences that already go through translate(), and Qt's own (button box, context menus).
CJK text is measured only where a CJK font is installed (Debian: fonts-noto-cjk); elsewhere Qt
draws narrow boxes and the CJK cases skip with that reason.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.cliphelpers import find_clipping, report
from tests.gui.pseudolang import PSEUDO_LANGUAGES, PseudoTranslator, cjk, lengthen

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "render_screenshots.py"
CATALOGUES = ROOT / "resources" / "i18n"
WINDOW = (900, 680)
PAGES = ("01-welcome", "02-your-ca", "03-server-certificate", "04-save-and-configure",
         "05-send-to-your-phone", "06-install-the-profile", "07-enable-full-trust",
         "08-verify-not-yet", "09-verify-it-works", "10-done")
RUN_TIMEOUT_S = 240


def catalogue_languages() -> list[str]:
    return sorted({path.stem.removeprefix("trustanchor_")
                   for pattern in ("trustanchor_*.ts", "trustanchor_*.qm")
                   for path in CATALOGUES.glob(pattern)})


LANGUAGES = [*PSEUDO_LANGUAGES, *catalogue_languages()]


def cjk_font_installed() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


def render(tmp_path: Path, *options: str) -> dict[str, list[dict[str, object]]]:
    """Run the screenshot script with `options` and the clipping check; its report."""
    out = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "shots"),
                             "--check-clipping", str(out), *options],
                            env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    found: dict[str, list[dict[str, object]]] = json.loads(out.read_text(encoding="utf-8"))
    return found


def lines(found: dict[str, list[dict[str, object]]]) -> list[str]:
    return [f"{where}: {c['widget']}: {c['why']} (needs {c['needed']}, has {c['available']}): "
            f"{c['text']!r}" for where, clippings in found.items() for c in clippings]


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_off(qapp: object, tmp_path: Path, language: str, scale: int) -> None:
    if language in ("pseudo-cjk", "ja", "zh_CN") and not cjk_font_installed():
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk): CJK would draw as boxes")
    found = render(tmp_path, "--language", language, "--scale", str(scale))
    assert sorted(found) == sorted(f"{page}@{size}" for page in PAGES
                                   for size in ("default", "minimum"))
    for page in PAGES:  # the device pixel ratio really applied: twice the pixels at 200%
        assert png_size(tmp_path / "shots" / f"{page}.png") == (WINDOW[0] * scale,
                                                                WINDOW[1] * scale), page
    clipped = lines(found)
    assert clipped == [], "text cut off:\n" + "\n".join(clipped)


def test_the_check_reports_a_window_too_small_for_its_pages(tmp_path: Path) -> None:
    """The whole path can fail: asked for a window smaller than its layout allows, the
    script's report names it on every page."""
    found = render(tmp_path, "--size", "200x150")
    for page in PAGES:
        whys = [c["why"] for c in found[f"{page}@default"]]
        assert "window smaller than its layout's minimum" in whys, page


# -------------------------------------------------------------------- the clipping finder


def tree(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_too_narrow_widgets_are_reported(qtbot: QtBot) -> None:
    label = QLabel("A label far too long for its width")
    label.setFixedWidth(60)
    wrapped = QLabel("A wrapped label that needs several lines of height")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(90, 20)
    rich = QLabel("<p>Unbreakable: <b>Stammzertifizierungsstellenzertifikat</b></p>")
    rich.setWordWrap(True)
    rich.setFixedSize(120, 200)
    button = QPushButton("Make certificate")
    button.setFixedWidth(50)
    button.setObjectName("make")
    check = QCheckBox("Limit to these names")
    check.setFixedWidth(60)
    box = QGroupBox("A group title that is long")
    box.setFixedSize(60, 40)
    edit = QLineEdit()
    edit.setPlaceholderText("nas.home.arpa, 192.168.1.20")
    edit.setFixedWidth(80)
    root = tree(qtbot, label, wrapped, rich, button, check, box, edit)
    stray = QLabel("stray", root)
    stray.setGeometry(root.width() + 10, 0, 40, 20)
    stray.show()
    found = find_clipping(root, "demo")
    whys = {(c.widget, c.text): c.why for c in found}
    assert whys == {
        ("QLabel", label.text()): "label text does not fit",
        ("QLabel", wrapped.text()): "wrapped label text does not fit",
        ("QLabel", rich.text()): "wrapped label text does not fit",
        ("QPushButton 'make'", "Make certificate"): "button text does not fit",
        ("QCheckBox", "Limit to these names"): "button text does not fit",
        ("QGroupBox", "A group title that is long"): "group box title does not fit",
        ("QLineEdit", edit.placeholderText()): "placeholder wider than the field (cut off with …)",
        ("QLabel", "stray"): "outside its parent QWidget",
    }, report(found)
    short = next(c for c in found if c.text == label.text())
    assert short.needed[0] > short.available[0] == 60
    assert str(short).startswith("demo: QLabel: label text does not fit (needs ")


def test_widgets_laid_out_at_their_minimum_fit(qtbot: QtBot) -> None:
    """No false reports: every kind of text the finder measures, at the layout's minimum."""
    texts = ("Plain", "Two lines\nthe second longer", "<b>Rich</b> with a <a href='x'>link</a>",
             "A long sentence that wraps when there is not room for it on one line, as "
             "the pages' explanations do")
    labels: list[QWidget] = []
    for text in texts:
        labels.append(QLabel(text))
        wrapped = QLabel(text)
        wrapped.setWordWrap(True)
        labels.append(wrapped)
    buddy = QLabel("&Name:")
    field = QLineEdit()
    field.setPlaceholderText("Home CA")
    buddy.setBuddy(field)
    row = QWidget()
    row_layout = QHBoxLayout(row)
    row_layout.addWidget(buddy)
    row_layout.addWidget(field)
    box = QGroupBox("Options")
    box.setCheckable(True)
    QVBoxLayout(box).addWidget(QCheckBox("&Also make a .p12 file"))
    root = tree(qtbot, *labels, row, box, QPushButton("OK"), QPushButton("&Make certificate"))
    for size in (root.minimumSizeHint(), QSize(900, 700)):
        root.resize(size)
        qtbot.wait(10)
        assert find_clipping(root, "demo") == [], report(find_clipping(root, "demo"))


def test_a_pseudo_language_lengthens_what_goes_through_translate(qtbot: QtBot) -> None:
    """English fits; the same widgets in pseudo-long do not: the translator reaches the
    widgets and the finder sees the difference."""
    def build() -> QWidget:
        label = QLabel(QCoreApplication.translate("demo", "Name shown on your phone:"))
        label.setFixedWidth(label.sizeHint().width())
        button = QPushButton(QCoreApplication.translate("demo", "Make certificate"))
        button.setFixedWidth(button.sizeHint().width())
        english_sized = QWidget()
        layout = QVBoxLayout(english_sized)
        layout.addWidget(label)
        layout.addWidget(button)
        return english_sized

    english = build()
    widths = [child.width() for child in english.findChildren(QWidget)]
    assert find_clipping(tree(qtbot, english), "english") == []
    translator = PseudoTranslator("pseudo-long")
    QCoreApplication.installTranslator(translator)
    try:
        longer = build()
        for child, width in zip(longer.findChildren(QWidget), widths, strict=True):
            child.setFixedWidth(width)
        found = find_clipping(tree(qtbot, longer), "pseudo-long")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qt_own = buttons.buttons()[0].text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert sorted(c.why for c in found) == ["button text does not fit",
                                           "label text does not fit"], report(found)
    assert qt_own == lengthen("OK"), qt_own


@pytest.mark.parametrize(("source", "kept"), [
    ("Saved in {folder}", ["{folder}"]),
    ("<b>Next</b> &amp; more", ["<b>", "</b>", "&amp;"]),
    ("&Next", ["&N"]),
    ("Open https://nas.home.arpa/ now", ["https://nas.home.arpa/"]),
    ("%1 of %n", ["%1", "%n"]),
    ("Braces {{x}} stay", ["{{", "}}"]),
])
def test_pseudo_languages_keep_what_translations_keep(source: str, kept: list[str]) -> None:
    for change in (lengthen, cjk):
        result = change(source)
        for piece in kept:
            assert piece in result, (change.__name__, result)
    assert len(lengthen("Make certificate")) >= 1.4 * len("Make certificate")
    assert lengthen("Make certificate").isascii() is False
    assert " " not in cjk("Make certificate")
    assert all("\u4e00" <= c <= "\u9fff" for c in cjk("Make certificate"))
