"""Edits to the model are typed: `WizardEdits` lists exactly the editable fields of the state,
with the same types, so mypy rejects a misspelt field or a wrong type in `Wizard.edit`."""

from __future__ import annotations

import dataclasses
import textwrap
import typing
from pathlib import Path

import pytest
from mypy import api as mypy_api
from PySide6.QtCore import QSettings

from trustanchor.core.defaults import KeyType
from trustanchor.core.flow.wizard import Wizard, WizardEdits, WizardState
from trustanchor.gui.settings import remember, restore_choices

ROOT = Path(__file__).resolve().parents[2]


def test_wizard_edits_match_the_editable_state_fields() -> None:
    # The state names Platform for type checking only (the first window loads no publishing
    # module): resolve it here.
    from trustanchor.core.publish.devices import Platform

    names = {"Platform": Platform}
    state_types = typing.get_type_hints(WizardState, localns=names)
    editable = {name: kind for name, kind in state_types.items() if name not in ("step", "facts")}
    assert {f.name for f in dataclasses.fields(WizardState)} == set(state_types)
    assert typing.get_type_hints(WizardEdits, localns=names) == editable
    assert WizardEdits.__required_keys__ == frozenset()
    assert state_types["key_type"] is KeyType


def test_a_misspelt_field_still_fails_at_run_time() -> None:
    with pytest.raises(TypeError, match="ca_nmae"):
        Wizard().edit(ca_nmae="Mine")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="record_"):
        Wizard().edit(**{"step": "ca"})  # type: ignore[misc]


def _package_tree(tmp_path: Path) -> Path:
    """`trustanchor/` as the installed names, linked to the real folders (as scripts/check.py)."""
    pkg = tmp_path / "tree" / "trustanchor"
    pkg.mkdir(parents=True)
    for name in ("core", "gui", "resources"):
        (pkg / name).symlink_to(ROOT / name, target_is_directory=True)
    return tmp_path / "tree"


def test_mypy_rejects_a_misspelt_or_mistyped_edit(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYPYPATH", str(_package_tree(tmp_path)))
    probe = tmp_path / "probe.py"
    probe.write_text(textwrap.dedent("""\
        from trustanchor.core.defaults import KeyType
        from trustanchor.core.flow.wizard import Wizard

        good = Wizard().edit(ca_name="Mine", key_type=KeyType.EC_P384, days=30)
        typo = Wizard().edit(ca_nmae="Mine")
        wrong = Wizard().edit(days="30")
        stale = Wizard().edit(key_type="ec-p384")
        """))
    out, err, status = mypy_api.run([
        "--follow-imports=silent", "--no-error-summary", "--show-error-codes",
        "--cache-dir", str(tmp_path / "cache"), "--python-version", "3.11", str(probe)])
    lines = [line for line in out.splitlines()
             if line.startswith(str(probe)) and ": error:" in line]
    assert status == 1, (out, err)
    assert [line.split(":")[1] for line in lines] == ["5", "6", "7"], out
    assert '"ca_nmae"' in lines[0]
    assert "days" in lines[1] and "key_type" in lines[2]


def test_remembered_choices_come_back_typed(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen = Wizard().edit(key_type=KeyType.RSA_3072, days=90, use_passphrase=False)
    remember(chosen.state, settings)
    settings.sync()
    again = restore_choices(Wizard(), QSettings(str(tmp_path / "settings.ini"),
                                                QSettings.Format.IniFormat))
    assert again.state.key_type is KeyType.RSA_3072
    assert (again.state.days, again.state.use_passphrase) == (90, False)
    settings.setValue("choices/key_type", "ed25519")
    settings.setValue("choices/days", 5000)
    assert restore_choices(Wizard(), settings).state.key_type is KeyType.EC_P256
    assert restore_choices(Wizard(), settings).state.days == Wizard().state.days
