"""Which stores exist on this computer, and which ones a ``--store`` choice means."""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from trustanchor.core.trust import java, linux, macos, nss, windows
from trustanchor.core.trust.model import Anchor, StoreKind, TrustState


class TrustStore(Protocol):
    """What every store module offers the service (see linux.py, nss.py, macos.py, ...)."""

    @property
    def kind(self) -> StoreKind: ...

    @property
    def label(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def meaning(self) -> str: ...

    @property
    def needs_admin(self) -> bool: ...

    def ours(self, anchor: Anchor) -> bool: ...

    def state(self, anchor: Anchor) -> tuple[TrustState, str]: ...

    def install(self, anchor: Anchor) -> None: ...

    def remove(self, anchor: Anchor) -> None: ...


class StoreChoice(enum.Enum):
    DEFAULT = "default"  # the stores that need no administrator
    USER = "user"
    SYSTEM = "system"
    NSS = "nss"
    JAVA = "java"
    ALL = "all"  # every store found, except Java's (only on request)


@dataclass(frozen=True)
class TrustEnvironment:
    """Where to look. Tests move the Linux system store under ``linux_root``, NSS under
    ``user_home`` and Java to a keystore file; nothing else changes with them."""

    platform: str = sys.platform
    user_home: Path = field(default_factory=Path.home)
    linux_root: Path | None = None
    java_keystore: Path | None = None
    elevator: str | None = None  # "pkexec" or "sudo"; None: whichever is installed


def _os_stores(env: TrustEnvironment) -> list[TrustStore]:
    if env.platform == "darwin":
        return [macos.KeychainStore(StoreKind.USER, env.user_home),
                macos.KeychainStore(StoreKind.SYSTEM, env.user_home)]
    if env.platform == "win32":
        return [windows.RootStore(StoreKind.USER), windows.RootStore(StoreKind.SYSTEM)]
    family = linux.detect_family(env.linux_root)
    if family is None:
        return []
    return [linux.LinuxSystemStore(family, env.linux_root, env.elevator)]


def discover(env: TrustEnvironment, *, for_install: bool = False) -> list[TrustStore]:
    """Every store found. ``for_install`` on Linux adds ~/.pki/nssdb even before Chromium made
    it (installing creates it); status and uninstall only report databases that exist."""
    found: list[TrustStore] = _os_stores(env)
    databases = nss.find_databases(env.user_home, env.platform)
    shared = env.user_home / ".pki/nssdb"
    if for_install and env.platform.startswith("linux") \
            and all(db.path != shared for db in databases):
        databases.insert(0, nss.NssDatabase(shared, "Chromium (~/.pki/nssdb)",
                                            nss.CHROMIUM_MEANING))
    found += [nss.NssStore(db) for db in databases]
    if env.java_keystore is not None or java.keytool_path() is not None:
        found.append(java.JavaStore(env.java_keystore))
    return found


def select(stores: list[TrustStore], choice: StoreChoice, platform: str) -> list[TrustStore]:
    """The stores ``--store`` names. On Linux there is no per-user OS store, so ``user`` and
    the default mean the NSS databases (Chromium and Firefox)."""
    linux_like = not platform.startswith(("darwin", "win32"))
    if choice is StoreChoice.ALL:
        return [s for s in stores if s.kind is not StoreKind.JAVA]
    if choice is StoreChoice.DEFAULT:
        wanted = {StoreKind.NSS} if linux_like else {StoreKind.USER}
    elif choice is StoreChoice.USER and linux_like:
        wanted = {StoreKind.NSS}
    else:
        wanted = {StoreKind(choice.value)}
    return [s for s in stores if s.kind in wanted]
