"""Finding text that does not fit: every visible widget of a shown window whose words are cut.

`find_clipping(window, page)` walks the visible descendants and reports, with the size the text
needs and the size it has:

- a QLabel whose text is wider (unwrapped) or taller (word-wrapped, or rich text laid out at
  the label's width) than the label's contents, or whose unbreakable word is wider than it;
- a push button, check box or radio button narrower than its text with the style's margins
  (Qt's 80-pixel minimum of a push button is not counted: a short text in a narrow button fits);
- a QGroupBox title and a QTabBar tab narrower than their text;
- a QLineEdit whose placeholder is wider than its text area (Qt cuts it off with "…", and a
  person then never reads the whole hint);
- a widget outside its parent's rectangle (except the page inside a scroll area, which scrolls);
- a scroll area that has to scroll sideways: a line wider than the page (unless asked not to);
- the window itself, when its layout's minimum is larger than the size it should open at (Qt
  then opens it larger than asked).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

# Rounding in Qt's text measures: a pixel over is not a cut letter.
SLACK_PX = 1
_HUGE = 100_000


@dataclass(frozen=True)
class Clipping:
    """One widget whose text (or whose rectangle) does not fit."""

    page: str
    widget: str  # objectName, else accessibleName, with the class
    text: str
    why: str
    needed: tuple[int, int]
    available: tuple[int, int]

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 70 else self.text[:67] + "..."
        return (f"{self.page}: {self.widget}: {self.why} (needs {self.needed[0]}x"
                f"{self.needed[1]}, has {self.available[0]}x{self.available[1]}): {shown!r}")


def describe(widget: QWidget) -> str:
    """How a report names a widget: objectName, else accessibleName, with its class."""
    name = widget.objectName() or widget.accessibleName()
    kind = type(widget).__name__
    return f"{kind} {name!r}" if name else kind


def find_clipping(window: QWidget, page: str, intended: QSize | None = None, *,
                  sideways: bool = True) -> list[Clipping]:
    """Every visible widget of the shown `window` whose text or rectangle does not fit, and
    the window itself when its layout cannot shrink to the `intended` size it was given.

    `sideways=False` accepts scroll areas that scroll sideways: at the window's minimum size
    every page does, by design, and nothing is cut off there.
    """
    found = _window_too_small(window, page, intended or window.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if sideways or not isinstance(widget, QScrollArea):
            found.extend(_check(widget, page))
        found.extend(_outside_parent(widget, page))
    return found


def report(clippings: list[Clipping]) -> str:
    return "\n".join(str(clipping) for clipping in clippings)


def _check(widget: QWidget, page: str) -> list[Clipping]:
    if isinstance(widget, QLabel):
        return _label(widget, page)
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        return _button(widget, page)
    if isinstance(widget, QGroupBox):
        return _group_box(widget, page)
    if isinstance(widget, QTabBar):
        return _tabs(widget, page)
    if isinstance(widget, QLineEdit):
        return _placeholder(widget, page)
    if isinstance(widget, QScrollArea):
        return _sideways(widget, page)
    return []


def _clip(page: str, widget: QWidget, text: str, why: str, needed: QSize,
          available: QSize) -> Clipping:
    return Clipping(page, describe(widget), text, why, (needed.width(), needed.height()),
                    (available.width(), available.height()))


def _exceeds(needed: QSize, available: QSize) -> bool:
    return (needed.width() > available.width() + SLACK_PX
            or needed.height() > available.height() + SLACK_PX)


def _label(label: QLabel, page: str) -> list[Clipping]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    margin = label.margin()
    area = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.indent() > 0:
        area.setLeft(area.left() + label.indent())
    available = area.size()
    rich = (label.textFormat() is Qt.TextFormat.RichText
            or (label.textFormat() is Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)))
    needed = _rich_size(label, text, available) if rich else _plain_size(label, text, available)
    if not _exceeds(needed, available):
        return []
    how = "wrapped " if label.wordWrap() else ""
    return [_clip(page, label, text, f"{how}label text does not fit", needed, available)]


def _plain_size(label: QLabel, text: str, available: QSize) -> QSize:
    flags = Qt.TextFlag.TextExpandTabs
    if label.buddy() is not None:  # "&Name" shows as "Name" with N underlined
        flags |= Qt.TextFlag.TextShowMnemonic
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap
    width = available.width() if label.wordWrap() else _HUGE
    bounds = QFontMetrics(label.font()).boundingRect(QRect(0, 0, width, _HUGE), flags, text)
    return bounds.size()


def _rich_size(label: QLabel, text: str, available: QSize) -> QSize:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    # As QLabel lays out rich text: no margin, and wrapping only between words.
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if label.wordWrap()
                       else QTextOption.WrapMode.ManualWrap)
    document.setDefaultTextOption(option)
    document.setHtml(text)
    if label.wordWrap():
        document.setTextWidth(available.width())
        # An unbreakable run wider than the label pushes idealWidth past it.
        width = max(available.width(), math.ceil(document.idealWidth()))
    else:
        width = math.ceil(document.idealWidth())
    return QSize(width, math.ceil(document.size().height()))


def _button(button: QAbstractButton, page: str) -> list[Clipping]:
    text = button.text()
    if not text:
        return []
    metrics = QFontMetrics(button.font())
    text_size = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
    if not button.icon().isNull():
        text_size.setWidth(text_size.width() + button.iconSize().width() + 4)
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    kind = (QStyle.ContentsType.CT_PushButton if isinstance(button, QPushButton)
            else QStyle.ContentsType.CT_CheckBox if isinstance(button, QCheckBox)
            else QStyle.ContentsType.CT_RadioButton)
    # Measured on a wide text and taken off again, so a push button's 80-pixel minimum
    # width does not count as needed.
    wide = QSize(text_size.width() + _HUGE, text_size.height())
    outer = button.style().sizeFromContents(kind, option, wide, button)
    needed = QSize(outer.width() - _HUGE, text_size.height())
    available = QSize(button.width(), button.height())
    if not _exceeds(needed, available):
        return []
    return [_clip(page, button, text, "button text does not fit", needed, available)]


def _group_box(box: QGroupBox, page: str) -> list[Clipping]:
    title = box.title()
    if not title:
        return []
    metrics = QFontMetrics(box.font())
    width = metrics.size(Qt.TextFlag.TextShowMnemonic, title).width()
    if box.isCheckable():
        width += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
    needed = QSize(width + 2 * 8, metrics.height())  # Fusion's title indent, both sides
    available = QSize(box.width(), box.height())
    if not _exceeds(needed, available):
        return []
    return [_clip(page, box, title, "group box title does not fit", needed, available)]


def _tabs(bar: QTabBar, page: str) -> list[Clipping]:
    found: list[Clipping] = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        needed = QSize(metrics.size(Qt.TextFlag.TextShowMnemonic, text).width() + 2 * 6,
                       metrics.height())
        if text and _exceeds(needed, rect.size()):
            found.append(_clip(page, bar, text, f"tab {index} text does not fit", needed,
                               rect.size()))
    return found


def _placeholder(edit: QLineEdit, page: str) -> list[Clipping]:
    text = edit.placeholderText()
    if not text:
        return []
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    # QLineEdit keeps 2 pixels of horizontal margin inside the frame for its cursor.
    width = edit.width() - 2 * frame - 2 * 2 - margins.left() - margins.right()
    available = QSize(width, edit.height())
    needed = QSize(QFontMetrics(edit.font()).horizontalAdvance(text), edit.height())
    if not _exceeds(needed, available):
        return []
    return [_clip(page, edit, text, "placeholder wider than the field (cut off with …)",
                  needed, available)]


def _sideways(area: QScrollArea, page: str) -> list[Clipping]:
    inner = area.widget()
    if inner is None or not area.horizontalScrollBar().isVisible():
        return []
    needed = inner.size()
    available = area.viewport().size()
    # The widget that holds the page this wide: of those reaching past the viewport, the one
    # with the widest minimum.
    beyond = [child for child in inner.findChildren(QWidget) if child.isVisible()
              and _text_of(child) and child.mapTo(inner, QPoint(0, 0)).x()
              + child.width() > available.width()]
    widest = max(beyond, key=lambda child: child.minimumSizeHint().width(), default=inner)
    return [_clip(page, area, f"{describe(widest)}: {_text_of(widest)}",
                  "page scrolls sideways: a line is wider than it", needed, available)]


def _outside_parent(widget: QWidget, page: str) -> list[Clipping]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    scroller = parent.parentWidget()
    if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
        return []  # the content of a scroll area is meant to be larger than its viewport
    if parent.rect().contains(widget.geometry()):
        return []
    return [_clip(page, widget, _text_of(widget), f"outside its parent {describe(parent)}",
                  widget.geometry().size(), parent.rect().size())]


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    if callable(text):
        value = text()
        if isinstance(value, str):
            return value
    return ""


def _window_too_small(window: QWidget, page: str, available: QSize) -> list[Clipping]:
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() <= available.width() and needed.height() <= available.height():
        return []
    return [_clip(page, window, window.windowTitle(), "window smaller than its layout's minimum",
                  needed, available)]
