"""What the illustrations share: sizes, text fitting, names, iOS versions and the manifest.

``illustrations.py`` (the public API) and ``drawing.py`` (the screens) both import from here,
so neither has to import the other; the underscore names are private to this module.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any, Literal, cast
from xml.sax.saxutils import escape

from trustanchor.core.pki.profile import description, display_name

Theme = Literal["light", "dark"]
Truncation = Literal["tail", "middle"]
Spec = dict[str, Any]

SCREEN_WIDTH = 375  # iPhone mini / SE points, so rows and fonts have their real sizes
SCREEN_HEIGHT = 720
SVG_WIDTH = 407  # the phone body with its bezel
SVG_HEIGHT = 752
CAPTION_HEIGHT = 60
ELLIPSIS = "…"
_PLACEHOLDER = re.compile(r"\{\{(@?)(\w+)\}\}")
_NEWEST = (10_000,)
_QUOTES = {'"': "&quot;"}
UNQUOTES = {"&quot;": '"'}

# Advance widths of DejaVu Sans (the widest common fallback font, measured with Qt) in em.
# Estimating with it keeps the text inside its row with SF, Helvetica, Roboto or Arial too.
_WIDTH_CLASSES = {
    0.25: "'", 0.30: " ,.IJijl", 0.35: "-/:;\\f|", 0.40: "!()[]rt", 0.45: '"', 0.50: "*_`sz",
    0.55: "?Lc", 0.60: "FPTYaekovxy", 0.65: "$0123456789EKSbdghnpqu{}", 0.70: "ABCRVXZ",
    0.75: "DGHNU", 0.80: "&OQw", 0.85: "#+<=>M^~", 0.95: "%m", 1.0: "@W…",
}
_CHAR_EM = {ch: em for em, chars in _WIDTH_CLASSES.items() for ch in chars}
_BOLD = 1.12  # DejaVu Sans Bold stands in for every weight from 600


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated rendered width of ``text`` at font ``size`` (deliberately on the wide side)."""
    em = 0.0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        if base in _CHAR_EM:
            em += _CHAR_EM[base]
        elif unicodedata.combining(ch):
            continue
        else:
            em += 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.7
    return em * size * (_BOLD if bold else 1.0)


def fill_text(
    template: str,
    names: Mapping[str, str],
    *,
    size: float,
    width: float,
    bold: bool = False,
    lines: int = 1,
    truncation: Truncation = "tail",
    whole_names: bool = False,
) -> list[str]:
    """Fill the placeholders in ``template``, fit it into ``lines`` lines of ``width``, escape it.

    Each name is first shortened to one line, then the text is wrapped at spaces (``\\n`` starts
    a new line); a line that is still too long, or the last line when text is left over, ends
    with an ellipsis. ``whole_names`` wraps the names too, for text that iOS wraps instead of
    cutting (a profile's name and description). Returns the lines, XML-escaped, ready to go
    inside ``<text>``.
    """
    shortened = {k: clean_text(v) if whole_names
                 else _shorten(clean_text(v), size, width, bold, truncation)
                 for k, v in names.items()}
    wrapped: list[str] = []
    for paragraph in substitute_names(template, shortened).split("\n"):
        wrapped.extend(_wrap(paragraph, size, width, bold))
    if len(wrapped) > lines:
        rest = " ".join(line for line in wrapped[lines - 1 :] if line)
        wrapped = [*wrapped[: lines - 1], f"{rest} {ELLIPSIS}"]
    fitted = [_shorten(line, size, width, bold, truncation) for line in wrapped]
    return [escape(line, _QUOTES) for line in fitted]


# --- names, text and versions ---------------------------------------------------------------


def placeholder_names(ca_name: str, profile_name: str | None, device_name: str) -> dict[str, str]:
    """The placeholders' values. The profile's name and description come from profile.py, the
    module that writes them into the .mobileconfig, so a picture shows what iOS shows."""
    return {"ca_name": ca_name, "profile_name": profile_name or display_name(ca_name),
            "profile_description": description(ca_name), "device_name": device_name}


def substitute_names(template: str, names: Mapping[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group(1) or match.group(2) not in names:
            raise ValueError(f"Unknown placeholder {match.group(0)} in {template!r}.")
        return names[match.group(2)]

    return _PLACEHOLDER.sub(one, template)


def clean_text(value: str) -> str:
    """NFC, one line, and no control characters (XML 1.0 cannot carry most of them)."""
    value = unicodedata.normalize("NFC", value)
    return "".join(" " if unicodedata.category(c)[0] in "CZ" and c != "\u200d" else c
                   for c in value).strip()


def _shorten(text: str, size: float, width: float, bold: bool, mode: Truncation) -> str:
    if text_width(text, size, bold=bold) <= width:
        return text
    keep = min(len(text), int(width / (0.25 * size)) + 1)
    while keep > 0:
        keep -= 1
        if mode == "middle":
            head = (keep + 1) // 2
            candidate = text[:head].rstrip() + ELLIPSIS + text[len(text) - (keep - head):].lstrip()
        else:
            candidate = text[:keep].rstrip() + ELLIPSIS
        if text_width(candidate, size, bold=bold) <= width:
            return candidate
    return ELLIPSIS


def _wrap(paragraph: str, size: float, width: float, bold: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold=bold) > width:
            lines.append(current)
            candidate = word
        current = candidate
    return [*lines, current]


def parse_version(text: str | None) -> tuple[int, ...]:
    if text is None:
        return _NEWEST
    if not re.fullmatch(r"\d{1,3}(\.\d{1,3}){0,2}", text.strip()):
        raise ValueError(f"iOS version {text!r} is not valid: write it like 17 or 16.4.1.")
    return tuple(int(part) for part in text.strip().split("."))


def version_in_range(version: tuple[int, ...], low: str | None, high: str | None) -> bool:
    if low is not None and version < parse_version(low):
        return False
    # "14" as the upper end means every 14.x, so compare only as many parts as it has.
    return high is None or version[: len(parse_version(high))] <= parse_version(high)


def resolve_for_version(value: Any, version: tuple[int, ...]) -> Any:
    """Pick the ``by_ios`` entries for ``version`` throughout a piece of the manifest."""
    if isinstance(value, dict):
        if set(value) == {"by_ios"}:
            keys = [k for k in value["by_ios"] if parse_version(k) <= version]
            chosen = (max(keys, key=parse_version) if keys
                      else min(value["by_ios"], key=parse_version))
            return resolve_for_version(value["by_ios"][chosen], version)
        return {k: resolve_for_version(v, version) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_for_version(v, version) for v in value]
    return value


@cache
def load_manifest() -> Spec:
    folder = files("trustanchor.resources") / "illustrations"
    return cast(Spec, json.loads((folder / "manifest.json").read_text(encoding="utf-8")))


@cache
def load_template(name: str) -> str:
    folder = files("trustanchor.resources") / "illustrations"
    return (folder / f"{name}.svg").read_text(encoding="utf-8")


def style_for_version(version: tuple[int, ...]) -> Spec:
    style: Spec = {}
    for step in load_manifest()["styles"]:
        if parse_version(step["since"]) <= version:
            style.update(step)
    return style


def expand_template(template: str, colors: Mapping[str, str], slots: Mapping[str, str]) -> str:
    """Fill an artwork template: ``{{@key}}`` is a theme colour, ``{{key}}`` ready-made SVG."""
    return _PLACEHOLDER.sub(
        lambda m: colors[m.group(2)] if m.group(1) else slots[m.group(2)], template
    )
