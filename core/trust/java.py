"""The Java runtime's cacerts, only when asked for (``--store java``).

keytool's ``-cacerts`` option (JDK 9+) names the runtime's own cacerts keystore, whose
well-known password is "changeit" (Oracle, "keytool" reference: -importcert, -delete, -list,
and "The cacerts Certificates File"). Its file usually belongs to root.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust import runner
from trustanchor.core.trust.errors import StoreReadOnlyError
from trustanchor.core.trust.model import (
    Anchor,
    StoreKind,
    TrustState,
    state_by_lookup,
    temp_cert_file,
)

KEYTOOL = "keytool"
STORE_PASSWORD = "changeit"  # noqa: S105 - the JDK's documented default, not a secret
MEANING = "Java programs (the JDK's cacerts), for every user of this Java"
_SHA256_LINE = re.compile(r"SHA-?256:\s*(?P<hex>[0-9A-Fa-f:]{95})")


def keytool_path() -> str | None:
    java_home = os.environ.get("JAVA_HOME", "").strip()
    if java_home:
        candidate = Path(java_home) / "bin" / KEYTOOL
        if candidate.is_file():
            return str(candidate)
    return shutil.which(KEYTOOL)


def _store_args(keystore: Path | None) -> list[str]:
    if keystore is None:
        return ["-cacerts", "-storepass", STORE_PASSWORD]
    return ["-keystore", str(keystore), "-storepass", STORE_PASSWORD]


def import_argv(anchor: Anchor, cert_file: Path, keystore: Path | None = None,
                keytool: str = KEYTOOL) -> list[str]:
    return [keytool, "-importcert", "-noprompt", "-trustcacerts", *_store_args(keystore),
            "-alias", anchor.alias, "-file", str(cert_file)]


def delete_argv(anchor: Anchor, keystore: Path | None = None, keytool: str = KEYTOOL) -> list[str]:
    return [keytool, "-delete", *_store_args(keystore), "-alias", anchor.alias]


def list_argv(anchor: Anchor, keystore: Path | None = None, keytool: str = KEYTOOL) -> list[str]:
    return [keytool, "-list", "-v", *_store_args(keystore), "-alias", anchor.alias]


def parse_sha256(output: str) -> str | None:
    """The "SHA256:" certificate fingerprint of ``keytool -list -v`` as lower-case hex."""
    match = _SHA256_LINE.search(output)
    return match.group("hex").replace(":", "").lower() if match else None


class JavaStore:
    kind = StoreKind.JAVA
    label = "Java (cacerts)"
    meaning = MEANING

    def __init__(self, keystore: Path | None = None, keytool: str | None = None) -> None:
        self.keystore = keystore
        self.keytool = keytool or keytool_path() or KEYTOOL
        self.location = str(keystore) if keystore else "the JDK's cacerts"
        self.needs_admin = False  # keytool itself cannot elevate: a root-owned file is read-only

    def _run(self, argv: list[str]) -> runner.Result:
        return runner.run(runner.Command(tuple(argv)))

    def ours(self, anchor: Anchor) -> bool:
        result = self._run(list_argv(anchor, self.keystore, self.keytool))
        return result.ok and parse_sha256(result.stdout) == anchor.sha256

    def state(self, anchor: Anchor) -> tuple[TrustState, str]:
        return state_by_lookup(self.ours, anchor, QT_TRANSLATE_NOOP(
            "core.java", "added by TrustAnchor as alias {alias}").format(alias=anchor.alias))

    def install(self, anchor: Anchor) -> None:
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            cert = temp_cert_file(Path(folder), anchor)
            result = self._run(import_argv(anchor, cert, self.keystore, self.keytool))
        _check(result, "Adding the CA to Java's cacerts")

    def remove(self, anchor: Anchor) -> None:
        if self.ours(anchor):
            _check(self._run(delete_argv(anchor, self.keystore, self.keytool)),
                   "Removing the CA from Java's cacerts")


def _check(result: runner.Result, what: str) -> None:
    text = result.stdout + result.stderr
    if not result.ok and ("Permission denied" in text or "AccessDenied" in text):
        raise StoreReadOnlyError(
            QT_TRANSLATE_NOOP("core.java", "Java's cacerts cannot be written by you (it belongs to"
                " root); run the command as root to change it."), text)
    runner.require(result, what)
