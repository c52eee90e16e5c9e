"""`trustanchor renew [--within DAYS] [--force] [NAME...]`: re-issue the certificates that
expire soon, with the same names into the same folders (core/flow/renewal.py)."""

from __future__ import annotations

import argparse
from typing import TypeVar

from trustanchor.core.defaults import MAX_SERVER_CERT_DAYS, SERVER_CERT_DAYS
from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.flow.renewal import RENEW_WITHIN_DAYS

COMMAND = "renew"
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


def add_parser(subparsers: argparse._SubParsersAction[_Parser]) -> None:
    """Add `renew` to the command line's subcommands."""
    renew = subparsers.add_parser(
        COMMAND, help="renew the certificates that expire soon (same names, same folder; the "
        "old files move to the folder's archive/)")
    renew.add_argument("names", nargs="*", metavar="NAME",
                       help="renew only the certificates for these names (default: all)")
    renew.add_argument("--within", type=int, default=RENEW_WITHIN_DAYS, metavar="DAYS",
                       help=f"renew what expires within DAYS days (default {RENEW_WITHIN_DAYS})")
    renew.add_argument("--force", action="store_true",
                       help="renew the selected certificates even if they are not due")
    renew.add_argument("--days", type=int, default=SERVER_CERT_DAYS,
                       help=f"lifetime of the new certificates (default {SERVER_CERT_DAYS}, "
                       f"at most {MAX_SERVER_CERT_DAYS})")
    renew.add_argument("--passphrase-file", metavar="FILE",
                       help="read the CA key's passphrase from the first line of FILE "
                       "(else $TRUSTANCHOR_PASSPHRASE, else a prompt)")


def run(args: argparse.Namespace) -> int:
    """Renew what is due; one line per renewed certificate. TrustAnchorError for the CLI to
    show in one line."""
    from trustanchor.core.cli.passphrases import unlock_ca
    from trustanchor.core.flow.renewal import recorded_certificates, renew, select
    from trustanchor.core.store.home import CAHome, default_home

    if args.within < 0:
        raise TrustAnchorError("--within must be 0 or more days")
    if not 1 <= args.days <= MAX_SERVER_CERT_DAYS:
        raise TrustAnchorError(f"--days must be between 1 and {MAX_SERVER_CERT_DAYS}")
    home = CAHome(default_home(args.home))
    known = recorded_certificates(home)
    chosen = select(known, args.names, within_days=args.within, force=args.force)
    if not chosen:
        print(_nothing_due(args, bool(known)))
        return 0
    ca = unlock_ca(home, args.passphrase_file)  # asked only when there is work to do
    for cert in chosen:
        done = renew(home, ca, cert, days=args.days)
        where = f"; old files in {done.archived}" if done.archived is not None else ""
        password = done.result.p12_password
        p12 = f"; .p12 password {password}" if password is not None else ""
        print(f"Renewed {', '.join(done.names)}: {done.files[0]}, valid until "
              f"{done.not_after:%Y-%m-%d}{where}{p12}")
    return 0


def _nothing_due(args: argparse.Namespace, any_known: bool) -> str:
    if not any_known:
        return "Nothing to renew: no certificate is on record (see `trustanchor issue`)."
    which = f" for {', '.join(args.names)}" if args.names else ""
    return (f"Nothing to renew: no certificate{which} expires within {args.within} days "
            "(--force renews anyway).")
