"""Every illustration drawn through QtSvg (the desktop wizard's renderer), and the PNG script."""

from __future__ import annotations

import importlib.util
from array import array
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from trustanchor.core.pictures.common import SCREEN_HEIGHT, SCREEN_WIDTH, SVG_HEIGHT, SVG_WIDTH
from trustanchor.core.pictures.illustrations import ANDROID_VARIANTS, list_illustrations, render_svg

ROOT = Path(__file__).resolve().parents[2]
MARK = {"light": QColor("#E6007E"), "dark": QColor("#FF4FC1")}
CASES = sorted({(p.id, v) for v in ("12.1", "14", "17", None) for p in list_illustrations(v)}
               | {(p.id, None) for a in ANDROID_VARIANTS
                  for p in list_illustrations(platform="android", android=a)}, key=str)


def draw(svg: str, size: QSize) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (abs(a.red() - b.red()) + abs(a.green() - b.green())
            + abs(a.blue() - b.blue())) <= tolerance


def screen_pixels(image: QImage) -> Counter[int]:
    """How often each 0xAARRGGBB value occurs on the phone screen (16 units in from the corner).

    Counted in C (array + Counter) so that every pixel of every picture can be looked at.
    """
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = array("I", bytes(image.constBits()))
    width = image.bytesPerLine() // 4
    counts: Counter[int] = Counter()
    for y in range(16, 16 + SCREEN_HEIGHT):
        counts.update(pixels[y * width + 16: y * width + 16 + SCREEN_WIDTH])
    return counts


def colour(value: int) -> QColor:
    return QColor.fromRgba(value)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("picture", "version"), CASES)
def test_every_picture_renders_through_qtsvg(qapp: QApplication, picture: str,
                                             version: str | None, theme: str) -> None:
    svg = render_svg(picture, ca_name='<Tëst & "Co">', theme=theme,  # type: ignore[arg-type]
                     ios_version=version)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(SVG_WIDTH, SVG_HEIGHT)
    image = draw(svg, renderer.defaultSize())
    assert image.size() == QSize(SVG_WIDTH, SVG_HEIGHT)
    counts = screen_pixels(image)
    total = SCREEN_WIDTH * SCREEN_HEIGHT
    opaque = sum(n for value, n in counts.items() if value >> 24 == 0xFF)
    assert opaque > total * 0.97, "the screen is painted (only its rounded corners are not)"
    assert len(counts) > 50, "more than a flat fill: rows, text and icons are drawn"
    ((_, most),) = counts.most_common(1)
    assert total - most > total * 0.05, f"only {total - most} of {total} pixels drawn"
    ring = sum(n for value, n in counts.items() if near(colour(value), MARK[theme]))
    assert ring > 250, f"the ring is visible ({ring} pixels)"
    corner = image.pixelColor(1, SVG_HEIGHT - 2)
    assert corner.alpha() == 0, "outside the rounded phone body stays transparent"


def test_the_caption_adds_its_band_and_is_drawn(qapp: QApplication) -> None:
    svg = render_svg("ios-trust-switch", ca_name="Lab CA", caption=True)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    assert size == QSize(SVG_WIDTH, SVG_HEIGHT + 60)
    image = draw(svg, size)
    band = [image.pixelColor(x, y) for y in range(SVG_HEIGHT + 4, size.height())
            for x in range(0, SVG_WIDTH, 2)]
    assert sum(p.alpha() > 0 for p in band) > 50, "the caption text is drawn"


def test_a_picture_scales_crisply_to_twice_the_size(qapp: QApplication) -> None:
    svg = render_svg("ios-passcode", ca_name="Lab CA", theme="dark")
    image = draw(svg, QSize(2 * SVG_WIDTH, 2 * SVG_HEIGHT))
    assert image.size() == QSize(2 * SVG_WIDTH, 2 * SVG_HEIGHT)
    keypad = image.pixelColor(2 * (16 + 60), 2 * (16 + SCREEN_HEIGHT - 220))
    assert near(keypad, QColor("#5C5C5F")), keypad.name()


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_illustrations", ROOT / "scripts" / "render_illustrations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_writes_light_and_dark_pngs(qapp: QApplication, tmp_path: Path) -> None:
    script = load_script()
    assert script.main(["--out", str(tmp_path), "--width", "200", "--ios", "15"]) == 0
    expected = [p.id for p in list_illustrations("15")]
    expected += sorted({p.id for a in ANDROID_VARIANTS
                        for p in list_illustrations(platform="android", android=a)})
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{i}-{t}.png" for i in expected for t in ("light", "dark"))
    image = QImage(str(tmp_path / "ios-trust-switch-dark.png"))
    assert image.width() == 200 and image.height() == round(200 * (SVG_HEIGHT + 60) / SVG_WIDTH)
    assert image.pixelColor(2, 2) == QColor("#000000"), "dark pictures sit on black"


def test_the_script_refuses_a_silly_width(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        load_script().main(["--out", str(tmp_path), "--width", "5"])
    assert list(tmp_path.iterdir()) == []
