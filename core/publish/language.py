"""Which language the phone page speaks: the `?lang=` the visitor picked, else the browser's
`Accept-Language` (RFC 9110 section 12.5.4), else English.

Only the languages with a full catalogue are offered (:data:`LANGUAGES`). Matching follows the
"lookup" scheme of RFC 4647 section 3.4 in spirit: a range matches a language when their primary
subtags agree and the range names no script or region that the language contradicts
(`zh-TW` and `zh-Hant` are Traditional Chinese, which has no catalogue, so they fall through).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

# Catalogue codes in menu order, shared with the pictures. Each is also the page's
# `<html lang>` value (BCP 47).
from trustanchor.core.languages import match_language
from trustanchor.core.pictures.illustrations import LANGUAGES

__all__ = ["DEFAULT", "LANGUAGES", "NATIVE_NAMES", "choose_language", "match_language",
           "parse_accept_language"]
DEFAULT = "en"
#: Each language's own name, for the language menu.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
                "ja": "日本語", "zh-Hans": "简体中文", "pt-BR": "Português (Brasil)"}

_RANGE = re.compile(r"^(\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$")
_QVALUE = re.compile(r"^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$", re.IGNORECASE)
_MAX_RANGES = 32  # a header is at most a few kB; more ranges than this is not a real browser


def parse_accept_language(header: str | None) -> list[tuple[str, float]]:
    """The language ranges of an Accept-Language value, best first (ties keep their order).

    Ranges with q=0 ("not acceptable") and malformed members are left out, never fatal.
    """
    ranges: list[tuple[str, float, int]] = []
    for index, member in enumerate((header or "").split(",")[:_MAX_RANGES]):
        parts = [p.strip() for p in member.split(";")]
        if not parts[0] or not _RANGE.match(parts[0]):
            continue
        weight = 1.0
        if len(parts) > 1:
            match = _QVALUE.match(parts[1].replace(" ", ""))
            if match is None or len(parts) > 2:
                continue
            weight = float(match.group(1))
        if weight > 0:
            ranges.append((parts[0].lower(), weight, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(tag, weight) for tag, weight, _ in ranges]


def choose_language(query: str = "", accept_language: str | None = None) -> str:
    """The page's language: `lang=` in the query string if it names a catalogue, else the
    best-weighted Accept-Language range that has one, else English."""
    picked = parse_qs(query, max_num_fields=8).get("lang", [""])[0] if query else ""
    if picked:
        exact = {code.lower(): code for code in LANGUAGES}.get(picked.lower())
        if exact or (exact := match_language(picked)):
            return exact
    traditional = False
    for tag, _ in parse_accept_language(accept_language):
        if tag == "*":
            return DEFAULT
        found = match_language(tag)
        # "zh-TW, zh;q=0.9" (Chrome on a Traditional Chinese phone): the bare "zh" means
        # Traditional there too, and Simplified would be the wrong script.
        if found == "zh-Hans" and tag == "zh" and traditional:
            continue
        traditional = traditional or (match_language(tag) is None and tag.startswith("zh"))
        if found:
            return found
    return DEFAULT
