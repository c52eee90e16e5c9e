"""The phone-screen illustrations as SVG text: data, placeholders, escaping, fitting, versions.

No Qt here: tests/gui/test_illustrations_render.py draws the same SVG through QtSvg.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.svghelpers import extent
from trustanchor.core.pictures.common import (
    ELLIPSIS,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    SVG_HEIGHT,
    SVG_WIDTH,
    fill_text,
    text_width,
)
from trustanchor.core.pictures.illustrations import ANDROID_VARIANTS, list_illustrations, render_svg

SVG = "{http://www.w3.org/2000/svg}"
FOLDER = files("trustanchor.resources") / "illustrations"
MANIFEST = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))
NASTY = '<Tëst & "Co">'
LONG = "Extraordinarily Long Certificate Authority Name For The Whole Family Network " * 3
# One version from each band of docs/platform-facts.md (and the iOS 26 look), then None = newest.
VERSIONS = ["10.3", "12.1", "12.2", "14.8", "15", "17.5", "18", "26", None]
MARK_COLOURS = {t["mark"] for p in MANIFEST["themes"].values() for t in p.values()}


def all_cases() -> list[tuple[str, str | None]]:
    cases = {(p.id, v) for v in VERSIONS for p in list_illustrations(v)}
    cases |= {(p.id, None) for a in ANDROID_VARIANTS
              for p in list_illustrations(platform="android", android=a)}
    return sorted(cases, key=str)


CASES = all_cases()


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{SVG}text"))


def screen_texts(root: ET.Element) -> list[ET.Element]:
    """The <text> elements drawn on the phone screen (not the caption under it)."""
    screen = next(g for g in root.iter(f"{SVG}g") if g.get("transform") == "translate(16 16)")
    return list(screen.iter(f"{SVG}text"))



# --- the data ---------------------------------------------------------------------------------


def test_manifest_ids_are_unique_and_complete() -> None:
    ids = [p["id"] for p in MANIFEST["pictures"]]
    assert len(ids) == len(set(ids))
    for pic in MANIFEST["pictures"]:
        assert pic["platform"] in ("ios", "android")
        assert re.fullmatch(r"(ios|android)-[a-z0-9-]+", pic["id"])
        assert pic["title"] and pic["caption"]


@pytest.mark.parametrize("name", sorted(f.name for f in FOLDER.iterdir()
                                        if f.name.endswith(".svg")))
def test_every_template_parses(name: str) -> None:
    text = (FOLDER / name).read_text(encoding="utf-8")
    if name == "frame.svg":  # the document; the others are <g> parts placed inside it
        assert ET.fromstring(text).tag == f"{SVG}svg"
    else:
        (part,) = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{text}</svg>')
        assert part.tag == f"{SVG}g"


@pytest.mark.parametrize("glyph", sorted(MANIFEST["glyphs"]))
def test_every_glyph_parses(glyph: str) -> None:
    group = ET.fromstring(f'<g xmlns="http://www.w3.org/2000/svg">{MANIFEST["glyphs"][glyph]}</g>')
    assert len(group) >= 1


def test_the_issue_items_are_all_drawn() -> None:
    newest = {p.id for p in list_illustrations()}
    assert {
        "ios-safari-allow", "ios-profile-downloaded", "ios-settings-profile-downloaded",
        "ios-general-profiles", "ios-downloaded-profile", "ios-install-profile", "ios-passcode",
        "ios-warning", "ios-install-confirm", "ios-profile-installed", "ios-general-about",
        "ios-about-trust", "ios-trust-switch", "ios-root-alert",
    } <= newest
    android = [p.id for p in list_illustrations(platform="android")]
    assert android == ["android-security-14", "android-more-security-14", "android-credentials",
                       "android-install-certificate", "android-warning"]


# --- versions ---------------------------------------------------------------------------------


def test_ios_10_3_to_12_1_opens_the_install_sheet_at_once() -> None:
    ids = [p.id for p in list_illustrations("12.1")]
    assert ids[:2] == ["ios-safari-allow", "ios-install-profile"]
    assert "ios-profile-downloaded" not in ids and "ios-general-profiles" not in ids
    assert ids[-2:] == ["ios-trust-switch", "ios-root-alert"]


@pytest.mark.parametrize(("version", "row"), [
    ("12.2", "Profile"), ("14.8", "Profile"), ("15", "VPN & Device Management"),
    ("17.5", "VPN & Device Management"), ("26", "VPN & Device Management"),
    (None, "VPN & Device Management"),
])
def test_installed_profiles_row_follows_platform_facts(version: str | None, row: str) -> None:
    ids = [p.id for p in list_illustrations(version)]
    assert ids[:3] == ["ios-safari-allow", "ios-profile-downloaded",
                       "ios-settings-profile-downloaded"]
    general = next(p for p in list_illustrations(version) if p.id == "ios-general-profiles")
    assert general.optional and row in general.caption
    labels = [t.text for t in texts(parse(render_svg("ios-general-profiles", ca_name="CA",
                                                     ios_version=version)))]
    assert row in labels


def test_safari_prompt_wording_changed_in_12_2() -> None:
    def words(version: str) -> str:
        root = parse(render_svg("ios-safari-allow", ca_name="CA", ios_version=version))
        return " ".join(t.text or "" for t in texts(root))

    assert "open Settings to show you" in words("12.1")
    assert "trying to download a configuration profile" in words("12.2")


def test_settings_account_row_follows_the_apple_id_rename() -> None:
    def words(version: str) -> str:
        root = parse(render_svg("ios-settings-profile-downloaded", ca_name="CA",
                                ios_version=version))
        return " ".join(t.text or "" for t in texts(root))

    # The wide width estimate may shorten the subtitle; the wording up to there must match.
    assert "Apple ID, iCloud+, Media & Pur" in words("17")
    assert "Apple Account, iCloud, and more" in words("18")


@pytest.mark.parametrize("bad", ["abc", "", "17.", "1.2.3.4", "-1"])
def test_bad_versions_are_refused_with_a_sentence(bad: str) -> None:
    with pytest.raises(ValueError, match="write it like"):
        list_illustrations(bad)


def test_unknown_platform_id_and_theme_are_refused() -> None:
    with pytest.raises(ValueError, match="platform"):
        list_illustrations(platform="windows")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Unknown illustration"):
        render_svg("ios-nope", ca_name="CA")
    with pytest.raises(ValueError, match="theme"):
        render_svg("ios-passcode", ca_name="CA", theme="sepia")  # type: ignore[arg-type]


# --- every picture ----------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("picture", "version"), CASES)
def test_every_picture_is_self_contained_svg(picture: str, version: str | None,
                                             theme: str) -> None:
    svg = render_svg(picture, ca_name=NASTY, theme=theme,  # type: ignore[arg-type]
                     ios_version=version, caption=True)
    assert "{{" not in svg and "}}" not in svg
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == f"0 0 {SVG_WIDTH} {SVG_HEIGHT + 60}"
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert tags <= {"svg", "title", "g", "rect", "circle", "path", "text"}
    for el in root.iter():
        assert not {"style", "class", "href", "{http://www.w3.org/1999/xlink}href",
                    "filter", "clip-path", "mask"} & set(el.attrib), el.attrib
        assert not any(k.startswith("on") for k in el.attrib)
    rings = [r for r in root.iter(f"{SVG}rect") if r.get("stroke") in MARK_COLOURS]
    assert len(rings) == 1, "each picture marks exactly one thing to tap"


@pytest.mark.parametrize(("picture", "version"), CASES)
def test_nothing_overflows_the_screen_even_with_a_long_name(picture: str,
                                                            version: str | None) -> None:
    root = parse(render_svg(picture, ca_name=LONG, ios_version=version))
    for el in screen_texts(root):
        left, right = extent(el)
        assert left >= -0.5 and right <= SCREEN_WIDTH + 0.5, (el.text, left, right)
        assert 0 < float(el.get("y", 0)) <= SCREEN_HEIGHT
    ring = next(r for r in root.iter(f"{SVG}rect") if r.get("stroke") in MARK_COLOURS)
    top, height = float(ring.get("y", 0)), float(ring.get("height", 0))
    assert top > 40 and top + height < SCREEN_HEIGHT, "the marked thing is on screen"


def test_ids_stay_unique_when_every_picture_is_inlined_in_one_page() -> None:
    page = "".join(render_svg(pid, ca_name="CA", theme=theme, ios_version=version)
                   for pid, version in CASES for theme in ("light", "dark"))
    root = ET.fromstring(f'<div xmlns="http://www.w3.org/1999/xhtml">{page}</div>')
    ids = [el.get("id") for el in root.iter() if el.get("id") is not None]
    assert len(ids) == len(set(ids))
    assert ids == [], "pictures use no ids at all, so any number can share a page"


def test_light_and_dark_differ() -> None:
    light = render_svg("ios-trust-switch", ca_name="CA", theme="light")
    dark = render_svg("ios-trust-switch", ca_name="CA", theme="dark")
    assert light != dark and "#F2F2F7" in light and "#1C1C1E" in dark


# --- names: escaping and shortening -----------------------------------------------------------


@pytest.mark.parametrize("picture", ["ios-trust-switch", "ios-install-profile",
                                     "ios-downloaded-profile"])
def test_special_characters_in_the_name_survive_as_text(picture: str) -> None:
    svg = render_svg(picture, ca_name=NASTY)
    assert "&lt;Tëst &amp; &quot;Co&quot;&gt;" in svg
    words = " ".join(t.text or "" for t in texts(parse(svg)))
    assert NASTY in words


def test_the_name_inside_a_sentence_is_escaped_and_wrapped() -> None:
    root = parse(render_svg("ios-warning", ca_name=NASTY, device_name="iPad"))
    words = " ".join(t.text or "" for t in texts(root))
    assert f"Installing the certificate “{NASTY}” will add it" in words
    assert "on your iPad." in words


def test_profile_name_and_device_name_are_used() -> None:
    root = parse(render_svg("ios-install-profile", ca_name="Lab CA", profile_name="Lab Trust"))
    assert "Lab Trust" in [t.text for t in texts(root)]
    root = parse(render_svg("ios-general-about", ca_name="CA", device_name="iPad"))
    assert "iPad Storage" in [t.text for t in texts(root)]


def test_a_long_name_is_shortened_with_an_ellipsis_before_the_switch() -> None:
    root = parse(render_svg("ios-trust-switch", ca_name=LONG, ios_version="17"))
    label = next(t for t in texts(root) if (t.text or "").startswith("Extraordinarily"))
    assert label.text is not None and label.text.endswith(ELLIPSIS)
    switch = next(r for r in root.iter(f"{SVG}rect") if r.get("fill") == "#34C759")
    assert extent(label)[1] <= float(switch.get("x", 0)) - 8


def test_control_characters_cannot_break_the_xml() -> None:
    svg = render_svg("ios-trust-switch", ca_name="Bad\x00\x1b\nName\u2028\ud800", caption=True)
    assert "Bad" in svg and "Name" in svg
    parse(svg)


def test_caption_for_fills_the_names_as_plain_text() -> None:
    picture = next(p for p in list_illustrations("17") if p.id == "ios-trust-switch")
    assert picture.caption_for(ca_name=NASTY) == f"Turn on the switch next to “{NASTY}”."
    root = next(p for p in list_illustrations("17") if p.id == "ios-root-alert")
    assert "Your iPad now trusts “CA”" in root.caption_for(ca_name="CA", device_name="iPad")


def test_fill_text_tail_and_middle_truncation() -> None:
    names = {"ca_name": "abcdefghijklmnopqrstuvwxyz0123456789"}
    (tail,) = fill_text("{{ca_name}}", names, size=17, width=150)
    (middle,) = fill_text("{{ca_name}}", names, size=17, width=150, truncation="middle")
    assert tail.startswith("abc") and tail.endswith(ELLIPSIS)
    assert middle.startswith("abc") and middle.endswith("789") and ELLIPSIS in middle
    for line in (tail, middle):
        assert text_width(line, 17) <= 150
    assert fill_text("{{ca_name}}", {"ca_name": "Lab"}, size=17, width=150) == ["Lab"]


def test_fill_text_wraps_and_ends_the_last_line_with_an_ellipsis() -> None:
    sentence = "one two three four five six seven eight nine ten eleven twelve"
    lines = fill_text(sentence, {}, size=15, width=100, lines=3)
    assert len(lines) == 3 and lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, 15) <= 100 for line in lines)
    assert fill_text("a\n\nb", {}, size=15, width=100, lines=5) == ["a", "", "b"]


def test_fill_text_refuses_an_unknown_placeholder() -> None:
    with pytest.raises(ValueError, match="Unknown placeholder"):
        fill_text("{{ca_nmae}}", {"ca_name": "x"}, size=17, width=100)


def test_width_estimate_is_wider_for_wide_and_bold_text() -> None:
    assert text_width("WWW", 17) > text_width("iii", 17) > 0
    assert text_width("Name", 17, bold=True) > text_width("Name", 17)
    assert text_width("名前", 17) == pytest.approx(2 * 17)
    assert text_width("é", 17) == text_width("e", 17)


@settings(max_examples=60, deadline=None)
@given(name=st.text(min_size=1, max_size=120))
def test_any_name_renders_to_valid_fitting_svg(name: str) -> None:
    root = parse(render_svg("ios-trust-switch", ca_name=name, caption=True))
    for el in screen_texts(root):
        left, right = extent(el)
        assert left >= -0.5 and right <= SCREEN_WIDTH + 0.5


# --- the profile's name: one source, the .mobileconfig ---------------------------------------


def _real_profile(name: str) -> dict[str, object]:
    """The PayloadDisplayName and PayloadDescription of a real profile for a real CA."""
    import datetime as dt
    import plistlib

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from trustanchor.core.pki.profile import build_mobileconfig

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    profile: dict[str, object] = plistlib.loads(build_mobileconfig(cert))
    return profile


@pytest.mark.parametrize("version", ["11", "14", "18", None])
def test_every_picture_naming_the_profile_shows_its_payload_display_name(
    version: str | None,
) -> None:
    profile = _real_profile("Home Lab Root CA")
    shown = str(profile["PayloadDisplayName"])
    assert shown == "Home Lab Root CA (certificate authority)"
    naming = [p for p in MANIFEST["pictures"] if "{{profile_name}}" in json.dumps(p)]
    pictures = {p.id: p for p in list_illustrations(version)}
    drawn = [p["id"] for p in naming if p["id"] in pictures]
    assert "ios-install-profile" in drawn and "ios-profile-installed" in drawn
    for picture in drawn:
        words = " ".join(t.text or "" for t in texts(parse(
            render_svg(picture, ca_name="Home Lab Root CA", ios_version=version))))
        assert shown in words, picture
        if "{{profile_name}}" in pictures[picture].caption:
            assert shown in pictures[picture].caption_for(ca_name="Home Lab Root CA")
    sheet = " ".join(t.text or "" for t in texts(parse(
        render_svg("ios-install-profile", ca_name="Home Lab Root CA", ios_version=version))))
    assert str(profile["PayloadDescription"]) in sheet  # the description, wrapped, whole
    # The trust switch shows the certificate's own name, not the profile's.
    switch = [t.text for t in texts(parse(render_svg("ios-trust-switch",
                                                     ca_name="Home Lab Root CA")))]
    assert "Home Lab Root CA" in switch and shown not in switch


def test_ios_26_confirms_with_an_alert_and_finishes_with_a_check_mark() -> None:
    confirm = [t.text for t in texts(parse(render_svg("ios-install-confirm", ca_name="CA",
                                                      ios_version="26")))]
    assert "Install Profile" in confirm
    assert "Installing this profile will change settings on your iPhone." in " ".join(
        t or "" for t in confirm)
    older = [t.text for t in texts(parse(render_svg("ios-install-confirm", ca_name="CA",
                                                    ios_version="18")))]
    assert "Install Profile" not in older
    done_26 = [t.text for t in texts(parse(render_svg("ios-profile-installed", ca_name="CA",
                                                      ios_version="26")))]
    done_18 = [t.text for t in texts(parse(render_svg("ios-profile-installed", ca_name="CA",
                                                      ios_version="18")))]
    assert "Done" in done_18 and "Done" not in done_26


@pytest.mark.parametrize(("version", "store"), [("18", "2024051501"), ("26", "2025072000")])
def test_screens_carry_the_labels_ios_shows(version: str, store: str) -> None:
    def words(picture: str, v: str | None = version) -> list[str | None]:
        return [t.text for t in texts(parse(render_svg(picture, ca_name="CA", ios_version=v)))]

    assert "UNMANAGED ROOT CERTIFICATE" in words("ios-warning")
    trust = words("ios-trust-switch")
    assert {"Trust Store Version", "Trust Asset Version", store} <= set(trust)
    sheet = words("ios-install-profile")
    assert {"Remove Downloaded Profile", "Description", "More Details"} <= set(sheet)
    vpn = words("ios-downloaded-profile")
    assert vpn.index("VPN") < vpn.index("Sign In to Work or School Account…") \
        < vpn.index("DOWNLOADED PROFILE")
    assert "Screen Time" not in words("ios-settings-general", "10.3")
    assert "Screen Time" in words("ios-settings-general", "12.1")


@pytest.mark.parametrize("variant", ANDROID_VARIANTS)
def test_each_android_path_has_its_own_screens_and_ends_with_the_warning(variant: str) -> None:
    ids = [p.id for p in list_illustrations(platform="android", android=variant)]
    assert ids[-1] == "android-warning"
    first = [t.text for t in texts(parse(render_svg(ids[0], ca_name="CA")))]
    title = {"aosp11": "Security", "aosp13": "Security", "aosp14": "Security & privacy",
             "samsung11": "Biometrics and", "samsung13": "Security and"}[variant]
    assert title in first
    warning = list_illustrations(platform="android", android=variant)[-1].caption
    assert warning.index("screen lock") < warning.index("pick")  # lock first, then the file
