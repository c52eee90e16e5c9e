"""The wizard's first offer for where issued files go: the CA home's private `certificates`
folder, never a Documents folder that OneDrive or iCloud may sync (core/flow/operations.py)."""

from __future__ import annotations

from pathlib import Path

from trustanchor.core.store.home import CAHome
from trustanchor.gui.session import initial_wizard


def test_the_wizard_starts_with_the_private_default_folder(tmp_path: Path) -> None:
    home = CAHome(tmp_path / "home")
    wizard = initial_wizard(home, hostname="nas", addresses=("192.168.1.20",))
    assert wizard.state.output_folder == str(tmp_path / "home" / "certificates")
    assert "Documents" not in wizard.state.output_folder
