"""The page a phone opens from the QR code: the CA's name and fingerprint, that platform's steps,
the download, and a "Test" button that proves trust with a script fetch of the HTTPS probe.

Every word comes from a catalogue, `resources/phone/text-<lang>.json`, one per language of
`core/publish/language.py`, chosen per request from `?lang=` or Accept-Language (the page's
language menu links keep `?lang=`); every value put into the HTML is escaped here (a CA may
be called `<Tëst & "Co">`). The page is one HTML response plus two allow-listed assets
(`/phone.css`, `/phone.js`) served from memory: no inline script or style, so it also works
under a strict Content-Security-Policy, and nothing comes from the internet. The script only
corrects what the server cannot see (an iPad whose Safari says "Mac") and runs the test;
without script the server's choice of steps still shows.
"""

from __future__ import annotations

import copy
import html
import json
import re
import threading
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from trustanchor.core.pictures.illustrations import (
    ANDROID_VARIANTS,
    NEWEST_ANDROID,
    Illustration,
    drawn_in_english,
    list_illustrations,
    render_svg,
)
from trustanchor.core.pki.profile import display_name
from trustanchor.core.publish.devices import Device, android_variant
from trustanchor.core.publish.language import DEFAULT, LANGUAGES, NATIVE_NAMES, choose_language

PLATFORM_KEYS = ("ios", "android", "mac", "windows", "linux", "firefox")
IOS_VARIANTS = ("ios15", "ios12", "ios10")
# How long the page waits for the HTTPS probe before saying "not yet" (a phone on Wi-Fi answers
# in well under a second; a dropped SYN to a firewalled port never answers at all).
PROBE_TIMEOUT_MS = 8000
# The words verdict.js shows: each verdict of the Test, its next step, the server tests.
VERDICT_TEXT_KEYS = (
    "verdict_blocked", "verdict_unreachable", "next_untrusted_ios", "next_untrusted_android",
    "next_untrusted_other", "next_blocked", "next_unreachable", "servers_title", "server_test",
    "server_trusted", "server_untrusted", "server_unreachable")

_DEVICE_WORDS = {"iphone": "iPhone", "ipad": "iPad"}
# Which file each platform downloads. iOS gets the profile: Safari on iOS 26.4+ saves a .crt as
# ".crt.html" (Start9Labs issue 3239). Linux gets PEM: update-ca-certificates only reads PEM.
_DOWNLOADS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ios": ("mobileconfig", ()),
    "android": ("crt", ("pem",)),
    "mac": ("crt", ("mobileconfig", "pem")),
    "windows": ("crt", ("pem",)),
    "linux": ("pem", ("crt",)),
    "firefox": ("crt", ("pem",)),
}
_PATHS = {"mobileconfig": "/ca.mobileconfig", "crt": "/ca.crt", "pem": "/ca.pem"}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SLOT = re.compile(r"\{\{(\w+)\}\}")
_MARKUP = (
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"\[\[(.+?)\]\]"), r'<strong class="path">\1</strong>'),
    (re.compile(r"`(.+?)`"), r"<code>\1</code>"),
)


def _resource(name: str) -> bytes:
    return resources.files("trustanchor.resources").joinpath("phone", name).read_bytes()


@cache
def load_text(language: str = DEFAULT) -> dict[str, Any]:
    """The text table of one language (resources/phone/text-<language>.json)."""
    if language not in LANGUAGES:
        raise ValueError(f"No phone page catalogue for {language!r}.")
    table: dict[str, Any] = json.loads(_resource(f"text-{language}.json"))
    return table


def platform_key(device: Device) -> str:
    """Which steps fit this device: "ios", "android", "mac", "windows", "linux", or ""."""
    if device.platform in ("iphone", "ipad"):
        return "ios"
    return "" if device.platform == "unknown" else device.platform


def ios_variant(os_version: str | None) -> str:
    """The menu-path generation (docs/platform-facts.md, "iOS menu paths") for an iOS version."""
    numbers = re.findall(r"\d+", os_version or "")
    if not numbers:
        return "ios15"   # unknown: assume a current iPhone
    version = (int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0)
    if version < (12, 2):
        return "ios10"
    return "ios12" if version < (15, 0) else "ios15"


def _android_path(device: Device) -> str:
    """The Android Settings path to show: this phone's, or the newest for any other visitor."""
    return android_variant(device) if device.platform == "android" else NEWEST_ANDROID


def is_firefox(device: Device) -> bool:
    return (device.browser or "").lower() == "firefox"


class PhonePageContent:
    """Implements the server's `PhonePage` protocol for one CA.

    `set_urls()` is called once the server knows its real ports; until then the script derives
    the probe URL from the page's own address and `https_port`.
    """

    def __init__(
        self,
        ca_name: str,
        short_fingerprint: str,
        *,
        http_url: str = "",
        probe_url: str = "",
        https_port: int | None = None,
        crt_file: str = "ca.crt",
        pem_file: str = "ca.pem",
        pictures: bool = True,
        test_servers: Sequence[str] = (),
    ) -> None:
        self.ca_name = ca_name
        self.short_fingerprint = short_fingerprint
        self._lock = threading.Lock()
        self._urls = (http_url, probe_url, https_port)
        self._files = (crt_file, pem_file)
        self._texts = {code: load_text(code) for code in LANGUAGES}
        self._text = self._texts[DEFAULT]
        self._language = DEFAULT
        self._shots = {code: _Shots(ca_name, code) for code in LANGUAGES} if pictures else None
        self._test_servers = tuple(test_servers)  # the user's HTTPS URLs the page can test

    def set_urls(self, http_url: str, probe_url: str, https_port: int | None = None) -> None:
        with self._lock:
            self._urls = (http_url, probe_url, https_port)

    @property
    def http_url(self) -> str:
        return self._urls[0]

    @property
    def probe_url(self) -> str:
        return self._urls[1]

    # ------------------------------------------------------------------ text helpers

    def _values(self, device: Device) -> dict[str, str]:
        https_port = self._urls[2]
        return {
            "ca": self.ca_name,
            "profile": display_name(self.ca_name),
            "fp": self.short_fingerprint,
            "device": _DEVICE_WORDS.get(device.platform, self._text["device_word"]),
            "https_port": str(https_port) if https_port else "",
            "crt_file": self._files[0],
            "pem_file": self._files[1],
        }

    @staticmethod
    def _fill(template: str, values: Mapping[str, str], *, markup: bool = True) -> str:
        """Escape `template`, turn its markup into tags, then put in the escaped values.

        Markup is converted before values go in, so a CA name containing `**` or `[[` stays
        text. One pass over the placeholders, so a value is never expanded again.
        """
        text = html.escape(template, quote=True)
        if markup:
            for pattern, replacement in _MARKUP:
                text = pattern.sub(replacement, text)
        return _PLACEHOLDER.sub(
            lambda m: html.escape(values[m.group(1)], quote=True)
            if m.group(1) in values else m.group(0),
            text,
        )

    def _t(self, key: str, values: Mapping[str, str]) -> str:
        return self._fill(str(self._text[key]), values)

    # ------------------------------------------------------------------ fragments

    def _download_block(self, key: str) -> str:
        labels = self._text["downloads"]
        primary, others = _DOWNLOADS[key]
        parts = [f'<p class="download"><a class="button" href="{_PATHS[primary]}" download>'
                 f"{html.escape(labels[primary])}</a></p>"]
        if others:
            links = ", ".join(f'<a href="{_PATHS[o]}" download>{html.escape(labels[o + "_short"])}'
                              "</a>" for o in others)
            parts.append(f'<p class="formats">{html.escape(labels["other_formats"])} {links}</p>')
        return "".join(parts)

    def _steps(self, items: Sequence[str], values: Mapping[str, str], attrs: str = "",
               pictures: Sequence[str] = ()) -> str:
        rows = "".join(f"<li>{self._fill(item, values)}{pictures[i] if i < len(pictures) else ''}"
                       "</li>" for i, item in enumerate(items))
        return f'<ol class="steps"{attrs}>{rows}</ol>'

    def _pictures(self, variant: str, device: Device) -> list[str]:
        """Per step of `variant` ("ios15", ..., "android"): its pictures as HTML, or ""."""
        if self._shots is None:
            return []
        device_word = _DEVICE_WORDS.get(device.platform, "iPhone")
        version = device.os_version if platform_key(device) == "ios" else None
        if variant == "android":
            variant = _android_path(device)
        return self._shots[self._language].html_per_step(variant, version, device_word)

    def _platform_body(self, key: str, values: Mapping[str, str], ios: str,
                       device: Device) -> str:
        entry = self._text["platforms"][key]
        body = [self._download_block(key)]
        if key == "ios":
            for variant in IOS_VARIANTS:
                hidden = "" if variant == ios else " hidden"
                body.append(self._steps(entry["variants"][variant], values,
                                        f' data-ios="{variant}"{hidden}',
                                        self._pictures(variant, device)))
        elif key == "android":  # the Settings path of this phone's version and maker
            body.append(self._steps(entry["variants"][_android_path(device)], values,
                                    pictures=self._pictures(key, device)))
        else:
            body.append(self._steps(entry["steps"], values))
        if entry.get("note"):
            body.append(f'<p class="note">{self._fill(entry["note"], values)}</p>')
        return "".join(body)

    def _section(self, key: str, values: Mapping[str, str], ios: str, device: Device, *,
                 open_: bool) -> str:
        label = html.escape(self._text["platforms"][key]["label"])
        return (f'<details class="platform" id="ta-p-{key}" data-key="{key}"'
                f'{" open" if open_ else ""}><summary>{label}</summary>'
                f'<div class="platform-body">{self._platform_body(key, values, ios, device)}</div>'
                "</details>")

    def _hint_lists(self, values: Mapping[str, str], primary: Sequence[str]) -> str:
        lists = []
        for key in PLATFORM_KEYS:
            items = "".join(f"<li>{self._fill(h, values)}</li>"
                            for h in self._text["platforms"][key]["hints"])
            hidden = "" if key in primary else " hidden"
            lists.append(f'<ul class="hints" data-key="{key}"{hidden}>{items}</ul>')
        return "".join(lists)

    def _safari_notice(self, device: Device, values: Mapping[str, str]) -> str:
        url = html.escape(self.http_url, quote=True)
        show = platform_key(device) == "ios" and device.browser not in (None, "Safari")
        title, body = self._t("safari_title", values), self._t("safari_body", values)
        label, copy = self._t("url_label", values), self._t("copy", values)
        return (f'<section class="notice" id="ta-safari"{"" if show else " hidden"}>'
                f"<h2>{title}</h2><p>{body}</p><div class=\"copy-row\">"
                f'<input id="ta-url" type="url" readonly value="{url}" aria-label="{label}">'
                f'<button type="button" class="button secondary" id="ta-copy">{copy}</button>'
                "</div></section>")

    def _config(self, device: Device, values: Mapping[str, str], ios: str) -> str:
        _, probe_url, https_port = self._urls
        config = {
            "platform": device.platform,
            "ios": ios,
            "probeUrl": probe_url,
            "httpsPort": https_port,
            "reportUrl": "/report?probe=failed",
            "timeoutMs": PROBE_TIMEOUT_MS,
            "testServers": list(self._test_servers),
            "text": {k: self._text[k].format_map(_Raw(values))
                     for k in ("testing", "trusted", "not_yet", "copied", "copy_failed",
                               *VERDICT_TEXT_KEYS)},
        }
        # JSON inside <script>: escape "<", ">" and "&" so no value can close the element.
        return (json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
                .replace(">", "\\u003e").replace("&", "\\u0026"))

    # ------------------------------------------------------------------ the protocol

    def primary_keys(self, device: Device) -> list[str]:
        """The sections shown open at the top: the device's platform, plus Firefox's own
        store when the browser is Firefox on a computer or Android."""
        keys = [k for k in (platform_key(device),) if k]
        if is_firefox(device) and keys != ["ios"]:
            keys.append("firefox")
        return keys

    def _language_menu(self) -> str:
        """Links to the page in each language; `?lang=` is all the state there is."""
        current = ' aria-current="true"'
        items = "".join(
            f'<a href="/?lang={code}" hreflang="{code}" lang="{code}"'
            f'{current if code == self._language else ""}>'
            f"{html.escape(NATIVE_NAMES[code])}</a>" for code in LANGUAGES)
        label = html.escape(self._text["language_label"])
        return f'<nav class="languages" aria-label="{label}">{items}</nav>'

    def render(self, device: Device, *, query: str = "",
               accept_language: str | None = None) -> bytes:
        """The page for `device` in the language `?lang=` (in `query`) or Accept-Language
        asks for (docs: core/publish/language.py)."""
        language = choose_language(query, accept_language)
        # A shallow copy that reads the chosen catalogue: requests render in parallel threads,
        # and the copy shares everything else (URLs, lock, pictures) with this object.
        view = copy.copy(self)
        view._language, view._text = language, self._texts[language]
        return view._render(device)

    def _render(self, device: Device) -> bytes:
        values = self._values(device)
        ios = ios_variant(device.os_version) if platform_key(device) == "ios" else "ios15"
        primary = self.primary_keys(device)
        others = [k for k in PLATFORM_KEYS if k not in primary]
        slots = {
            "lang": html.escape(self._text["lang"]),
            "language_menu": self._language_menu(),
            "platform": device.platform,
            "ios_variant": ios,
            "ca_name": html.escape(self.ca_name),
            "fingerprint": html.escape(self.short_fingerprint),
            "safari_notice": self._safari_notice(device, values),
            "primary_sections": "".join(self._section(k, values, ios, device, open_=True)
                                        for k in primary),
            "other_sections": "".join(self._section(k, values, ios, device, open_=False)
                                      for k in others),
            "hint_lists": self._hint_lists(values, primary),
            "config_json": self._config(device, values, ios),
        }
        for key in ("title", "eyebrow", "heading", "intro", "ca_label", "fp_label", "fp_hint",
                    "test_title", "test_body", "test_button", "other_devices", "footer"):
            slots[key] = self._fill(self._text[key], values, markup=False)
        page = _SLOT.sub(lambda m: slots[m.group(1)], _resource("index.html").decode("utf-8"))
        return page.encode("utf-8")

    def assets(self) -> Mapping[str, tuple[bytes, str]]:
        files = {
            "/phone.css": (_resource("phone.css"), "text/css; charset=utf-8"),
            "/phone.js": (_resource("phone.js"), "text/javascript; charset=utf-8"),
            "/verdict.js": (_resource("verdict.js"), "text/javascript; charset=utf-8"),
        }
        if self._shots is not None:
            for shots in self._shots.values():
                files.update(shots.files())
        return files


class _Raw(dict[str, str]):
    """format_map values for text the script inserts with textContent (no HTML escaping)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# ---------------------------------------------------------------------- illustrations

# Which of the page's steps each picture belongs to. A picture added to the set later joins the
# step of the picture before it, so the page never loses one.
_PHASE_OF = {
    "ios-safari-allow": "download", "ios-profile-downloaded": "download",
    "ios-settings-profile-downloaded": "open", "ios-general-profiles": "open",
    "ios-downloaded-profile": "open", "ios-install-profile": "install", "ios-passcode": "install",
    "ios-warning": "install", "ios-install-confirm": "install",
    "ios-profile-installed": "install", "ios-settings-general": "trust",
    "ios-general-about": "trust", "ios-about-trust": "trust", "ios-trust-switch": "trust",
    "ios-root-alert": "trust",
}
# The phases of each variant's steps in the catalogues, in order (the last, "Test", has none).
_STEP_PHASES = {
    "ios15": ("download", "open", "install", "trust"),
    "ios12": ("download", "open", "install", "trust"),
    "ios10": ("download", "install", "trust"),
    **{variant: ("download", "settings") for variant in ANDROID_VARIANTS},
}
# The iOS version each set of pictures is drawn for: the menu-path generations, and iOS 26's
# rounder look inside the newest one.
# The 10.3 - 12.1 set is drawn as iOS 11: Settings had no Screen Time before iOS 12.
_DRAWN_FOR = {"ios10": "11", "ios12": "14", "ios15": "18", "ios26": "26"}


class _Shots:
    """The illustrations for one CA as page assets (light and dark SVG) and as HTML."""

    def __init__(self, ca_name: str, language: str = DEFAULT) -> None:
        self._ca_name, self._language = ca_name, language
        self._sets: dict[str, list[Illustration]] = {
            key: list_illustrations(version, language=language)
            for key, version in _DRAWN_FOR.items()}
        self._sets.update({v: list_illustrations(None, "android", v, language=language)
                           for v in ANDROID_VARIANTS})

    def path(self, set_key: str, picture: str, theme: str) -> str:
        version = None if set_key == "android" else _DRAWN_FOR[set_key]
        same = drawn_in_english(picture, ios_version=version, language=self._language)
        return _picture_path(set_key, picture, theme, DEFAULT if same else self._language)

    def files(self) -> dict[str, tuple[bytes, str]]:
        return {path: (svg, "image/svg+xml") for path, svg in _drawn(self._ca_name,
                                                                     self._language)}

    def _set_for(self, variant: str, os_version: str | None) -> str:
        if variant in ANDROID_VARIANTS:
            return "android"
        if variant != "ios15":
            return variant
        newest = ios_variant(os_version) == "ios15" and (
            os_version is None or int(re.findall(r"\d+", os_version)[0]) >= 26)
        return "ios26" if newest else "ios15"

    def html_per_step(self, variant: str, os_version: str | None, device: str) -> list[str]:
        set_key = self._set_for(variant, os_version)
        phases = _STEP_PHASES[variant]
        steps: list[list[str]] = [[] for _ in phases]
        phase = phases[-1] if set_key == "android" else phases[0]
        for pic in self._sets[variant if set_key == "android" else set_key]:
            phase = _PHASE_OF.get(pic.id, phase)
            if phase in phases:
                steps[phases.index(phase)].append(self._figure(set_key, pic, device))
        return [f'<div class="shots">{"".join(f)}</div>' if f else "" for f in steps]

    def _figure(self, set_key: str, pic: Illustration, device: str) -> str:
        caption = pic.caption_for(ca_name=self._ca_name, device_name=device)
        dark, light = self.path(set_key, pic.id, "dark"), self.path(set_key, pic.id, "light")
        return ('<figure class="shot"><picture>'
                f'<source srcset="{dark}" media="(prefers-color-scheme: dark)">'
                f'<img src="{light}" alt="{html.escape(pic.title)}" width="407" height="752"'
                ' loading="lazy" decoding="async"></picture>'
                f"<figcaption>{html.escape(caption)}</figcaption></figure>")


def _picture_path(set_key: str, picture: str, theme: str, language: str = DEFAULT) -> str:
    """English pictures keep their first addresses; the others live under their language."""
    folder = "" if language == DEFAULT else f"{language}/"
    return f"/ill/{folder}{set_key}/{picture}-{theme}.svg"


@lru_cache(maxsize=4 * len(LANGUAGES))
def _drawn(ca_name: str, language: str = DEFAULT) -> tuple[tuple[str, bytes], ...]:
    """Every picture for one CA name in one language, light and dark (about 140 SVGs, 0.6 s
    for a short name, longer for a long one): kept, so publishing again, or on another address,
    starts at once. Another language draws only the screens whose labels differ from English
    (the page points at the English picture for the others)."""
    sets: list[tuple[str, str | None, list[Illustration]]] = [
        (key, version, list_illustrations(version)) for key, version in _DRAWN_FOR.items()]
    android = {p.id: p for v in ANDROID_VARIANTS for p in list_illustrations(None, "android", v)}
    sets.append(("android", None, list(android.values())))
    return tuple(
        (_picture_path(key, pic.id, theme, language),
         render_svg(pic.id, ca_name=ca_name, theme=theme, ios_version=version,
                    language=language).encode("utf-8"))
        for key, version, pictures in sets for pic in pictures for theme in ("light", "dark")
        if language == DEFAULT or not drawn_in_english(pic.id, ios_version=version,
                                                       language=language))
