"""The buttons that open the wizard's side dialogs from a page ("Also trust it on this
computer…", "Renew automatically…"): each only emits the page's request signal, which
gui/extra_dialogs.py answers."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy

from trustanchor.gui.i18n import QT_TRANSLATE_NOOP, translate
from trustanchor.gui.pages.base import named

TRUST_HERE = QT_TRANSLATE_NOOP("extra_buttons", "Also trust it on this computer…")
RENEW_AUTOMATICALLY = QT_TRANSLATE_NOOP("extra_buttons", "Renew automatically…")
DESCRIPTIONS = {
    TRUST_HERE: QT_TRANSLATE_NOOP("extra_buttons", "Shows this computer's trust stores; nothing "
                                                   "changes until you click Install"),
    RENEW_AUTOMATICALLY: QT_TRANSLATE_NOOP("extra_buttons", "Sets up Caddy's ACME server so your "
                                                            "servers renew their certificates by "
                                                            "themselves"),
}


def request_button(text: str, signal: SignalInstance) -> QPushButton:
    """A button whose click emits ``signal`` (a page's ``trust_requested`` / ``acme_requested``);
    ``text`` is one of the English sentences above, shown translated."""
    shown = translate("extra_buttons", text)
    button = QPushButton(shown)
    description = DESCRIPTIONS.get(text, "")
    named(button, shown.rstrip("…"), translate("extra_buttons", description) if description else "")
    button.clicked.connect(signal)
    # As wide as its text, also where it stands alone in a page's column (Welcome).
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


def request_row(*buttons: tuple[str, SignalInstance]) -> QHBoxLayout:
    """Such buttons side by side, left-aligned: a row of their own, so a page's existing row
    does not grow wider than the window at large text sizes."""
    row = QHBoxLayout()
    for text, signal in buttons:
        row.addWidget(request_button(text, signal))
    row.addStretch(1)
    return row
