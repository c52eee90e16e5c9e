"""Shared test set-up: Qt runs offscreen, and no test touches the user's real CA home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point $TRUSTANCHOR_HOME at a fresh folder so nothing lands in the real data folder."""
    home: Path = tmp_path_factory.mktemp("trustanchor-home")
    monkeypatch.setenv("TRUSTANCHOR_HOME", str(home))
    monkeypatch.delenv("TRUSTANCHOR_PASSPHRASE", raising=False)
    yield
