"""Undoing a set of output files that a killed program left half in place.

Putting several files in place takes several renames, and no file system makes them one step.
So, before the first one, the writer lists what it is about to place in a small journal: each
final path, its temp file, the backup of a file it replaces, and the temp file's inode (the
final name is a hard link to the same inode). The journal is removed once all are in place and
recorded. A journal found later (under the CA home's lock, so its writer is gone) means a
program died in between: unless the record of issued certificates already names them, every
final path that still carries the journal's inode is removed again (or its backup put back),
so the person never finds half a set. A file with another inode is someone else's, and is
never touched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trustanchor.core.logs import get_logger
from trustanchor.core.pki.inputs import InputFileError, read_limited
from trustanchor.core.store.files import atomic_write, remove_quietly
from trustanchor.core.text import QT_TRANSLATE_NOOP

log = get_logger(__name__)

MAX_JOURNAL_BYTES = 64 * 1024


def write_journal(
    journal: Path, entries: list[tuple[Path, Path, Path | None]], *, written: bool
) -> None:
    """Record (final path, temp file, planned backup) of each file about to be placed, with
    the temp files' inodes once they are `written` (before that, recovery only removes them)."""
    listed = []
    for path, temp, backup in entries:
        dev, ino = -1, -1
        if written:
            info = os.stat(temp)
            dev, ino = info.st_dev, info.st_ino
        listed.append({"path": str(path), "temp": str(temp), "dev": dev, "ino": ino,
                       "backup": str(backup) if backup else None})
    atomic_write(journal, json.dumps({"placing": listed}).encode("utf-8"), private=True)


def recover(journal: Path, recorded: Callable[[Path], bool]) -> int:
    """Undo what the journal's (dead) writer placed, unless it got as far as recording its
    files (`recorded` of a listed path is true); returns how many files were taken back."""
    try:
        data = read_limited(journal, MAX_JOURNAL_BYTES,
                            what=QT_TRANSLATE_NOOP("core.journal", "journal"))
    except InputFileError:
        return 0
    undone = 0
    try:
        entries = json.loads(data)["placing"]
        finished = any(recorded(Path(str(entry["path"]))) for entry in entries)
        for entry in entries:
            undone += _undo_entry(entry, keep=finished)
    except (ValueError, TypeError, KeyError, RecursionError):
        log.warning("an unreadable journal %s was removed", journal)
    remove_quietly(journal)
    if undone:
        log.warning("took back %d file(s) a killed program left half-written", undone)
    return undone


def _undo_entry(entry: dict[str, Any], *, keep: bool) -> int:
    path, temp = Path(str(entry["path"])), Path(str(entry["temp"]))
    backup = Path(str(entry["backup"])) if entry.get("backup") else None
    undone = 0 if keep else _take_back(path, backup, (int(entry["dev"]), int(entry["ino"])))
    remove_quietly(temp)
    if backup is not None:
        remove_quietly(backup)
    return undone


def _take_back(path: Path, backup: Path | None, identity: tuple[int, int]) -> int:
    """Remove `path` (or put `backup` back) if it is still the file the writer placed."""
    try:
        info = os.lstat(path)
        if (info.st_dev, info.st_ino) != identity:
            return 0  # not the file the killed program placed: someone else's
        if backup is not None and backup.exists():
            os.replace(backup, path)  # the file it replaced comes back
        else:
            os.unlink(path)
    except OSError:
        return 0
    return 1
