"""One root error with a few flat subclasses; the CLI and the GUI turn them into words.

Programmer mistakes stay ValueError / TypeError. Messages never contain key material.
A message the wizard shows is a ``core.text.Text``: English as a string, translatable by its
template.
"""

from __future__ import annotations


class TrustAnchorError(Exception):
    """Anything the user can act on. ``str(err)`` is one readable sentence, in English."""

    @property
    def message(self) -> str:
        """The sentence as raised: a ``core.text.Text`` the wizard can translate, when marked."""
        first = self.args[0] if self.args else None
        return first if isinstance(first, str) else str(self)


class InvalidNameError(TrustAnchorError):
    """A name or address typed by the user cannot go into a certificate."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(reason)
        self.text = text
        self.reason = reason


class CertificateRuleError(TrustAnchorError):
    """A certificate would break Apple's or RFC 5280's rules (carries the findings)."""

    def __init__(self, message: str, findings: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings


class CAHomeError(TrustAnchorError):
    """The CA home on disk is missing, locked, already holds a CA, or cannot be written."""


class CAExistsError(CAHomeError):
    """Refused to overwrite an existing CA."""


class NoCAError(CAHomeError):
    """No CA in the CA home yet."""


class PassphraseError(TrustAnchorError):
    """The CA key's passphrase is wrong or missing."""


class ImportFormatError(TrustAnchorError):
    """A file offered for import is not a usable CA (or not a certificate at all)."""


class PublishError(TrustAnchorError):
    """The publishing server could not start (address, ports) or stop."""


class OutputFileError(TrustAnchorError):
    """An issued certificate's files were not written: one already exists (``exists``; never
    overwritten unless asked) or the folder cannot be written."""

    def __init__(self, message: str, path: str, *, exists: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.exists = exists
