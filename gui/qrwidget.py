"""A QR code drawn with QPainter from the `qrcode` module's matrix: crisp at any scale."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustanchor.gui.i18n import translate

# ISO/IEC 18004 asks for a 4-module quiet zone around the symbol.
QUIET_ZONE_MODULES = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of `text`'s QR code, quiet zone included (True = dark)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M,
                         border=QUIET_ZONE_MODULES)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


class QrWidget(QWidget):
    """Shows one QR code, always dark on white (phones misread inverted codes in dark mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setAccessibleName(translate("qrwidget", "QR code"))

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleName(translate("qrwidget", "QR code for {address}").format(address=text)
                               if text else translate("qrwidget", "QR code"))
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        if self._matrix:
            count = len(self._matrix)
            module = side / count
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            # Modules slightly overlap so no hairline gaps show at fractional scale factors.
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.drawRect(QRectF(left + x * module, top + y * module,
                                                module + 0.5, module + 0.5))
        painter.end()
