"""The command line: `trustanchor [--home DIR] SUBCOMMAND ...`. Never imports Qt.

Every failure is one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from trustanchor.core import __version__
from trustanchor.core.cli import acme as cli_acme
from trustanchor.core.cli import publish as cli_publish
from trustanchor.core.cli import renew as cli_renew
from trustanchor.core.defaults import (
    CA_YEARS,
    KEY_TYPES,
    MAX_SERVER_CERT_DAYS,
    SERVER_CERT_DAYS,
    KeyType,
)
from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.flow.operations import EXPORT_FORMATS

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """argparse found a mistake in the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _add_passphrase_options(parser: argparse.ArgumentParser, *, new_key: bool) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the CA key's passphrase from the first line of FILE "
                        "(default: $TRUSTANCHOR_PASSPHRASE, then a prompt)")
    if new_key:
        parser.add_argument("--no-passphrase", action="store_true",
                            help="store the CA key without a passphrase (anyone who can read "
                            "the file can then issue certificates your devices trust)")


def _add_ca_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    ca = commands.add_parser("ca", help="create, show, export or import the CA")
    ca_commands = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)

    create = ca_commands.add_parser("create", help="create a new private root CA")
    create.add_argument("--name", required=True,
                        help='the name shown on your devices, e.g. "Home CA"')
    create.add_argument("--organization", help="optional organisation name")
    create.add_argument("--key", choices=KEY_TYPES, default=KeyType.EC_P256.value,
                        help="key type (default: ec-p256)")
    create.add_argument("--years", type=int, default=CA_YEARS,
                        help=f"lifetime in years (default: {CA_YEARS})")
    create.add_argument("--permit", action="append", default=[], metavar="NAME_OR_CIDR",
                        help="limit the CA to this DNS subtree or IP range (repeatable)")
    create.add_argument("--replace", action="store_true",
                        help="archive the existing CA into the home's archive folder first")
    _add_passphrase_options(create, new_key=True)

    show = ca_commands.add_parser("show", help="show the CA's name, fingerprint, key and paths")
    show.add_argument("--json", action="store_true", help="machine-readable output")

    export = ca_commands.add_parser("export", help="write the CA in another format")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.add_argument("--export-passphrase-file", metavar="FILE",
                        help="p12 only: password for the file (default: the CA passphrase)")
    _add_passphrase_options(export, new_key=False)

    imp = ca_commands.add_parser("import", help="use an existing CA: PEM pair, PKCS#12 or an "
                                 "mkcert CAROOT folder")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("keyfile", metavar="KEYFILE", nargs="?")
    imp.add_argument("--source-passphrase-file", metavar="FILE",
                     help="password of the file being imported, if it has one")
    imp.add_argument("--replace", action="store_true",
                     help="archive the existing CA into the home's archive folder first")
    _add_passphrase_options(imp, new_key=True)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="trustanchor",
        description="Make your own HTTPS services trusted on your iPhone and other devices. "
        "With no arguments, opens the setup wizard.",
    )
    parser.add_argument("--version", action="version", version=f"TrustAnchor {__version__}")
    parser.add_argument("--home", metavar="DIR",
                        help="the CA home (default: $TRUSTANCHOR_HOME or your user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_ca_parsers(commands)

    issue = commands.add_parser("issue", help="issue a server certificate for names and addresses")
    issue.add_argument("names", nargs="+", metavar="NAME", help="DNS names and IP addresses")
    issue.add_argument("--days", type=int, default=SERVER_CERT_DAYS,
                       help=f"lifetime in days (default: {SERVER_CERT_DAYS}, "
                       f"at most {MAX_SERVER_CERT_DAYS})")
    issue.add_argument("--key", choices=KEY_TYPES, help="key type (default: like the CA)")
    issue.add_argument("--out", default=".", metavar="DIR", help="folder for the files")
    issue.add_argument("--p12", action="store_true", help="also write a PKCS#12 (.p12) file")
    issue.add_argument("--p12-passphrase-file", metavar="FILE",
                       help="password of the .p12 (default: a random one, printed once)")
    _add_passphrase_options(issue, new_key=False)

    check = commands.add_parser("check", help="check a certificate against Apple's rules")
    check.add_argument("cert", metavar="CERT")
    check.add_argument("--ca", metavar="CAFILE", help="the issuing CA, to check the chain too")
    check.add_argument("--json", action="store_true", help="machine-readable output")

    cli_publish.add_parser(commands)
    cli_acme.add_parser(commands)
    cli_renew.add_parser(commands)
    return parser


def main(argv: list[str]) -> int:
    from trustanchor.core.cli.commands import dispatch

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        if args.command == cli_acme.COMMAND:
            return cli_acme.run(args)
        if args.command == cli_renew.COMMAND:
            return cli_renew.run(args)
        return dispatch(args)
    except UsageError as err:
        print(f"trustanchor: {err}", file=sys.stderr)
        return EXIT_USAGE
    except TrustAnchorError as err:
        print(f"trustanchor: {err}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as err:
        where = f" ({err.filename})" if err.filename else ""
        print(f"trustanchor: {err.strerror or err}{where}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("trustanchor: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
