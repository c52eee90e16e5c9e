"""Render every phone-screen illustration to PNG in docs/illustrations/, light and dark.

    make illustrations
    .venv/bin/python scripts/render_illustrations.py [--ios 17] [--width 540] [--out DIR]
                                                     [--ca-name "Home Lab CA"] [--lang de|all]

The PNGs are for the README and for reviewing the drawings; the app itself uses the SVG from
trustanchor.core.pictures. Rendering goes through QtSvg offscreen (the same renderer the
desktop wizard uses), so no display is needed. Files are named <id>-<theme>.png; the iOS set
is the one for --ios (default: the newest iOS); every Android picture (all Settings paths) is
always added. --lang draws a phone set to that language (default English, into --out itself);
--lang all draws every other language too, each into its own folder, docs/illustrations/<lang>/.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from trustanchor.core.pictures.illustrations import (
    ANDROID_VARIANTS,
    LANGUAGES,
    list_illustrations,
    render_svg,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CA_NAME = "Home Lab Root CA"
BACKGROUND = {"light": "#FFFFFF", "dark": "#000000"}


def render_png(svg: str, width: int, background: str) -> QImage:
    """Draw one SVG document into an image `width` pixels wide, keeping its aspect ratio."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("QtSvg could not read the SVG")
    size = renderer.defaultSize()
    image = QImage(width, round(width * size.height() / size.width()),
                   QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ios", default=None, help="iOS version to draw (default: newest)")
    parser.add_argument("--width", type=int, default=540, help="PNG width in pixels")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "illustrations")
    parser.add_argument("--ca-name", default=SAMPLE_CA_NAME)
    parser.add_argument("--lang", default="en", choices=[*LANGUAGES, "all"],
                        help="the phone's language (all: every language, one folder each)")
    args = parser.parse_args(argv)
    if not 100 <= args.width <= 2000:
        parser.error("--width must be between 100 and 2000 pixels")
    app = QGuiApplication.instance() or QGuiApplication([])
    languages = LANGUAGES if args.lang == "all" else (args.lang,)
    for language in languages:
        out = args.out if language == "en" else args.out / language
        if not write_set(args, language, out):
            return 1
    del app
    return 0


def write_set(args: argparse.Namespace, language: str, out: Path) -> bool:
    """Every picture in one language, light and dark, as PNG files in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    pictures = list_illustrations(args.ios)
    for variant in ANDROID_VARIANTS:
        pictures += [p for p in list_illustrations(platform="android", android=variant)
                     if p.id not in {q.id for q in pictures}]
    for picture in pictures:
        for theme in ("light", "dark"):
            svg = render_svg(picture.id, ca_name=args.ca_name, theme=theme,
                             ios_version=args.ios, caption=True, language=language)
            path = out / f"{picture.id}-{theme}.png"
            if not render_png(svg, args.width, BACKGROUND[theme]).save(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return False
    print(f"{2 * len(pictures)} pictures written to {out}")
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
