"""Exceptions turned into one plain sentence for a page: the GUI's single place for this."""

from __future__ import annotations

from trustanchor.core.errors import TrustAnchorError


def core_sentence(text: str) -> str:
    """A sentence made by core (a validation problem, a status) in the wizard's language.

    Core sentences are English for the command line; those the wizard shows carry their
    template (core/text.py) so they can be translated here.
    """
    return text


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
