"""Exceptions turned into one plain sentence for a page: the GUI's single place for this."""

from __future__ import annotations

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.text import Text
from trustanchor.gui.i18n import translate


def core_sentence(text: str) -> str:
    """A sentence made by core (a validation problem, a status) in the wizard's language.

    Core sentences are English for the command line; those the wizard shows are
    ``core.text.Text`` and carry their catalogue context, template and values, so the template
    is translated here and the values (translated too when they are Text) filled in after.
    A plain string passes through unchanged.
    """
    if not isinstance(text, Text) or not text.context:
        return str(text)
    template = translate(text.context, text.template)
    if not text.values and str(text) == text.template:
        return template
    values = {name: _value(value) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A catalogue entry whose fields do not match the source: English beats a crash.
        return str(text)


def _value(value: object) -> object:
    if isinstance(value, TrustAnchorError):
        return core_sentence(value.message)
    if isinstance(value, Text):
        return core_sentence(value)
    return value


def describe_error(exc: BaseException) -> str:
    """What to tell the person; the details (a traceback) only ever go to the log."""
    if isinstance(exc, TrustAnchorError):
        return core_sentence(exc.message)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.filename:
            return translate(
                "messages", "The computer refused: {reason} ({file}). Check the folder and try "
                "again.").format(reason=reason, file=exc.filename)
        return translate(
            "messages", "The computer refused: {reason}. Check the folder and try again.").format(
            reason=reason)
    return translate(
        "messages", "Something unexpected went wrong; nothing was lost. The details are in the "
        "log (Help > Open log file).")
