"""The Linux system store: the distribution's CA bundle that OpenSSL, GnuTLS, curl, Python
and most programs read (Chromium and Firefox read NSS instead: see nss.py).

Debian/Ubuntu: a ``.crt`` in /usr/local/share/ca-certificates, then update-ca-certificates
(update-ca-certificates(8)). Fedora/RHEL: /etc/pki/ca-trust/source/anchors, then
``update-ca-trust extract`` (update-ca-trust(8)). Arch: /etc/ca-certificates/trust-source/anchors,
then ``trust extract-compat`` (ArchWiki, "Transport Layer Security", Add a certificate to a trust
store). A file is used on all three, rather than p11-kit's ``trust anchor --store``, so the file
name carries the fingerprint and uninstall can remove exactly what TrustAnchor added.

``root`` moves every path under another folder (tests point it at a temporary tree).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from trustanchor.core.store.files import atomic_write
from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust import runner
from trustanchor.core.trust.errors import AdminDeniedError, StoreReadOnlyError, TrustStoreError
from trustanchor.core.trust.model import Anchor, StoreKind, TrustState, temp_cert_file
from trustanchor.core.trust.pemtools import bundle_holds

MEANING = ("OpenSSL, curl, wget, Python, Go, GnuTLS and most command-line and server programs "
           "on this computer, for every user")

# Run as root through one pkexec/sudo prompt: copy the file in, then refresh the bundle. The
# script is constant; the paths arrive as positional arguments, never inside the script text.
_INSTALL_SCRIPT = 'set -e; mkdir -p -- "${2%/*}"; install -m 0644 -- "$1" "$2"; shift 2; "$@"'
_REMOVE_SCRIPT = 'set -e; rm -f -- "$1"; shift; "$@"'


@dataclass(frozen=True)
class LinuxFamily:
    name: str
    tool: str
    anchors_dir: str  # absolute, before any root override
    bundle: str


DEBIAN = LinuxFamily("Debian/Ubuntu", "update-ca-certificates",
                     "/usr/local/share/ca-certificates", "/etc/ssl/certs/ca-certificates.crt")
FEDORA = LinuxFamily("Fedora/RHEL", "update-ca-trust", "/etc/pki/ca-trust/source/anchors",
                     "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem")
ARCH = LinuxFamily("Arch", "trust", "/etc/ca-certificates/trust-source/anchors",
                   "/etc/ssl/certs/ca-certificates.crt")

# update-ca-certificates' own defaults (the script's first lines), each with its option.
_DEBIAN_DIRS = (
    ("--certsconf", "etc/ca-certificates.conf"),
    ("--certsdir", "usr/share/ca-certificates"),
    ("--localcertsdir", "usr/local/share/ca-certificates"),
    ("--etccertsdir", "etc/ssl/certs"),
    ("--hooksdir", "etc/ca-certificates/update.d"),
)


def detect_family(root: Path | None = None) -> LinuxFamily | None:
    """The family whose tool is installed (and whose folders exist, for the two p11-kit ones)."""
    base = root or Path("/")
    if shutil.which(DEBIAN.tool):
        return DEBIAN
    if shutil.which(FEDORA.tool) and (base / "etc/pki/ca-trust").is_dir():
        return FEDORA
    if shutil.which(ARCH.tool) and (base / "etc/ca-certificates/trust-source").is_dir():
        return ARCH
    return None


def refresh_argv(family: LinuxFamily, root: Path | None = None) -> list[str]:
    """The command that rebuilds the bundle from the anchor files."""
    if family is DEBIAN:
        argv = [DEBIAN.tool]
        if root is not None:
            for option, relative in _DEBIAN_DIRS:
                argv += [option, str(root / relative)]
        return argv
    if family is FEDORA:
        return [FEDORA.tool, "extract"]
    return [ARCH.tool, "extract-compat"]


def install_script_argv(source: Path, target: Path, refresh: list[str]) -> list[str]:
    return ["sh", "-c", _INSTALL_SCRIPT, "trustanchor", str(source), str(target), *refresh]


def remove_script_argv(target: Path, refresh: list[str]) -> list[str]:
    return ["sh", "-c", _REMOVE_SCRIPT, "trustanchor", str(target), *refresh]


class LinuxSystemStore:
    """The system bundle of one Linux family, optionally under a test ``root``."""

    kind = StoreKind.SYSTEM
    meaning = MEANING

    def __init__(self, family: LinuxFamily, root: Path | None = None,
                 elevator: str | None = None) -> None:
        self.family = family
        self.root = root
        self.elevator = elevator
        self.label = f"System certificates ({family.name})"

    def _path(self, absolute: str) -> Path:
        return self.root / absolute.lstrip("/") if self.root is not None else Path(absolute)

    @property
    def anchors_dir(self) -> Path:
        return self._path(self.family.anchors_dir)

    @property
    def bundle(self) -> Path:
        return self._path(self.family.bundle)

    @property
    def location(self) -> str:
        return str(self.anchors_dir)

    @property
    def needs_admin(self) -> bool:
        return self.root is None and not runner.is_admin()

    def anchor_file(self, anchor: Anchor) -> Path:
        return self.anchors_dir / anchor.file_name

    def ours(self, anchor: Anchor) -> bool:
        try:
            return bundle_holds(self.anchor_file(anchor).read_bytes(), anchor.der)
        except OSError:
            return False

    def state(self, anchor: Anchor) -> tuple[TrustState, str]:
        try:
            data = self.bundle.read_bytes()
        except OSError as exc:
            return TrustState.UNKNOWN, QT_TRANSLATE_NOOP(
                "core.linux", "cannot read {path} ({reason})").format(
                path=self.bundle, reason=exc.strerror or exc)
        if bundle_holds(data, anchor.der):
            how = QT_TRANSLATE_NOOP("core.linux", "added by TrustAnchor as {path}").format(
                path=self.anchor_file(anchor)) if self.ours(anchor) else QT_TRANSLATE_NOOP(
                "core.linux", "added by someone else (TrustAnchor will not remove it)")
            return TrustState.TRUSTED, how
        if self.ours(anchor):
            return TrustState.NOT_PRESENT, QT_TRANSLATE_NOOP(
                "core.linux", "{path} is there, but the bundle was not rebuilt: run {tool}"
            ).format(path=self.anchor_file(anchor), tool=self.family.tool)
        return TrustState.NOT_PRESENT, ""

    def install(self, anchor: Anchor) -> None:
        if self.needs_admin:
            self._elevated_change(anchor, install=True)
            return
        target = self.anchor_file(anchor)
        try:
            self.anchors_dir.mkdir(parents=True, exist_ok=True)
            atomic_write(target, anchor.pem)
            os.chmod(target, 0o644)  # the bundle tools and every user read it
        except OSError as exc:
            raise StoreReadOnlyError(
                QT_TRANSLATE_NOOP("core.linux", "Cannot write {target} ({reason}); the system"
                    " store was left as it was.").format(target=target, reason=exc.strerror or exc)
            ) from exc
        try:
            self._refresh()
        except TrustStoreError:
            target.unlink(missing_ok=True)
            self._refresh_quietly()
            raise

    def remove(self, anchor: Anchor) -> None:
        if self.needs_admin:
            self._elevated_change(anchor, install=False)
            return
        target = self.anchor_file(anchor)
        try:
            saved = target.read_bytes()
            target.unlink()
        except OSError as exc:
            raise StoreReadOnlyError(
                QT_TRANSLATE_NOOP("core.linux", "Cannot remove {target} ({reason}); the system"
                    " store was left as it was.").format(target=target, reason=exc.strerror or exc)
            ) from exc
        try:
            self._refresh()
        except TrustStoreError:
            atomic_write(target, saved)  # put it back: the bundle still lists it
            raise

    def _refresh(self) -> None:
        argv = refresh_argv(self.family, self.root)
        runner.require(runner.run(runner.Command(tuple(argv))), f"{self.family.tool}")

    def _refresh_quietly(self) -> None:
        with contextlib.suppress(TrustStoreError):  # the original failure is the one to report
            self._refresh()

    def _elevated_change(self, anchor: Anchor, *, install: bool) -> None:
        """Copy (or delete) and rebuild as root, behind a single pkexec or sudo prompt."""
        elevator = self.elevator or runner.pick_elevator()
        if elevator is None:
            raise AdminDeniedError(
                QT_TRANSLATE_NOOP("core.linux", "Changing the system store needs an administrator,"
                    " and neither pkexec nor sudo is installed; run this command as root instead.")
            )
        refresh = refresh_argv(self.family, self.root)
        target = self.anchor_file(anchor)
        with tempfile.TemporaryDirectory(prefix="trustanchor-") as folder:
            if install:
                argv = install_script_argv(temp_cert_file(Path(folder), anchor), target, refresh)
            else:
                argv = remove_script_argv(target, refresh)
            result = runner.run(runner.elevated(argv, elevator))
        runner.require(result, f"Changing the system store through {elevator}")
