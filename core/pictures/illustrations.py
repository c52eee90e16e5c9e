"""Phone-screen illustrations: the iOS and Android steps, drawn with the user's own CA name.

How the pictures are made (and how to extend them):

* ``resources/illustrations/manifest.json`` is the whole set as data: the pictures in step order
  (id, title, one-line caption, platform, iOS range), each screen as a tiny declarative
  description (nav bar, groups of rows, alert buttons...), the light and dark colours, the
  per-version look (inset lists from iOS 15, rounder ones in 26) and the small icon glyphs.
* ``resources/illustrations/*.svg`` are the artwork templates (phone frame, status bars, number
  pad, Safari page) with ``{{@colour}}`` and ``{{slot}}`` placeholders.
* ``drawing.py`` lays the rows out into plain SVG. Every text, from the manifest or a template,
  goes through :func:`fill_text` (``common.py``), the one function that fills ``{{ca_name}}`` (the
  certificate's own name, shown by the warning and the trust switch), ``{{profile_name}}`` and
  ``{{profile_description}}`` (the profile's PayloadDisplayName and PayloadDescription, from
  ``core/pki/profile.py``) and ``{{device_name}}``, shortens the line with an ellipsis (by an
  estimated width, so nothing overflows its row, as iOS truncates labels) and escapes XML.

Any value in a screen description may be ``{"by_ios": {"12.2": A, "15": B}}``: the entry with the
highest version not above the requested iOS version wins. A new iOS menu path is therefore a new
key in such a map (or a new picture entry with an ``ios`` range), not a new drawing. For a new
iOS version: add its renamed labels or rows as ``by_ios`` keys, a ``styles`` entry if the look
changed (inset, corner radius, row height, back button, switch size), new pictures with their
``ios`` range, then run ``make illustrations`` and look at the PNGs.

Android pictures carry ``variants``: the Settings paths they belong to (:data:`ANDROID_VARIANTS`,
chosen per phone by ``core/publish/devices.py``). A screen that differs between Android
versions or makers is its own picture listed under those variants.

The SVG uses only what both browsers (inline in the phone page) and QtSvg (SVG Tiny 1.2, the
desktop wizard) draw the same way: presentation attributes, no CSS, scripts, filters, clip paths,
external references or ids, and a ``viewBox``; corners are masked by drawing the bezel last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from trustanchor.core.languages import LANGUAGES
from trustanchor.core.pictures.common import (
    Spec,
    Theme,
    catalogue_words,
    clean_text,
    load_manifest,
    localize,
    parse_version,
    placeholder_names,
    resolve_for_version,
    style_for_version,
    substitute_names,
    unconfirmed_labels,
    version_in_range,
)
from trustanchor.core.pictures.drawing import render_screen

# LANGUAGES and unconfirmed_labels (common.py) are part of this module's public API too.
__all__ = ["ANDROID_VARIANTS", "LANGUAGES", "NEWEST_ANDROID", "Illustration", "drawn_in_english",
           "list_illustrations", "render_svg", "unconfirmed_labels"]

#: Android Settings paths (docs/platform-facts.md, "Android"): AOSP 11-12, 13, 14+, and
#: Samsung One UI on 11-12 ("Biometrics and security") and 13+ ("Security and privacy").
ANDROID_VARIANTS = ("aosp11", "aosp13", "aosp14", "samsung11", "samsung13")
NEWEST_ANDROID = "aosp14"


@dataclass(frozen=True)
class Illustration:
    """One picture: ``caption`` may hold ``{{ca_name}}``-style placeholders (see caption_for)."""

    id: str
    title: str
    caption: str
    platform: Literal["ios", "android"]
    ios_min: str | None = None
    ios_max: str | None = None
    optional: bool = False  # another route to the next screen, for when the shortcut is missing

    def caption_for(
        self, *, ca_name: str, profile_name: str | None = None, device_name: str = "iPhone"
    ) -> str:
        """The caption as plain text with the names filled in (the caller escapes it)."""
        names = placeholder_names(ca_name, profile_name, device_name)
        return substitute_names(self.caption, {k: clean_text(v) for k, v in names.items()})


def list_illustrations(
    ios_version: str | None = None,
    platform: Literal["ios", "android"] = "ios",
    android: str = NEWEST_ANDROID,
    *,
    language: str = "en",
) -> list[Illustration]:
    """The pictures for one platform in step order; for iOS only those of ``ios_version``, for
    Android only those of the Settings path ``android`` (one of ANDROID_VARIANTS); titles and
    captions in ``language`` (one of LANGUAGES).

    ``ios_version`` is like "17" or "16.4.1"; None means the newest iOS. Raises ValueError for
    an unknown platform or variant or a version that is not a number.
    """
    if platform not in ("ios", "android"):
        raise ValueError(f"Unknown platform {platform!r}: use 'ios' or 'android'.")
    if android not in ANDROID_VARIANTS:
        raise ValueError(f"Unknown Android variant {android!r}.")
    version = parse_version(ios_version)
    ours = catalogue_words(language, "ours")
    found = []
    for pic in load_manifest()["pictures"]:
        if pic["platform"] != platform or android not in pic.get("variants", ANDROID_VARIANTS):
            continue
        low, high = pic.get("ios") or (None, None)
        if platform == "ios" and not version_in_range(version, low, high):
            continue
        found.append(Illustration(
            id=pic["id"], title=localize(resolve_for_version(pic["title"], version), ours),
            caption=localize(resolve_for_version(pic["caption"], version), ours),
            platform=pic["platform"],
            ios_min=low, ios_max=high, optional=bool(pic.get("optional", False)),
        ))
    return found


def render_svg(
    illustration_id: str,
    *,
    ca_name: str,
    profile_name: str | None = None,
    device_name: str = "iPhone",
    theme: Theme = "light",
    ios_version: str | None = None,
    caption: bool = False,
    language: str = "en",
) -> str:
    """One picture as a standalone SVG document (no ids, scripts or external references).

    ``language`` (one of LANGUAGES) draws the phone's labels as a phone set to that language
    shows them, where a source confirms them (docs/platform-facts.md, "Labels in other
    languages"), and the caption in that language.

    ``profile_name`` defaults to the profile's PayloadDisplayName (profile.display_name).
    Pass the ``ios_version`` you gave list_illustrations (None = newest). ``caption=True``
    also draws the caption under the phone.
    Raises ValueError for an unknown id or theme.
    """
    if theme not in ("light", "dark"):
        raise ValueError(f"Unknown theme {theme!r}: use 'light' or 'dark'.")
    pictures = {p["id"]: p for p in load_manifest()["pictures"]}
    if illustration_id not in pictures:
        raise ValueError(f"Unknown illustration {illustration_id!r}.")
    version = parse_version(ios_version)
    words = catalogue_words(language, _label_part(pictures[illustration_id]))
    ours = catalogue_words(language, "ours")
    pic = resolve_for_version(pictures[illustration_id], version)
    pic = {**pic, "screen": localize(pic["screen"], words),
           "caption": localize(pic["caption"], ours), "title": localize(pic["title"], ours)}
    return render_screen(
        load_manifest()["themes"][pic["platform"]][theme],
        placeholder_names(ca_name, profile_name, device_name),
        style_for_version(version),
        version,
        pic,
        caption,
        words,
    )


def drawn_in_english(illustration_id: str, *, ios_version: str | None = None,
                     language: str = "en") -> bool:
    """True when the screen in ``language`` shows exactly the English labels (none of them is
    confirmed in that language yet), so the English picture can stand in for it; only the
    caption, which the page shows beside the picture, would differ."""
    pictures = {p["id"]: p for p in load_manifest()["pictures"]}
    words = catalogue_words(language, _label_part(pictures[illustration_id]))
    version = parse_version(ios_version)
    screen = resolve_for_version(pictures[illustration_id]["screen"], version)
    screens = [screen]
    if isinstance(screen.get("over"), str):  # an alert drawn over another screen
        screens.append(resolve_for_version(pictures[screen["over"]]["screen"], version))
    return all(localize(one, words) == one for one in screens)


def _label_part(picture: Spec) -> str:
    """Which labels a picture draws: Samsung's screens (only Samsung variants) have their own
    list of labels kept in English, every other screen the phone's labels."""
    variants = picture.get("variants", ())
    return "samsung" if variants and all(v.startswith("samsung") for v in variants) \
        else "phone"
