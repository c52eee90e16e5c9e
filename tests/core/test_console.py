"""The terminal on each system: ANSI colours only where they show, output that never raises
for a character its encoding lacks, and Ctrl+Break as a clean stop (core/cli/console.py)."""

from __future__ import annotations

import io
import os
import signal
import sys
from types import SimpleNamespace

import pytest

from trustanchor.core.cli.console import (
    replace_unencodable_output,
    stop_signals,
    use_ansi_colours,
)


@pytest.fixture
def terminal() -> object:
    if not hasattr(os, "openpty"):
        pytest.skip("pseudo-terminals are POSIX")
    primary, secondary = os.openpty()
    stream = open(secondary, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    yield stream
    stream.close()
    os.close(primary)


def test_files_and_pipes_get_no_colours() -> None:
    assert not use_ansi_colours(io.StringIO(), platform="linux")
    assert not use_ansi_colours(io.StringIO(), platform="win32")
    assert not use_ansi_colours(None)


def test_a_posix_terminal_gets_colours(terminal: io.TextIOWrapper) -> None:
    assert use_ansi_colours(terminal, platform="linux")
    assert use_ansi_colours(terminal, platform="darwin")


def test_a_windows_console_that_refuses_vt_mode_falls_back(terminal: io.TextIOWrapper) -> None:
    # On this system SetConsoleMode does not exist: exactly the "it failed" case.
    if sys.platform == "win32":
        pytest.skip("here the real console decides")
    assert not use_ansi_colours(terminal, platform="win32")


def test_unencodable_output_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    cp1252 = io.TextIOWrapper(raw, encoding="cp1252")  # Windows' ANSI code page in a pipe
    monkeypatch.setattr(sys, "stdout", cp1252)
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows program
    with pytest.raises(UnicodeEncodeError):
        cp1252.write("Домашний CA\n")
    replace_unencodable_output()
    cp1252.write("Домашний CA, Tëst\n")
    cp1252.flush()
    assert raw.getvalue().endswith("???????? CA, T\xebst\n".encode("cp1252"))


def test_ctrl_break_is_a_stop_signal_where_it_exists() -> None:
    windows = SimpleNamespace(SIGINT=2, SIGTERM=15, SIGBREAK=21)
    assert stop_signals(windows) == [2, 15, 21]
    expected = [signal.SIGINT, signal.SIGTERM] + (
        [signal.SIGBREAK] if hasattr(signal, "SIGBREAK") else [])  # type: ignore[attr-defined,unused-ignore]
    assert stop_signals(signal) == expected
