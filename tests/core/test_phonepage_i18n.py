"""The phone page in the phone's language: complete catalogues, the language chosen per request,
the menu to switch, and no English left in the steps but the labels listed as unconfirmed."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from trustanchor.core.pictures.common import catalogue_words
from trustanchor.core.pictures.illustrations import drawn_in_english, unconfirmed_labels
from trustanchor.core.pki.profile import display_name
from trustanchor.core.publish.devices import detect_device
from trustanchor.core.publish.language import LANGUAGES
from trustanchor.core.publish.phonepage import PhonePageContent, load_text

IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
PIXEL = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/125.0.0.0 Mobile Safari/537.36")
OTHERS = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Names that are the same in every language: products, systems, formats, and the test's values.
NAMES = {"iPhone", "iPad", "iOS", "Safari", "Android", "Samsung", "Firefox", "Chrome", "Chromium",
         "Windows", "macOS", "Mac", "Linux", "Debian", "Ubuntu", "Fedora", "RHEL", "Arch", "PEM",
         "VPN", "CA", "HTTPS", "Home CA", "ca.crt", "ca.pem",
         "Cmd-Q", "SHA-256", "TrustAnchor"}


def leaves(value: Any, path: str = "") -> dict[str, str]:
    """Every string of a catalogue by its path ("platforms.ios.variants.ios15.2")."""
    if isinstance(value, dict):
        return {k: v for key, item in value.items() if key != "_comment"
                for k, v in leaves(item, f"{path}.{key}" if path else key).items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value)
                for k, v in leaves(item, f"{path}.{i}").items()}
    return {path: value}


def page(language_query: str = "", accept: str | None = None, ua: str = IPHONE) -> str:
    content = PhonePageContent("Home CA", "AB:CD:EF", pictures=True)
    return content.render(detect_device(ua), query=language_query,
                          accept_language=accept).decode("utf-8")


def steps_text(doc: str) -> list[str]:
    """The visible steps, as plain text without the commands (`code` stays as typed)."""
    items = []
    for ol in re.findall(r'<ol class="steps"(?![^>]*hidden)[^>]*>(.*?)</ol>', doc, re.S):
        for li in re.findall(r"<li>(.*?)</li>", ol, re.S):
            li = re.sub(r"<figure.*?</figure>", "", li, flags=re.S)
            li = re.sub(r"<code>.*?</code>", "", li)
            items.append(html.unescape(re.sub(r"<[^>]+>", " ", li)))
    return items


@pytest.mark.parametrize("code", OTHERS)
def test_catalogue_has_the_english_keys_and_no_stray_ones(code: str) -> None:
    english, local = leaves(load_text("en")), leaves(load_text(code))
    assert set(local) == set(english), set(local) ^ set(english)
    assert load_text(code)["lang"] == code


@pytest.mark.parametrize("code", OTHERS)
def test_placeholders_and_markup_match_english(code: str) -> None:
    english, local = leaves(load_text("en")), leaves(load_text(code))
    for key, text in local.items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(english[key])), key
        assert text.count("[[") == text.count("]]") and text.count("**") % 2 == 0, key
        assert text.count("`") % 2 == 0, key
        words = PLACEHOLDER.sub("", re.sub(r"`.*?`", "", text))
        if key not in ("lang", "eyebrow") and not key.endswith(".label"):
            assert text != english[key] or not re.search("[a-z]{4}", words), key


@pytest.mark.parametrize(("accept", "code", "words"), [
    ("de-DE,de;q=0.9,en;q=0.8", "de", ["Einstellungen > Allgemein > VPN & Geräteverwaltung"]),
    ("ja-JP,ja;q=0.9", "ja", ["設定 > 一般 > 情報 > 証明書信頼設定",
                              "ルート証明書を全面的に信頼する"]),
    ("zh-CN,zh;q=0.9", "zh-Hans", ["设置 > 通用 > 关于本机 > 证书信任设置"]),
    ("zh-TW,zh;q=0.9", "en", ["Settings > General > About > Certificate Trust Settings"]),
])
def test_accept_language_chooses_the_page_and_its_pictures(
        accept: str, code: str, words: list[str]) -> None:
    doc = page(accept=accept)
    assert f'<html lang="{code}"' in doc
    text = html.unescape(doc)
    for word in words:
        assert word in text
    # German confirms none of that screen's labels, so the English picture stands in.
    folder = "" if code in ("en", "de") else f"{code}/"
    assert f'src="/ill/{folder}ios15/ios-trust-switch-light.svg"' in doc


def test_the_language_menu_links_keep_lang_and_mark_the_current_one() -> None:
    doc = page("lang=ja", accept="de")
    assert '<html lang="ja"' in doc
    menu = re.search(r'<nav class="languages" aria-label="言語">(.*?)</nav>', doc, re.S)
    assert menu is not None
    links = re.findall(r'<a href="/\?lang=([\w-]+)" hreflang="\1" lang="\1"( aria-current)?',
                       menu.group(1))
    assert [code for code, _ in links] == list(LANGUAGES)
    assert [code for code, current in links if current] == ["ja"]


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("ua", [IPHONE, PIXEL])
def test_every_picture_the_page_shows_is_served(code: str, ua: str) -> None:
    """A language draws the screens whose labels differ from English; the page points at the
    English picture for the others (all of them where no label is confirmed yet)."""
    content = PhonePageContent("Home CA", "AB", pictures=True)
    assets = content.assets()
    doc = content.render(detect_device(ua), query=f"lang={code}").decode()
    shown = re.findall(r'(?:src|srcset)="(/ill/[^"]+)"', doc)
    assert len(shown) >= 8 and all(path in assets for path in shown)
    drawn = [path for path in assets if path.startswith(f"/ill/{code}/")]
    assert bool(drawn) == bool(catalogue_words(code, "phone"))
    for path in shown:  # the language's own picture wherever one is drawn, else the English one
        own = f"/ill/{code}/" + path.removeprefix("/ill/").removeprefix(f"{code}/")
        assert path.startswith(f"/ill/{code}/") == (own in assets), path


def test_a_screen_with_a_confirmed_label_is_drawn_in_the_language() -> None:
    assert not drawn_in_english("ios-trust-switch", ios_version="18", language="ja")
    assert not drawn_in_english("ios-root-alert", ios_version="18", language="ja")  # behind it
    assert drawn_in_english("ios-passcode", ios_version="18", language="ja")
    assert drawn_in_english("ios-trust-switch", ios_version="18", language="fr")
    assert not drawn_in_english("android-credentials", language="de")


@pytest.mark.parametrize("code", ["ja", "zh-Hans"])
@pytest.mark.parametrize("ua", [IPHONE, PIXEL])
def test_no_english_is_left_in_the_steps_but_the_listed_labels(code: str, ua: str) -> None:
    """In Japanese and Chinese every run of Latin letters in the steps is a name or a label
    listed as unconfirmed in the language's catalogue (kept English rather than guessed)."""
    allowed = unconfirmed_labels(code) | NAMES
    for item in steps_text(page(f"lang={code}", ua=ua)):
        item = item.replace(display_name("Home CA"), "")  # the profile's own (English) name
        for run in re.findall(r"[A-Za-z][A-Za-z0-9&.'’… -]*[A-Za-z0-9.…]|[A-Za-z]", item):
            assert run.strip() in allowed, (code, run, item)


@pytest.mark.parametrize("ua", [IPHONE, PIXEL])
def test_german_steps_are_german_with_the_confirmed_labels(ua: str) -> None:
    english, german = steps_text(page(ua=ua)), steps_text(page("lang=de", ua=ua))
    assert len(english) == len(german)
    # Every step with words differs (a step that is only a command, "Arch: ...", may not).
    assert all(e != g or re.fullmatch(r"\w+: ", e) for e, g in zip(english, german, strict=True))
    assert any("Tippe" in g for g in german)


def test_the_script_texts_come_in_the_language() -> None:
    doc = page("lang=zh-Hans")
    config = json.loads(re.search(r'<script type="application/json" id="ta-config">(.*?)</script>',
                                  doc, re.S).group(1))  # type: ignore[union-attr]
    assert config["text"]["testing"] == "正在测试…"
    assert "“Home CA”" in config["text"]["trusted"]


def test_a_hostile_lang_parameter_changes_nothing() -> None:
    doc = page('lang="><script>alert(1)</script>', accept="de")
    assert '<html lang="de"' in doc and "<script>alert" not in doc


def test_the_real_server_reads_accept_language_and_lang_per_request() -> None:
    """Over HTTP on 127.0.0.1: the header and the query reach the page, and the answer says
    that it varies with Accept-Language (so no cache hands a German page to a Japanese phone)."""
    import http.client

    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.publish.publisher import Publisher

    publisher = Publisher(CertificateAuthority.create("Home CA"), bind="127.0.0.1", port=0,
                          https_port=0, mdns=False)
    publisher.start()
    try:
        for target, accept, code in (("/", "ja-JP,ja;q=0.9", "ja"), ("/?lang=de", "ja", "de"),
                                     ("/", "zh-TW", "en")):
            conn = http.client.HTTPConnection("127.0.0.1", publisher.http_port, timeout=10)
            try:
                conn.request("GET", target, headers={"Accept-Language": accept,
                                                     "User-Agent": IPHONE})
                response = conn.getresponse()
                body = response.read().decode("utf-8")
            finally:
                conn.close()
            assert response.status == 200 and f'<html lang="{code}"' in body
            assert "Accept-Language" in (response.getheader("Vary") or "")
    finally:
        publisher.stop()
