"""Sentences core makes for people: English, and translatable by the wizard.

The command line, the logs and the tests read core's sentences in English. The wizard shows many
of them too (validation problems, errors, check findings, statuses) and must show them in its own
language, without core knowing about Qt. So a sentence core makes for a person is a :class:`Text`:
a ``str`` that *is* the English sentence, and that also carries where it comes from: the
catalogue ``context``, the English ``template`` with its ``{fields}``, and the field ``values``
(which may be Text themselves). The wizard translates the template and fills in the values
(gui/messages.py); everyone else just uses the string.

A sentence is marked where it is written, with a literal context and template so that
``pyside6-lupdate`` run over ``core/`` extracts it into the wizard's catalogues::

    QT_TRANSLATE_NOOP("core.names", "A name may not be longer than {limit} characters.").format(
        limit=253)

``QT_TRANSLATE_NOOP`` returns the template as a Text; :meth:`Text.format` fills named fields and
returns a Text that remembers the template and the values. Contexts are ``core.<module>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "Text"]

_NO_VALUES: Mapping[str, object] = MappingProxyType({})


class Text(str):
    """An English sentence (the ``str`` itself) that remembers how to translate it.

    ``context`` and ``template`` name the catalogue entry; ``values`` are the named fields
    filled into the template, in English. Equality, hashing and ``str()`` are those of the
    English sentence; string operations (``+``, slicing, ``.strip()``) give a plain ``str``.
    """

    _context: str
    _template: str
    _values: Mapping[str, object]

    def __new__(cls, english: str, context: str = "", template: str | None = None,
                values: Mapping[str, object] | None = None) -> Text:
        self = super().__new__(cls, english)
        self._context = context
        self._template = english if template is None else template
        self._values = MappingProxyType(dict(values)) if values else _NO_VALUES
        return self

    @property
    def context(self) -> str:
        """The catalogue context, such as ``"core.names"`` (empty: not marked)."""
        return self._context

    @property
    def template(self) -> str:
        """The English source with its ``{fields}``, as the catalogue holds it."""
        return self._template

    @property
    def values(self) -> Mapping[str, object]:
        """The fields filled into the template; a value may be a Text itself."""
        return self._values

    def format(self, *args: object, **values: Any) -> Text:
        """The template with its named fields filled: a Text carrying template and values."""
        if args:
            raise TypeError("Text templates take named fields only")
        return Text(self._template.format(**values), self._context, self._template, values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (str(self), self._context, self._template, dict(self._values)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for the wizard's catalogue under ``context``; return it as a Text.

    The name and the literal arguments are what ``pyside6-lupdate`` looks for. Fill the
    template's named fields with :meth:`Text.format`.
    """
    return Text(source, context)
