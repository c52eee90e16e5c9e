"""The wizard through the accessibility interface (AT-SPI on Linux), as a screen reader sees
it: every control of the first three pages found by its accessible name, the passphrase typed
and the buttons pressed through AT-SPI alone. Needs Xvfb, dbus-run-session, at-spi2-core and
Debian's python3-pyatspi (scripts/system-packages.sh); skips with the reason otherwise."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

FIRST_THREE_PAGES = (
    {"Next", "Back to the previous step", "Quit TrustAnchor", "Page title", "Page summary",
     "Your CA", "Welcome, current step"},
    {"Create a new CA", "Import a CA I already have", "Use my existing CA", "CA name",
     "Key type", "Limit this CA to my names", "Protect the CA key with a passphrase",
     "Passphrase", "Passphrase again", "Create CA", "Back to the previous step",
     "Quit TrustAnchor"},
    {"Skip the server certificate", "Server names and addresses, one per line",
     "Lifetime in days", "Folder to save in", "Choose the folder to save in",
     "Also save a PKCS#12 file", "Replace existing files", "Make certificate",
     "Back to the previous step", "Quit TrustAnchor"},
)


def missing_tools() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility interface"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False)
    if check.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


def test_every_control_of_the_first_three_pages_is_found_by_name(tmp_path: Path) -> None:
    reason = missing_tools()
    if reason is not None:
        pytest.skip(reason)
    run = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_driver.py"), sys.executable,
         str(HERE / "atspi_app.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=180, check=False)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, (run.returncode, run.stdout[-2000:], run.stderr[-2000:])
    result = json.loads(lines[-1])
    if "skip" in result:
        pytest.skip(f"AT-SPI could not start: {result['skip']}")
    assert "error" not in result, result
    pages = [set(names) for names in result["pages"]]
    assert len(pages) == 3
    for expected, found in zip(FIRST_THREE_PAGES, pages, strict=True):
        assert expected <= found, f"missing {sorted(expected - found)} in {sorted(found)}"
    # Driven through AT-SPI alone: the CA exists, made with the passphrase typed there.
    assert (tmp_path / "home" / "ca" / "ca.key").exists()
