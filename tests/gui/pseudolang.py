"""Pseudo languages: every translated sentence made longer, or written in CJK characters, so
layouts meet translated text before any real catalogue exists.

``pseudo-long`` writes each word with accented letters and about 40% more of them (German and
French run that much longer than English); ``pseudo-cjk`` writes each letter as a full-width CJK
character with no spaces, so wrapping has to break inside a run of text, as it does in Japanese
and Chinese. Both keep what a real translation keeps: ``{name}`` fields, Qt's ``%1``, HTML tags
and entities, links, and the ``&`` of an accelerator with its letter.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

PSEUDO_LANGUAGES = ("pseudo-long", "pseudo-cjk")
LENGTHENING = 0.4  # +40%: a long German or French rendering of an English sentence

# Kept as they are: format fields (and escaped braces), Qt's %1 / %n, tags, entities, links,
# "&&" (a literal ampersand) and an accelerator with its letter.
_KEPT = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d+|%n|<[^>]*>|&#?\w+;|https?://\S+|&&|&.",
                   re.DOTALL)
_WORD = re.compile(r"[A-Za-z]+")
_ACCENTED = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ", strict=True))
# Common ideographs of about the same width, one per Latin letter.
_CJK = "証明書根認証局作成保存発行公開検証完了設定端末信頼接続安全鍵暗号名前場所確認"
# Qt asks for this to choose the layout direction; it must stay "LTR".
_LAYOUT_DIRECTION = "QT_LAYOUT_DIRECTION"


def lengthen(text: str) -> str:
    """``text`` with accented letters and each word about 40% longer."""
    def word(found: re.Match[str]) -> str:
        letters = found.group(0)
        extra = math.ceil(len(letters) * LENGTHENING)
        padded = letters + (letters * (extra // len(letters) + 1))[:extra].lower()
        return "".join(_ACCENTED[c] for c in padded)

    return _outside_kept(text, lambda part: _WORD.sub(word, part))


def cjk(text: str) -> str:
    """``text`` with each Latin letter a full-width CJK character and no spaces."""
    def part(plain: str) -> str:
        plain = plain.replace(" ", "")
        return "".join(_CJK[(ord(c) * 7) % len(_CJK)] if c.isascii() and c.isalpha() else c
                       for c in plain)

    return _outside_kept(text, part)


def _outside_kept(text: str, change: Callable[[str], str]) -> str:
    pieces: list[str] = []
    start = 0
    for kept in _KEPT.finditer(text):
        pieces.append(change(text[start:kept.start()]))
        pieces.append(kept.group(0))
        start = kept.end()
    pieces.append(change(text[start:]))
    return "".join(pieces)


class PseudoTranslator(QTranslator):
    """A catalogue that answers every sentence, Qt's own included, in a pseudo language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        if language not in PSEUDO_LANGUAGES:
            raise ValueError(f"unknown pseudo language {language!r}")
        self.code = language  # not `language`: QTranslator.language() is the .qm's own
        self._change = lengthen if language == "pseudo-long" else cjk

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del disambiguation, n
        if context == "QGuiApplication" and source == _LAYOUT_DIRECTION:
            return "LTR"
        return self._change(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo_language(language: str) -> PseudoTranslator:
    """Install the pseudo language on the running application (keep the result alive)."""
    translator = PseudoTranslator(language)
    QCoreApplication.installTranslator(translator)
    return translator
