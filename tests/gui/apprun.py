"""Running the real program in a child process: its environment, every folder in a temp one."""

from __future__ import annotations

import os
from pathlib import Path


def app_env(tmp_path: Path, exit_after_ms: int) -> dict[str, str]:
    """Offscreen Qt, home, state and settings under `tmp_path`; the window closes itself after
    `exit_after_ms` (TRUSTANCHOR_EXIT_AFTER_MS, gui/diagnostics.py)."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "TRUSTANCHOR_HOME": str(tmp_path / "home"),
        "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TRUSTANCHOR_EXIT_AFTER_MS": str(exit_after_ms),
    })
    return env
