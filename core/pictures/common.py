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

from trustanchor.core.languages import LANGUAGES
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
SOFT_HYPHEN = "\u00ad"  # where a catalogue lets a long word break ("Zertifikat\u00advertrauen")
# Closing punctuation never starts a line (the UAX 14 rule for Chinese and Japanese text).
_NO_BREAK_BEFORE = "、。，．・：；！？」』）】〉》" + ".,:;!?)"
_NO_BREAK_AFTER = "「『（【〈《“‘("  # ...and opening punctuation never ends one
# LANGUAGES (core/languages.py): each has a full set of words here (labels-<code>.json) and
# a phone page catalogue.
# Keys of the manifest whose strings are words: "phone" labels the phone itself shows (each
# needs a source per language, docs/platform-facts.md) and "ours" (titles and captions).
_OURS = ("title", "caption")
_NOT_WORDS = ("id", "platform", "kind", "icon", "over", "type", "mark", "color", "background",
              "value_color", "switch", "right_icon", "variants", "ios", "left_color",
              "right_color", "left_bold", "right_bold", "bold", "optional", "lines", "gap",
              "height", "scrolled", "chevron", "separator")
_PLACEHOLDER = re.compile(r"\{\{(@?)(\w+)\}\}")
# "Settings (Android)", "Security (Chrome)": a label named by the app that shows it, where the
# same English word is confirmed for another app in the catalogue.
_QUALIFIER = re.compile(r" \((?:Android|Chrome|Samsung)\)$")
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
        if ch == SOFT_HYPHEN:
            continue
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
    # Only the names the template uses are shortened: shortening is most of the drawing time.
    used = {m.group(2) for m in _PLACEHOLDER.finditer(template)}
    shortened = {k: clean_text(v) if whole_names
                 else _shorten(clean_text(v), size, width, bold, truncation)
                 for k, v in names.items() if k in used}
    wrapped: list[str] = []
    for paragraph in substitute_names(template, shortened).split("\n"):
        wrapped.extend(_wrap(paragraph, size, width, bold))
    if len(wrapped) > lines:
        rest = " ".join(line for line in wrapped[lines - 1 :] if line)
        wrapped = [*wrapped[: lines - 1], f"{rest} {ELLIPSIS}"]
    fitted = [_shorten(line.replace(SOFT_HYPHEN, ""), size, width, bold, truncation)
              for line in wrapped]
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


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _atoms(paragraph: str) -> list[tuple[str, str]]:
    """The paragraph as (joiner, piece): pieces are words, single CJK characters and the parts
    of a word between soft hyphens; the joiner is what goes before the piece on the same line.
    Chinese and Japanese have no spaces: a line may break between any two wide characters
    (closing punctuation stays with the character before it, as the UAX 14 rules do)."""
    atoms: list[tuple[str, str]] = []
    for w, word in enumerate(paragraph.split(" ")):
        joiner = " " if w else ""
        piece = ""
        for ch in word:
            # A break fits before a wide character and after one, never before closing
            # punctuation.
            wide_break = ch not in _NO_BREAK_BEFORE and (
                _is_wide(ch) or bool(piece and _is_wide(piece[-1])))
            wide_break = wide_break and not (piece and piece[-1] in _NO_BREAK_AFTER)
            if ch == SOFT_HYPHEN or (wide_break and piece):
                atoms.append((joiner, piece + (SOFT_HYPHEN if ch == SOFT_HYPHEN else "")))
                joiner, piece = "", ""
                if ch == SOFT_HYPHEN:
                    continue
            piece += ch
        atoms.append((joiner, piece))
    return atoms


def _wrap(paragraph: str, size: float, width: float, bold: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    for joiner, piece in _atoms(paragraph):
        candidate = current + joiner + piece if current else piece
        if current and text_width(candidate, size, bold=bold) > width:
            # A break after a soft hyphen shows the hyphen, as in print.
            lines.append(current[:-1] + "-" if current.endswith(SOFT_HYPHEN) else current)
            candidate = piece
        current = candidate
    return [*lines, current]


@cache
def catalogue_words(language: str, part: str) -> dict[str, str]:
    """English text -> this language's for the manifest's words (resources/illustrations/
    labels-<language>.json): ``part`` "phone" for what the phone shows, "ours" for titles and
    captions. A phone label not confirmed from a source is null there and stays English in the
    picture rather than being guessed.

    ``part`` "samsung" is the phone labels as Samsung's own screens show them: "phone" with
    the entries of the catalogue's "samsung" table on top, where null keeps the English label
    (AOSP's wording, which "phone" holds, is not confirmed for One UI)."""
    table = _catalogue(language)
    if not table:
        return {}
    if part == "samsung":
        words = catalogue_words(language, "phone")
        overrides = table.get("samsung", {})
        return {english: overrides.get(english, text) for english, text in words.items()
                if overrides.get(english, text) is not None}
    return {english: text for english, text in table[part].items() if text is not None}


def unconfirmed_labels(language: str) -> set[str]:
    """The phone labels kept in English for ``language`` because no source confirms how that
    language's phone shows them: the pictures' (``phone``, and ``samsung`` for the labels that
    only Samsung's screens keep in English) and those only the page's steps name (``page``,
    other apps and Android's Settings app as "Settings (Android)"), without the app in
    brackets. The one list."""
    table = _catalogue(language)
    return {_QUALIFIER.sub("", english) for part in ("phone", "page", "samsung")
            for english, text in table.get(part, {}).items() if text is None}


@cache
def _catalogue(language: str) -> dict[str, Any]:
    """labels-<language>.json as it is on disk; empty for English, which needs none."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}: use one of {', '.join(LANGUAGES)}.")
    if language == "en":
        return {}
    folder = files("trustanchor.resources") / "illustrations"
    return cast(dict[str, Any],
                json.loads((folder / f"labels-{language}.json").read_text(encoding="utf-8")))


def localize(value: Any, table: Mapping[str, str]) -> Any:
    """A piece of the manifest with every word that the table knows in the other language."""
    if isinstance(value, dict):
        return {k: v if k in _NOT_WORDS else localize(v, table) for k, v in value.items()}
    if isinstance(value, list):
        return [localize(v, table) for v in value]
    return table.get(value, value) if isinstance(value, str) else value


def manifest_words() -> dict[str, set[str]]:
    """Every English word-string of the manifest, as {"phone": ..., "ours": ...}: the keys
    each language's label catalogue must have. "ours" are the pictures' titles and captions;
    "phone" everything drawn on a screen."""
    found: dict[str, set[str]] = {"phone": set(), "ours": set()}

    def walk(value: Any, part: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in _NOT_WORDS:
                    walk(v, part)
        elif isinstance(value, list):
            for v in value:
                walk(v, part)
        elif isinstance(value, str) and re.search(r"[A-Za-z]", _PLACEHOLDER.sub("", value)):
            found[part].add(value)

    for picture in load_manifest()["pictures"]:
        walk(picture.get("screen", {}), "phone")
        walk([picture["title"], picture["caption"]], "ours")
    return found


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
