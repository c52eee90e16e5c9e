"""The `trustanchor` program: no arguments opens the wizard, anything else is the command line.

Qt is imported only on the wizard path, so subcommands work on a headless box without it.
"""

from __future__ import annotations

import sys

# Same code as a usage error: the command cannot do what was asked in this environment.
EXIT_NO_DISPLAY = 2


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from trustanchor.gui.display import check_display

        problem = check_display()
        if problem is not None:
            print(f"trustanchor: {problem.message}", file=sys.stderr)
            return EXIT_NO_DISPLAY
        from trustanchor.gui.app import run_wizard

        return run_wizard()
    from trustanchor.core.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
