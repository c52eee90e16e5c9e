"""The command line: `trustanchor [--home DIR] SUBCOMMAND ...`. Never imports Qt.

Every failure is one line on stderr and a non-zero exit, never a traceback. The parser is in
core/cli/parser.py, what each subcommand does in core/cli/commands.py (and the hook families'
own modules).
"""

from __future__ import annotations

import argparse
import sys

from trustanchor.core.cli.console import replace_unencodable_output
from trustanchor.core.cli.parser import (
    FAMILIES,
    Parser,
    UsageError,
    build_parser,
    selected,
    settle_globals,
)
from trustanchor.core.errors import TrustAnchorError

__all__ = ["UsageError", "build_parser", "main"]

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
# Options of the top-level parser that take a value (the word after them is not the command).
_GLOBAL_WITH_VALUE = ("--home", "--passphrase-file")


def command_word(argv: list[str]) -> str | None:
    """The subcommand `argv` names, or None when there is none or help is asked for anywhere
    (help is printed by the whole parser, which alone has the paragraphs and examples)."""
    if "-h" in argv or "--help" in argv:
        return None
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _GLOBAL_WITH_VALUE:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def _parse_lean(argv: list[str], word: str) -> tuple[Parser, argparse.Namespace] | None:
    """The command line parsed by a parser that knows only `word`'s family; None when that
    parser cannot tell (a mistake, or `word` was an option's value after all)."""
    parser = build_parser(word)
    try:
        args, extra = parser.parse_known_args(argv)
    except UsageError:
        return None  # the whole parser says what is wrong, naming every choice
    if extra or args.command != word:
        return None
    return parser, args


def parse(argv: list[str]) -> tuple[Parser, argparse.Namespace]:
    """The parsed command line (UsageError with one line naming the right --help)."""
    word = command_word(argv)
    lean = _parse_lean(argv, word) if word in FAMILIES else None
    if lean is not None:
        parser, args = lean
    else:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra:
            # Named by the subcommand's own parser, as a missing argument is.
            selected(parser, args).error(f"unrecognized arguments: {' '.join(extra)}")
    settle_globals(parser, args)
    return parser, args


def _run(argv: list[str]) -> int:
    parser, args = parse(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.command == "acme":
        from trustanchor.core.cli import acme as cli_acme

        return cli_acme.run(args)
    if args.command == "trust":
        from trustanchor.core.cli import trust as cli_trust

        return cli_trust.run(args)
    if args.command == "renew":
        from trustanchor.core.cli import renew as cli_renew

        return cli_renew.run(args)
    from trustanchor.core.cli.commands import dispatch

    return dispatch(args)


def main(argv: list[str]) -> int:
    # A CA name the output's encoding lacks (Windows' ANSI code page in a pipe) prints as "?"
    # instead of ending the command with UnicodeEncodeError (core/cli/console.py).
    replace_unencodable_output()
    try:
        return _run(argv)
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
