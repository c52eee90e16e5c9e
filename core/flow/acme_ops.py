"""Automatic renewal through Caddy's ACME server, for both front ends: `trustanchor acme` and
the wizard's "Renew automatically" dialog.

``prepare`` checks everything that needs no key (the root may delegate, the lifetimes, the
names, which Caddy), so a refusal comes before any passphrase is asked for; ``setup`` then
issues the intermediate with the unlocked CA and writes Caddy's folder; ``status`` reads it
back. The command line prints what they return; the GUI runs each one in a worker.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.acme.caddy import AcmeSite
    from trustanchor.core.acme.status import AcmeStatus
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.pki.intermediate import Intermediate
    from trustanchor.core.store.home import CAHome


@dataclass(frozen=True)
class AcmeRequest:
    """What the person chose; None means the default (see core/acme/caddy.py)."""

    out: Path
    names: tuple[str, ...] = ()  # empty: this machine's host name
    port: int | None = None
    bind: str | None = None
    lifetime: int | None = None  # the intermediate's days
    leaf_days: int | None = None
    caddy_version: str | None = None  # "X.Y.Z"; None: the installed caddy's, else a current one
    force: bool = False


@dataclass(frozen=True)
class AcmeSetup:
    """What setup made: the intermediate, the files written (key first), where it answers."""

    intermediate: Intermediate
    written: tuple[Path, ...]
    site: AcmeSite

    @property
    def clients_file(self) -> Path:
        from trustanchor.core.acme.bundle import CLIENTS_FILE

        return self.site.out.resolve() / CLIENTS_FILE

    @property
    def run_script(self) -> Path:
        from trustanchor.core.acme.caddy import RUN_SCRIPT

        return self.site.out.resolve() / RUN_SCRIPT


def can_delegate(home: CAHome) -> bool:
    """Whether the CA in ``home`` may sign an intermediate (pathLen 0 may not)."""
    from trustanchor.core.pki.intermediate import can_delegate as allows

    return allows(home.load_certificate())


def ensure_can_delegate(home: CAHome) -> None:
    """CertificateRuleError with the core's one sentence when the root has pathLen 0."""
    from trustanchor.core.pki.intermediate import ensure_can_delegate as ensure

    ensure(home.load_certificate())


def default_names(names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``names`` in their normal form, or this machine's host name when none are given."""
    from trustanchor.core.pki.names import parse_names

    chosen = list(names) or [socket.gethostname().lower()]
    return tuple(n.text for n in parse_names(chosen))


def prepare(home: CAHome, request: AcmeRequest) -> AcmeSite:
    """The site to set up, checked without the CA key: TrustAnchorError in one sentence."""
    from trustanchor.core.acme.caddy import (
        DEFAULT_ACME_PORT,
        MAX_LEAF_DAYS,
        AcmeSite,
        installed_caddy_version,
        parse_version,
    )

    ensure_can_delegate(home)
    if request.leaf_days is not None and not 1 <= request.leaf_days <= MAX_LEAF_DAYS:
        raise TrustAnchorError(QT_TRANSLATE_NOOP("core.acme_ops", "--leaf-days must be between 1"
            " and {limit}").format(limit=MAX_LEAF_DAYS))
    if request.caddy_version:
        version = parse_version(request.caddy_version)
        if version is None:
            raise TrustAnchorError(
                QT_TRANSLATE_NOOP("core.acme_ops", "{version!r} is not a Caddy version like"
                    " 2.8.4").format(version=request.caddy_version))
    else:
        version = installed_caddy_version()
    return AcmeSite(out=request.out, names=default_names(request.names),
                    port=request.port or DEFAULT_ACME_PORT, bind=request.bind,
                    leaf_days=request.leaf_days, caddy_version=version)


def setup(ca: CertificateAuthority, site: AcmeSite, *, lifetime: int | None = None,
          force: bool = False) -> AcmeSetup:
    """Issue the intermediate under ``ca`` and write Caddy's folder. OutputFileError when the
    folder holds a setup already and not ``force`` (its intermediate key would be lost)."""
    from trustanchor.core.acme.bundle import write_bundle
    from trustanchor.core.pki.intermediate import (
        INTERMEDIATE_DAYS,
        ensure_names_allowed,
        issue_intermediate,
    )

    ensure_names_allowed(ca.certificate, site.names)
    intermediate = issue_intermediate(ca, days=lifetime or INTERMEDIATE_DAYS)
    written = write_bundle(site, ca.certificate, intermediate, ca.name, force=force)
    return AcmeSetup(intermediate, tuple(written), site)


def setup_with(home: CAHome, ca: CertificateAuthority | None, passphrase: bytes | None,
               request: AcmeRequest) -> AcmeSetup:
    """``prepare`` then ``setup``, unlocking the CA from ``home`` with ``passphrase`` when no
    unlocked ``ca`` is at hand (the wizard's "Set up" and "Renew intermediate")."""
    from trustanchor.core.flow.operations import load_ca

    site = prepare(home, request)
    if ca is None:
        ca = load_ca(home, passphrase)
    return setup(ca, site, lifetime=request.lifetime, force=request.force)


def status(out: Path) -> AcmeStatus:
    """Is the ACME server up, what did it issue in 30 days, when does the intermediate end."""
    from trustanchor.core.acme.status import read_status

    return read_status(out)


def saved_request(out: Path) -> AcmeRequest:
    """The names and port an earlier setup in ``out`` used (acme.json), for renewing it."""
    from trustanchor.core.acme.bundle import read_settings

    settings = read_settings(out)
    names = settings.get("names")
    port = settings.get("port")
    bind = settings.get("bind")
    return AcmeRequest(
        out=out,
        names=tuple(str(n) for n in names) if isinstance(names, list) else (),
        port=port if isinstance(port, int) else None,
        bind=bind if isinstance(bind, str) else None,
    )
