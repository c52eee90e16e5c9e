"""core/pki/reader.py's character policy: the ASCII fast path agrees with Unicode's categories."""

from __future__ import annotations

import unicodedata

from trustanchor.core.pki.reader import safe_text, unsafe_character


def _by_category(ch: str) -> bool:
    return unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} and ch not in "\u200c\u200d"


def test_every_ascii_character_is_judged_by_its_category() -> None:
    for code in range(128):
        ch = chr(code)
        text = f"a{ch}b"
        expected = f"U+{code:04X}" if _by_category(ch) else None
        assert unsafe_character(text) == expected, repr(ch)
        assert safe_text(text) == ("a?b" if expected else text)


def test_non_ascii_names_still_checked() -> None:
    assert unsafe_character("Büro\u202eCA") == "U+202E"
    assert safe_text("Büro\u2028CA") == "Büro?CA"
    assert unsafe_character("家庭 CA") is None
    assert safe_text("a\u200db") == "a\u200db"  # ZWJ stays (emoji, Indic scripts)


def test_name_check_control_characters_match_category_cc() -> None:
    from trustanchor.core.pki.names import _is_control

    for code in range(0x300):
        ch = chr(code)
        assert _is_control(ch) == (unicodedata.category(ch) == "Cc"), hex(code)
