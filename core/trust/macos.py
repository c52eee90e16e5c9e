"""macOS keychains: the login keychain (this user, no administrator) and the System keychain.

``security add-trusted-cert -r trustRoot -k <keychain> <file>`` adds the certificate and marks
it trusted; ``-d`` writes the admin trust domain that the System keychain needs (security(1),
add-trusted-cert). ``security find-certificate -a -Z`` prints "SHA-256 hash:" and
"SHA-1 hash:" before each certificate, and ``security delete-certificate -Z <SHA-1> -t`` removes
one certificate by hash together with its trust settings (security(1), delete-certificate).
Apple: "Change the trust settings of a certificate in Keychain Access on Mac".
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
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

SECURITY = "/usr/bin/security"
SYSTEM_KEYCHAIN = "/Library/Keychains/System.keychain"
LOGIN_MEANING = "Safari, Chrome, Edge, curl and other Mac apps, for you only"
SYSTEM_MEANING = "Safari, Chrome, Edge, curl and other Mac apps, for every user of this Mac"
# errSecAuthFailed / "The authorization was denied since no user interaction was possible."
_DENIED_MARKERS = ("authorization was denied", "user canceled", "authorization failed")
_HASH_LINE = re.compile(r"^SHA-(?P<alg>1|256) hash:\s*(?P<hex>[0-9A-Fa-f]+)\s*$")


def login_keychain(home: Path) -> Path:
    return home / "Library/Keychains/login.keychain-db"


@dataclass(frozen=True)
class KeychainEntry:
    sha256: str | None
    sha1: str | None
    keychain: str | None


def add_argv(keychain: str, cert_file: Path, *, admin: bool) -> list[str]:
    argv = [SECURITY, "add-trusted-cert"]
    if admin:
        argv.append("-d")
    return [*argv, "-r", "trustRoot", "-k", keychain, str(cert_file)]


def find_argv(keychain: str) -> list[str]:
    return [SECURITY, "find-certificate", "-a", "-Z", keychain]


def delete_argv(keychain: str, anchor: Anchor) -> list[str]:
    return [SECURITY, "delete-certificate", "-Z", anchor.sha1.upper(), "-t", keychain]


def verify_argv(cert_file: Path) -> list[str]:
    """Evaluates the CA against the trust settings of every domain (``-p ssl``)."""
    return [SECURITY, "verify-cert", "-c", str(cert_file), "-p", "ssl", "-L"]


def parse_find(output: str) -> list[KeychainEntry]:
    """Entries of ``security find-certificate -a -Z``; one starts at each "SHA-256 hash:"
    (newer macOS) or "SHA-1 hash:" line not directly preceded by its SHA-256 line."""
    entries: list[dict[str, str]] = []
    for raw in output.splitlines():
        line = raw.strip()
        match = _HASH_LINE.match(line)
        if match:
            key = "sha" + match.group("alg")
            if not entries or key in entries[-1] or (key == "sha256" and "sha1" in entries[-1]):
                entries.append({})
            entries[-1][key] = match.group("hex").lower()
        elif line.startswith("keychain:") and entries:
            entries[-1]["keychain"] = line.split(":", 1)[1].strip().strip('"')
    return [KeychainEntry(e.get("sha256"), e.get("sha1"), e.get("keychain")) for e in entries]


def holds(entries: list[KeychainEntry], anchor: Anchor) -> bool:
    return any(e.sha256 == anchor.sha256 or e.sha1 == anchor.sha1 for e in entries)


class KeychainStore:
    """The login keychain (USER) or the System keychain (SYSTEM, through sudo)."""

    def __init__(self, kind: StoreKind, home: Path) -> None:
        self.kind = kind
        admin = kind is StoreKind.SYSTEM
        self.keychain = SYSTEM_KEYCHAIN if admin else str(login_keychain(home))
        self.label = "System keychain" if admin else "Login keychain"
        self.meaning = SYSTEM_MEANING if admin else LOGIN_MEANING
        self.location = self.keychain
        self.needs_admin = admin and not runner.is_admin()

    def _run(self, argv: list[str]) -> runner.Result:
        if self.needs_admin:
            return runner.run(runner.elevated(argv, "sudo"))
        # Even the login keychain's trust settings ask for the user's password in a dialog
        # (macOS 11 and later): give the person time to answer it.
        return runner.run(runner.Command(tuple(argv), runner.ADMIN_TIMEOUT_S))

    def _entries(self) -> list[KeychainEntry]:
        result = runner.run(runner.Command(tuple(find_argv(self.keychain))))
        return parse_find(runner.require(result, "Reading the keychain").stdout)

    def ours(self, anchor: Anchor) -> bool:
        return holds(self._entries(), anchor)

    def state(self, anchor: Anchor) -> tuple[TrustState, str]:
        return state_by_lookup(self.ours, anchor, QT_TRANSLATE_NOOP(
            "core.macos", "in the keychain (the handshake below shows the trust)"))

    def install(self, anchor: Anchor) -> None:
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            cert = temp_cert_file(Path(folder), anchor)
            result = self._run(add_argv(self.keychain, cert, admin=self.kind is StoreKind.SYSTEM))
        _check(result, f"Adding the CA to the {self.label.lower()}")

    def remove(self, anchor: Anchor) -> None:
        _check(self._run(delete_argv(self.keychain, anchor)),
               f"Removing the CA from the {self.label.lower()}")


def _check(result: runner.Result, what: str) -> None:
    if not result.ok and any(m in result.stderr.lower() for m in _DENIED_MARKERS):
        raise AdminDeniedError(
            QT_TRANSLATE_NOOP("core.macos", "macOS did not allow the change to the certificate"
                " trust settings (the password prompt was cancelled or could not be shown);"
                " nothing was changed."), result.stderr)
    runner.require(result, what)
