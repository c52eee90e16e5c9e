"""Choosing the phone page's language: ?lang=, then Accept-Language (RFC 9110 section 12.5.4)."""

from __future__ import annotations

import pytest

from trustanchor.core.publish.language import (
    LANGUAGES,
    NATIVE_NAMES,
    choose_language,
    match_language,
    parse_accept_language,
)


def test_q_values_order_the_ranges_and_ties_keep_their_order() -> None:
    ranges = parse_accept_language("fr;q=0.5, de-DE, en;q=0.8, ja;q=0.8, *;q=0.1")
    assert ranges == [("de-de", 1.0), ("en", 0.8), ("ja", 0.8), ("fr", 0.5), ("*", 0.1)]


def test_q_zero_means_not_acceptable_and_malformed_members_are_skipped() -> None:
    assert parse_accept_language("de;q=0, ja;q=2, fr;q=abc, es;q=0.3;x=1, zh_CN, , pt") == [
        ("pt", 1.0)]
    assert parse_accept_language(None) == [] and parse_accept_language("") == []


def test_a_huge_header_is_read_only_up_to_a_bound() -> None:
    header = ", ".join(["xx"] * 10_000 + ["de"])
    assert choose_language("", header) == "en"


@pytest.mark.parametrize(("header", "expected"), [
    ("de-DE,de;q=0.9,en;q=0.8", "de"),
    ("en-US,en;q=0.9,de;q=0.8", "en"),
    ("ja-JP", "ja"),
    ("zh-CN,zh;q=0.9", "zh-Hans"),
    ("zh-Hans-CN", "zh-Hans"),
    ("zh-SG", "zh-Hans"),
    ("zh", "zh-Hans"),
    ("zh-TW", "en"),                          # Traditional Chinese: no catalogue yet
    ("zh-Hant-HK,zh;q=0.9", "en"),            # the bare "zh" after it is Traditional too
    ("zh-TW,zh;q=0.9,de;q=0.5", "de"),
    ("ko-KR,ja;q=0.5", "ja"),                 # the first range with a catalogue wins
    ("ko-KR", "en"),
    ("*", "en"),
    ("de;q=0, ja;q=0.1", "ja"),
    ("", "en"),
])
def test_accept_language_picks_the_best_catalogue(header: str, expected: str) -> None:
    assert choose_language("", header) == expected


def test_lang_in_the_query_wins_over_the_header() -> None:
    assert choose_language("lang=ja", "de-DE") == "ja"
    assert choose_language("lang=zh-hans&x=1", "de") == "zh-Hans"
    assert choose_language("x=1&lang=DE", None) == "de"
    assert choose_language("lang=zh-CN", None) == "zh-Hans"


def test_an_unknown_or_hostile_lang_falls_back_to_the_header() -> None:
    assert choose_language("lang=xx", "ja") == "ja"
    assert choose_language("lang=%3Cscript%3E", "de") == "de"
    assert choose_language("lang=", None) == "en"


def test_brazilian_portuguese_is_not_given_to_portugal() -> None:
    assert match_language("pt-PT") is None
    expected = "pt-BR" if "pt-BR" in LANGUAGES else None
    assert match_language("pt-BR") == expected


def test_every_language_has_a_name_in_its_own_language() -> None:
    assert LANGUAGES[0] == "en"
    assert all(NATIVE_NAMES[code] for code in LANGUAGES)
