"""What "only this user can read it" means on each OS, for tests that check key files.

POSIX: mode 0600. Windows: `os.chmod` cannot express that (it only toggles read-only, so
st_mode reads 0o666); what TrustAnchor promises there is an ACL with no inherited entries and a
single entry, full control for the current user (core/store/files.py). `icacls FILE` prints it.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

_ENTRY = re.compile(r"^(?P<who>.+?):(?P<rights>(?:\([^()]*\))+)$")


def parse_icacls(output: str, path: str) -> list[tuple[str, list[str]]]:
    """`icacls PATH` output as (principal, [rights]) pairs, e.g. ("PC\\alice", ["F"]).

    The first line starts with the path itself; further entries are indented below it; a blank
    line ends the list (then comes a summary line in the system's language).
    """
    lines = output.splitlines()
    if not lines or not lines[0].startswith(path):
        raise ValueError(f"icacls output does not start with {path!r}: {output!r}")
    entries: list[tuple[str, list[str]]] = []
    for number, raw in enumerate(lines):
        text = (raw[len(path):] if number == 0 else raw).strip()
        if not text:
            break
        match = _ENTRY.match(text)
        if match is None:
            raise ValueError(f"unexpected icacls line: {raw!r}")
        rights = re.findall(r"\(([^()]*)\)", match["rights"])
        entries.append((match["who"], rights))
    return entries


def is_current_user(principal: str, username: str) -> bool:
    return principal.lower().rpartition("\\")[2] == username.lower()


def assert_private_file(path: Path) -> None:
    """Assert that only the current user can read `path`, in the terms of this OS."""
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        return
    done = subprocess.run(["icacls", str(path)], capture_output=True, text=True, check=True)
    entries = parse_icacls(done.stdout, str(path))
    assert len(entries) == 1, entries
    who, rights = entries[0]
    assert is_current_user(who, os.environ["USERNAME"]), entries
    assert rights == ["F"], entries  # no "(I)": nothing inherited from the folder
