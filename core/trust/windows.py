"""Windows certificate stores: Trusted Root Certification Authorities of the current user
(no administrator) or of the computer (elevated only).

``certutil -user -addstore Root <file>`` / ``certutil -addstore Root <file>`` add, ``-delstore
Root <SHA-1 thumbprint>`` removes exactly one certificate, and ``-store Root`` lists each one
with a "Cert Hash(sha1):" line (Microsoft Learn, "certutil", -addstore/-delstore/-store).
Windows asks the user to confirm a new root in the current user's store with its own dialog.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust import runner
from trustanchor.core.trust.errors import AdminDeniedError
from trustanchor.core.trust.model import (
    Anchor,
    StoreKind,
    TrustState,
    state_by_lookup,
    temp_cert_file,
)

CERTUTIL = "certutil.exe"
USER_MEANING = "Edge, Chrome, curl.exe, .NET and most Windows apps, for you only"
MACHINE_MEANING = "Edge, Chrome, curl.exe, .NET and most Windows apps, for every user"
# Older certutil prints the thumbprint in spaced pairs ("cd d4 ee ..."), newer in one run; the
# label is translated on other Windows languages ("Zertifikathash(sha1)"), "(sha1):" is not.
_HASH_LINE = re.compile(r"\(sha1\):\s*(?P<hex>(?:[0-9A-Fa-f]{2} ?){20})\s*$")
# 0x80070005 E_ACCESSDENIED; certutil prints "Access is denied." before it.
_DENIED_MARKERS = ("0x80070005", "access is denied")
# 0x800704c7 ERROR_CANCELLED: the user answered "No" to Windows' root-install dialog.
_CANCELLED_MARKERS = ("0x800704c7", "canceled by the user", "cancelled by the user")


def _scope(kind: StoreKind) -> list[str]:
    return ["-user"] if kind is StoreKind.USER else []


def add_argv(kind: StoreKind, cert_file: Path) -> list[str]:
    return [CERTUTIL, *_scope(kind), "-addstore", "Root", str(cert_file)]


def delete_argv(kind: StoreKind, anchor: Anchor) -> list[str]:
    return [CERTUTIL, *_scope(kind), "-delstore", "Root", anchor.sha1]


def list_argv(kind: StoreKind) -> list[str]:
    return [CERTUTIL, *_scope(kind), "-store", "Root"]


def parse_store(output: str) -> list[str]:
    """The SHA-1 thumbprints (lower-case hex) listed by ``certutil -store Root``."""
    found = []
    for line in output.splitlines():
        match = _HASH_LINE.search(line.strip())
        if match:
            found.append(match.group("hex").replace(" ", "").lower())
    return found


class RootStore:
    def __init__(self, kind: StoreKind) -> None:
        self.kind = kind
        user = kind is StoreKind.USER
        self.label = "Your trusted roots" if user else "This computer's trusted roots"
        self.location = "CurrentUser\\Root" if user else "LocalMachine\\Root"
        self.meaning = USER_MEANING if user else MACHINE_MEANING
        self.needs_admin = not user and not runner.is_admin()

    def _run(self, argv: list[str]) -> runner.Result:
        return runner.run(runner.Command(tuple(argv), runner.ADMIN_TIMEOUT_S))

    def ours(self, anchor: Anchor) -> bool:
        result = runner.require(self._run(list_argv(self.kind)), "Reading the Root store")
        return anchor.sha1 in parse_store(result.stdout)

    def state(self, anchor: Anchor) -> tuple[TrustState, str]:
        return state_by_lookup(self.ours, anchor, QT_TRANSLATE_NOOP(
            "core.windows", "in {location}").format(location=self.location))

    def install(self, anchor: Anchor) -> None:
        if self.needs_admin:
            raise AdminDeniedError(
                QT_TRANSLATE_NOOP("core.windows", "Adding to this computer's trusted roots needs"
                    " an elevated prompt: run the command from a terminal opened with \"Run as"
                    " administrator\"."))
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            result = self._run(add_argv(self.kind, temp_cert_file(Path(folder), anchor)))
        _check(result, f"Adding the CA to {self.location}")

    def remove(self, anchor: Anchor) -> None:
        _check(self._run(delete_argv(self.kind, anchor)), f"Removing the CA from {self.location}")


def _check(result: runner.Result, what: str) -> None:
    text = (result.stdout + result.stderr).lower()
    if not result.ok and any(marker in text for marker in _CANCELLED_MARKERS):
        raise AdminDeniedError(QT_TRANSLATE_NOOP("core.windows", "You declined Windows'"
            " confirmation, so nothing was changed."))
    if not result.ok and any(marker in text for marker in _DENIED_MARKERS):
        raise AdminDeniedError(
            QT_TRANSLATE_NOOP("core.windows", "Windows denied the change (it needs an elevated"
                " prompt); nothing was changed."))
    runner.require(result, what)
