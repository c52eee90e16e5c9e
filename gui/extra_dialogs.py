"""Opens the wizard's two side dialogs from the pages' buttons: "Also trust it on this computer"
(gui/trust_dialog.py) and "Renew automatically" (gui/acme_dialog.py).

The window makes one `ExtraDialogs` and hands it each page as it makes it; a page that has a
``trust_requested`` or ``acme_requested`` signal gets it connected here. The dialogs take the CA
home and the CA the session holds (unlocked or None) and run their core calls themselves, so
the wizard's own model and workers are never involved. One dialog of each kind at a time: a
dialog closed while its call still runs is shown again rather than replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from trustanchor.core.flow.trust_ops import StoreOverrides
    from trustanchor.core.flow.wizard import Wizard
    from trustanchor.gui.session import Session

ACME_FOLDER = "acme"  # under the wizard's output folder, beside the certificates


class Owner(Protocol):
    """What the dialogs need of the window: its session (None before start-up) and model."""

    @property
    def session(self) -> Session | None: ...

    @property
    def wizard(self) -> Wizard: ...


class ExtraDialogs(QObject):
    def __init__(self, owner: Owner, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner, self._parent = owner, parent
        self.trust: QDialog | None = None
        # Where the trust dialog looks; None: this computer's stores (tests give temp folders).
        self.trust_overrides: StoreOverrides | None = None
        self.acme: QDialog | None = None

    def connect_page(self, page: QObject) -> None:
        """Connect the page's requests for the dialogs, if it makes any."""
        trust = getattr(page, "trust_requested", None)
        if trust is not None:
            trust.connect(self.open_trust)
        acme = getattr(page, "acme_requested", None)
        if acme is not None:
            acme.connect(self.open_acme)

    @Slot()
    def open_trust(self) -> None:
        from trustanchor.gui.trust_dialog import TrustDialog

        session = self._owner.session
        if session is None or self._reshow(self.trust):
            return
        self._forget(self.trust)
        self.trust = TrustDialog(session.home, session.ca, self.trust_overrides,
                                 parent=self._parent)
        self.trust.show()

    @Slot()
    def open_acme(self) -> None:
        from trustanchor.gui.acme_dialog import AcmeDialog

        session = self._owner.session
        if session is None or self._reshow(self.acme):
            return
        self._forget(self.acme)
        state = self._owner.wizard.state
        issued = state.facts.issued
        names = issued.names if issued is not None else state.server_names
        out = Path(state.output_folder or Path.home()) / ACME_FOLDER
        self.acme = AcmeDialog(session.home, session.ca, names, out, parent=self._parent)
        self.acme.show()

    @staticmethod
    def _reshow(dialog: QDialog | None) -> bool:
        """Bring back a dialog that is open, or closed while its call still runs."""
        if dialog is None or not (dialog.isVisible() or getattr(dialog, "busy", False)):
            return False
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    @staticmethod
    def _forget(dialog: QDialog | None) -> None:
        if dialog is not None:
            dialog.deleteLater()
