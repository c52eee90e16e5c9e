"""The terminal the command line writes to, on every system.

- Colour: `publish` draws its QR code with 256-colour ANSI codes, which the classic Windows
  console prints as garbage unless virtual-terminal processing is switched on for it
  (`SetConsoleMode` with ENABLE_VIRTUAL_TERMINAL_PROCESSING; Microsoft Learn, "Console Virtual
  Terminal Sequences"). Windows Terminal has it on; where it cannot be switched on, or the output
  is not a terminal, the code is drawn with plain half-block characters instead.
- Encoding: output redirected to a file or pipe on Windows uses the ANSI code page (cp1252 and
  the like), in which a CA named in Cyrillic or Chinese cannot be written: printing it raised
  UnicodeEncodeError. The streams are set to replace what they cannot encode (PEP 528 covers only
  the console itself; the frozen app also runs in UTF-8 mode, packaging/trustanchor.spec).
- Stopping: Ctrl+Break (and a CTRL_BREAK_EVENT sent to a process group) raises SIGBREAK, which
  by default ends a Python program at once, before `publish` unregisters and frees its ports.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

ENABLE_VIRTUAL_TERMINAL_PROCESSING = 0x0004


def use_ansi_colours(stream: TextIO | None, *, platform: str = sys.platform) -> bool:
    """True if `stream` is a terminal that shows ANSI colours (switching them on in a Windows
    console if needed); False for files, pipes and consoles that cannot."""
    if stream is None or not _isatty(stream):
        return False
    if platform != "win32":
        return True
    try:
        return _enable_virtual_terminal(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (ValueError, AttributeError):  # closed, or not a real stream
        return False


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    def _enable_virtual_terminal(fd: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        mode = wintypes.DWORD()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
            return False  # not a console (a pipe, a redirected file, an old mintty)
        if mode.value & ENABLE_VIRTUAL_TERMINAL_PROCESSING:
            return True
        new_mode = wintypes.DWORD(mode.value | ENABLE_VIRTUAL_TERMINAL_PROCESSING)
        return bool(kernel32.SetConsoleMode(handle, new_mode))  # fails before Windows 10 1511

else:

    def _enable_virtual_terminal(fd: int) -> bool:
        return False  # only Windows consoles need it; never called elsewhere


def replace_unencodable_output() -> None:
    """Make stdout and stderr write `?` for what their encoding cannot hold, instead of raising
    (a windowed Windows program has neither: then nothing happens)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def stop_signals(signals: object) -> list[int]:
    """The signals that mean "stop cleanly" here: SIGINT, SIGTERM, and on Windows SIGBREAK."""
    names = ("SIGINT", "SIGTERM", "SIGBREAK")
    return [int(getattr(signals, name)) for name in names if hasattr(signals, name)]
