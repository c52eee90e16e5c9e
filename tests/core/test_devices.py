"""Device detection from real-world User-Agent strings."""

from __future__ import annotations

import pytest

from trustanchor.core.publish.devices import (
    MAX_USER_AGENT_CHARS,
    Device,
    android_variant,
    detect_device,
)

# (User-Agent as browsers send it, platform, OS version, browser)
CASES: list[tuple[str, str, str | None, str | None]] = [
    # iPhone Safari, iOS 17.5
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "iphone", "17.5", "Safari"),
    # iOS 26 Safari: OS token frozen at 18_6, Version/ tracks the OS (WebKit blog, Safari 26.0)
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/26.0 Mobile/15E148 Safari/604.1", "iphone", "26", "Safari"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/26.3 Mobile/15E148 Safari/604.1", "iphone", "26.3", "Safari"),
    # iPhone Chrome (CriOS), Firefox (FxiOS), Edge (EdgiOS), DuckDuckGo
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1", "iphone", "17.4", "Chrome"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) FxiOS/126.0 Mobile/15E148 Safari/605.1.15", "iphone", "16.6", "Firefox"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.0 EdgiOS/125.2535.60 Mobile/15E148 Safari/605.1.15", "iphone", "17.5",
     "Edge"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.5 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15", "iphone", "17.5",
     "DuckDuckGo"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/15E148 Ddg/15.8", "iphone", "15.8", "DuckDuckGo"),
    # In-app web view (no Version/): not Safari, so the page can say "open in Safari"
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/466.0.0.47.105]", "iphone", "17.5", None),
    ("Mozilla/5.0 (iPod touch; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
     " like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1", "iphone", "12.5.7", "Safari"),
    # iPad that says iPad (Chrome on iPad, older iPadOS)
    ("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/16.6 Mobile/15E148 Safari/604.1", "ipad", "16.6", "Safari"),
    ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1", "ipad", "17.5", "Chrome"),
    # iPadOS Safari in desktop mode says Mac: "mac" here, the page script corrects it
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Safari/605.1.15", "mac", "10.15.7", "Safari"),
    # Mac Chrome, Firefox, Edge
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "mac", "10.15.7", "Chrome"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
     "mac", "14.5", "Firefox"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "mac", "10.15.7", "Edge"),
    # Android Chrome (reduced UA), Samsung Internet, Firefox, Edge, DuckDuckGo, Opera
    ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Mobile Safari/537.36", "android", None, "Chrome"),
    ("Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
     "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "android", "14",
     "Samsung Internet"),
    ("Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0", "android", "14",
     "Firefox"),
    ("Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/125.0.0.0 Mobile Safari/537.36 EdgA/125.0.2535.51", "android", "13", "Edge"),
    ("Mozilla/5.0 (Linux; Android 12; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Version/4.0 Chrome/124.0.6367.179 Mobile DuckDuckGo/5 Safari/537.36", "android", "12",
     "DuckDuckGo"),
    ("Mozilla/5.0 (Linux; Android 11; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/120.0.0.0 Mobile Safari/537.36 OPR/80.1.4170.72357", "android", "11", "Opera"),
    # Windows Chrome, Edge, Firefox; Windows 11 still says NT 10.0
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "windows", "10 or 11", "Chrome"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56", "windows", "10 or 11", "Edge"),
    ("Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
     "windows", "7", "Firefox"),
    # Linux desktop, ChromeOS
    ("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "linux", None,
     "Firefox"),
    ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "linux", None, "Chrome"),
    ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/126.0.0.0 Safari/537.36", "linux", None, "Chrome"),
    # Not browsers
    ("curl/8.5.0", "unknown", None, None),
    ("python-requests/2.32.3", "unknown", None, None),
]


@pytest.mark.parametrize(("ua", "platform", "version", "browser"), CASES)
def test_real_user_agents(ua: str, platform: str, version: str | None,
                          browser: str | None) -> None:
    device = detect_device(ua)
    assert (device.platform, device.os_version, device.browser) == (platform, version, browser)


@pytest.mark.parametrize("ua", [None, "", "\x00\x01", "Mozilla/5.0", "x" * 100_000])
def test_missing_or_junk_user_agent_is_unknown(ua: str | None) -> None:
    device = detect_device(ua)
    assert device.platform == "unknown" and device.os_version is None


def test_overlong_user_agent_is_cut_before_parsing() -> None:
    hidden = "x" * MAX_USER_AGENT_CHARS + " (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
    assert detect_device(hidden).platform == "unknown"


@pytest.mark.parametrize(("device", "label"), [
    (Device("iphone", "17.5", "Safari"), "iPhone (iOS 17.5, Safari)"),
    (Device("ipad", "16.6", None), "iPad (iPadOS 16.6)"),
    (Device("android", "14", "Chrome"), "Android device (Android 14, Chrome)"),
    (Device("mac", "10.15.7", "Safari"), "Mac (macOS 10.15.7, Safari)"),
    (Device("windows", "10 or 11", "Edge"), "Windows PC (Windows 10 or 11, Edge)"),
    (Device("linux", None, "Firefox"), "Linux computer (Firefox)"),
    (Device("unknown", None, None), "Unknown device"),
])
def test_labels_are_plain_words(device: Device, label: str) -> None:
    assert device.label == label


# Real User-Agent strings of Pixel and Samsung phones, Android 11 to 15 (Chrome before its
# User-Agent reduction, Samsung Internet, and the system WebView, which still sends the model).
PIXEL = {
    "11": "Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/90.0.4430.91 Mobile Safari/537.36",
    "12": "Mozilla/5.0 (Linux; Android 12; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/99.0.4844.58 Mobile Safari/537.36",
    "13": "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/108.0.0.0 Mobile Safari/537.36",
    "14": "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.230803.041; wv) AppleWebKit/537.36 "
          "(KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36",
    "15": "Mozilla/5.0 (Linux; Android 15; Pixel 9 Build/AP3A.241005.015; wv) AppleWebKit/537.36 "
          "(KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36",
}
SAMSUNG = {
    "11": "Mozilla/5.0 (Linux; Android 11; SAMSUNG SM-G991B) AppleWebKit/537.36 (KHTML, like "
          "Gecko) SamsungBrowser/14.0 Chrome/87.0.4280.141 Mobile Safari/537.36",
    "12": "Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-S901B) AppleWebKit/537.36 (KHTML, like "
          "Gecko) SamsungBrowser/16.0 Chrome/92.0.4515.166 Mobile Safari/537.36",
    "13": "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/108.0.0.0 Mobile Safari/537.36",
    "14": "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
          "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "15": "Mozilla/5.0 (Linux; Android 15; SM-S931B) AppleWebKit/537.36 (KHTML, like Gecko) "
          "SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
}
EXPECTED_VARIANT = {
    ("pixel", "11"): "aosp11", ("pixel", "12"): "aosp11", ("pixel", "13"): "aosp13",
    ("pixel", "14"): "aosp14", ("pixel", "15"): "aosp14",
    ("samsung", "11"): "samsung11", ("samsung", "12"): "samsung11",
    ("samsung", "13"): "samsung13", ("samsung", "14"): "samsung13",
    ("samsung", "15"): "samsung13",
}


@pytest.mark.parametrize(("maker", "version"), sorted(EXPECTED_VARIANT))
def test_android_version_and_maker_pick_the_settings_path(maker: str, version: str) -> None:
    device = detect_device((PIXEL if maker == "pixel" else SAMSUNG)[version])
    assert (device.platform, device.os_version, device.maker) == ("android", version, maker)
    assert android_variant(device) == EXPECTED_VARIANT[(maker, version)]


def test_chrome_reduced_user_agent_tells_no_version_and_gets_the_newest_path() -> None:
    # Chrome 110+ sends "Android 10; K" on every phone: neither the version nor the maker.
    device = detect_device("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like "
                           "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")
    assert (device.os_version, device.maker) == (None, None)
    assert android_variant(device) == "aosp14"
    # Firefox sends the real version but no model: the AOSP path of that version.
    firefox = detect_device("Mozilla/5.0 (Android 13; Mobile; rv:127.0) Gecko/127.0 "
                            "Firefox/127.0")
    assert android_variant(firefox) == "aosp13"


def test_only_android_devices_have_a_maker() -> None:
    assert detect_device("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                         "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 "
                         "Safari/604.1").maker is None
    assert android_variant(Device("android", "10", None)) == "aosp11"
