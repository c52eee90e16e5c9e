"""Which language the phone-screen pictures are drawn in, and the small chooser for it.

The pictures show the phone's own labels, so by default they follow the phone: the language the
publishing server served the page in to the latest phone that opened it (`Device.language`,
carried here by gui/bridge.py). Before any phone has come, they follow the wizard's language
when the pictures have a catalogue for it, else English. The person may pick another language;
that choice stays until they pick "Follow the phone" again.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trustanchor.core.publish.language import DEFAULT, LANGUAGES, NATIVE_NAMES, match_language
from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.theme import tone_css

# Each picture language by name, in the wizard's language ("Pictures in Japanese").
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("picturelanguage", "English"),
    "de": QT_TRANSLATE_NOOP("picturelanguage", "German"),
    "fr": QT_TRANSLATE_NOOP("picturelanguage", "French"),
    "es": QT_TRANSLATE_NOOP("picturelanguage", "Spanish"),
    "ja": QT_TRANSLATE_NOOP("picturelanguage", "Japanese"),
    "zh-Hans": QT_TRANSLATE_NOOP("picturelanguage", "Simplified Chinese"),
    "pt-BR": QT_TRANSLATE_NOOP("picturelanguage", "Brazilian Portuguese"),
}
FOLLOW = ""  # the combo's first entry: follow the phone


def wizard_language() -> str:
    """The wizard's language as a picture catalogue ("ja", "zh-Hans"), else English."""
    name = QLocale().name().replace("_", "-")  # "ja-JP", "zh-CN", "pt-BR", "C"
    return match_language(name) or DEFAULT


def language_name(code: str) -> str:
    return translate("picturelanguage", LANGUAGE_NAMES[code])


class PictureLanguage(QWidget):
    """A line saying which language the pictures are in, and a combo to choose another.

    `changed` is emitted when the language to draw in (`language`) changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone_language: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.setStyleSheet(tone_css("muted", self.line))
        self.line.setAccessibleName(translate("picturelanguage", "Language of the pictures"))
        row = QHBoxLayout()
        self.combo = QComboBox()
        self.combo.addItem(translate("picturelanguage", "Follow the phone"), FOLLOW)
        for code in LANGUAGES:
            self.combo.addItem(NATIVE_NAMES[code], code)
        self.combo.setAccessibleName(translate("picturelanguage", "Language of the pictures"))
        self.combo.activated.connect(self._on_combo_activated)
        label = QLabel(translate("picturelanguage", "Picture &language:"))
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        column.addWidget(self.line)
        column.addLayout(row)
        self._shown = self.language  # the language the pictures were last drawn in
        self._update_line()

    @property
    def chosen(self) -> str:
        """The language the person picked, or FOLLOW."""
        return str(self.combo.currentData() or FOLLOW)

    @property
    def language(self) -> str:
        """The language to draw the pictures in now."""
        if self.chosen != FOLLOW:
            return self.chosen
        return self.phone_language or wizard_language()

    @Slot(str)
    def set_phone_language(self, code: str) -> None:
        """The latest phone's page language (one of LANGUAGES; anything else is ignored)."""
        if code in LANGUAGES:
            self.phone_language = code
            self._apply()

    def choose(self, code: str) -> None:
        """Draw in `code` from now on (FOLLOW: follow the phone again)."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))
        self._apply()

    def _apply(self) -> None:
        self._update_line()
        if self.language != self._shown:
            self._shown = self.language
            self.changed.emit()

    def _update_line(self) -> None:
        name = language_name(self.language)
        if self.chosen != FOLLOW:
            text = translate("picturelanguage", "Pictures in {language}, as you chose")
        elif self.phone_language is not None:
            text = translate("picturelanguage",
                             "Pictures in {language}, as the phone showed the page")
        else:
            text = translate("picturelanguage",
                             "Pictures in {language} until a phone opens the page")
        self.line.setText(text.format(language=name))

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        self._apply()
