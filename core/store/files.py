"""Writing files so that a crash never leaves a half-written key and keys are never world-readable.

- Private files are born 0600 inside 0700 folders: the mode is passed to ``os.open`` with
  ``O_CREAT | O_EXCL`` at creation, never set later and never via the process umask (threads
  race on it).
- Writes are atomic: a temp file in the same folder, fsync, ``os.replace``, then fsync of the
  folder so the rename itself survives a power cut (POSIX). A SIGKILL at any moment leaves the
  old file or the new one, plus at worst a temp file that :func:`clean_stale_temp_files` removes.
- Windows: ``os.chmod`` only toggles the read-only flag, so modes mean little there. A private
  file gets an owner-only ACL instead, right after it is created and before any key byte is
  written: inherited entries removed, full control for the current user only (``icacls``
  ``/inheritance:r /grant:r``, Microsoft Learn "icacls"). Output folders may be a share or a
  synced folder whose inherited ACL admits others, so the folder's ACL is not relied on.
  ``os.replace`` fails briefly while an indexer or antivirus holds the file, so it is retried
  for a short, bounded time.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TEMP_PREFIX = ".trustanchor-tmp-"
PRIVATE_FILE_MODE = 0o600
PUBLIC_FILE_MODE = 0o644
PRIVATE_DIR_MODE = 0o700
REPLACE_RETRY_SECONDS = 2.0
_REPLACE_RETRY_PAUSE_SECONDS = 0.05
_ON_WINDOWS = os.name == "nt"
_CREATE_FLAGS = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
ACL_TIMEOUT_SECONDS = 20.0


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700; returns ``path``."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if not _ON_WINDOWS:
        os.chmod(path, PRIVATE_DIR_MODE)  # an existing folder may be wider than we want
    return path


def random_suffix() -> str:
    """16 hex digits from the OS's random source (the `secrets` module would cost start-up)."""
    return os.urandom(8).hex()


def temp_path_for(path: Path) -> Path:
    """A fresh, unguessable temp name next to ``path`` that clean-up recognises."""
    return path.with_name(f"{TEMP_PREFIX}{path.name}.{random_suffix()}")


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


def retry_while_locked(action: Callable[[], T], *, windows: bool = _ON_WINDOWS,
                       seconds: float = REPLACE_RETRY_SECONDS,
                       sleep: Callable[[float], None] = time.sleep) -> T:
    """`action()`, retried for a short, bounded time while it raises PermissionError on
    Windows: an antivirus or indexer opens a file just written, and until it lets go, opening,
    replacing or deleting that file is a sharing violation. Elsewhere it runs once."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return action()
        except PermissionError:
            if not windows or time.monotonic() >= deadline:
                raise
            sleep(_REPLACE_RETRY_PAUSE_SECONDS)


def replace_path(source: Path, target: Path) -> None:
    """``os.replace`` with a short bounded retry for Windows' transient sharing violations."""
    retry_while_locked(lambda: os.replace(source, target))


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
        if private and _ON_WINDOWS:
            restrict_to_owner(path)  # still empty: no key byte exists under a wider ACL
        _write_fd(fd, data)
    except BaseException:
        os.close(fd)
        remove_quietly(path)
        raise
    os.close(fd)


def owner_only_acl_argv(path: Path, environ: Mapping[str, str]) -> list[str]:
    """The ``icacls`` command that leaves `path` readable by the current Windows user only.

    ``/inheritance:r`` drops the entries inherited from the folder (Users, a share's Everyone)
    and ``/grant:r`` replaces any explicit entry with full control for the user. The account
    is written DOMAIN\\user (USERDOMAIN is the machine name for a local account) so a domain
    user with a local namesake gets the right one. icacls.exe is taken from System32, never
    from PATH.
    """
    user = environ.get("USERNAME", "")
    if not user:
        raise OSError("cannot restrict access to a key file: USERNAME is not set")
    domain = environ.get("USERDOMAIN", "")
    account = f"{domain}\\{user}" if domain else user
    system_root = environ.get("SystemRoot") or environ.get("SYSTEMROOT") or "C:\\Windows"
    icacls = f"{system_root}\\System32\\icacls.exe"
    return [icacls, str(path), "/inheritance:r", "/grant:r", f"{account}:(F)", "/q"]


def restrict_to_owner(path: Path) -> None:
    """Give `path` an owner-only ACL (Windows); OSError with icacls' words when that fails."""
    import subprocess  # Windows only: POSIX command lines do not pay for its import

    argv = owner_only_acl_argv(path, os.environ)
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=ACL_TIMEOUT_SECONDS,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OSError(f"cannot restrict access to {path.name}: {exc}") from exc
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise OSError(f"cannot restrict access to {path.name}: "
                      f"{said[0] if said else f'icacls exit {done.returncode}'}")


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
                import shutil  # rarely needed: a half-written CA folder

                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except FileNotFoundError:
            continue
        removed += 1
    return removed
