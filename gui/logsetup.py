"""The log file in the platform's log folder (Help > Open log file shows it)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "trustanchor.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
CONFIG_DIR_ENV = "TRUSTANCHOR_CONFIG_DIR"  # moves the settings and the log (gui/settings.py)


def config_dir_override() -> Path | None:
    """The folder named by $TRUSTANCHOR_CONFIG_DIR, or None when it is unset or empty."""
    value = os.environ.get(CONFIG_DIR_ENV, "").strip()
    return Path(value) if value else None


def log_folder() -> Path:
    """The platform's log folder, or `log` inside $TRUSTANCHOR_CONFIG_DIR when that is set."""
    override = config_dir_override()
    if override is not None:
        return override / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir("TrustAnchor", appauthor=False))


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log INFO and above to a rotating file; None if the folder cannot be written.

    Only a file: a windowed Windows app has no stderr (docs/engineering.md, "Packaging").
    """
    import logging.handlers  # here: it pulls in socket, pickle and queue (about 15 ms)

    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
            encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_FILE_NAME


def log_uncaught(kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
    """sys.excepthook: a bug in a slot goes to the log, never as a traceback on screen."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    logging.getLogger("trustanchor").error("unexpected error", exc_info=(kind, exc, tb))
