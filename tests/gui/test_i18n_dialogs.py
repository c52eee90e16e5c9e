"""No text is cut off in the wizard's dialogs, in any language, at 100% and 200%.

tests/gui/dialog_shots.py opens every dialog the wizard opens, in a realistic state with real
core objects (a CA, trust stores in temporary folders, a real ACME setup, a status check of a
server that does not answer on 127.0.0.1, a phone part-way through), at its default size, and
asks tests/gui/cliphelpers.py for text that does not fit. It runs in a process of its own per
language and scale, since Qt's scale is chosen before it starts.

Languages as in test_i18n_render.py: the pseudo languages and every language with a catalogue
in resources/i18n; the CJK ones skip where no CJK font is installed (Qt would draw boxes).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.trusthelpers import needs_certutil, needs_update_ca
from tests.gui.dialog_shots import DIALOGS
from tests.gui.languages import built_catalogues
from tests.gui.test_i18n_render import LANGUAGES, cjk_font_installed

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT_S = 180
CJK = ("pseudo-cjk", "ja", "zh_CN")

pytestmark = [needs_certutil, needs_update_ca]  # the trust dialog reads real stores


@pytest.fixture(scope="module")
def catalogues() -> list[Path]:
    return built_catalogues()


def run(tmp_path: Path, *options: str) -> dict[str, list[dict[str, object]]]:
    """Open every dialog with `options`; the report, {dialog: [clipping, ...]}."""
    report = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "tests.gui.dialog_shots", "--work",
                             str(tmp_path), "--report", str(report), *options],
                            cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    found: dict[str, list[dict[str, object]]] = json.loads(report.read_text(encoding="utf-8"))
    return found


def lines(found: dict[str, list[dict[str, object]]]) -> list[str]:
    return [f"{dialog}: {c['widget']}: {c['why']} (needs {c['needed']}, has {c['available']}): "
            f"{c['text']!r}" for dialog, clippings in found.items() for c in clippings]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_dialog_text_is_cut_off(qapp: object, catalogues: list[Path], tmp_path: Path,
                                   language: str, scale: int) -> None:
    if language in CJK and not cjk_font_installed():
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk): CJK would draw as boxes")
    found = run(tmp_path, "--language", language, "--scale", str(scale))
    assert list(found) == list(DIALOGS)
    width, height = png_size(tmp_path / "trust.png")  # the scale really applied
    assert (width, height) == (760 * scale, 680 * scale)
    clipped = lines(found)
    assert clipped == [], "text cut off:\n" + "\n".join(clipped)


def test_the_check_reports_every_dialog_made_too_small(tmp_path: Path) -> None:
    """The whole path can fail: forced smaller than its layout, every dialog is reported,
    and so is what that does to its words (cut off, or a page that scrolls sideways)."""
    found = run(tmp_path, "--size", "180x90")
    assert list(found) == list(DIALOGS)
    too_small = "window smaller than its layout's minimum"
    for dialog, clippings in found.items():
        whys = {str(c["why"]) for c in clippings}
        assert too_small in whys, (dialog, whys)
        assert whys - {too_small}, (dialog, whys)
