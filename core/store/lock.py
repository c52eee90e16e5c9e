"""A cross-process lock on one file: exclusive between programs and threads, re-entrant within
a thread, released by the operating system when its holder dies.

POSIX uses ``flock(2)`` on the open lock file; Windows locks its first byte with
``msvcrt.locking`` (LockFileEx underneath). Either lock belongs to the open file, so a killed
program never leaves the CA home locked, and the lock file itself is never deleted (deleting it
would let two programs lock two different files of the same name).

Every :class:`FileLock` of the same path in a process shares one state, so the CA home's
several ``CAHome`` objects nest instead of deadlocking against each other.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

__all__ = ["FileLock", "LockTimeout"]

# How often a waiting program tries again; short against the seconds a command takes.
_POLL_SECONDS = 0.05


class LockTimeout(Exception):
    """Another program or thread kept the lock longer than the timeout."""


class _State:
    """One lock file's state in this process: who holds it and how many times."""

    def __init__(self) -> None:
        self.guard = threading.RLock()  # exclusive between threads, re-entrant within one
        self.depth = 0
        self.owner: int | None = None  # the holding thread's ident
        self.fd: int | None = None


_STATES: dict[str, _State] = {}
_STATES_GUARD = threading.Lock()


def _state_for(path: Path) -> _State:
    key = os.path.normcase(os.path.abspath(path))
    with _STATES_GUARD:
        return _STATES.setdefault(key, _State())


class FileLock:
    """``with FileLock(path, mode).hold(timeout):`` or ``acquire`` / ``release``."""

    def __init__(self, path: Path, mode: int = 0o600) -> None:
        self.path = Path(path)
        self.mode = mode
        self._state = _state_for(self.path)

    @property
    def depth(self) -> int:
        """How many times the calling thread holds the lock (0 when it does not)."""
        state = self._state
        return state.depth if state.owner == threading.get_ident() else 0

    def acquire(self, timeout: float) -> None:
        """Take the lock, waiting at most ``timeout`` seconds; raises LockTimeout."""
        deadline = time.monotonic() + timeout
        state = self._state
        if not state.guard.acquire(timeout=max(timeout, 0)):
            raise LockTimeout(self.path)
        try:
            if state.depth == 0:
                state.fd = _lock_file(self.path, self.mode, deadline)
                state.owner = threading.get_ident()
            state.depth += 1
        except BaseException:
            state.guard.release()
            raise

    def release(self) -> None:
        state = self._state
        state.depth -= 1
        if state.depth == 0 and state.fd is not None:
            fd, state.fd, state.owner = state.fd, None, None
            _unlock_file(fd)
        state.guard.release()


def _open(path: Path, mode: int) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, mode)  # Python's descriptors are not inherited


def _lock_file(path: Path, mode: int, deadline: float) -> int:
    """Open and lock the file, trying until ``deadline``; the open descriptor holds the lock."""
    fd = _open(path, mode)
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(path)
            time.sleep(_POLL_SECONDS)
    except BaseException:
        os.close(fd)
        raise
    return fd


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_file(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock_file(fd: int) -> None:
        os.close(fd)  # closing the last descriptor of the open file releases flock's lock
