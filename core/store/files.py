"""Writing files so that a crash never leaves a half-written key and keys are never world-readable.

- Private files are born 0600 inside 0700 folders: the mode is passed to ``os.open`` with
  ``O_CREAT | O_EXCL`` at creation, never set later and never via the process umask (threads
  race on it).
- Writes are atomic: a temp file in the same folder, fsync, ``os.replace``, then fsync of the
  folder so the rename itself survives a power cut (POSIX). A SIGKILL at any moment leaves the
  old file or the new one, plus at worst a temp file that :func:`clean_stale_temp_files` removes.
- Windows: ``os.chmod`` only toggles the read-only flag, so modes mean little there; the data
  lives in the user's profile folder, whose ACL already admits only that user (and
  administrators). ``os.replace`` fails briefly while an indexer or antivirus holds the file, so
  it is retried for a short, bounded time.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from pathlib import Path

TEMP_PREFIX = ".trustanchor-tmp-"
PRIVATE_FILE_MODE = 0o600
PUBLIC_FILE_MODE = 0o644
PRIVATE_DIR_MODE = 0o700
REPLACE_RETRY_SECONDS = 2.0
_REPLACE_RETRY_PAUSE_SECONDS = 0.05
_ON_WINDOWS = os.name == "nt"
_CREATE_FLAGS = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700; returns ``path``."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if not _ON_WINDOWS:
        os.chmod(path, PRIVATE_DIR_MODE)  # an existing folder may be wider than we want
    return path


def temp_path_for(path: Path) -> Path:
    """A fresh, unguessable temp name next to ``path`` that clean-up recognises."""
    return path.with_name(f"{TEMP_PREFIX}{path.name}.{secrets.token_hex(8)}")


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def write_temp(path: Path, data: bytes, private: bool, temp: Path | None = None) -> Path:
    """Write ``data`` to a new temp file next to ``path`` (born with its final mode), named
    ``temp`` when the caller chose the name (temp_path_for) beforehand."""
    temp = temp or temp_path_for(path)
    write_exclusive(temp, data, private)
    return temp


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` durable (POSIX; no-op on Windows)."""
    if _ON_WINDOWS:
        return  # directories cannot be opened for fsync there; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_path(source: Path, target: Path) -> None:
    """``os.replace`` with a short bounded retry for Windows' transient sharing violations."""
    deadline = time.monotonic() + REPLACE_RETRY_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not _ON_WINDOWS or time.monotonic() >= deadline:
                raise
            time.sleep(_REPLACE_RETRY_PAUSE_SECONDS)


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` all at once: readers see the old or the new content.

    ``private`` files are born 0600 (the folder should come from :func:`ensure_private_dir`).
    """
    temp = write_temp(path, data, private)
    try:
        replace_path(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
    fsync_dir(path.parent)


def create_new(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``path`` atomically, but only if it does not exist yet (FileExistsError if it does).

    The complete temp file is hard-linked to its final name, which fails instead of replacing
    an existing file; where the file system has no hard links, the final file is created with
    ``O_EXCL`` and written in place.
    """
    temp = write_temp(path, data, private)
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        write_exclusive(path, data, private)
    finally:
        remove_quietly(temp)
    fsync_dir(path.parent)


def write_exclusive(path: Path, data: bytes, private: bool) -> None:
    """Create ``path`` (never an existing file) with its final mode, write and fsync it; a
    failure removes the partial file."""
    fd = os.open(path, _CREATE_FLAGS, PRIVATE_FILE_MODE if private else PUBLIC_FILE_MODE)
    try:
        _write_fd(fd, data)
    except BaseException:
        os.close(fd)
        remove_quietly(path)
        raise
    os.close(fd)


def clean_stale_temp_files(folder: Path) -> int:
    """Remove temp files (and temp folders) a killed writer left in ``folder``; returns the count.

    Call it while no other writer can be active in ``folder`` (the CA home does so under its
    lock), or it could remove another program's file in the middle of its write.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except FileNotFoundError:
            continue
        removed += 1
    return removed
