"""The pictures in the phone's language: complete catalogues, sourced labels, text that fits."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib.resources import files
from typing import Any

import pytest

from trustanchor.core.pictures.common import (
    ELLIPSIS,
    SOFT_HYPHEN,
    fill_text,
    manifest_words,
    text_width,
)
from trustanchor.core.pictures.illustrations import (
    ANDROID_VARIANTS,
    LANGUAGES,
    list_illustrations,
    render_svg,
)

OTHERS = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{\{@?\w+\}\}")


def catalogue(code: str) -> dict[str, Any]:
    folder = files("trustanchor.resources") / "illustrations"
    table: dict[str, Any] = json.loads((folder / f"labels-{code}.json").read_text("utf-8"))
    return table


def words(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter() if t.tag.endswith("text")]


def cases() -> list[tuple[str, str | None]]:
    found = {(p.id, v) for v in ("12.1", "14", "17", None) for p in list_illustrations(v)}
    found |= {(p.id, None) for a in ANDROID_VARIANTS
              for p in list_illustrations(platform="android", android=a)}
    return sorted(found, key=str)


@pytest.mark.parametrize("code", OTHERS)
def test_each_catalogue_has_exactly_the_manifests_words(code: str) -> None:
    table, expected = catalogue(code), manifest_words()
    assert table["language"] == code
    assert set(table["phone"]) == expected["phone"], "missing or stray phone labels"
    assert set(table["ours"]) == expected["ours"], "missing or stray titles and captions"
    assert all(isinstance(v, str) and v.strip() for v in table["ours"].values())
    assert all(v is None or (isinstance(v, str) and v.strip()) for v in table["phone"].values())


@pytest.mark.parametrize("code", OTHERS)
def test_placeholders_are_the_same_as_in_english(code: str) -> None:
    table = catalogue(code)
    for part in ("phone", "ours"):
        for english, text in table[part].items():
            if text is not None:
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(english)), \
                    (code, english)


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_text_is_longer_than_its_room(code: str, theme: str) -> None:
    """Measured with the pictures' own text_width: a line cut with an ellipsis in a language
    where English fits means that language's string is too long for its row."""
    for picture, version in cases():
        local = render_svg(picture, ca_name="Home CA", theme=theme,  # type: ignore[arg-type]
                           ios_version=version, caption=True, language=code)
        english = render_svg(picture, ca_name="Home CA", theme=theme,  # type: ignore[arg-type]
                             ios_version=version, caption=True)
        cut = [w for w in words(local) if ELLIPSIS in w]
        assert len(cut) <= len([w for w in words(english) if ELLIPSIS in w]), \
            (code, picture, version, cut)
        assert SOFT_HYPHEN not in local


@pytest.mark.parametrize(("code", "picture", "expected"), [
    ("ja", "ios-trust-switch", ["証明書信頼設定", "ルート証明書を全面的に信頼する"]),
    ("ja", "ios-general-about", ["一般", "情報"]),
    ("zh-Hans", "ios-about-trust", ["关于本机", "证书信任设置"]),
    ("de", "ios-settings-general", ["Einstellungen", "Allgemein"]),
    ("de", "ios-general-profiles", ["VPN & Geräteverwaltung"]),
    ("de", "android-credentials", ["Verschlüsselung & Anmeldedaten", "Anmeldedatenspeicher",
                                   "Anmeldedaten löschen"]),
    ("de", "android-warning", ["Trotzdem installieren", "Nicht installieren"]),
    ("fr", "android-install-certificate", ["Installer un certificat", "Certificat CA"]),
    ("es", "android-security-14", ["Seguridad y privacidad"]),
    ("ja", "android-warning", ["インストールしない", "インストールする"]),
    ("zh-Hans", "android-credentials", ["加密与凭据", "信任的凭据", "安装证书"]),
    ("pt-BR", "android-more-security-14", ["Criptografia e credenciais"]),
])
def test_sourced_labels_are_drawn_in_the_phones_language(
        code: str, picture: str, expected: list[str]) -> None:
    drawn = " ".join(words(render_svg(picture, ca_name="Home CA", language=code)))
    drawn = drawn.replace("&amp;", "&")
    for label in expected:
        assert label in drawn, (code, picture, label)


@pytest.mark.parametrize("code", OTHERS)
def test_samsung_screens_keep_the_labels_aosp_confirms_only_for_its_own(code: str) -> None:
    """AOSP's "CA certificate" is drawn on AOSP's screen; Samsung's screen with the same English
    label keeps it in English, as no source shows One UI's wording."""
    aosp = " ".join(words(render_svg("android-install-certificate", ca_name="Home CA",
                                     language=code)))
    samsung = " ".join(words(render_svg("android-samsung-install", ca_name="Home CA",
                                        language=code)))
    local = catalogue(code)["phone"]["CA certificate"]
    assert local in aosp and "CA certificate" not in aosp
    assert "CA certificate" in samsung and local not in samsung


@pytest.mark.parametrize("code", OTHERS)
def test_unconfirmed_labels_stay_english_instead_of_a_guess(code: str) -> None:
    table = catalogue(code)
    assert table["phone"]["Install"] is None and table["phone"]["Cancel"] is None
    drawn = words(render_svg("ios-warning", ca_name="Home CA", language=code))
    assert "Install" in drawn and "Cancel" in drawn


def test_titles_and_captions_come_in_the_language() -> None:
    pictures = list_illustrations("18", language="ja")
    switch = next(p for p in pictures if p.id == "ios-trust-switch")
    assert switch.caption_for(ca_name="Home CA") == "「Home CA」の横のスイッチをオンにします。"
    english = next(p for p in list_illustrations("18") if p.id == "ios-trust-switch")
    assert switch.title != english.title


def test_an_unknown_language_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="Unknown language"):
        render_svg("ios-trust-switch", ca_name="CA", language="xx")
    with pytest.raises(ValueError, match="Unknown language"):
        list_illustrations(language="zh-TW")


def test_cjk_text_breaks_between_characters_and_keeps_punctuation_attached() -> None:
    text = "自分の認証局ではこの警告が出るのが普通です。「Install」をタップします。"
    for width in (100.0, 150.0, 220.0):
        lines = fill_text(text, {}, size=15, width=width, lines=20)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(text_width(line, 15) <= width for line in lines)
        assert not any(line[0] in "。、」" for line in lines[1:])
        assert not any(line.endswith("「") for line in lines)
    assert len(fill_text("证书信任设置证书信任设置", {}, size=17, width=110, lines=3)) == 2


def test_a_long_compound_breaks_at_its_soft_hyphen_and_the_unused_ones_vanish() -> None:
    word = f"Zertifikats{SOFT_HYPHEN}vertrauens{SOFT_HYPHEN}einstellungen"
    assert text_width(word, 17) == text_width(word.replace(SOFT_HYPHEN, ""), 17)
    assert fill_text(word, {}, size=17, width=1000) == [word.replace(SOFT_HYPHEN, "")]
    lines = fill_text(word, {}, size=17, width=140, lines=3)
    assert lines == ["Zertifikats-", "vertrauens-", "einstellungen"]
    assert all(text_width(line, 17) <= 140 for line in lines)
