"""The command line: `trustanchor [--home DIR] SUBCOMMAND ...`. Never imports Qt."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .errors import TrustAnchorError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trustanchor",
        description="Make your own HTTPS services trusted on your iPhone and other devices. "
        "With no arguments, opens the setup wizard.",
    )
    parser.add_argument("--version", action="version", version=f"TrustAnchor {__version__}")
    parser.add_argument("--home", metavar="DIR", help="the CA home (default: $TRUSTANCHOR_HOME "
                        "or your user data folder)")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            parser.print_help()
            return 2
        return 0
    except TrustAnchorError as err:
        print(f"trustanchor: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
