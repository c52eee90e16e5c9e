"""What the app remembers between runs: window size and the last choices (never secrets).

By default QSettings keeps them where the platform does (an INI file under ~/.config on Linux,
a plist on macOS, the registry on Windows). $TRUSTANCHOR_CONFIG_DIR moves them, and the log
(gui/logsetup.py), into one folder as an INI file: for tests and smoke tests, which must not
write a build machine's real registry or preferences, and for portable use.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from trustanchor.core.defaults import KEY_TYPES, MAX_SERVER_CERT_DAYS
from trustanchor.core.flow.state import WizardState
from trustanchor.core.flow.wizard import Wizard
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
        settings.setValue(key, getattr(state, attr))


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
    changes: dict[str, object] = {}
    for key, attr, kind in _REMEMBERED:
        value = _read(settings, key, kind)
        if value is None or value == "":
            continue
        if attr == "key_type" and value not in KEY_TYPES:
            continue
        if attr == "days" and not 1 <= int(value) <= MAX_SERVER_CERT_DAYS:  # type: ignore[call-overload]
            continue
        changes[attr] = value
    return wizard.edit(**changes) if changes else wizard
