"""What the frozen app leaves out: unused Qt plugins, modules, translations (all but those of
the wizard's languages) and libraries.

PyInstaller's PySide6 hooks collect every plugin a Qt module might load. TrustAnchor is a widgets
app that draws SVG, so most of them (GTK theme, OpenGL integrations, TLS back ends, network
information, eglfs, VNC, ...) only add size; the GTK platform theme alone pulls about 49 MB of
the build host's GTK (docs/engineering.md). Pure functions over PyInstaller's table-of-contents
tuples `(dest_name, source_path, typecode)`, so the rules are testable without a build.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]

# Python modules nothing in the app imports (tests/e2e/test_packaging_meta.py checks that). The
# wizard uses QtNetwork only for QLocalServer (single instance): its TLS and network-information
# plugins stay out, the module stays in. QtDBus is needed by QtGui on Linux as a library only.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "pydoc_data",
    # Nothing of TrustAnchor's uses sqlite3.
    "sqlite3",
    "_sqlite3",
)

# Qt's own catalogue of each language the wizard speaks (gui/i18n.py LANGUAGES): gui/i18n.py
# installs it for the standard buttons (Cancel, OK, ...). The other languages' stay out.
WIZARD_LANGUAGE_SUFFIXES = ("de", "fr", "es", "ja", "zh_CN", "pt_BR")
KEPT_QT_CATALOGUES = frozenset(f"qtbase_{suffix}.qm" for suffix in WIZARD_LANGUAGE_SUFFIXES)

# Plugin folders dropped whole on every platform.
DROPPED_PLUGIN_DIRS = frozenset({
    "platformthemes",          # GTK / xdg-desktop-portal themes: ~49 MB of host GTK libraries
    "egldeviceintegrations",   # eglfs on bare KMS/framebuffer devices
    "generic",                 # evdev / tuio input for eglfs and linuxfb
    "networkinformation",      # QtNetwork's reachability back ends; QLocalServer needs none
    "tls",                     # QtNetwork's TLS back ends; our HTTPS is Python's ssl
    "xcbglintegrations",       # OpenGL on X11; widgets paint with the raster engine
    "wayland-graphics-integration-client",  # OpenGL buffers on Wayland; raster uses shm
    "wayland-graphics-integration-server",
    "sqldrivers",
    "qmltooling",
})

# Plugin folders filtered to the named plugins (file stems without "lib" and extension).
# Folders in neither table (e.g. "styles", which gives Windows and macOS their native look)
# are kept whole.
KEPT_PLUGINS: dict[str, dict[str, frozenset[str]]] = {
    "linux": {
        "platforms": frozenset({"qoffscreen", "qxcb", "qwayland"}),
        "imageformats": frozenset({"qsvg"}),
        "iconengines": frozenset({"qsvgicon"}),
        # Dead keys and the Compose key; the IBus plugin needs QtDBus from Python-less Qt.
        "platforminputcontexts": frozenset({"composeplatforminputcontextplugin"}),
        "wayland-shell-integration": frozenset({"xdg-shell"}),
        "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    },
    "macos": {
        "platforms": frozenset({"qcocoa", "qoffscreen"}),
        "imageformats": frozenset({"qsvg"}),
        "iconengines": frozenset({"qsvgicon"}),
    },
    "windows": {
        "platforms": frozenset({"qwindows", "qoffscreen"}),
        "imageformats": frozenset({"qsvg"}),
        "iconengines": frozenset({"qsvgicon"}),
    },
}


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    if base.startswith("lib"):
        base = base[3:]
    for ext in (".so", ".dylib", ".dll"):
        if ext in base:
            return base[: base.index(ext)]
    return base


def plugin_location(dest: str) -> tuple[str, str] | None:
    """("platforms", "qxcb") for "PySide6/Qt/plugins/platforms/libqxcb.so", else None.

    PySide6 wheels keep plugins in PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on
    Windows.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for i, part in enumerate(parts[:-2]):
        if part == "plugins" and i > 0 and parts[i - 1] in ("Qt", "PySide6"):
            return parts[i + 1], _stem(parts[-1])
    return None


def keep_plugin(dest: str, system: str) -> bool:
    """Whether a collected file is kept, judged as a Qt plugin (non-plugins are always kept)."""
    where = plugin_location(dest)
    if where is None:
        return True
    folder, stem = where
    if folder in DROPPED_PLUGIN_DIRS:
        return False
    wanted = KEPT_PLUGINS[system].get(folder)
    return wanted is None or stem in wanted


def is_qt_translation(dest: str) -> bool:
    """Qt's own .qm catalogues (PySide6's translations folder), not the app's."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    return dest.endswith(".qm") and "translations" in parts


def drops_translation(dest: str) -> bool:
    """Qt's catalogues of the languages the wizard does not speak (most of Qt's forty)."""
    base = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return is_qt_translation(dest) and base not in KEPT_QT_CATALOGUES


def _always_kept(dest: str) -> bool:
    """The Python runtime: the bootloader loads it by name, so no binary references it."""
    base = dest.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return base.startswith(("libpython", "python")) or base == "python"


def prune_unreferenced(
    binaries: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[Entry], list[Entry]]:
    """Drop shared libraries that no kept binary needs any more, after plugins were removed.

    Roots are Python extension modules, Qt plugins and the Python runtime; shared libraries
    ("BINARY") are kept only when reachable from a root through `imports_of(source_path)` (the
    names a binary links against, matched by base name, case-insensitive). Symbolic links and
    macOS framework files whose library was dropped go with it. Returns (kept, dropped).
    """
    entries = list(binaries)
    libs: dict[str, Entry] = {}
    roots: list[Entry] = []
    for entry in entries:
        dest, _src, kind = entry
        if kind == "BINARY" and plugin_location(dest) is None and not _always_kept(dest):
            libs[_base(dest)] = entry
        elif kind != "SYMLINK":
            roots.append(entry)
    reached: set[str] = set()
    todo = [src for _d, src, _k in roots]
    while todo:
        for name in imports_of(todo.pop()):
            key = _base(name)
            if key in libs and key not in reached:
                reached.add(key)
                todo.append(libs[key][1])
    dropped_libs = {key for key in libs if key not in reached}
    dropped_dirs = {framework_dir(libs[k][0]) for k in dropped_libs} - {None}
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in entries:
        dest, src, kind = entry
        gone = (kind == "BINARY" and _base(dest) in dropped_libs and _base(dest) in libs
                and libs[_base(dest)] is entry)
        gone = gone or any(dest.replace("\\", "/").startswith(d) for d in dropped_dirs if d)
        if kind == "SYMLINK" and not gone:
            gone = _base(src) in dropped_libs
        (dropped if gone else kept).append(entry)
    return kept, dropped


def drop_dangling_symlinks(
    entries: Iterable[Entry], removed: Iterable[str]
) -> tuple[list[Entry], list[Entry]]:
    """SYMLINK entries (dest, relative target, "SYMLINK") whose target was removed.

    PyInstaller puts links such as `libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6` among
    the data files, so pruning a library must also take its link, or the app ships it dangling.
    """
    gone = {posixpath.normpath(d.replace("\\", "/")) for d in removed}
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in entries:
        dest, target, kind = entry
        resolved = posixpath.normpath(
            posixpath.join(posixpath.dirname(dest.replace("\\", "/")), target.replace("\\", "/")))
        (dropped if kind == "SYMLINK" and resolved in gone else kept).append(entry)
    return kept, dropped


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def framework_dir(dest: str) -> str | None:
    """"PySide6/Qt/lib/QtPdf.framework/" for a file inside that macOS framework, else None."""
    dest = dest.replace("\\", "/")
    marker = dest.find(".framework/")
    return dest[: marker + len(".framework/")] if marker >= 0 else None
