"""Exceptions turned into one plain sentence for a page: the GUI's single place for this."""

from __future__ import annotations

from trustanchor.core.errors import TrustAnchorError


def describe_error(exc: BaseException) -> str:
    """What to tell the person; the details (a traceback) only ever go to the log."""
    if isinstance(exc, TrustAnchorError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return (f"The computer refused: {exc.strerror or exc}{where}. Check the folder and try "
                "again.")
    return ("Something unexpected went wrong; nothing was lost. The details are in the log "
            "(Help > Open log file).")
