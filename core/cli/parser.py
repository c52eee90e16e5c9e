"""The command line's argument parser: every subcommand, its help, and the global options.

`--home` (and `--passphrase-file`, for the commands that unlock or protect the CA key) may come
before the subcommand or among its options: `trustanchor ca create --name X --home DIR` is what
people type.
Given in two places with different values they are a usage error rather than a silent choice,
since acting on the wrong CA home is worse than asking again.

The `publish`, `acme` and `trust` families register through hooks (`add_parser` in their
modules): add a family to HOOKS. Their modules are imported only when the command line names
them or asks for help, so `issue` does not pay for the publishing and Caddy imports.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from trustanchor.core import __version__
from trustanchor.core.defaults import (
    CA_YEARS,
    KEY_TYPES,
    MAX_SERVER_CERT_DAYS,
    SERVER_CERT_DAYS,
    KeyType,
)
from trustanchor.core.flow.operations import EXPORT_FORMATS

PROG = "trustanchor"
# Families registered by hooks: (command, module with add_parser(subparsers)).
HOOKS: tuple[tuple[str, str], ...] = (
    ("renew", "trustanchor.core.cli.renew"),
    ("publish", "trustanchor.core.cli.publish"),
    ("acme", "trustanchor.core.cli.acme"),
    ("trust", "trustanchor.core.cli.trust"),
)
HOME_HELP = "the CA home (default: $TRUSTANCHOR_HOME or your user data folder)"
UNLOCK_HELP = (
    "read the CA key's passphrase from the first line of FILE "
    "(default: $TRUSTANCHOR_PASSPHRASE, then a prompt)")
_HOME_AFTER = "home_after"  # dest of --home given after the subcommand
_UNLOCK_BEFORE = "passphrase_file_before"  # dest of --passphrase-file before the command


class UsageError(Exception):
    """argparse found a mistake in the command line."""


def terminal_width() -> int:
    """The width argparse would take from shutil.get_terminal_size, less its two columns:
    $COLUMNS, else the terminal on stdout, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, given the width. Left to find it, argparse imports shutil (and
    with it bz2, lzma and zlib) for every option added: 2 ms of each command's start."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         terminal_width() if width is None else width)


class RawDescriptionHelpFormatter(argparse.RawDescriptionHelpFormatter, HelpFormatter):
    """Descriptions and examples kept as written, at the same width."""


class Parser(argparse.ArgumentParser):
    """Raises UsageError (one line naming this parser's --help) instead of exiting."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(**kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _add_passphrase_options(parser: argparse.ArgumentParser, *, new_key: bool) -> None:
    group = parser.add_mutually_exclusive_group() if new_key else parser
    group.add_argument("--passphrase-file", metavar="FILE", help=UNLOCK_HELP)
    if new_key:
        group.add_argument("--no-passphrase", action="store_true",
                           help="store the CA key without a passphrase (anyone who can read "
                           "the file can then issue certificates your devices trust)")


def _add_ca_parsers(commands: argparse._SubParsersAction[Parser]) -> None:
    ca = commands.add_parser("ca", help="create, show, export or import the CA")
    ca_commands = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)

    create = ca_commands.add_parser("create", help="create a new private root CA")
    create.add_argument("--name", required=True,
                        help='the name shown on your devices, e.g. "Home CA"')
    create.add_argument("--organization", help="optional organisation name in the certificate")
    create.add_argument("--key", choices=KEY_TYPES, default=KeyType.EC_P256.value,
                        help="key type (default: ec-p256)")
    create.add_argument("--years", type=int, default=CA_YEARS, metavar="N",
                        help=f"lifetime in years (default: {CA_YEARS})")
    create.add_argument("--permit", action="append", default=[], metavar="NAME_OR_CIDR",
                        help="limit the CA to this DNS subtree or IP range (repeatable)")
    create.add_argument("--replace", action="store_true",
                        help="archive the existing CA into the home's archive folder first")
    _add_passphrase_options(create, new_key=True)

    show = ca_commands.add_parser("show", help="show the CA's name, fingerprint, key and paths")
    show.add_argument("--json", action="store_true", help="machine-readable output")

    export = ca_commands.add_parser("export", help="write the CA in another format")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="pem or der: the certificate; mobileconfig: a profile for a phone "
                        "or an MDM; p12: certificate and private key")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--force", action="store_true",
                        help="replace FILE if it exists (never the CA's own files)")
    export.add_argument("--export-passphrase-file", metavar="FILE",
                        help="p12 only: read the file's password from FILE (default: a "
                        "strong one is generated and printed once; never the CA passphrase)")
    _add_passphrase_options(export, new_key=False)

    imp = ca_commands.add_parser("import", help="use an existing CA: PEM pair, PKCS#12 or an "
                                 "mkcert CAROOT folder")
    imp.add_argument("file", metavar="FILE", help="a PEM certificate (with its key inside or in "
                     "KEYFILE), a .p12/.pfx file, or an mkcert CAROOT folder")
    imp.add_argument("keyfile", metavar="KEYFILE", nargs="?",
                     help="the CA's private key, when it is not inside FILE")
    imp.add_argument("--source-passphrase-file", metavar="FILE",
                     help="password of the file being imported, if it has one")
    imp.add_argument("--replace", action="store_true",
                     help="archive the existing CA into the home's archive folder first")
    _add_passphrase_options(imp, new_key=True)


def _add_issue(commands: argparse._SubParsersAction[Parser]) -> None:
    issue = commands.add_parser("issue", help="issue a server certificate for names and addresses")
    issue.add_argument("names", nargs="+", metavar="NAME", help="DNS names and IP addresses; the "
                       "first one names the files")
    issue.add_argument("--days", type=int, default=SERVER_CERT_DAYS, metavar="N",
                       help=f"lifetime in days (default: {SERVER_CERT_DAYS}, "
                       f"at most {MAX_SERVER_CERT_DAYS})")
    issue.add_argument("--key", choices=KEY_TYPES, help="key type (default: like the CA)")
    issue.add_argument("--out", default=".", metavar="DIR",
                       help="folder for the files, created if missing (default: here)")
    issue.add_argument("--force", action="store_true",
                       help="replace files of the same name in DIR (never the CA's own files)")
    issue.add_argument("--p12", action="store_true", help="also write a PKCS#12 (.p12) file")
    issue.add_argument("--p12-passphrase-file", metavar="FILE",
                       help="password of the .p12 (default: a random one, printed once)")
    _add_passphrase_options(issue, new_key=False)


def _add_check(commands: argparse._SubParsersAction[Parser]) -> None:
    check = commands.add_parser("check", help="check a certificate against Apple's rules")
    check.add_argument("cert", metavar="CERT",
                       help="the certificate to judge (PEM or DER): a root CA or a server's")
    check.add_argument("--ca", metavar="CAFILE", help="the issuing CA, to check the chain too")
    check.add_argument("--json", action="store_true", help="machine-readable output")


def _hook(module: str) -> Callable[[argparse._SubParsersAction[Parser]], None]:
    def add(commands: argparse._SubParsersAction[Parser]) -> None:
        importlib.import_module(module).add_parser(commands)

    return add


# Every family of subcommands, in the order `trustanchor --help` lists them.
FAMILIES: dict[str, Callable[[argparse._SubParsersAction[Parser]], None]] = {
    "ca": _add_ca_parsers, "issue": _add_issue, "check": _add_check,
    **{name: _hook(module) for name, module in HOOKS},
}


def build_parser(only: str | None = None) -> Parser:
    """The whole parser, with every paragraph and example for --help; or, with `only`, a lean
    one that knows just that family (building ten parsers and importing the hook families
    costs `issue` a tenth of its time). Both parse that family's command lines alike."""
    parser = Parser(prog=PROG)
    parser.add_argument("--version", action="version", version=f"TrustAnchor {__version__}")
    parser.add_argument("--home", metavar="DIR", help=HOME_HELP)
    parser.add_argument("--passphrase-file", dest=_UNLOCK_BEFORE, metavar="FILE",
                        help="the same as --passphrase-file after the subcommand")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, add in FAMILIES.items():
        if only is None or only == name:
            add(commands)
    for path, sub in walk(parser):
        if path and not _has_subcommands(sub):
            sub.add_argument("--home", dest=_HOME_AFTER, metavar="DIR",
                             default=argparse.SUPPRESS, help=HOME_HELP)
    if only is None:
        from trustanchor.core.cli.helptext import describe_tree

        describe_tree(parser)
    return parser


def _has_subcommands(parser: argparse.ArgumentParser) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)


def walk(parser: argparse.ArgumentParser,
         path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser in the tree with its command path, the top-level one first."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from walk(sub, (*path, name))


def selected(parser: argparse.ArgumentParser,
             args: argparse.Namespace) -> argparse.ArgumentParser:
    """The deepest parser the parsed command line chose (`trustanchor ca create`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            name = getattr(args, action.dest, None)
            if name in action.choices:
                return selected(action.choices[name], args)
    return parser


def settle_globals(parser: Parser, args: argparse.Namespace) -> None:
    """Merge the global options given before and after the subcommand into `args.home` and
    `args.passphrase_file`; UsageError when the two places disagree or the option does not
    apply to the command."""
    leaf = selected(parser, args)
    after = vars(args).pop(_HOME_AFTER, None)
    if after is not None and args.home is not None and not _same_path(after, args.home):
        leaf.error(f"--home is given twice with different folders ({args.home}, {after})")
    args.home = after if after is not None else args.home
    before = vars(args).pop(_UNLOCK_BEFORE, None)
    if before is None:
        return
    if not hasattr(args, "passphrase_file"):
        leaf.error(f"--passphrase-file does not apply to `{leaf.prog}`")
    if args.passphrase_file is not None and not _same_path(before, args.passphrase_file):
        leaf.error("--passphrase-file is given twice with different files")
    if getattr(args, "no_passphrase", False):
        leaf.error("argument --no-passphrase: not allowed with argument --passphrase-file")
    args.passphrase_file = before


def _same_path(first: str, second: str) -> bool:
    return Path(first).expanduser().absolute() == Path(second).expanduser().absolute()
