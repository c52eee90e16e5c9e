"""The wizard without a display, or without Qt's xcb libraries: one line and exit 2, before Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trustanchor.gui.display import QT_LIBRARIES, XCB_LIBRARIES, check_display, missing_libraries

# macOS and Windows always have their native platform, so there "no display" cannot happen and
# the program would open its window; the shared-library names are Linux sonames.
linux_only = pytest.mark.skipif(
    sys.platform != "linux", reason="no display server and ELF sonames are Linux situations")
NO_DISPLAY = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}


def _headless_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TRUSTANCHOR_HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@linux_only
def test_installed_entry_point_without_a_display_says_one_line(tmp_path: Path) -> None:
    program = shutil.which("trustanchor", path=str(Path(sys.executable).parent))
    assert program is not None, "the trustanchor entry point is not installed next to python"
    proc = subprocess.run([program], capture_output=True, text=True, timeout=30,
                          stdin=subprocess.DEVNULL, env=_headless_env(tmp_path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("trustanchor: no display found")
    assert "trustanchor --help" in lines[0]


@linux_only
def test_no_display_is_decided_before_qt_is_imported(tmp_path: Path) -> None:
    probe = ("import sys\nfrom trustanchor.gui.main import main\nrc = main([])\n"
             "print(rc, any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=30, env=_headless_env(tmp_path))
    assert proc.stdout.split() == ["2", "False"], proc.stderr


def test_subcommands_still_work_without_a_display(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "trustanchor.gui", "--version"],
                          capture_output=True, text=True, timeout=30, env=_headless_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("TrustAnchor ")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc:size=800x600"])
def test_a_headless_qt_platform_needs_no_display(platform: str) -> None:
    assert check_display({"QT_QPA_PLATFORM": platform}, platform="linux") is None


def test_qt_itself_needs_glib_even_offscreen() -> None:
    # A minimal system (a container) lacks glib: QtCore's import would fail with a traceback.
    problem = check_display({"QT_QPA_PLATFORM": "offscreen"}, platform="linux", frozen=False,
                            loadable=lambda soname: soname != "libglib-2.0.so.0")
    assert problem is not None
    assert "libglib2.0-0" in problem.message
    assert "libxcb" not in problem.message


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_macos_and_windows_always_have_their_native_platform(platform: str) -> None:
    assert check_display({}, platform=platform) is None


@pytest.mark.parametrize("env", [{}, {"DISPLAY": ""}, {"QT_QPA_PLATFORM": "xcb"},
                                 {"QT_QPA_PLATFORM": "wayland"}])
def test_no_display_server_is_reported(env: dict[str, str]) -> None:
    problem = check_display(env, platform="linux")
    assert problem is not None
    assert "no display found" in problem.message


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = check_display({"DISPLAY": ":0"}, platform="linux", frozen=False,
                            loadable=lambda soname: soname not in absent)
    assert problem is not None
    assert "libxcb-icccm4 libxcb-keysyms1" in problem.message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in problem.message
    assert "\n" not in problem.message


def test_wayland_session_checks_the_wayland_libraries() -> None:
    problem = check_display({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux", frozen=False,
                            loadable=lambda soname: soname != "libwayland-cursor.so.0")
    assert problem is not None
    assert "libwayland-cursor0" in problem.message
    assert "libxcb" not in problem.message


def test_the_frozen_app_carries_its_own_libraries() -> None:
    assert check_display({"DISPLAY": ":0"}, platform="linux", frozen=True,
                         loadable=lambda soname: False) is None


@linux_only
def test_the_dynamic_loader_is_really_asked() -> None:
    assert missing_libraries({"libtrustanchor-absent.so.9": "trustanchor-absent"}) == (
        "trustanchor-absent",)
    # The test set-up installs the xcb libraries (scripts/system-packages.sh), so all load.
    assert missing_libraries({**QT_LIBRARIES, **XCB_LIBRARIES}) == ()


def test_the_windowed_windows_program_with_arguments_points_to_the_console_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import trustanchor.gui.main as program

    told: list[str] = []
    monkeypatch.setattr(program, "_tell_without_console", told.append)
    monkeypatch.setattr(sys, "stdout", None)  # a windowed (console=False) Windows executable
    monkeypatch.setattr(sys, "stderr", None)
    assert program.main(["ca", "show"]) == program.EXIT_NO_DISPLAY
    assert told == [program.NO_CONSOLE_MESSAGE] and "trustanchor-cli.exe" in told[0]
