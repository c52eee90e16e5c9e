"""`trustanchor trust install|uninstall|status [--store ...]`: trust the CA on this computer.

install and uninstall change only the stores named (default: those that need no administrator);
status changes nothing and proves what it reports with a real TLS handshake on 127.0.0.1.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from trustanchor.core.errors import PassphraseError

if TYPE_CHECKING:  # the trust stack is imported when `trust` runs, not for other commands
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome
    from trustanchor.core.trust.model import Anchor, Proof, StoreStatus, TrustStatus
    from trustanchor.core.trust.stores import TrustEnvironment

_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)
COMMAND = "trust"
# The values of core.trust.stores.StoreChoice but "default" (tests/core/test_trust_cli.py).
STORE_CHOICES = ("user", "system", "nss", "java", "all")

STORE_HELP = (
    "which stores: user (macOS login keychain, Windows user Root; on Linux the NSS databases), "
    "system (needs an administrator), nss (Chromium's ~/.pki/nssdb and each Firefox profile), "
    "java (the JDK's cacerts), all (every store found except Java's). Default: the stores that "
    "need no administrator"
)


def add_parser(subparsers: argparse._SubParsersAction[_Parser]) -> None:
    """Add `trust` to the command line's subcommands."""
    parser = subparsers.add_parser(
        COMMAND, help="trust the CA on this computer (install, uninstall, status)",
        description="Add the CA to this computer's trust stores, remove it again, or show "
        "and prove where it is trusted. Nothing changes unless you run install or uninstall.",
    )
    parser.add_argument("action", choices=("install", "uninstall", "status"), metavar="ACTION",
                        help="install, uninstall or status")
    parser.add_argument("--store", default="default", choices=STORE_CHOICES,
                        help=STORE_HELP)
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="status: the CA key's passphrase, to sign the test certificate "
                        "for the proof (default: $TRUSTANCHOR_PASSPHRASE, then a prompt)")
    # Test hooks: move the Linux system store under a folder and Java's cacerts to a file.
    parser.add_argument("--system-root", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--java-keystore", metavar="FILE", help=argparse.SUPPRESS)


def _environment(args: argparse.Namespace) -> TrustEnvironment:
    from trustanchor.core.flow.trust_ops import StoreOverrides, environment

    return environment(StoreOverrides(
        system_root=Path(args.system_root) if args.system_root else None,
        java_keystore=Path(args.java_keystore) if args.java_keystore else None,
    ))


def run(args: argparse.Namespace) -> int:
    from trustanchor.core.flow import trust_ops
    from trustanchor.core.store.home import CAHome, default_home
    from trustanchor.core.trust.stores import StoreChoice

    home = CAHome(default_home(args.home))
    env = _environment(args)
    choice = StoreChoice(args.store)
    if args.action == "install":
        anchor = trust_ops.anchors(home)[0]
        print(f"Adding the CA {anchor.name!r} (SHA-256 {anchor.fingerprint})")
        for change in trust_ops.install(home, env, choice):
            print(f"  added to {change.store}: {change.location}")
        return 0
    if args.action == "uninstall":
        for change in trust_ops.uninstall(home, env, choice):
            print(f"Removed SHA-256 {change.fingerprint} from {change.store}: {change.location}")
        return 0
    ca = _unlocked(home, args.passphrase_file)
    report = trust_ops.status(home, env, ca, choice)
    print(render_status(report.status, list(report.anchors), proved=report.proved))
    return 0


def _unlocked(home: CAHome, passphrase_file: str | None) -> CertificateAuthority | None:
    from trustanchor.core.cli.passphrases import unlock_ca

    try:
        return unlock_ca(home, passphrase_file)
    except PassphraseError:
        return None  # status still lists the stores; it says the proof did not run


def render_status(result: TrustStatus, anchors: list[Anchor], *, proved: bool) -> str:
    lines = [f"CA {result.ca_name!r}, SHA-256 {result.fingerprint}"]
    if len(anchors) > 1:
        lines.append(f"  ({len(anchors) - 1} archived CA(s) are also looked for)")
    if not result.stores:
        lines.append("No trust store was found on this computer.")
    for store in result.stores:
        lines.extend(_store_lines(store))
    if not proved:
        lines.append("Proof: not run (the CA key is locked; give --passphrase-file or set "
                     "$TRUSTANCHOR_PASSPHRASE to sign the test certificate).")
    elif result.os_proof is not None:
        lines.append(f"Proof for the system and user stores: {_proof_text(result.os_proof)}")
    return "\n".join(lines)


def _store_lines(store: StoreStatus) -> list[str]:
    admin = ", needs an administrator to change" if store.needs_admin else ""
    lines = [f"{store.label} [{store.kind.value}{admin}]: {store.state.value}",
             f"    {store.location}", f"    used by {store.meaning}"]
    if store.detail:
        lines.append(f"    {store.detail}")
    if store.archived_present:
        lines.append(f"    also holds archived CA(s) {', '.join(store.archived_present)}")
    if store.proof is not None and store.kind.value == "nss":
        lines.append(f"    proof: {_proof_text(store.proof)}")
    return lines


def _proof_text(proof: Proof) -> str:
    verdict = "passed" if proof.passed else "FAILED"
    detail = f" ({proof.detail})" if proof.detail else ""
    return f"{verdict}: {proof.method}{detail}"
