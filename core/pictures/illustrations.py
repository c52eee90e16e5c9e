"""Phone-screen illustrations: the iOS and Android steps, drawn with the user's own CA name.

How the pictures are made (and how to extend them):

* ``resources/illustrations/manifest.json`` is the whole set as data: the pictures in step order
  (id, title, one-line caption, platform, iOS range), each screen as a tiny declarative
  description (nav bar, groups of rows, alert buttons...), the light and dark colours, the
  per-version look (inset lists from iOS 15, rounder ones in 26) and the small icon glyphs.
* ``resources/illustrations/*.svg`` are the artwork templates (phone frame, status bars, number
  pad, Safari page) with ``{{@colour}}`` and ``{{slot}}`` placeholders.
* ``illustration_drawing.py`` lays the rows out into plain SVG. Every text, from the manifest
  or a template, goes through :func:`fill_text` (``illustration_common.py``, re-exported
  here), the one function that fills ``{{ca_name}}`` (the certificate's own name, shown by
  the warning and the trust switch), ``{{profile_name}}`` and ``{{profile_description}}`` (the
  profile's PayloadDisplayName and PayloadDescription, from ``core/pki/profile.py``) and
  ``{{device_name}}``, shortens the line with an ellipsis (by an estimated width, so nothing
  overflows its row, as iOS truncates labels) and escapes XML.

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

from trustanchor.core.pictures.common import (
    CAPTION_HEIGHT,
    ELLIPSIS,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    SVG_HEIGHT,
    SVG_WIDTH,
    Spec,
    Theme,
    Truncation,
    _clean,
    _in_range,
    _manifest,
    _names,
    _resolve,
    _style,
    _substitute,
    _version,
    fill_text,
    text_width,
)
from trustanchor.core.pictures.drawing import _Canvas, _draw, _frame

# Text fitting and the sizes live in illustration_common.py (shared with the drawing without an
# import cycle); they stay importable from here.
__all__ = [
    "ANDROID_VARIANTS", "CAPTION_HEIGHT", "ELLIPSIS", "NEWEST_ANDROID", "SCREEN_HEIGHT",
    "SCREEN_WIDTH", "SVG_HEIGHT", "SVG_WIDTH", "Illustration", "Spec", "Theme", "Truncation",
    "fill_text", "list_illustrations", "render_svg", "text_width",
]

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
        names = _names(ca_name, profile_name, device_name)
        return _substitute(self.caption, {k: _clean(v) for k, v in names.items()})


def list_illustrations(
    ios_version: str | None = None,
    platform: Literal["ios", "android"] = "ios",
    android: str = NEWEST_ANDROID,
) -> list[Illustration]:
    """The pictures for one platform in step order; for iOS only those of ``ios_version``, for
    Android only those of the Settings path ``android`` (one of ANDROID_VARIANTS).

    ``ios_version`` is like "17" or "16.4.1"; None means the newest iOS. Raises ValueError for
    an unknown platform or variant or a version that is not a number.
    """
    if platform not in ("ios", "android"):
        raise ValueError(f"Unknown platform {platform!r}: use 'ios' or 'android'.")
    if android not in ANDROID_VARIANTS:
        raise ValueError(f"Unknown Android variant {android!r}.")
    version = _version(ios_version)
    found = []
    for pic in _manifest()["pictures"]:
        if pic["platform"] != platform or android not in pic.get("variants", ANDROID_VARIANTS):
            continue
        low, high = pic.get("ios") or (None, None)
        if platform == "ios" and not _in_range(version, low, high):
            continue
        found.append(Illustration(
            id=pic["id"], title=_resolve(pic["title"], version),
            caption=_resolve(pic["caption"], version), platform=pic["platform"],
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
) -> str:
    """One picture as a standalone SVG document (no ids, scripts or external references).

    ``profile_name`` defaults to the profile's PayloadDisplayName (profile.display_name).
    Pass the ``ios_version`` you gave list_illustrations (None = newest). ``caption=True``
    also draws the caption under the phone.
    Raises ValueError for an unknown id or theme.
    """
    if theme not in ("light", "dark"):
        raise ValueError(f"Unknown theme {theme!r}: use 'light' or 'dark'.")
    pictures = {p["id"]: p for p in _manifest()["pictures"]}
    if illustration_id not in pictures:
        raise ValueError(f"Unknown illustration {illustration_id!r}.")
    version = _version(ios_version)
    pic = _resolve(pictures[illustration_id], version)
    canvas = _Canvas(
        _manifest()["themes"][pic["platform"]][theme],
        _names(ca_name, profile_name, device_name),
        _style(version),
        version,
    )
    _draw(canvas, pic["screen"])
    return _frame(canvas, pic, caption)
