"""The seven languages TrustAnchor speaks, and which of them a BCP 47 language tag asks for.

One rule for the phone page (a browser's Accept-Language, core/publish/language.py) and the
wizard (the computer's preferred languages, gui/i18n.py): the primary subtag decides, except
that Chinese is Simplified unless the tag names the Traditional script or a region that writes
it (Taiwan, Hong Kong, Macau), and Portuguese is Brazilian only without a region or with BR
(European Portuguese names the menus differently, "Definições" for "Ajustes").
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "match_language"]

# Language codes in menu order; each is also a BCP 47 tag (`<html lang>`, the settings' value).
LANGUAGES = ("en", "de", "fr", "es", "ja", "zh-Hans", "pt-BR")
_SIMPLIFIED_SCRIPT = "hans"
_TRADITIONAL_SCRIPT = "hant"
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def match_language(tag: str) -> str | None:
    """The language for one tag ("de-AT" -> "de", "zh-TW" -> None), or None if it has none."""
    primary, *rest = tag.replace("_", "-").lower().split("-")
    if primary == "zh":
        if _SIMPLIFIED_SCRIPT in rest:
            return "zh-Hans"
        if _TRADITIONAL_SCRIPT in rest or _TRADITIONAL_REGIONS.intersection(rest):
            return None
        return "zh-Hans"
    if primary == "pt":
        return "pt-BR" if not rest or rest[0] == "br" else None
    return primary if primary in LANGUAGES else None
