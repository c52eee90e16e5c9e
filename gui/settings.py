"""What the app remembers between runs: window size and the last choices (never secrets)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from trustanchor.core.defaults import KEY_TYPES, MAX_SERVER_CERT_DAYS
from trustanchor.core.flow.state import WizardState
from trustanchor.core.flow.wizard import Wizard

# Choices worth keeping: (settings key, state field, type).
_REMEMBERED: tuple[tuple[str, str, type], ...] = (
    ("choices/key_type", "key_type", str),
    ("choices/use_passphrase", "use_passphrase", bool),
    ("choices/limit_names", "limit_names", bool),
    ("choices/days", "days", int),
    ("choices/include_p12", "include_p12", bool),
    ("choices/output_folder", "output_folder", str),
)


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
