"""Trusting the CA on this computer, for both front ends: `trustanchor trust` and the wizard's
"Also trust it on this computer" dialog.

Plain synchronous functions over core/trust/service.py. The command line prints what they
return; the GUI runs each one in a worker and renders the ``TrustReport``. Nothing here
changes a store unless ``install`` or ``uninstall`` is called.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome
    from trustanchor.core.trust.model import Anchor, TrustStatus
    from trustanchor.core.trust.service import Change


@dataclass(frozen=True)
class StoreOverrides:
    """Where the stores are, when not the real ones: tests move the Linux system store under
    ``system_root``, NSS under ``user_home`` and Java's cacerts to ``java_keystore``."""

    system_root: Path | None = None
    java_keystore: Path | None = None
    user_home: Path | None = None
    platform: str | None = None


def environment(overrides: StoreOverrides | None = None) -> TrustEnvironment:
    """The stores of this computer, moved by ``overrides`` (None: the real ones)."""
    given = overrides or StoreOverrides()
    env = TrustEnvironment(linux_root=given.system_root, java_keystore=given.java_keystore)
    if given.user_home is not None:
        env = dataclasses.replace(env, user_home=given.user_home)
    if given.platform is not None:
        env = dataclasses.replace(env, platform=given.platform)
    return env


@dataclass(frozen=True)
class TrustReport:
    """A status to show, and whether its proof ran (it needs the CA key)."""

    status: TrustStatus
    anchors: tuple[Anchor, ...]
    proved: bool


@dataclass(frozen=True)
class TrustChange:
    """What install or uninstall did, and the status read right after it."""

    changes: tuple[Change, ...]
    report: TrustReport


def anchors(home: CAHome) -> list[Anchor]:
    """The current CA first, then each archived one (uninstall removes them too)."""
    from trustanchor.core.trust import service

    return service.anchors_of(home)


def install(home: CAHome, env: TrustEnvironment, choice: StoreChoice) -> list[Change]:
    """Add the current CA to the stores ``choice`` names (see core/trust/service.py)."""
    from trustanchor.core.trust import service

    return service.install(anchors(home)[0], env, choice)


def uninstall(home: CAHome, env: TrustEnvironment, choice: StoreChoice) -> list[Change]:
    """Remove the current and archived CAs TrustAnchor added to the stores ``choice`` names."""
    from trustanchor.core.trust import service

    return service.uninstall(anchors(home), env, choice)


def status(home: CAHome, env: TrustEnvironment, ca: CertificateAuthority | None,
           choice: StoreChoice = StoreChoice.DEFAULT) -> TrustReport:
    """Every store found (``choice`` narrows it; the default lists all), proved when ``ca``
    (with its key) is given. Only reads."""
    from trustanchor.core.trust import service

    found = anchors(home)
    only = None if choice is StoreChoice.DEFAULT else choice
    result = service.status(found, env, ca, only=only)
    return TrustReport(result, tuple(found), proved=ca is not None)


def change(home: CAHome, env: TrustEnvironment, choice: StoreChoice, *, remove: bool,
           ca: CertificateAuthority | None) -> TrustChange:
    """Install (or, with ``remove``, uninstall) then read every store again with the proof:
    what the wizard's Install and Remove buttons run, in one worker."""
    done = uninstall(home, env, choice) if remove else install(home, env, choice)
    return TrustChange(tuple(done), status(home, env, ca))
