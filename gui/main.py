"""The `trustanchor` program: no arguments opens the wizard, anything else is the command line.

Qt is imported only on the wizard path, so subcommands work on a headless box without it.
"""

from __future__ import annotations

import sys

# Same code as a usage error: the command cannot do what was asked in this environment.
EXIT_NO_DISPLAY = 2
NO_CONSOLE_MESSAGE = ("TrustAnchor.exe is the windowed program and has no console to print "
                      "to. For the command line, run trustanchor-cli.exe (in the same folder) "
                      "in a terminal, with the same arguments.")


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
    if sys.stdout is None:  # the windowed Windows program, started with arguments
        _tell_without_console(NO_CONSOLE_MESSAGE)
        return EXIT_NO_DISPLAY
    from trustanchor.core.cli.main import main as cli_main

    return cli_main(args)


def _tell_without_console(message: str) -> None:
    """A message box, where there is no stdout or stderr to print to (Windows only)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "TrustAnchor", 0x40)  # MB_ICONINFORMATION


if __name__ == "__main__":
    sys.exit(main())
