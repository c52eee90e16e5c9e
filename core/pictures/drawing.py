"""Drawing the phone screens as SVG: the canvas, one function per kind of screen, the frame.

The screen descriptions come from the manifest (see ``illustrations.py`` for the format); the
public entry point is ``illustrations.render_svg``, which calls :func:`render_screen` here.
"""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import unescape

from trustanchor.core.pictures.common import (
    CAPTION_HEIGHT,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    SVG_HEIGHT,
    SVG_WIDTH,
    UNQUOTES,
    Spec,
    expand_template,
    fill_text,
    load_manifest,
    load_template,
    localize,
    resolve_for_version,
    substitute_names,
    text_width,
)

# --- drawing: screen coordinates are iOS points, (0, 0) at the top left of the screen ---------

SW, SH = SCREEN_WIDTH, SCREEN_HEIGHT
Mark = tuple[float, float, float, float, float]  # x, y, width, height, corner radius


class _Canvas:
    """The SVG of one screen, collected as text, plus the boxes to ring."""

    def __init__(self, colors: Mapping[str, str], names: Mapping[str, str], style: Spec,
                 version: tuple[int, ...]) -> None:
        self.colors, self.names, self.style, self.version = colors, names, style, version
        self.parts: list[str] = []
        self.marks: list[Mark] = []
        self.marking = True  # off while drawing the screen behind an alert
        self.words: Mapping[str, str] = {}  # the phone's labels in the picture's language

    def color(self, key: str) -> str:
        return key if key.startswith("#") else self.colors[key]

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def mark(self, x: float, y: float, w: float, h: float, r: float = 10) -> None:
        if self.marking:
            self.marks.append((x, y, w, h, r))

    def rect(self, x: float, y: float, w: float, h: float, fill: str, r: float = 0,
             opacity: float = 1) -> None:
        extra = f' rx="{r:g}"' if r else ""
        extra += f' fill-opacity="{opacity:g}"' if opacity < 1 else ""
        self.add(f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}"{extra} '
                 f'fill="{self.color(fill)}"/>')

    def line(self, x1: float, y: float, x2: float, color: str = "separator") -> None:
        self.rect(x1, y, x2 - x1, 0.5, color)

    def lines(self, template: str, size: float, width: float, *, bold: bool = False,
              most: int = 1, whole: bool = False) -> list[str]:
        """The text as fill_text makes it: names filled, fitted, XML-escaped."""
        return fill_text(template, self.names, size=size, width=width, bold=bold, lines=most,
                         whole_names=whole)

    def text(self, x: float, y: float, template: str | list[str], *, size: float,
             width: float = SW, color: str = "label", weight: int = 400,
             anchor: str = "start", leading: float = 0) -> float:
        """Draw one line (or lines from self.lines); returns the widest line's width."""
        bold = weight >= 600
        lines = self.lines(template, size, width, bold=bold) if isinstance(template, str) \
            else template
        attrs = f' font-weight="{weight}"' if weight != 400 else ""
        attrs += f' text-anchor="{anchor}"' if anchor != "start" else ""
        for i, line in enumerate(lines):
            self.add(f'<text x="{x:g}" y="{y + i * (leading or size * 1.3):g}" '
                     f'font-size="{size:g}"{attrs} fill="{self.color(color)}">'
                     f'{line}</text>')
        return max((text_width(unescape(line, UNQUOTES), size, bold=bold) for line in lines),
                   default=0)

    def path(self, d: str, stroke: str, width: float = 2, fill: str = "none") -> None:
        fill = fill if fill == "none" else self.color(fill)
        self.add(f'<path d="{d}" fill="{fill}" stroke="{self.color(stroke)}" '
                 f'stroke-width="{width:g}" stroke-linecap="round" stroke-linejoin="round"/>')

    def icon(self, x: float, y: float, color: str, glyph: str, size: float = 29) -> None:
        self.rect(x, y, size, size, color, r=size * 0.225)
        self.add(f'<g transform="translate({x:g} {y:g}) scale({size / 29:g})">'
                 f'{load_manifest()["glyphs"][glyph]}</g>')


def _draw(c: _Canvas, spec: Spec) -> None:
    kinds = {"list": _list, "alert": _alert, "action": _action, "passcode": _passcode,
             "safari": _safari, "android-list": _android_list,
             "android-warning": _android_warning}
    kinds[spec["kind"]](c, spec)


def _status(c: _Canvas, platform: str, fg: str = "label") -> None:
    c.add(expand_template(load_template(f"status-{platform}"), {"fg": c.color(fg)}, {}))


def _behind(c: _Canvas, over: Spec | str) -> None:
    """The screen under an alert or action sheet, without its marks, then dimmed."""
    spec = over if isinstance(over, dict) else localize(resolve_for_version(
        {p["id"]: p for p in load_manifest()["pictures"]}[over]["screen"], c.version), c.words)
    c.marking = False
    _draw(c, spec)
    c.marking = True
    c.rect(0, 0, SW, SH, "#000000", opacity=float(c.colors["dim"]))


def _list(c: _Canvas, spec: Spec) -> None:
    nav = spec.get("nav", {})
    top = 0.0
    if nav.get("type") == "sheet" and c.style["card"]:
        top = 54  # iOS 13+ presents sheets as a card over the pushed-back screen
        c.rect(0, 0, SW, SH, "#000000")
        c.rect(16, 44, SW - 32, SH - 44, "behind", r=10)
        c.rect(0, top, SW, SH - top, spec.get("background", "bg"), r=10)
        _status(c, "ios", "#FFFFFF")
    else:
        c.rect(0, 0, SW, SH, spec.get("background", "bg"))
        _status(c, "ios")
    y = _nav(c, nav, top)
    for block in spec.get("blocks", []):
        y = _search(c, block["search"], y) if "search" in block else _group(c, block, y)
    c.rect((SW - 134) / 2, SH - 13, 134, 5, "label", r=2.5)  # home indicator


def _nav(c: _Canvas, nav: Spec, top: float) -> float:
    y0, h = (top, 56.0) if top else (50.0, 44.0)
    if nav.get("scrolled"):
        c.rect(0, y0, SW, h, "nav")
        c.line(0, y0 + h - 0.5, SW)
    base, side = y0 + h / 2 + 6, 0.0
    if "back" in nav:
        back = nav["back"]
        needed = text_width(substitute_names(nav.get("title", ""), c.names), 17, bold=True)
        if needed > SW - 2 * (34 + text_width(back, 17)):
            back = ""  # iOS drops the back title when the screen title needs the room
        side = _back(c, back, y0 + h / 2)
    if nav.get("right_icon") == "check":  # iOS 26: Done is a round button with a check mark
        cx = SW - 38
        c.add(f'<circle cx="{cx:g}" cy="{y0 + h / 2:g}" r="22" fill="{c.color("blue")}"/>')
        c.path(f"M{cx - 8:g} {base - 6:g} l5.5 5.5 l10.5 -11", "#FFFFFF", 3)
        c.mark(cx - 26, y0 + h / 2 - 26, 52, 52, 26)
        nav = {k: v for k, v in nav.items() if k != "right"}
        side = 62.0
    for key, x, anchor in (("left", 16, "start"), ("right", SW - 16, "end")):
        if key in nav:
            weight = 600 if nav.get(f"{key}_bold") else 400
            w = c.text(x, base, nav[key], size=17, width=120, color=nav.get(f"{key}_color",
                       "blue"), weight=weight, anchor=anchor)
            side = max(side, w + 24)
            if nav.get("mark") == key:
                c.mark(x - w - 8 if anchor == "end" else x - 8, base - 20, w + 16, 28, 14)
    if nav.get("title") and nav.get("type") != "large":
        # Centred on the screen, or, like iOS, in the room beside the buttons when it must.
        centre, room = SW / 2, SW - 2 * side - 8
        if text_width(substitute_names(nav["title"], c.names), 17, bold=True) > room:
            centre, room = (side + SW - 16) / 2, SW - side - 16
        c.text(centre, base, nav["title"], size=17, weight=600, anchor="middle", width=room)
    if nav.get("type") == "large":
        c.text(16, y0 + h + 41, nav["title"], size=34, weight=700, width=SW - 32)
        return y0 + h + 52
    return y0 + h


def _back(c: _Canvas, label: str, cy: float) -> float:
    if c.style["back"] == "circle":  # iOS 26: a round glass button with the chevron only
        c.add(f'<circle cx="38" cy="{cy:g}" r="22" fill="{c.color("field")}"/>')
        c.path(f"M42 {cy - 9:g} L33 {cy:g} L42 {cy + 9:g}", "label", 2.6)
        return 62
    c.path(f"M19 {cy - 10:g} L9 {cy:g} L19 {cy + 10:g}", "blue", 3)
    return 34 + c.text(26, cy + 6, label, size=17, width=110, color="blue")


def _search(c: _Canvas, text: str, y: float) -> float:
    c.rect(16, y + 8, SW - 32, 36, "field", r=10)
    c.add(f'<circle cx="31" cy="{y + 25:g}" r="6" fill="none" stroke="{c.color("secondary")}" '
          f'stroke-width="2"/>')
    c.path(f"M35.5 {y + 29.5:g} L40 {y + 34:g}", "secondary", 2.2)
    c.text(46, y + 32, text, size=17, color="secondary", width=SW - 80)
    return y + 52


def _group(c: _Canvas, group: Spec, y: float) -> float:
    inset, radius = c.style["inset"], c.style["radius"]
    x, w = float(inset), SW - 2.0 * inset
    if "header" in group:
        header = c.lines(group["header"], 13, w - 32, most=3)
        c.text(x + 16, y + 31, header, size=13, color="header", leading=17)
        y += 38 + 17 * (len(header) - 1)
    else:
        y += group.get("gap", 22)
    rows = group["rows"]
    heights = [_row_height(c, row, w) for row in rows]
    total = min(sum(heights), SH - y)
    c.rect(x, y, w, total, "cell", r=radius)
    if not radius:  # iOS 14 and earlier: full-width groups edged with hairlines
        c.line(0, y, SW)
        c.line(0, y + total - 0.5, SW)
    for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
        if y + h > SH:
            break
        indent = _row(c, row, x, y, w, h)
        if i < len(rows) - 1 and row.get("separator", True):
            c.line(x + indent, y + h - 0.5, x + w)
        y += h
    if "footer" in group:
        lines = c.lines(group["footer"], 13, w - 32, most=4)
        c.text(x + 16, y + 20, lines, size=13, color="header", leading=17)
        y += 10 + 17 * len(lines)
    return y


def _row_height(c: _Canvas, row: Spec, w: float) -> float:
    kind = row.get("kind", "")
    if kind == "paragraph":
        return 22.0 + 20 * len(c.lines(row["text"], 15, w - 32, most=8))
    fixed = {"account": 80, "profile": 84, "detail": 30}
    extra = 20 * (len(_label_lines(c, row, w)) - 1)  # iOS wraps long names, never cuts them
    return float(row.get("height") or fixed.get(kind) or c.style["row"]) + extra


def _label_lines(c: _Canvas, row: Spec, w: float) -> list[str]:
    """A row's wrapped label (a detail row's value); a profile's name takes up to 3 lines."""
    kind = row.get("kind", "")
    if kind == "detail":
        return c.lines(row["value"], 15, w - 122, most=row.get("lines", 1), whole=True)
    if kind == "profile":
        return c.lines(row["label"], 22, w - 106, bold=True, most=3, whole=True)
    room = w - 32 - (44 if "icon" in row else 0) - (19 if row.get("chevron", True) else 0)
    return c.lines(row["label"], 17, room, most=row.get("lines", 1), whole=True)


def _row(c: _Canvas, row: Spec, x: float, y: float, w: float, h: float) -> float:
    """Draw one row; returns where its separator starts (relative to x)."""
    kind = row.get("kind")
    if kind == "paragraph":
        c.text(x + 16, y + 26, c.lines(row["text"], 15, w - 32, most=8), size=15, leading=20)
        return 16
    if kind == "detail":  # "Signed by  Not Signed" under the profile's name
        c.text(x + 16, y + 20, row["label"], size=15, color="secondary", width=90)
        c.text(x + 106, y + 20, _label_lines(c, row, w), size=15, leading=20,
               color=row.get("value_color", "label"))
        return 16
    tx = x + 16
    if kind in ("account", "profile"):
        _portrait(c, row, tx, y, h)
        tx += 74
    elif "icon" in row:
        c.icon(tx, y + (h - 29) / 2, row["icon"][0], row["icon"][1])
        tx += 44
    right = _accessories(c, row, tx, x + w - 16, y + h / 2)
    if kind == "profile":
        name = _label_lines(c, row, w)
        c.text(tx, y + h / 2 + 8 - 13 * (len(name) - 1), name, size=22, weight=600, leading=26)
    elif kind == "account":
        sub = row.get("sub", "")
        top = y + h / 2 + (-4 if sub else 8)
        c.text(tx, top, row["label"], size=22, width=right - tx)
        c.text(tx, top + 21, sub, size=13, width=right - tx)
    else:
        label = _label_lines(c, row, w) if row.get("lines") else row["label"]
        count = len(label) if isinstance(label, list) else 1
        c.text(tx, y + h / 2 + 6 - 11 * (count - 1), label, size=17, leading=22,
               color=row.get("color", "label"), width=right - tx)
    if row.get("mark") is True:
        c.mark(x + 3, y + 3, w - 6, h - 6, 10)
    return tx - x


def _accessories(c: _Canvas, row: Spec, tx: float, right: float, cy: float) -> float:
    """Chevron, switch and value at the row's right end; returns where the label must end."""
    if "switch" in row:
        right = _switch(c, right, cy, row["switch"] == "on", row.get("mark") == "switch")
    elif row.get("chevron", row.get("kind") != "profile"):
        c.path(f"M{right - 7:g} {cy - 6:g} l6 6 l-6 6", "tertiary", 2.2)
        right -= 19
    if row.get("value"):  # the label keeps up to 55% of the room, the value gets the rest
        label_w = min(text_width(substitute_names(row["label"], c.names), 17), (right - tx) * 0.55)
        right -= 10 + c.text(right, cy + 6, row["value"], size=17, color="secondary",
                             anchor="end", width=right - tx - label_w - 10)
    return right


def _portrait(c: _Canvas, row: Spec, x: float, y: float, h: float) -> None:
    """The round account picture, or the profile's icon."""
    cy = y + h / 2
    if row["kind"] == "profile":
        c.icon(x, cy - 29, "#8E8E93", "gear", 58)
        return
    c.add(f'<circle cx="{x + 29:g}" cy="{cy:g}" r="29" fill="{c.color("avatar")}"/>'
          f'<circle cx="{x + 29:g}" cy="{cy - 7:g}" r="10" fill="#FFFFFF"/>')
    c.path(f"M{x + 11:g} {cy + 21:g} C{x + 14:g} {cy + 7:g} {x + 44:g} {cy + 7:g} {x + 47:g} "
           f"{cy + 21:g} Z", "#FFFFFF", 1, "#FFFFFF")


def _switch(c: _Canvas, right: float, cy: float, on: bool, marked: bool) -> float:
    w, h = (float(v) for v in c.style["switch"])
    x = right - w
    c.rect(x, cy - h / 2, w, h, "green" if on else "switch_off", r=h / 2)
    knob = x + w - h / 2 if on else x + h / 2
    c.add(f'<circle cx="{knob:g}" cy="{cy:g}" r="{h / 2 - 2:g}" fill="#FFFFFF" '
          f'stroke="#000000" stroke-opacity="0.08" stroke-width="0.5"/>')
    if marked:
        c.mark(x - 5, cy - h / 2 - 5, w + 10, h + 10, h / 2 + 5)
    return x - 8


def _alert(c: _Canvas, spec: Spec) -> None:
    _behind(c, spec["over"])
    w, pad = 270.0, 16.0
    x = (SW - w) / 2
    title = c.lines(spec["title"], 17, w - 2 * pad, bold=True, most=5)
    message = c.lines(spec["message"], 13, w - 2 * pad, most=8) if "message" in spec else []
    buttons = spec["buttons"]
    text_h = 20 + 22 * len(title) + 18 * len(message) + 20
    row_h = 44.0
    stacked = len(buttons) > 2
    h = text_h + row_h * (len(buttons) if stacked else 1)
    y = (SH - h) / 2
    c.rect(x, y, w, h, "alert", r=c.style["alert_radius"])
    c.text(SW / 2, y + 37, title, size=17, weight=600, anchor="middle", leading=22)
    c.text(SW / 2, y + 40 + 22 * len(title), message, size=13, anchor="middle", leading=18)
    c.line(x, y + text_h, x + w, "alert_separator")
    if len(buttons) == 2:
        c.rect(SW / 2 - 0.25, y + text_h, 0.5, row_h, "alert_separator")
    for i, label in enumerate(buttons):
        bw = w if len(buttons) != 2 else w / 2
        bx = x if len(buttons) != 2 else x + i * bw
        by = y + text_h + (i * row_h if stacked else 0)
        c.text(bx + bw / 2, by + 28, label, size=17, color="blue", anchor="middle",
               weight=600 if spec.get("bold") == i else 400, width=bw - 16)
        if spec.get("mark") == i:
            c.mark(bx + 4, by + 4, bw - 8, row_h - 8, 10)


def _action(c: _Canvas, spec: Spec) -> None:
    """An action sheet at the bottom of the screen: the buttons, then Cancel on its own."""
    _behind(c, spec["over"])
    x, w, row_h = 8.0, SW - 16.0, 57.0
    cancel_y = SH - 34 - row_h
    buttons = spec["buttons"]
    top = cancel_y - 8 - row_h * len(buttons)
    c.rect(x, top, w, row_h * len(buttons), "alert", r=14)
    c.rect(x, cancel_y, w, row_h, "cell", r=14)
    for i, label in enumerate([*buttons, spec["cancel"]]):
        by = top + i * row_h if i < len(buttons) else cancel_y
        if 0 < i < len(buttons):
            c.line(x, by, x + w, "alert_separator")
        c.text(SW / 2, by + 36, label, size=20, color="blue", anchor="middle", width=w - 32,
               weight=600 if i == len(buttons) else 400)
        if spec.get("mark") == i:
            c.mark(x + 4, by + 4, w - 8, row_h - 8, 12)


def _passcode(c: _Canvas, spec: Spec) -> None:
    _list(c, {"nav": spec["nav"], "background": "cell"})
    top = 54 if c.style["card"] else 0
    c.rect(0, top + 100, SW, SH - top - 100, "cell")
    c.text(SW / 2, top + 190, spec["prompt"], size=17, anchor="middle", width=SW - 32)
    for i in range(6):
        c.add(f'<circle cx="{SW / 2 + (i - 2.5) * 30:g}" cy="{top + 232:g}" r="7" '
              f'fill="none" stroke="{c.color("label")}" stroke-width="1.2"/>')
    c.add(expand_template(load_template("keypad"), c.colors, {}))
    c.mark(3, SH - 247, SW - 6, 4 * 53 + 1, 10)


def _safari(c: _Canvas, spec: Spec) -> None:
    c.add(expand_template(load_template(f"safari-{c.style['safari_bar']}"), c.colors, {}))
    _status(c, "ios")


def _android_list(c: _Canvas, spec: Spec) -> None:
    c.rect(0, 0, SW, SH, "bg")
    _status(c, "android")
    c.path("M36 76 H20 M27 68 L19 76 L27 84", "label", 2.2)
    title = c.lines(spec["title"], 32, SW - 48, most=2)
    c.text(24, 146, title, size=32, leading=40)
    y = 136.0 + 40 * len(title)
    for row in spec["rows"]:
        if "header" in row:
            header = c.lines(row["header"], 14, SW - 48, bold=True, most=2)
            c.text(24, y + 34, header, size=14, weight=600, color="accent", leading=18)
            y += 48 + 18 * (len(header) - 1)
            continue
        # Android wraps a long title or summary onto a second line rather than cutting it.
        label = c.lines(row["label"], 18, SW - 48, most=2)
        sub = c.lines(row["sub"], 14, SW - 48, most=2) if row.get("sub") else []
        extra = 24 * (len(label) - 1)
        h = (76.0 + extra + 18 * (len(sub) - 1)) if sub else 58.0 + extra
        if y + h > SH - 20:  # the rest is below the fold, as on a phone that would scroll
            break
        c.text(24, y + (33 if sub else 36), label, size=18, leading=24)
        c.text(24, y + 55 + extra, sub, size=14, color="secondary", leading=18)
        if row.get("mark"):
            c.mark(8, y + 4, SW - 16, h - 8, 14)
        y += h
    c.rect((SW - 110) / 2, SH - 12, 110, 4, "label", r=2)


def _android_warning(c: _Canvas, spec: Spec) -> None:
    c.rect(0, 0, SW, SH, "bg")
    _status(c, "android")
    c.add(f'<g transform="translate(24 76) scale(1.4)">{load_manifest()["glyphs"]["warning"]}</g>'
          .replace("#fff", c.color("accent")))
    title = c.lines(spec["title"], 30, SW - 48, most=3)
    c.text(24, 156, title, size=30, leading=38)
    y = 156 + 38 * len(title)
    top = _android_buttons(c, spec)
    room = max(1, int((top - 16 - y) / 24) + 1)  # the message ends above the buttons
    c.text(24, y, c.lines(spec["message"], 16, SW - 48, most=min(room, 16)), size=16,
           leading=24, color="secondary")
    c.rect((SW - 110) / 2, SH - 12, 110, 4, "label", r=2)


def _android_buttons(c: _Canvas, spec: Spec) -> float:
    """The dialog's text button and filled button side by side at the bottom, or stacked (the
    filled one full width, the text one above it) when their labels need more room, as
    Android's button bar does; returns the top of the buttons."""
    by = SH - 76
    secondary, primary = spec["buttons"]
    room = SW - 48
    pw = text_width(substitute_names(primary, c.names), 16, bold=True) + 48
    side_by_side = 12 + text_width(substitute_names(secondary, c.names), 16, bold=True) + 24 \
        + pw <= room
    if side_by_side:
        sw = c.text(36, by + 26, secondary, size=16, weight=600, color="accent",
                    width=room - pw - 36)
        sx, sy = 22.0, by - 4
    else:
        pw = room
        sw = c.text(SW / 2, by - 26, secondary, size=16, weight=600, color="accent",
                    anchor="middle", width=room - 32)
        sx, sy = SW / 2 - sw / 2 - 14, by - 56
    c.rect(SW - 24 - pw, by, pw, 40, "accent", r=20)
    c.text(SW - 24 - pw / 2, by + 26, primary, size=16, weight=600, color="on_accent",
           anchor="middle", width=pw - 32)
    if spec.get("mark") == 0:
        c.mark(sx, sy, sw + 28, 48, 24)
    return by if side_by_side else sy


def _ring(c: _Canvas, mark: Mark) -> str:
    x, y, w, h, r = mark
    shape = f'x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="{r:g}" fill="none"'
    return (f'<rect {shape} stroke="{c.color("mark_halo")}" stroke-width="8" '
            f'stroke-opacity="0.9"/><rect {shape} stroke="{c.color("mark")}" '
            f'stroke-width="3.5"/>')


def _frame(c: _Canvas, pic: Spec, with_caption: bool) -> str:
    height = SVG_HEIGHT + (CAPTION_HEIGHT if with_caption else 0)
    screen, c.parts = "".join(c.parts), []
    if with_caption:
        lines = c.lines(pic["caption"], 15, SVG_WIDTH - 40, most=2)
        c.text(SVG_WIDTH / 2, SVG_HEIGHT + 26, lines, size=15, color="caption",
               anchor="middle", leading=20)
    slots = {
        "height": str(height), "font": load_manifest()["fonts"][pic["platform"]],
        "title": fill_text(pic["caption"], c.names, size=1, width=1e9)[0],
        "screen": screen, "marks": "".join(_ring(c, m) for m in c.marks),
        "caption": "".join(c.parts),
    }
    return expand_template(load_template("frame"), c.colors, slots)


def render_screen(colors: Mapping[str, str], names: Mapping[str, str], style: Spec,
                  version: tuple[int, ...], pic: Spec, with_caption: bool,
                  words: Mapping[str, str] | None = None) -> str:
    """One picture as SVG: its screen drawn on a fresh canvas, then the phone frame around it.
    ``words`` are the phone's labels in the picture's language, for a screen drawn behind an
    alert (``pic`` itself comes already translated)."""
    canvas = _Canvas(colors, names, style, version)
    canvas.words = words or {}
    _draw(canvas, pic["screen"])
    return _frame(canvas, pic, with_caption)
