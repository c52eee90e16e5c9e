"""core/logs.py: records reach a configured logging set-up; info alone never loads logging."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap

import pytest

from trustanchor.core.logs import get_logger


def test_records_reach_configured_logging(caplog: pytest.LogCaptureFixture) -> None:
    log = get_logger("trustanchor.test.logs")
    with caplog.at_level(logging.DEBUG, logger="trustanchor.test.logs"):
        log.debug("d %d", 1)
        log.info("i %s", "two")
        log.warning("w")
        log.error("e")
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("DEBUG", "d 1"), ("INFO", "i two"), ("WARNING", "w"), ("ERROR", "e")]


def test_without_logging_info_is_dropped_and_warnings_still_print() -> None:
    script = textwrap.dedent(
        """
        import sys
        from trustanchor.core.logs import get_logger
        log = get_logger("x")
        log.info("quiet %s", "info")
        print("loaded after info:", "logging" in sys.modules, flush=True)
        log.warning("loud %s", "warning")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "loaded after info: False"
    assert done.stderr.strip() == "loud warning"  # Python's last-resort handler


def test_issue_path_leaves_slow_work_out() -> None:
    """What `trustanchor issue` imports and parses keeps logging, the Unicode tables, shutil
    (argparse's terminal width) and getpass out of its start-up, and defines its records as
    NamedTuples: a frozen dataclass costs about 0.5 ms to create, nine of them were a tenth of
    the command's own time (docs/engineering.md)."""
    script = textwrap.dedent(
        """
        import dataclasses, sys
        from trustanchor.core.cli.main import parse
        parse(["issue", "nas.lan"])
        import trustanchor.core.cli.commands, trustanchor.core.flow.operations
        print(sorted({"logging", "unicodedata", "shutil", "getpass"}
                     & set(sys.modules)))
        print(sorted(f"{name}.{value.__name__}" for name, module in list(sys.modules.items())
                     if name.startswith("trustanchor.") for value in vars(module).values()
                     if isinstance(value, type) and dataclasses.is_dataclass(value)
                     and value.__module__ == name))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]
