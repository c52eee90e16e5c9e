"""Reading the pictures' SVG back: where a drawn text starts and ends, by the drawing's own
width estimate (core/pictures/common.py `text_width`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from trustanchor.core.pictures.common import text_width


def extent(el: ET.Element) -> tuple[float, float]:
    """Estimated left and right edge of a <text>, as the layout estimated it."""
    x, w = float(el.get("x", 0)), text_width(
        el.text or "", float(el.get("font-size", 0)), bold=int(el.get("font-weight", 400)) >= 600)
    anchor = el.get("text-anchor", "start")
    left = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
    return left, left + w
