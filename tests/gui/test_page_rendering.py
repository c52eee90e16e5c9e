"""Every page renders in a realistic state at 100% and 200%, light and dark: the screenshot
script walks the real wizard (real CA, real files, loopback publishing, a simulated iPhone)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "render_screenshots.py"
PAGES = ("01-welcome", "02-your-ca", "03-server-certificate", "04-save-and-configure",
         "05-send-to-your-phone", "06-install-the-profile", "07-enable-full-trust",
         "08-verify-not-yet", "09-verify-it-works", "10-done")
WINDOW = (900, 680)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


@pytest.mark.parametrize(("scale", "dark"), [(1, False), (2, True)])
def test_every_page_renders(tmp_path: Path, scale: int, dark: bool) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    cmd = [sys.executable, str(SCRIPT), "--out", str(tmp_path / "shots"), "--scale", str(scale)]
    result = subprocess.run([*cmd, *(["--dark"] if dark else [])], env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    suffix = "-dark" if dark else ""
    for name in PAGES:
        path = tmp_path / "shots" / f"{name}{suffix}.png"
        assert png_size(path) == (WINDOW[0] * scale, WINDOW[1] * scale), name
        assert path.stat().st_size > 15_000, f"{name} looks empty"
