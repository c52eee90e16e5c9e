"""The QR code is drawn module for module from the qrcode matrix, dark on white, at any scale."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from trustanchor.gui.qrwidget import QUIET_ZONE_MODULES, QrWidget, qr_matrix

URL = "http://192.168.1.20:8080/"


def draw(widget: QrWidget, side: int, scale: float) -> QImage:
    widget.resize(QSize(side, side))
    image = QImage(int(side * scale), int(side * scale), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("magenta"))
    widget.render(image)
    return image


def test_matrix_has_quiet_zone() -> None:
    matrix = qr_matrix(URL)
    assert len(matrix) == len(matrix[0]) >= 21 + 2 * QUIET_ZONE_MODULES
    assert not any(matrix[0]) and not any(row[0] for row in matrix)
    # The three finder patterns start right inside the quiet zone.
    q = QUIET_ZONE_MODULES
    assert matrix[q][q] and matrix[q][-q - 1] and matrix[-q - 1][q]


def test_every_module_is_drawn_where_the_matrix_says(qtbot: QtBot) -> None:
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_text(URL)
    assert widget.accessibleName() == f"QR code for {URL}"
    matrix = qr_matrix(URL)
    for scale in (1.0, 2.0):
        side = len(matrix) * 8
        image = draw(widget, side, scale)
        module = side * scale / len(matrix)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                pixel = image.pixelColor(int((x + 0.5) * module), int((y + 0.5) * module))
                assert pixel.lightness() < 40 if dark else pixel.lightness() > 215, (x, y, scale)


def test_empty_widget_is_plain_white(qtbot: QtBot) -> None:
    widget = QrWidget()
    qtbot.addWidget(widget)
    image = draw(widget, 100, 1.0)
    assert {image.pixelColor(x, y).name() for x in range(0, 100, 9)
            for y in range(0, 100, 9)} == {"#ffffff"}
