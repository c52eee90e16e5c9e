"""Which device and browser sent a request, from its User-Agent header.

Only used to pick the right instructions and to label events for the user; never for security.
iPadOS Safari sends a Mac User-Agent ("Macintosh; Intel Mac OS X 10_15_7") since iPadOS 13, so
such a request is reported as "mac" here and the page's script corrects it with
`navigator.maxTouchPoints` (docs/platform-facts.md, "Getting the file onto the phone").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Platform = Literal["iphone", "ipad", "android", "mac", "windows", "linux", "unknown"]
Maker = Literal["samsung", "pixel"]

#: Longer User-Agent strings are cut before parsing; real ones are a few hundred characters.
MAX_USER_AGENT_CHARS = 1024

# Safari 26 froze the OS token at "iPhone OS 18_6" (later 18_7); the Safari version now tracks
# the OS (WebKit blog, "WebKit Features in Safari 26.0"). From 26 on, prefer Version/.
_FROZEN_IOS_SAFARI_MAJOR = 26

_PLATFORM_NAMES: dict[str, tuple[str, str]] = {
    # platform: (device words, OS name)
    "iphone": ("iPhone", "iOS"),
    "ipad": ("iPad", "iPadOS"),
    "android": ("Android device", "Android"),
    "mac": ("Mac", "macOS"),
    "windows": ("Windows PC", "Windows"),
    "linux": ("Linux computer", "Linux"),
    "unknown": ("Unknown device", ""),
}

# Order matters: browsers built on Chrome or Safari also carry "Chrome/" or "Safari/".
_BROWSERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Edge", re.compile(r"\b(?:Edg|EdgA|EdgiOS|Edge)/")),
    ("Samsung Internet", re.compile(r"\bSamsungBrowser/")),
    ("DuckDuckGo", re.compile(r"\b(?:DuckDuckGo|Ddg)/")),
    ("Opera", re.compile(r"\b(?:OPR|OPiOS|OPT)/")),
    ("Firefox", re.compile(r"\b(?:Firefox|FxiOS)/")),
    ("Google app", re.compile(r"\bGSA/")),
    ("Chrome", re.compile(r"\b(?:CriOS|Chrome)/")),
    ("Safari", re.compile(r"\bSafari/")),
)

_IOS_VERSION = re.compile(r"\bOS (\d+(?:_\d+){0,2}) like Mac OS X")
_SAFARI_VERSION = re.compile(r"\bVersion/(\d+)(?:\.(\d+))?")
_ANDROID_VERSION = re.compile(r"\bAndroid (\d+(?:\.\d+){0,2})")
# Chrome 110+ and browsers built on it send "Android 10; K" whatever the phone runs (Chromium
# "User-Agent Reduction"): that version and model say nothing.
_REDUCED_ANDROID = re.compile(r"\bAndroid 10; K\)")
# Samsung model codes ("SM-S921B") or Samsung's own browser; Google's phones say "Pixel".
_SAMSUNG = re.compile(r"\b(?:SM-[A-Z0-9]+|SAMSUNG|SamsungBrowser/)")
_PIXEL = re.compile(r"\bPixel\b")
_MAC_VERSION = re.compile(r"\bMac OS X (\d+(?:[_.]\d+){0,2})")
_WINDOWS_VERSION = re.compile(r"\bWindows NT (\d+\.\d+)")
# Windows 11 still says "Windows NT 10.0": the User-Agent cannot tell 10 from 11.
_WINDOWS_NAMES = {"10.0": "10 or 11", "6.3": "8.1", "6.2": "8", "6.1": "7"}


@dataclass(frozen=True)
class Device:
    """A device as far as its User-Agent tells: platform, OS version and browser.

    ``language`` is the catalogue the phone page was served in to this device ("ja",
    "zh-Hans"; core/publish/language.py), set by the server on the event of a page load and
    None on every other request: the wizard draws its phone-screen pictures in it."""

    platform: Platform
    os_version: str | None
    browser: str | None
    maker: Maker | None = None  # only for Android, and only when the User-Agent tells
    language: str | None = None

    @property
    def label(self) -> str:
        """Plain words for the user, e.g. "iPhone (iOS 17.5, Safari)"."""
        device, os_name = _PLATFORM_NAMES[self.platform]
        parts = []
        if self.os_version:
            parts.append(f"{os_name} {self.os_version}".strip())
        if self.browser:
            parts.append(self.browser)
        return f"{device} ({', '.join(parts)})" if parts else device


UNKNOWN_DEVICE = Device("unknown", None, None)


def detect_device(user_agent: str | None) -> Device:
    """Platform, OS version and browser from a User-Agent header (None or junk -> unknown)."""
    if not user_agent:
        return UNKNOWN_DEVICE
    ua = user_agent[:MAX_USER_AGENT_CHARS]
    platform = _platform(ua)
    browser = _browser(ua) if platform != "unknown" or "Mozilla/" in ua else None
    return Device(platform, _os_version(platform, ua), browser, _maker(platform, ua))


def _maker(platform: Platform, ua: str) -> Maker | None:
    if platform != "android":
        return None
    if _SAMSUNG.search(ua):
        return "samsung"
    return "pixel" if _PIXEL.search(ua) else None


def android_variant(device: Device) -> str:
    """Which Settings path fits this Android phone (docs/platform-facts.md, "Android").

    "aosp11" (Android 11-12: Security > Encryption & credentials), "aosp13" (Security > More
    security settings), "aosp14" (14 and later: Security & privacy > More security & privacy),
    "samsung11" (One UI on 11-12: Biometrics and security) or "samsung13" (Security and
    privacy). An unknown version gets the newest path; the page always adds "search Settings
    for CA certificate" for makers that rename the menus.
    """
    numbers = re.findall(r"\d+", device.os_version or "")
    major = int(numbers[0]) if numbers else None
    if device.maker == "samsung":
        return "samsung11" if major is not None and major <= 12 else "samsung13"
    if major is None or major >= 14:
        return "aosp14"
    return "aosp13" if major == 13 else "aosp11"


def _platform(ua: str) -> Platform:
    if "iPad" in ua:
        return "ipad"
    if "iPhone" in ua or "iPod" in ua:
        return "iphone"
    if "Android" in ua:
        return "android"
    if "Windows NT" in ua or "Windows Phone" in ua:
        return "windows"
    if "Macintosh" in ua or "Mac OS X" in ua:
        return "mac"
    # ChromeOS gets the Linux steps: its Chrome takes certificates the same way.
    if "Linux" in ua or "X11" in ua or "CrOS" in ua:
        return "linux"
    return "unknown"


def _browser(ua: str) -> str | None:
    for name, pattern in _BROWSERS:
        if pattern.search(ua):
            # Everything WebKit-based says "Safari/"; only Safari itself also says "Version/".
            if name == "Safari" and "Version/" not in ua:
                return None
            return name
    return None


def _os_version(platform: Platform, ua: str) -> str | None:
    if platform in ("iphone", "ipad"):
        return _ios_version(ua)
    if platform == "android":
        match = _ANDROID_VERSION.search(ua)
        return match.group(1) if match and not _REDUCED_ANDROID.search(ua) else None
    if platform == "mac":
        match = _MAC_VERSION.search(ua)
        return match.group(1).replace("_", ".") if match else None
    if platform == "windows":
        match = _WINDOWS_VERSION.search(ua)
        return _WINDOWS_NAMES.get(match.group(1), match.group(1)) if match else None
    return None


def _ios_version(ua: str) -> str | None:
    match = _IOS_VERSION.search(ua)
    os_version = match.group(1).replace("_", ".") if match else None
    safari = _SAFARI_VERSION.search(ua)
    if safari and int(safari.group(1)) >= _FROZEN_IOS_SAFARI_MAJOR:
        major, minor = safari.group(1), safari.group(2)
        return f"{major}.{minor}" if minor and minor != "0" else major
    return os_version
