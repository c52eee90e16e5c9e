"""Render the app icon from one SVG into PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py [--svg FILE] [--out DIR]

The source is resources/icons/app.svg (the same drawing the wizard shows). Rendering uses
QtSvg on Qt's offscreen platform, so it runs on a machine without a display. The .ico and .icns
containers are written here (both just hold PNG images), so every OS produces all three; on
macOS `build.py` also reads the .icns back with Apple's `iconutil` as a check.
Outputs go to build/ (never committed).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
# Windows picks the closest size for the shell, taskbar and title bar; 256 is the largest
# an .ico holds (Microsoft, "Icons" design guidelines).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# PNG-carrying icns element types and their pixel sizes: the ten images of an .iconset folder
# (icon_16x16 ... icon_512x512@2x), which is what Apple's iconutil writes and reads; the @2x
# types ic10-ic14 are what Retina displays use.
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


SOURCE = ROOT / "resources" / "icons" / "app.svg"


def render_pngs(svg: bytes, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each square size, drawn by QtSvg with antialiasing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts for SVG text
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon source is not an SVG that Qt can draw")
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico whose images are PNG-compressed (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns with one PNG element per type: big-endian type, length (with header), data."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def make_icons(svg_path: Path, out: Path) -> list[Path]:
    pngs = render_pngs(svg_path.read_bytes(), PNG_SIZES)
    (out / "png").mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        path = out / "png" / f"TrustAnchor-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for name, data in (
        ("TrustAnchor.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("TrustAnchor.icns", icns_bytes(pngs)),
    ):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "package" / "icons")
    args = parser.parse_args(argv)
    try:
        written = make_icons(args.svg, args.out)
    except OSError as err:
        print(f"make_icons: cannot use {err.filename}: {err.strerror}.", file=sys.stderr)
        return 1
    except (ValueError, RuntimeError) as err:
        print(f"make_icons: {err}.", file=sys.stderr)
        return 1
    print(f"make_icons: {len(written)} files from {args.svg} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
