"""What the app remembers between runs: window size, language and the last choices (never
secrets).

By default QSettings keeps them where the platform does (an INI file under ~/.config on Linux,
a plist on macOS, the registry on Windows). $TRUSTANCHOR_CONFIG_DIR moves them, and the log
(gui/logsetup.py), into one folder as an INI file: for tests and smoke tests, which must not
write a build machine's real registry or preferences, and for portable use.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSettings

from trustanchor.core.defaults import KEY_TYPES, MAX_SERVER_CERT_DAYS, KeyType
from trustanchor.core.flow.state import WizardEdits, WizardState
from trustanchor.core.flow.wizard import Wizard
from trustanchor.gui.i18n import BY_CODE, SYSTEM
from trustanchor.gui.logsetup import config_dir_override

# Choices worth keeping: (settings key, state field, type).
_REMEMBERED: tuple[tuple[str, str, type], ...] = (
    ("choices/key_type", "key_type", str),
    ("choices/use_passphrase", "use_passphrase", bool),
    ("choices/limit_names", "limit_names", bool),
    ("choices/days", "days", int),
    ("choices/include_p12", "include_p12", bool),
    ("choices/output_folder", "output_folder", str),
)


SETTINGS_FILE_NAME = "TrustAnchor.ini"
# The wizard's language: "system" (follow the computer) or a code of gui/i18n.py's LANGUAGES.
LANGUAGE_KEY = "view/language"


def app_settings() -> QSettings:
    """The app's settings: native by default, an INI file in the override folder if set.

    Call after QApplication has its organisation and application names (native locations
    are derived from them).
    """
    folder = config_dir_override()
    if folder is None:
        return QSettings()
    return QSettings(str(folder / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def remember(state: WizardState, settings: QSettings) -> None:
    for key, attr, _ in _REMEMBERED:
        value = getattr(state, attr)
        settings.setValue(key, value.value if isinstance(value, Enum) else value)


def _read(settings: QSettings, key: str, kind: type) -> object | None:
    raw = settings.value(key)
    if raw is None:
        return None
    if kind is bool:  # INI files give "true"/"false" back as text
        return raw in (True, "true", "1", 1)
    try:
        value: object = kind(raw)
    except (TypeError, ValueError):
        return None
    return value


def restore_choices(wizard: Wizard, settings: QSettings) -> Wizard:
    """The wizard with the remembered choices that are still valid applied."""
    found = {attr: _read(settings, key, kind) for key, attr, kind in _REMEMBERED}
    changes: WizardEdits = {}
    key_type, days, folder = found["key_type"], found["days"], found["output_folder"]
    if isinstance(key_type, str) and key_type in KEY_TYPES:
        changes["key_type"] = KeyType(key_type)
    use, limit, p12 = found["use_passphrase"], found["limit_names"], found["include_p12"]
    if isinstance(use, bool):
        changes["use_passphrase"] = use
    if isinstance(limit, bool):
        changes["limit_names"] = limit
    if isinstance(p12, bool):
        changes["include_p12"] = p12
    if isinstance(days, int) and 1 <= days <= MAX_SERVER_CERT_DAYS:
        changes["days"] = days
    if isinstance(folder, str) and folder:
        changes["output_folder"] = folder
    return wizard.edit(**changes) if changes else wizard


def language_choice(settings: QSettings) -> str:
    """The language chosen in the Language menu; SYSTEM unless a known one was chosen."""
    raw = settings.value(LANGUAGE_KEY)
    return raw if isinstance(raw, str) and raw in BY_CODE else SYSTEM


def remember_language(settings: QSettings, choice: str) -> None:
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()
