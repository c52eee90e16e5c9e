"""core/store/lock.py: exclusive between threads and programs, re-entrant within a thread."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from trustanchor.core.store.lock import FileLock, LockTimeout

_HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from trustanchor.core.store.lock import FileLock

    lock = FileLock(Path(sys.argv[1]))
    lock.acquire(5)
    print("locked", flush=True)
    sys.stdin.read()
    lock.release()
    """
)


def test_reentrant_within_a_thread_across_objects(tmp_path: Path) -> None:
    path = tmp_path / "home.lock"
    outer, inner = FileLock(path), FileLock(path)
    outer.acquire(1)
    inner.acquire(1)
    assert (outer.depth, inner.depth) == (2, 2)
    inner.release()
    assert outer.depth == 1
    outer.release()
    assert outer.depth == 0
    assert path.exists()  # never deleted: a second program must lock the same file


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_lock_file_is_private(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "home.lock", 0o600)
    lock.acquire(1)
    lock.release()
    assert stat.S_IMODE((tmp_path / "home.lock").stat().st_mode) == 0o600


def test_another_thread_waits_then_times_out(tmp_path: Path) -> None:
    path = tmp_path / "home.lock"
    lock = FileLock(path)
    lock.acquire(1)
    outcome: list[object] = []

    def contender() -> None:
        other = FileLock(path)
        started = time.monotonic()
        try:
            other.acquire(0.3)
        except LockTimeout:
            outcome.append(time.monotonic() - started)
        else:
            outcome.append("acquired")
            other.release()

    thread = threading.Thread(target=contender)
    thread.start()
    thread.join(10)
    assert outcome and isinstance(outcome[0], float) and 0.25 < outcome[0] < 5
    assert lock.depth == 1  # the holder still holds it
    lock.release()
    thread = threading.Thread(target=contender)
    thread.start()
    thread.join(10)
    assert outcome[1] == "acquired"


def test_another_program_waits_for_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "home.lock"
    with subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        lock = FileLock(path)
        with pytest.raises(LockTimeout):
            lock.acquire(0.3)
        assert lock.depth == 0  # a failed attempt leaves nothing held in this process
        holder.stdin.close()
        holder.wait(timeout=30)
    lock.acquire(5)
    lock.release()


def test_a_failed_acquire_lets_the_thread_try_again(tmp_path: Path) -> None:
    """The in-process guard is released when the file lock times out (no stuck RLock)."""
    path = tmp_path / "home.lock"
    with subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockTimeout):
            FileLock(path).acquire(0.2)
        holder.stdin.close()
        holder.wait(timeout=30)
    done: list[bool] = []

    def again() -> None:
        lock = FileLock(path)
        lock.acquire(2)
        done.append(True)
        lock.release()

    thread = threading.Thread(target=again)
    thread.start()
    thread.join(10)
    assert done == [True]
