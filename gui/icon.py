"""The app icon from resources/icons/app.svg, drawn by Qt's SVG icon engine at each size asked."""

from __future__ import annotations

from PySide6.QtGui import QIcon


def app_icon() -> QIcon:
    # importlib.resources costs a few ms to import; the icon is first needed after the paint.
    from importlib.resources import as_file, files

    # as_file gives a real path even from a zip; for a normal install it is the file itself,
    # which the icon engine reads lazily when a size is first needed.
    with as_file(files("trustanchor.resources") / "icons" / "app.svg") as path:
        return QIcon(str(path))
