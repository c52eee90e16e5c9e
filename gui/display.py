"""Can the wizard open a window here? Answered before Qt is imported.

Without a display Qt aborts the process (SIGABRT) after several lines that blame a missing
xcb library; with a display but without the libraries Qt's xcb plugin loads, it aborts the
same way and names only libxcb-cursor0. Both cases are decided here from the environment and
the dynamic loader, so the person gets one line saying what to do instead.

Linux and the BSDs only: macOS and Windows always have their native platform.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Platforms that need no display server (Qt's -platform names).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb",
                                "vkkhrdisplay"})

# What QtCore, QtGui and QtWidgets (PySide6 6.11) link against outside the wheel, read with ldd,
# and the Debian/Ubuntu package of each: a minimal system (a container, a server) lacks glib.
QT_LIBRARIES: Mapping[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}
# The same for Qt's xcb plugin (libqxcb.so and libQt6XcbQpa.so.6). Fresh desktops often lack the
# xcb-util ones.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# The same for the Wayland plugin (libqwayland.so).
WAYLAND_LIBRARIES: Mapping[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}


@dataclass(frozen=True)
class DisplayProblem:
    """Why no window can open, as one line for the terminal."""

    message: str


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _chosen_platform(env: Mapping[str, str]) -> str:
    """The platform Qt will try first: QT_QPA_PLATFORM's first entry, else by session."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip()
    if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_libraries(table: Mapping[str, str],
                      loadable: Callable[[str], bool] = _loadable) -> tuple[str, ...]:
    """The packages in `table` whose library the dynamic loader cannot find, each once."""
    packages: list[str] = []
    for soname, package in table.items():
        if package not in packages and not loadable(soname):
            packages.append(package)
    return tuple(packages)


def check_display(env: Mapping[str, str] | None = None, *, platform: str | None = None,
                  frozen: bool | None = None,
                  loadable: Callable[[str], bool] = _loadable) -> DisplayProblem | None:
    """None when the wizard can open a window, else what stands in the way."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("darwin", "win32", "cygwin"):
        return None
    chosen = _chosen_platform(env)
    headless = chosen in HEADLESS_PLATFORMS
    if not headless and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return DisplayProblem(
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the wizard cannot "
            "open a window; the subcommands work without one: see `trustanchor --help`")
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        return None  # the bundle carries its own copies of these libraries
    table = dict(QT_LIBRARIES)
    if not headless:
        table.update(WAYLAND_LIBRARIES if chosen.startswith("wayland") else XCB_LIBRARIES)
    missing = missing_libraries(table, loadable)
    if not missing:
        return None
    names = " ".join(missing)
    return DisplayProblem(
        f"the wizard needs system libraries that are missing: {names} (on Debian or Ubuntu: "
        f"sudo apt-get install {names}); the subcommands work without them")
