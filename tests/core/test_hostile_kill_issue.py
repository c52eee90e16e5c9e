"""SIGKILL `issue` at random moments and race two issuers: after the next command takes the
home's lock, every certificate is either complete and recorded, or absent; never half a set."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest
from hostilehelpers import cli

from trustanchor.core.flow import operations
from trustanchor.core.store.files import TEMP_PREFIX
from trustanchor.core.store.home import CAHome

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")

ROUNDS = int(os.environ.get("TRUSTANCHOR_KILL_ROUNDS", "40"))
TIME_LIMIT_SECONDS = 120.0
SUFFIXES = (".crt", ".key", ".fullchain.pem")


def _issue_forever(home: Path, out: Path, round_number: int) -> None:
    """The child: issue distinct names until killed (bounded, in case no kill comes)."""
    try:
        ca_home = CAHome(home)
        ca = ca_home.load(None)
        for i in range(10_000):
            operations.issue_certificate(ca_home, ca, (f"n{round_number}-{i}.lan",), out)
    finally:
        os._exit(0)


def _check_all_or_nothing(home: Path, out: Path) -> tuple[int, int]:
    """(complete recorded sets, files) after recovery; fails on any half set."""
    with CAHome(home).lock():  # what any next command does: recover a killed issue
        pass
    assert not (home / ".trustanchor-issuing.json").exists()
    recorded = set()
    if (home / "issued.json").exists():
        entries = json.loads((home / "issued.json").read_text())["issued"]
        recorded = {Path(entry["path"]).name[: -len(".crt")] for entry in entries}
    leftovers = [p.name for p in [*out.iterdir(), *home.iterdir()]
                 if p.name.startswith(TEMP_PREFIX)]
    assert leftovers == [], leftovers
    finals = [p.name for p in out.iterdir()]
    stems = {name[: -len(s)] for name in finals for s in SUFFIXES if name.endswith(s)}
    for stem in stems:
        present = {s for s in SUFFIXES if (out / f"{stem}{s}").exists()}
        assert stem in recorded, f"{stem}: files {present} without a record"
        assert present == set(SUFFIXES), f"{stem}: only {present}"
    for stem in recorded:
        assert all((out / f"{stem}{s}").exists() for s in SUFFIXES), f"{stem} recorded, missing"
    return len(recorded), len(finals)


@pytest.mark.slow
def test_sigkill_during_issue_never_leaves_half_a_set(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    assert cli("--home", str(home), "ca", "create", "--name", "Kill CA",
               "--no-passphrase").returncode == 0
    out.mkdir(mode=0o700)
    CAHome(home).load(None)  # warm the imports the child inherits
    rng = random.Random(1234)
    deadline = time.monotonic() + TIME_LIMIT_SECONDS
    rounds = 0
    while rounds < ROUNDS and time.monotonic() < deadline:
        pid = os.fork()
        if pid == 0:
            _issue_forever(home, out, rounds)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        _check_all_or_nothing(home, out)
        rounds += 1
    assert rounds >= min(ROUNDS, 10)
    complete, _ = _check_all_or_nothing(home, out)
    assert complete > 0  # the loop did issue between the kills


def test_two_issuers_at_once_both_succeed_and_are_both_recorded(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert cli("--home", str(home), "ca", "create", "--name", "Race CA",
               "--no-passphrase").returncode == 0
    import subprocess
    import sys

    out = tmp_path / "out"
    base = [sys.executable, "-m", "trustanchor.core.cli.main", "--home", str(home), "issue"]
    children = [subprocess.Popen([*base, f"host{i}.lan", "--out", str(out)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for i in range(4)]
    results = [child.communicate(timeout=120) for child in children]
    codes = [child.returncode for child in children]
    assert codes == [0, 0, 0, 0], results
    entries = json.loads((home / "issued.json").read_text())["issued"]
    assert sorted(entry["names"][0] for entry in entries) == [f"host{i}.lan" for i in range(4)]


def test_recovery_takes_back_only_the_files_it_placed(tmp_path: Path) -> None:
    """A journal left by a killed issue names three files; one was since replaced by the
    person (another inode), one is the placed file, one never got placed."""
    from trustanchor.core.store import journal

    folder = tmp_path / "out"
    folder.mkdir()
    placed, replaced, unplaced = (folder / n for n in ("a.crt", "a.key", "a.fullchain.pem"))
    temps = [folder / f"{TEMP_PREFIX}{p.name}.0123456789abcdef" for p in (placed, replaced,
                                                                           unplaced)]
    for temp in temps:
        temp.write_bytes(b"new")
    record = tmp_path / "journal.json"
    journal.write_journal(record, [(p, t, None) for p, t in zip((placed, replaced, unplaced),
                                                                temps, strict=True)],
                          written=True)
    os.link(temps[0], placed)
    os.link(temps[1], replaced)
    replaced.unlink()
    replaced.write_bytes(b"the person's own file")
    assert journal.recover(record, lambda path: False) == 1
    assert not placed.exists() and not unplaced.exists()
    assert replaced.read_bytes() == b"the person's own file"
    assert sorted(p.name for p in folder.iterdir()) == ["a.key"]
    assert not record.exists()


def test_recovery_keeps_files_the_record_already_names(tmp_path: Path) -> None:
    from trustanchor.core.store import journal

    final = tmp_path / "b.crt"
    temp = tmp_path / f"{TEMP_PREFIX}b.crt.0123456789abcdef"
    temp.write_bytes(b"cert")
    record = tmp_path / "journal.json"
    journal.write_journal(record, [(final, temp, None)], written=True)
    os.link(temp, final)
    assert journal.recover(record, lambda path: path == final) == 0
    assert final.read_bytes() == b"cert" and not temp.exists() and not record.exists()
