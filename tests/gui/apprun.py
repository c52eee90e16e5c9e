"""Running the real program in a child process: its environment, every folder in a temp one."""

from __future__ import annotations

import os
from pathlib import Path


def app_env(tmp_path: Path, exit_after_ms: int, *, config_dir: bool = True) -> dict[str, str]:
    """Offscreen Qt, home, state and settings under `tmp_path`; the window closes itself after
    `exit_after_ms` (TRUSTANCHOR_EXIT_AFTER_MS, gui/diagnostics.py).

    Settings and the log go to `tmp_path/config-dir` (TRUSTANCHOR_CONFIG_DIR): on macOS and
    Windows the native places are a plist and the registry, which HOME and XDG do not move.
    Without `config_dir` they go to the native places (only redirectable on Linux)."""
    env = dict(os.environ)
    env.pop("TRUSTANCHOR_CONFIG_DIR", None)
    if config_dir:
        env["TRUSTANCHOR_CONFIG_DIR"] = str(tmp_path / "config-dir")
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "TRUSTANCHOR_HOME": str(tmp_path / "home"),
        "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TRUSTANCHOR_EXIT_AFTER_MS": str(exit_after_ms),
    })
    return env
