"""The phone page as rendered for each platform: parsed as HTML, steps, downloads, escaping."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

import pytest
from test_devices import EXPECTED_VARIANT, PIXEL, SAMSUNG

from trustanchor.core.publish.devices import Device, detect_device
from trustanchor.core.publish.phonepage import (
    PLATFORM_KEYS,
    PhonePageContent,
    ios_variant,
    load_text,
    platform_key,
)

UA = {
    "iphone17_safari": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "iphone13_safari": "Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/13.1.2 Mobile/15E148 Safari/604.1",
    "iphone11_safari": "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/11.0 Mobile/15E148 Safari/604.1",
    "iphone_chrome": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1",
    "ipad_safari": "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
    " Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "android_chrome": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
    "android_firefox": "Mozilla/5.0 (Android 14; Mobile; rv:126.0) Gecko/126.0 Firefox/126.0",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Version/17.5 Safari/605.1.15",
    "windows_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "linux_firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
}
HOSTILE = '<Tëst & "Co"> **b** [[p]] `c` {fp} </script><script>alert(1)</script>'
FP = "AB:CD:EF:01:23:45:67:89"
VOID = {"meta", "link", "input", "br", "img", "source", "hr"}


# ---------------------------------------------------------------- a small DOM from html.parser

@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            if isinstance(child, Node):
                out += child.walk()
        return out

    def find_all(self, tag: str, **attrs: str) -> list[Node]:
        return [n for n in self.walk() if n.tag == tag and all(
            n.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.walk() if n.attrs.get("id") == ident]
        assert len(found) == 1, f"{len(found)} elements with id {ident}"
        return found[0]

    @property
    def hidden(self) -> bool:
        node: Node | None = self
        while node is not None:
            if "hidden" in node.attrs:
                return True
            node = node.parent
        return False


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag: str) -> None:
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(body: bytes) -> Node:
    builder = TreeBuilder()
    builder.feed(body.decode("utf-8"))
    builder.close()
    assert builder.current is builder.root, "unclosed elements"
    return builder.root


def page_for(ua_key: str | None, name: str = "Home CA") -> tuple[Node, bytes, Device]:
    device = detect_device(UA[ua_key] if ua_key else None)
    page = PhonePageContent(name, FP, http_url="http://192.168.1.20:8080/",
                            probe_url="https://192.168.1.20:8443/probe", https_port=8443,
                            crt_file="Home_CA.crt", pem_file="Home_CA.pem")
    body = page.render(device)
    return parse(body), body, device


def primary_keys(doc: Node) -> list[str]:
    primary = doc.by_id("ta-primary")
    return [str(n.attrs["data-key"]) for n in primary.find_all("details")]


def visible_steps(section: Node) -> list[str]:
    lists = [ol for ol in section.find_all("ol") if not ol.hidden]
    assert len(lists) == 1
    return [li.text() for li in lists[0].find_all("li")]


def download_href(section: Node) -> str:
    (button,) = [a for a in section.find_all("a") if "button" in str(a.attrs.get("class"))]
    return str(button.attrs["href"])


# ---------------------------------------------------------------- per platform

@pytest.mark.parametrize(("ua_key", "variant", "profiles_path"), [
    ("iphone17_safari", "ios15", "Settings > General > VPN & Device Management"),
    ("iphone13_safari", "ios12", "Settings > General > Profile"),
    ("iphone11_safari", "ios10", "Settings > General > Profile"),
    ("ipad_safari", "ios15", "Settings > General > VPN & Device Management"),
])
def test_ios_gets_the_profile_and_the_menu_paths_of_its_version(
    ua_key: str, variant: str, profiles_path: str,
) -> None:
    doc, _, device = page_for(ua_key)
    html_el = doc.find_all("html")[0]
    assert html_el.attrs["data-platform"] == device.platform
    assert html_el.attrs["data-ios"] == variant
    assert primary_keys(doc) == ["ios"]
    section = doc.by_id("ta-p-ios")
    assert "open" in section.attrs
    assert download_href(section) == "/ca.mobileconfig"
    steps = visible_steps(section)
    joined = "\n".join(steps)
    assert f"{profiles_path}" in joined
    assert "Settings > General > About > Certificate Trust Settings" in joined
    assert "Test" in steps[-1]
    assert all(s.strip() for s in steps)
    # The path is marked up as a menu path, not left as plain text.
    paths = [n.text() for n in section.find_all("strong", class_="path") if not n.hidden]
    assert profiles_path in paths
    # Safari is the browser here: no "open in Safari" notice.
    assert doc.by_id("ta-safari").hidden


def test_ios_in_another_browser_says_use_safari_and_offers_the_link() -> None:
    doc, _, device = page_for("iphone_chrome")
    assert device.browser == "Chrome"
    notice = doc.by_id("ta-safari")
    assert not notice.hidden
    assert "Safari" in notice.text()
    url = doc.by_id("ta-url")
    assert url.attrs["value"] == "http://192.168.1.20:8080/"
    assert "readonly" in url.attrs
    assert doc.by_id("ta-copy").tag == "button"


@pytest.mark.parametrize(("ua_key", "key", "href", "must_say"), [
    ("android_chrome", "android",
     "/ca.crt", "Settings > Security & privacy > More security & privacy > Encryption & "
     "credentials > Install a certificate"),
    ("mac_safari", "mac", "/ca.crt", "Always Trust"),
    ("windows_edge", "windows", "/ca.crt", "Trusted Root Certification Authorities"),
    ("linux_firefox", "linux", "/ca.pem", "update-ca-certificates"),
])
def test_other_platforms_get_the_certificate_and_their_own_steps(
    ua_key: str, key: str, href: str, must_say: str,
) -> None:
    doc, _, _ = page_for(ua_key)
    assert primary_keys(doc)[0] == key
    section = doc.by_id(f"ta-p-{key}")
    assert download_href(section) == href
    formats = [a.attrs["href"] for a in section.find_all("a") if a.attrs["href"] != href]
    assert "/ca.pem" in formats or href == "/ca.pem"
    assert must_say in "\n".join(visible_steps(section))
    assert doc.by_id("ta-safari").hidden


def test_mac_also_offers_the_profile() -> None:
    doc, _, _ = page_for("mac_safari")
    hrefs = [a.attrs["href"] for a in doc.by_id("ta-p-mac").find_all("a")]
    assert hrefs == ["/ca.crt", "/ca.mobileconfig", "/ca.pem"]


def test_file_names_in_commands_are_the_served_ones() -> None:
    doc, _, _ = page_for("windows_edge")
    codes = [c.text() for c in doc.by_id("ta-p-windows").find_all("code")]
    assert "certutil -addstore root Home_CA.crt" in codes


@pytest.mark.parametrize("ua_key", ["linux_firefox", "android_firefox"])
def test_firefox_also_shows_its_own_store(ua_key: str) -> None:
    doc, _, _ = page_for(ua_key)
    keys = primary_keys(doc)
    assert keys[-1] == "firefox" and len(keys) == 2
    steps = "\n".join(visible_steps(doc.by_id("ta-p-firefox")))
    assert "Trust this CA to identify websites" in steps
    assert "Use third party CA certificates" in steps
    # Inside the result box (hidden until a test ran): the lists the script will show.
    ready_hints = [u.attrs["data-key"] for u in doc.find_all("ul") if "hidden" not in u.attrs]
    assert ready_hints == keys


def test_unknown_device_opens_nothing_and_lists_every_platform() -> None:
    doc, _, device = page_for(None)
    assert device.platform == "unknown"
    assert primary_keys(doc) == []
    others = [n.attrs["data-key"] for n in doc.by_id("ta-others").find_all("details")]
    assert others == list(PLATFORM_KEYS)
    assert all("open" not in n.attrs for n in doc.by_id("ta-others").find_all("details"))


def test_every_platform_is_reachable_from_every_page() -> None:
    for ua_key in UA:
        doc, _, _ = page_for(ua_key)
        keys = sorted(str(n.attrs["data-key"]) for n in doc.find_all("details"))
        assert keys == sorted(PLATFORM_KEYS), ua_key


# ---------------------------------------------------------------- the test button's hints

def test_ios_failure_hints_name_the_trust_toggle_the_ios_18_bug_safari_and_another_ca() -> None:
    doc, _, _ = page_for("iphone17_safari")
    hints = [u for u in doc.find_all("ul") if u.attrs.get("data-key") == "ios"]
    assert len(hints) == 1 and not hints[0].attrs.get("hidden")
    text = hints[0].text()
    assert "Settings > General > About > Certificate Trust Settings" in text
    assert "18.0" in text and "update iOS" in text
    assert "Safari" in text
    assert FP in text                              # "another CA": compare fingerprints
    assert "8443" in text                          # the firewall hint names the real port
    assert doc.by_id("ta-result").hidden           # nothing shown before a test ran
    assert doc.by_id("ta-test").tag == "button"


def test_config_tells_the_script_the_probe_and_the_report_url() -> None:
    doc, _, _ = page_for("iphone17_safari")
    config = json.loads(doc.by_id("ta-config").text())
    assert config["probeUrl"] == "https://192.168.1.20:8443/probe"
    assert config["reportUrl"] == "/report?probe=failed"
    assert config["platform"] == "iphone"
    assert config["ios"] == "ios15"
    assert 1000 <= config["timeoutMs"] <= 15000
    assert "Home CA" in config["text"]["trusted"]


def test_urls_set_after_start_reach_the_page() -> None:
    page = PhonePageContent("Home CA", FP)
    page.set_urls("http://10.0.0.2:8081/", "https://10.0.0.2:8444/probe", 8444)
    doc = parse(page.render(detect_device(UA["iphone_chrome"])))
    assert doc.by_id("ta-url").attrs["value"] == "http://10.0.0.2:8081/"
    config = json.loads(doc.by_id("ta-config").text())
    assert (config["probeUrl"], config["httpsPort"]) == ("https://10.0.0.2:8444/probe", 8444)


# ---------------------------------------------------------------- escaping and self-containment

def test_a_hostile_ca_name_stays_text_everywhere() -> None:
    doc, body, _ = page_for("iphone_chrome", HOSTILE)
    text = body.decode()
    assert "<Tëst" not in text and "<script>alert" not in text
    assert doc.by_id("ta-ca-name").text() == HOSTILE
    assert HOSTILE in doc.find_all("title")[0].text()
    # Markup characters in the name were not turned into tags, placeholders not expanded.
    steps = "\n".join(visible_steps(doc.by_id("ta-p-ios")))
    assert f"“{HOSTILE}”" in steps
    config_script = doc.by_id("ta-config")
    assert json.loads(config_script.text())["text"]["trusted"].count(HOSTILE) == 1
    assert [s.attrs.get("src") for s in doc.find_all("script")] == [  # nothing injected
        None, "/verdict.js", "/phone.js"]
    tags = {n.tag for n in doc.walk()}
    assert "code" in tags
    assert not [n for n in doc.by_id("ta-ca-name").walk()[1:]]


def test_no_inline_script_style_or_event_handlers_and_nothing_external() -> None:
    for ua_key in ("iphone_chrome", "android_chrome", "linux_firefox"):
        doc, _, _ = page_for(ua_key, HOSTILE)
        for node in doc.walk():
            assert not any(a.startswith("on") for a in node.attrs), node.tag
            assert "style" not in node.attrs
            for attr in ("src", "href", "srcset", "action"):
                value = node.attrs.get(attr)
                assert value is None or value.startswith("/"), (node.tag, attr, value)
        scripts = doc.find_all("script")
        assert [s.attrs.get("type") for s in scripts] == ["application/json", None, None]
        assert [s.attrs.get("src") for s in scripts[1:]] == ["/verdict.js", "/phone.js"]
        assert not scripts[1].text() and not scripts[2].text()
        assert not doc.find_all("style")


@pytest.fixture(scope="module")
def hostile_page() -> PhonePageContent:
    """One page for a hostile CA name; its pictures are drawn once (a long name is slow)."""
    page = PhonePageContent(HOSTILE, FP)
    page.assets()
    return page


def test_assets_are_the_page_css_script_and_pictures_and_reference_nothing_outside(
    hostile_page: PhonePageContent,
) -> None:
    assets = hostile_page.assets()
    assert {"/phone.css", "/phone.js"} <= set(assets)
    assert assets["/phone.css"][1].startswith("text/css")
    assert assets["/phone.js"][1].startswith("text/javascript")
    for path in ("/phone.css", "/phone.js"):
        text = assets[path][0].decode("utf-8")
        assert not re.search(r"https?://|url\(|@import", text.replace('"https://" +', ""))
    css = assets["/phone.css"][0].decode()
    assert "prefers-color-scheme: dark" in css
    js = assets["/phone.js"][0].decode()
    assert "maxTouchPoints" in js and "innerHTML" not in js
    svgs = {p: body for p, (body, kind) in assets.items() if kind == "image/svg+xml"}
    assert len(svgs) == len(assets) - 3 and len(svgs) >= 40
    for path, body in svgs.items():
        assert re.fullmatch(r"/ill/(?:(?:de|fr|es|ja|zh-Hans|pt-BR)/)?[a-z0-9]+/[a-z0-9-]+-"
                            r"(light|dark)\.svg", path), path
        root = ET.fromstring(body)                   # well-formed, the CA name escaped
        assert root.tag.endswith("svg")
        assert not [e for e in root.iter() if e.tag.endswith("script")]
        assert b"http://" not in body.replace(b"http://www.w3.org/", b"")


def _shots(section: Node) -> list[list[tuple[str, str, str]]]:
    """Per visible step: (light src, dark srcset, caption) of each picture."""
    lists = [ol for ol in section.find_all("ol") if not ol.hidden]
    out = []
    for li in lists[0].find_all("li"):
        row = []
        for fig in li.find_all("figure"):
            (img,) = fig.find_all("img")
            (source,) = fig.find_all("source")
            assert source.attrs["media"] == "(prefers-color-scheme: dark)"
            row.append((str(img.attrs["src"]), str(source.attrs["srcset"]),
                        fig.find_all("figcaption")[0].text()))
        out.append(row)
    return out


@pytest.mark.parametrize(("ua_key", "first_steps", "set_key"), [
    ("iphone17_safari", 4, "ios15"),
    ("iphone13_safari", 4, "ios12"),
    ("iphone11_safari", 3, "ios10"),
])
def test_ios_steps_carry_their_pictures_light_and_dark(
    ua_key: str, first_steps: int, set_key: str, hostile_page: PhonePageContent,
) -> None:
    device = detect_device(UA[ua_key])
    page = hostile_page
    assets = page.assets()
    shots = _shots(parse(page.render(device)).by_id("ta-p-ios"))
    assert all(shots[:first_steps]) and not any(shots[first_steps:])  # "Test" has none
    for row in shots:
        for light, dark, _ in row:
            assert light in assets and dark in assets
            assert light.startswith(f"/ill/{set_key}/") and light.endswith("-light.svg")
            assert dark == light.replace("-light.svg", "-dark.svg")
    ids = [light.split("/")[-1].removesuffix("-light.svg") for row in shots for light, _, _ in row]
    assert ids[0] == "ios-safari-allow" and ids[-1] == "ios-root-alert"
    assert "ios-trust-switch" in ids
    assert ("ios-profile-downloaded" in ids) == (set_key != "ios10")
    captions = " ".join(c for row in shots for _, _, c in row)
    assert HOSTILE in captions                       # text, escaped, in the captions


def test_ios_26_gets_the_newest_drawings_and_android_its_four_screens() -> None:
    ua = UA["iphone17_safari"].replace("Version/17.5", "Version/26.1")
    shots = _shots(parse(PhonePageContent("Home CA", FP).render(detect_device(ua)))
                   .by_id("ta-p-ios"))
    assert shots[0][0][0].startswith("/ill/ios26/")
    android = _shots(parse(PhonePageContent("Home CA", FP).render(
        detect_device(UA["android_chrome"]))).by_id("ta-p-android"))
    assert [len(row) for row in android] == [0, 5, 0, 0]


def test_pictures_can_be_left_out() -> None:
    page = PhonePageContent("Home CA", FP, pictures=False)
    assert set(page.assets()) == {"/phone.css", "/phone.js", "/verdict.js"}
    assert b"<figure" not in page.render(detect_device(UA["iphone17_safari"]))


# ---------------------------------------------------------------- the text table

def test_text_table_has_every_platform_and_no_html() -> None:
    table = load_text()
    for key in PLATFORM_KEYS:
        entry = table["platforms"][key]
        lists = list(entry["variants"].values()) if key in ("ios", "android") \
            else [entry["steps"]]
        assert all(lists) and entry["hints"] and entry["label"]
    strings: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(table)
    assert not [s for s in strings if re.search(r"<[a-zA-Z/]", s)]
    allowed = {"ca", "profile", "fp", "device", "https_port", "crt_file", "pem_file"}
    used = {m for s in strings for m in re.findall(r"\{(\w+)\}", s)}
    assert used <= allowed


# ---------------------------------------------------------------- helpers

@pytest.mark.parametrize(("version", "variant"), [
    (None, "ios15"), ("10.3", "ios10"), ("12.1.4", "ios10"), ("12.2", "ios12"),
    ("14.8", "ios12"), ("15", "ios15"), ("18.0.1", "ios15"), ("26.1", "ios15"),
])
def test_ios_variant_boundaries_follow_platform_facts(version: str | None, variant: str) -> None:
    assert ios_variant(version) == variant


def test_platform_key() -> None:
    assert platform_key(Device("ipad", "17", "Safari")) == "ios"
    assert platform_key(Device("unknown", None, None)) == ""
    assert platform_key(Device("linux", None, "Firefox")) == "linux"


# ---------------------------------------------------------------- Android paths, profile name

ANDROID_PATHS = {
    "aosp11": "Settings > Security > Encryption & credentials > Install a certificate > "
              "CA certificate",
    "aosp13": "Settings > Security > More security settings > Encryption & credentials > "
              "Install a certificate > CA certificate",
    "aosp14": "Settings > Security & privacy > More security & privacy > Encryption & "
              "credentials > Install a certificate > CA certificate",
    "samsung11": "Settings > Biometrics and security > Other security settings > Install from "
                 "device storage > CA certificate",
    "samsung13": "Settings > Security and privacy > More security settings > Install from "
                 "device storage > CA certificate",
}


@pytest.mark.parametrize(("maker", "version"), sorted(EXPECTED_VARIANT))
def test_android_page_shows_the_path_of_its_version_and_maker(maker: str, version: str) -> None:
    ua = (PIXEL if maker == "pixel" else SAMSUNG)[version]
    doc = parse(PhonePageContent("Home CA", FP, crt_file="Home_CA.crt").render(detect_device(ua)))
    section = doc.by_id("ta-p-android")
    paths = [n.text() for n in section.find_all("strong", class_="path") if not n.hidden]
    expected = ANDROID_PATHS[EXPECTED_VARIANT[(maker, version)]]
    assert paths == [expected]
    assert all(p == expected or p not in "".join(visible_steps(section))
               for p in ANDROID_PATHS.values())
    steps = visible_steps(section)
    assert "Search Settings for “CA certificate”" in steps[1]      # the fallback, always
    assert steps[2].index("screen lock") < steps[2].index("Home_CA.crt")  # lock, then file
    first = _shots(section)[1][0][0]
    assert first.startswith("/ill/android/android-")
    if maker == "samsung":
        assert "samsung" in first


def test_chrome_with_its_frozen_user_agent_gets_the_newest_path_and_the_search() -> None:
    ua = ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/131.0.0.0 Mobile Safari/537.36")
    steps = visible_steps(parse(PhonePageContent("Home CA", FP).render(detect_device(ua)))
                          .by_id("ta-p-android"))
    assert ANDROID_PATHS["aosp14"] in steps[1] and "“CA certificate”" in steps[1]


def test_page_names_the_profile_exactly_as_its_payload_display_name() -> None:
    import plistlib

    from test_profile import make_ca

    from trustanchor.core.pki.profile import build_mobileconfig
    from trustanchor.core.pki.reader import display_name

    cert = make_ca("Home Lab Root CA")
    shown = plistlib.loads(build_mobileconfig(cert))["PayloadDisplayName"]
    page = PhonePageContent(display_name(cert), FP)
    for ua_key in ("iphone17_safari", "iphone13_safari", "iphone11_safari"):
        section = parse(page.render(detect_device(UA[ua_key]))).by_id("ta-p-ios")
        steps = "\n".join(visible_steps(section))
        assert f"“{shown}”" in steps, ua_key
        # The trust switch carries the certificate's own name.
        assert "switch on “Home Lab Root CA”" in steps
        captions = " ".join(c for row in _shots(section) for _, _, c in row)
        if ua_key != "iphone11_safari":
            assert f"“{shown}”" in captions


def test_other_visitors_see_the_newest_android_path() -> None:
    # An iPhone on iOS 12 must not get Android 11's path from its "12" version number.
    doc, _, _ = page_for("iphone13_safari")
    steps = visible_steps(doc.by_id("ta-p-android"))
    assert ANDROID_PATHS["aosp14"] in steps[1]
