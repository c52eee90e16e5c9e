"""NSS databases: Chromium's ~/.pki/nssdb on Linux and each Firefox profile everywhere.

Firefox keeps its own certificate store in every profile (cert9.db, NSS "sql:" format);
Chromium on Linux reads the shared NSS database ~/.pki/nssdb (Chromium docs, "Linux Cert
Management"). Both are changed with NSS's certutil (``-A`` add with trust ``C,,`` = trusted CA
for TLS servers, ``-D`` delete, ``-L`` list, ``-V`` verify; NSS certutil documentation), which
needs no administrator.
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust import runner
from trustanchor.core.trust.errors import StoreReadOnlyError, TrustStoreError
from trustanchor.core.trust.model import Anchor, Proof, StoreKind, TrustState, temp_cert_file
from trustanchor.core.trust.pemtools import bundle_holds

CERTUTIL = "certutil"
VFYCHAIN = "vfychain"
CA_TRUST = "C,,"  # SSL: trusted CA to issue server certificates; S/MIME and code: nothing
DB_FILE = "cert9.db"
CHROMIUM_MEANING = "Chromium and Chrome on Linux (and other programs that use ~/.pki/nssdb)"
FIREFOX_MEANING = "Firefox, this profile only"
# `certutil -L` prints "<nickname padded to a column> <SSL>,<S/MIME>,<JAR/XPI>".
_LIST_LINE = re.compile(r"^(?P<nick>.*\S)\s+(?P<trust>[A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\s*$")


@dataclass(frozen=True)
class NssDatabase:
    path: Path
    label: str
    meaning: str

    @property
    def spec(self) -> str:
        return f"sql:{self.path}"


def firefox_profile_roots(home: Path, platform: str = sys.platform) -> list[Path]:
    """Where Firefox keeps its profiles (Mozilla support, "Profiles - Where Firefox stores
    your bookmarks, passwords and other user data"), plus the Snap and Flatpak homes."""
    if platform == "darwin":
        return [home / "Library/Application Support/Firefox/Profiles"]
    if platform == "win32":
        return [home / "AppData/Roaming/Mozilla/Firefox/Profiles"]
    return [home / ".mozilla/firefox", home / "snap/firefox/common/.mozilla/firefox",
            home / ".var/app/org.mozilla.firefox/.mozilla/firefox"]


def find_databases(home: Path, platform: str = sys.platform) -> list[NssDatabase]:
    """Every NSS database of this user: ~/.pki/nssdb (Linux) and each Firefox profile."""
    found = []
    if platform.startswith("linux"):
        shared = home / ".pki/nssdb"
        if (shared / DB_FILE).is_file():
            found.append(NssDatabase(shared, "Chromium (~/.pki/nssdb)", CHROMIUM_MEANING))
    for root in firefox_profile_roots(home, platform):
        try:
            profiles = sorted(p for p in root.iterdir() if (p / DB_FILE).is_file())
        except OSError:
            continue
        for profile in profiles:
            name = profile.name.split(".", 1)[-1]
            found.append(NssDatabase(profile, f"Firefox profile {name}", FIREFOX_MEANING))
    return found


def create_argv(db: Path) -> list[str]:
    return [CERTUTIL, "-N", "--empty-password", "-d", f"sql:{db}"]


def add_argv(db: NssDatabase, anchor: Anchor, cert_file: Path) -> list[str]:
    return [CERTUTIL, "-A", "-d", db.spec, "-t", CA_TRUST, "-n", anchor.nickname,
            "-i", str(cert_file)]


def delete_argv(db: NssDatabase, anchor: Anchor) -> list[str]:
    return [CERTUTIL, "-D", "-d", db.spec, "-n", anchor.nickname]


def list_argv(db: NssDatabase) -> list[str]:
    return [CERTUTIL, "-L", "-d", db.spec]


def export_argv(db: NssDatabase, anchor: Anchor) -> list[str]:
    return [CERTUTIL, "-L", "-d", db.spec, "-n", anchor.nickname, "-a"]


def verify_ca_argv(db: NssDatabase, anchor: Anchor) -> list[str]:
    """``-u L``: is the CA valid as an SSL CA in this database (its trust flags included)."""
    return [CERTUTIL, "-V", "-u", "L", "-n", anchor.nickname, "-d", db.spec]


def verify_leaf_argv(db: NssDatabase, leaf_pem: Path) -> list[str]:
    """vfychain ``-u 1`` (SSL server) verifies a leaf file against the database's trust."""
    return [VFYCHAIN, "-d", db.spec, "-u", "1", "-a", str(leaf_pem)]


def parse_list(output: str) -> dict[str, str]:
    """Nickname -> trust flags from ``certutil -L`` output."""
    entries = {}
    for line in output.splitlines():
        match = _LIST_LINE.match(line)
        if match and match.group("nick") != "Certificate Nickname":
            entries[match.group("nick")] = match.group("trust")
    return entries


def ensure_chromium_database(home: Path) -> NssDatabase:
    """~/.pki/nssdb, created empty (no password) when Chromium has not made it yet."""
    path = home / ".pki/nssdb"
    if not (path / DB_FILE).is_file():
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreReadOnlyError(QT_TRANSLATE_NOOP("core.nss", "Cannot create {path}"
                " ({reason}).").format(path=path, reason=exc.strerror or exc)) from exc
        runner.require(runner.run(runner.Command(tuple(create_argv(path)))),
                       f"Creating the NSS database {path}")
    return NssDatabase(path, "Chromium (~/.pki/nssdb)", CHROMIUM_MEANING)


class NssStore:
    kind = StoreKind.NSS
    needs_admin = False

    def __init__(self, db: NssDatabase) -> None:
        self.db = db
        self.label = db.label
        self.meaning = db.meaning
        self.location = str(db.path)

    def _run(self, argv: list[str]) -> runner.Result:
        return runner.run(runner.Command(tuple(argv)))

    def ours(self, anchor: Anchor) -> bool:
        """The nickname is there and holds exactly this certificate (checked by its bytes)."""
        result = self._run(export_argv(self.db, anchor))
        return result.ok and bundle_holds(result.stdout.encode("ascii", "replace"), anchor.der)

    def state(self, anchor: Anchor) -> tuple[TrustState, str]:
        try:
            result = self._run(list_argv(self.db))
        except TrustStoreError as exc:
            return TrustState.UNKNOWN, exc.message
        if not result.ok:
            return TrustState.UNKNOWN, QT_TRANSLATE_NOOP(
                "core.nss", "certutil cannot read {path}").format(path=self.db.path)
        trust = parse_list(result.stdout).get(anchor.nickname)
        if trust is None:
            return TrustState.NOT_PRESENT, ""
        if "C" not in trust.split(",")[0]:
            return TrustState.NOT_PRESENT, QT_TRANSLATE_NOOP(
                "core.nss", "present as {nickname!r} but not trusted for websites ({trust})"
            ).format(nickname=anchor.nickname, trust=trust)
        return TrustState.TRUSTED, QT_TRANSLATE_NOOP(
            "core.nss", "added by TrustAnchor as {nickname!r}").format(nickname=anchor.nickname)

    def install(self, anchor: Anchor) -> None:
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            cert_file = temp_cert_file(Path(folder), anchor)
            result = self._run(add_argv(self.db, anchor, cert_file))
        _require_writable(result, self.db, "Adding the CA to")

    def remove(self, anchor: Anchor) -> None:
        if not self.ours(anchor):
            return  # never delete a nickname that holds another certificate
        _require_writable(self._run(delete_argv(self.db, anchor)), self.db, "Removing the CA from")

    def prove(self, anchor: Anchor, leaf_pem: bytes) -> Proof:
        """NSS's own verifier judges a leaf from the CA against this database."""
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            leaf = Path(folder) / "leaf.pem"
            leaf.write_bytes(leaf_pem)
            try:
                result = self._run(verify_leaf_argv(self.db, leaf))
                method = QT_TRANSLATE_NOOP(
                    "core.nss", "vfychain (NSS) verified a server certificate from the CA")
            except TrustStoreError:
                result = self._run(verify_ca_argv(self.db, anchor))
                method = QT_TRANSLATE_NOOP(
                    "core.nss", "certutil -V (NSS) verified the CA for TLS servers")
        return Proof(result.ok, method, _verdict(result.stdout + "\n" + result.stderr))


def _verdict(output: str) -> str:
    """The line of vfychain/certutil output that says why ("ERROR -8179: ... not recognized.")."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for marker in ("ERROR", "certutil: ", "Chain is", "certificate is valid"):
        for line in lines:
            if marker in line:
                return line
    return lines[-1] if lines else ""


def _require_writable(result: runner.Result, db: NssDatabase, what: str) -> None:
    if result.ok:
        return
    text = result.stderr + result.stdout
    if "READ_ONLY" in text or "read-only" in text.lower():
        raise StoreReadOnlyError(QT_TRANSLATE_NOOP("core.nss", "{path} is read-only; it was left"
            " as it was.").format(path=db.path), text)
    runner.require(result, f"{what} {db.path}")
