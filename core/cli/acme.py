"""`trustanchor acme setup|status`: hand Caddy an intermediate so every server renews by ACME.

TrustAnchor does not run an ACME server of its own: Caddy's `acme_server` signs with an
intermediate under the user's root, so phones that trust the root trust every renewal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeVar

from trustanchor.core.acme.caddy import DEFAULT_ACME_PORT, MAX_LEAF_DAYS

COMMAND = "acme"
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (1-65535)")
    return value


def add_parser(subparsers: argparse._SubParsersAction[_Parser]) -> None:
    """Add `acme setup` and `acme status` to the command line's subcommands."""
    from trustanchor.core.pki.intermediate import INTERMEDIATE_DAYS

    acme = subparsers.add_parser(COMMAND, help="automatic renewal through Caddy's ACME server")
    actions = acme.add_subparsers(dest="acme_command", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="issue an intermediate and write Caddy's ACME "
                               "server configuration and the clients' settings")
    setup.add_argument("--out", required=True, metavar="DIR", help="folder for Caddy's files")
    setup.add_argument("--names", nargs="+", metavar="NAME",
                       help="names and addresses clients reach the ACME server by "
                       "(default: this machine's host name)")
    setup.add_argument("--lifetime", type=int, default=INTERMEDIATE_DAYS, metavar="DAYS",
                       help=f"the intermediate's lifetime (default {INTERMEDIATE_DAYS}; never "
                       "past the root's)")
    setup.add_argument("--port", type=_port, default=DEFAULT_ACME_PORT, metavar="N",
                       help=f"HTTPS port of the ACME server (default {DEFAULT_ACME_PORT})")
    setup.add_argument("--bind", metavar="IP", help="serve on this address only")
    setup.add_argument("--leaf-days", type=int, metavar="DAYS",
                       help=f"lifetime of the certificates it issues (1-{MAX_LEAF_DAYS}; "
                       "default: Caddy's 12 hours; needs Caddy 2.6.3+)")
    setup.add_argument("--caddy-version", metavar="X.Y.Z", help="the Caddy that will run it "
                       "(default: the `caddy` on this machine, else a current one)")
    setup.add_argument("--force", action="store_true", help="replace an earlier setup in DIR")
    setup.add_argument("--passphrase-file", metavar="FILE",
                       help="read the CA key's passphrase from the first line of FILE "
                       "(else $TRUSTANCHOR_PASSPHRASE, else a prompt)")
    status = actions.add_parser("status", help="is the ACME server up, what did it issue")
    status.add_argument("--out", default=".", metavar="DIR", help="the folder setup wrote")


def run(args: argparse.Namespace) -> int:
    """Run `acme setup` or `acme status`; TrustAnchorError for the CLI to show in one line."""
    if args.acme_command == "setup":
        return _setup(args)
    return _status(args)


def _setup(args: argparse.Namespace) -> int:
    from trustanchor.core.cli.passphrases import unlock_ca
    from trustanchor.core.flow import acme_ops
    from trustanchor.core.store.home import CAHome, default_home

    home = CAHome(default_home(args.home))
    request = acme_ops.AcmeRequest(
        out=Path(args.out), names=tuple(args.names or ()), port=args.port, bind=args.bind,
        lifetime=args.lifetime, leaf_days=args.leaf_days, caddy_version=args.caddy_version,
        force=args.force)
    site = acme_ops.prepare(home, request)  # refusals come before the passphrase prompt
    ca = unlock_ca(home, args.passphrase_file)
    done = acme_ops.setup(ca, site, lifetime=args.lifetime, force=args.force)
    intermediate = done.intermediate
    print(f'Issued the intermediate "{intermediate.name}", valid until '
          f"{intermediate.not_after:%Y-%m-%d}; the root's key stayed in {home.root}")
    for path in done.written:
        print(f"  {path}")
    print(f"ACME directory: {site.directory_url}")
    print(f"Start Caddy with: sh {done.run_script}")
    print(f"Client settings: {done.clients_file}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from trustanchor.core.flow import acme_ops

    status = acme_ops.status(Path(args.out))
    if status.up:
        print(f"ACME server: up at {status.directory_url} (TLS verified with the root)")
    else:
        print(f"ACME server: down: {status.problem}")
    note = ""
    if status.days_left < 0:
        note = " EXPIRED: run `trustanchor acme setup --force` and restart Caddy"
    elif status.expiring:
        note = (f" WARNING: expires in {status.days_left} days; run `trustanchor acme setup "
                "--force` and restart Caddy")
    print(f'Intermediate: "{status.intermediate_name}" valid until '
          f"{status.intermediate_not_after:%Y-%m-%d}{note}")
    if not status.issued:
        print("Issued in the last 30 days: none found")
    for cert in status.issued:
        print(f"Issued: {', '.join(cert.names) or '(no names)'}  serial {cert.serial}  "
              f"{cert.not_before:%Y-%m-%d %H:%M} to {cert.not_after:%Y-%m-%d %H:%M} UTC")
    return 0 if status.up and status.days_left >= 0 else 1
