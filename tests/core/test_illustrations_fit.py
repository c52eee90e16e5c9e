"""Every label of every language in its drawn box: on the screen, whole, and inside its button.

A translated label may be longer than the English one (German compounds, Chinese and Japanese
without spaces): the drawing must wrap it, stack it or shrink it cleanly, never let it run off
the screen or over another control. Measured with the pictures' own width estimate, which is
deliberately on the wide side (see text_width).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from tests.core.svghelpers import extent
from trustanchor.core.pictures.common import (
    ELLIPSIS,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    SOFT_HYPHEN,
    SVG_WIDTH,
    catalogue_words,
    load_manifest,
    localize,
    parse_version,
    placeholder_names,
    resolve_for_version,
    style_for_version,
    substitute_names,
)
from trustanchor.core.pictures.drawing import render_screen
from trustanchor.core.pictures.illustrations import (
    ANDROID_VARIANTS,
    LANGUAGES,
    list_illustrations,
    render_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
OTHERS = [code for code in LANGUAGES if code != "en"]
NAMES = placeholder_names("Home CA", None, "iPhone")
PICTURES = {p["id"]: p for p in load_manifest()["pictures"]}


def cases() -> list[tuple[str, str | None]]:
    found = {(p.id, v) for v in ("10.3", "12.1", "14", "17", None) for p in list_illustrations(v)}
    found |= {(p.id, None) for a in ANDROID_VARIANTS
              for p in list_illustrations(platform="android", android=a)}
    return sorted(found, key=str)


CASES = cases()


class _Seen(dict[str, str]):
    """A translation table that translates nothing and notes every word it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.words: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.words.add(key)
        return default


def words_drawn(picture: str, version: str | None) -> set[str]:
    """The English words of a picture's screen (and of the screen behind its alert), but the
    back button's title: iOS leaves that out when the screen's title needs the room."""
    seen = _Seen()
    screens = [resolve_for_version(PICTURES[picture]["screen"], parse_version(version))]
    if isinstance(screens[0].get("over"), str):
        screens.append(resolve_for_version(PICTURES[screens[0]["over"]]["screen"],
                                           parse_version(version)))
    for screen in screens:
        localize({k: v for k, v in screen.items() if k != "nav"}, seen)
        localize({k: v for k, v in screen.get("nav", {}).items() if k != "back"}, seen)
    return seen.words


def part(picture: str) -> str:
    variants = PICTURES[picture].get("variants", ())
    return "samsung" if variants and all(v.startswith("samsung") for v in variants) else "phone"


def flat(text: str) -> str:
    """Text as compared across line breaks: no spaces, no (soft) hyphens."""
    return re.sub(r"[\s\-\u2011" + SOFT_HYPHEN + "]", "", text)



def screen_and_caption(root: ET.Element) -> tuple[list[ET.Element], list[ET.Element]]:
    screen = next(g for g in root.iter(f"{SVG}g") if g.get("transform") == "translate(16 16)")
    inside = list(screen.iter(f"{SVG}text"))
    return inside, [t for t in root.iter(f"{SVG}text") if t not in inside]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("code", OTHERS)
def test_every_text_of_every_language_stays_on_the_screen(code: str, theme: str) -> None:
    for picture, version in CASES:
        root = ET.fromstring(render_svg(picture, ca_name="Home CA", theme=theme,  # type: ignore[arg-type]
                                        ios_version=version, caption=True, language=code))
        screen, caption = screen_and_caption(root)
        for el in screen:
            left, right = extent(el)
            assert left >= -0.5 and right <= SCREEN_WIDTH + 0.5, (code, picture, el.text)
            assert 0 < float(el.get("y", 0)) <= SCREEN_HEIGHT, (code, picture, el.text)
        for el in caption:
            left, right = extent(el)
            assert left >= -0.5 and right <= SVG_WIDTH + 0.5, (code, picture, el.text)


@pytest.mark.parametrize("code", OTHERS)
def test_every_confirmed_label_is_drawn_whole(code: str) -> None:
    """Each label a source confirms is drawn in full wherever the English one is drawn: wrapped
    onto more lines if need be, never cut with an ellipsis or left below the screen. (A label
    the look leaves out, such as the back title of iOS 26, is left out in English too.)"""
    checked = 0
    for picture, version in CASES:
        table = catalogue_words(code, part(picture))
        labels = {w: table[w] for w in words_drawn(picture, version) if w in table}
        if not labels:
            continue
        english_drawn, drawn = (
            flat("".join(t.text or "" for t in ET.fromstring(render_svg(
                picture, ca_name="Home CA", ios_version=version, language=language)).iter(
                f"{SVG}text"))) for language in ("en", code))
        for english, local in labels.items():
            if flat(substitute_names(english, NAMES)) not in english_drawn:
                continue
            assert flat(substitute_names(local, NAMES)) in drawn, (code, picture, english, local)
            checked += 1
    assert checked > 0


def warning_parts(svg: str) -> tuple[tuple[float, float, float, float], ET.Element,
                                     ET.Element]:
    """The filled button (x, y, w, h), its label, and the text button of Android's warning."""
    root = ET.fromstring(svg)
    pill = next(r for r in root.iter(f"{SVG}rect")
                if r.get("rx") == "20" and r.get("height") == "40")
    box = tuple(float(pill.get(k, 0)) for k in ("x", "y", "width", "height"))
    texts = [t for t in root.iter(f"{SVG}text") if t.get("font-weight") == "600"]
    inside = next(t for t in texts if t.get("text-anchor") == "middle"
                  and box[1] < float(t.get("y", 0)) < box[1] + box[3])
    other = next(t for t in texts if t is not inside)
    return box, inside, other  # type: ignore[return-value]


def assert_buttons_fit(svg: str) -> None:
    (x, y, w, h), label, other = warning_parts(svg)
    left, right = extent(label)
    assert x + 8 <= left and right <= x + w - 8, "the label stays inside its button"
    assert x >= 24 - 0.5 and x + w <= SCREEN_WIDTH - 24 + 0.5
    o_left, o_right = extent(other)
    o_y = float(other.get("y", 0))
    beside = y - 16 < o_y < y + h + 4  # on the same row as the filled button
    assert not (beside and o_right > x and o_left < x + w), "the buttons do not overlap"
    assert o_left >= 0 and o_right <= SCREEN_WIDTH


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_warning_buttons_fit_in_every_language(code: str, theme: str) -> None:
    svg = render_svg("android-warning", ca_name="Home CA", theme=theme,  # type: ignore[arg-type]
                     language=code)
    assert_buttons_fit(svg)
    assert ELLIPSIS not in svg


def test_buttons_too_wide_for_one_row_are_stacked_and_shrunk_only_past_the_screen() -> None:
    spec = PICTURES["android-warning"]
    colors = load_manifest()["themes"]["android"]["light"]
    for secondary, primary, cut in (
            ("Installer quand même", "Ne pas installer", False),
            ("Trotzdem installieren", "Nicht installieren", False),
            ("Installieren " * 4, "Nicht " * 12, True)):
        pic = {**spec, "screen": {**spec["screen"], "buttons": [secondary, primary]}}
        svg = render_screen(colors, NAMES, style_for_version(parse_version(None)),
                            parse_version(None), pic, False)
        assert_buttons_fit(svg)
        (_, y, _, _), _, other = warning_parts(svg)
        assert float(other.get("y", 0)) < y, "stacked: the text button sits above"
        assert (ELLIPSIS in svg) == cut
