"""The ways a trust-store change can fail, each one sentence the user can act on.

Every one of them is raised before a store is changed, or after the change was rolled back.
"""

from __future__ import annotations

from trustanchor.core.errors import TrustAnchorError


class TrustStoreError(TrustAnchorError):
    """A trust store could not be read or changed (the command's own words are in ``detail``)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class ToolMissingError(TrustStoreError):
    """The program that manages a store (certutil, update-ca-certificates, keytool) is absent."""


class AdminDeniedError(TrustStoreError):
    """The administrator password prompt was dismissed, refused or not available."""


class StoreReadOnlyError(TrustStoreError):
    """The store's files cannot be written (read-only file system, immutable or not ours)."""


class AlreadyTrustedError(TrustStoreError):
    """Every chosen store already holds the CA: nothing was changed."""


class NotInstalledError(TrustStoreError):
    """No chosen store holds a certificate TrustAnchor added: nothing was removed."""


class StoreUnavailableError(TrustStoreError):
    """The chosen store does not exist on this computer."""
