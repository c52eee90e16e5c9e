"""SIGKILL a writer at random moments: the key and certificate are always old-or-new and whole.

A helper process imports everything once and forks a fresh writer for every round (so a
round costs milliseconds, not an interpreter start); the test kills that writer with SIGKILL
after a random delay, the helper reaps it, and the test inspects the files. Two loops, each
bounded in count and time:

- files: writers rewrite ca.key / ca.pem with core.files.atomic_write, alternating between two
  real CAs of different sizes (an in-place write would leave a mix or a stump);
- home: writers replace the CA in a CA home again and again (stage, archive, install); after
  each kill the next CAHome.load() must yield a complete CA (finishing an interrupted install
  itself), and at the end every archived pair must be complete and matching.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography import x509

from trustanchor.core.defaults import KeyType
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.keystore import decrypt_private_key
from trustanchor.core.store.files import TEMP_PREFIX, atomic_write, clean_stale_temp_files
from trustanchor.core.store.home import CAHome

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX-only"),
]

SEED = 1_128
FILE_KILLS = 200
HOME_KILLS = 120
# Bounds, not goals: an idle machine reaches the kill counts in a few seconds; these leave room
# for a loaded one to still reach MIN_KILLS.
FILE_BUDGET_SECONDS = 30.0
HOME_BUDGET_SECONDS = 30.0
MIN_KILLS = 100
FILE_MAX_DELAY_SECONDS = 0.03
HOME_MAX_DELAY_SECONDS = 0.06  # a replacement (4 file and 3 folder fsyncs) takes longer

_FORK_SERVER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.files import atomic_write
    from trustanchor.core.store.home import CAHome

    mode, target = sys.argv[1], Path(sys.argv[2])
    pairs = [(Path(c).read_bytes(), Path(k).read_bytes())
             for c, k in zip(sys.argv[3::2], sys.argv[4::2])]
    cas = [CertificateAuthority(x509.load_pem_x509_certificate(c), load_pem_private_key(k, None))
           for c, k in pairs]
    home = CAHome(target)

    def write(i):
        if mode == "files":
            cert, key = pairs[i % 2]
            atomic_write(target / "ca.key", key, private=True)
            atomic_write(target / "ca.pem", cert)
        else:
            home.replace(cas[i % 2], None)

    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "spawn":
            break
        pid = os.fork()
        if pid == 0:
            try:
                for i in range(10_000_000):
                    write(i)
            finally:
                os._exit(0)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(status, flush=True)
    """
)


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    """Two CAs (EC and RSA, so the files differ in length) as PEM files outside the targets."""
    folder = tmp_path_factory.mktemp("sources")
    out = []
    for index, key_type in enumerate((KeyType.EC_P256, KeyType.RSA_2048)):
        ca = CertificateAuthority.create(f"Kill Test CA {index}", key_type=key_type)
        cert, key = folder / f"{index}.pem", folder / f"{index}.key"
        cert.write_bytes(ca.cert_pem)
        key.write_bytes(ca.export_key_pem(None))
        out.append((cert, key))
    return out


class Killer:
    """Talks to the fork server: start one writer, kill it at a random moment, wait for it."""

    def __init__(self, server: subprocess.Popen[str], seed: int, max_delay: float) -> None:
        assert server.stdin is not None and server.stdout is not None
        self._stdin, self._stdout = server.stdin, server.stdout
        self._rng = random.Random(seed)
        self._max_delay = max_delay
        assert self._stdout.readline().strip() == "ready"

    def round(self) -> None:
        self._stdin.write("spawn\n")
        self._stdin.flush()
        pid = int(self._stdout.readline())
        time.sleep(self._rng.uniform(0, self._max_delay))
        os.kill(pid, signal.SIGKILL)
        status = int(self._stdout.readline())  # the writer is gone: nothing writes any more
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@contextmanager
def _killer(
    mode: str, target: Path, pairs: list[tuple[Path, Path]], seed: int, max_delay: float
) -> Iterator[Killer]:
    argv = [sys.executable, "-c", _FORK_SERVER, mode, str(target)]
    argv += [str(path) for pair in pairs for path in pair]
    with subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as server:
        try:
            yield Killer(server, seed, max_delay)
        finally:
            assert server.stdin is not None
            server.stdin.close()
            server.wait(timeout=30)


@pytest.fixture
def file_killer(tmp_path: Path, pairs: list[tuple[Path, Path]]) -> Iterator[Killer]:
    target = tmp_path / "target"
    target.mkdir(mode=0o700)
    atomic_write(target / "ca.pem", pairs[0][0].read_bytes())
    atomic_write(target / "ca.key", pairs[0][1].read_bytes(), private=True)
    with _killer("files", target, pairs, SEED, FILE_MAX_DELAY_SECONDS) as killer:
        yield killer


def test_sigkill_during_atomic_writes(
    tmp_path: Path, pairs: list[tuple[Path, Path]], file_killer: Killer
) -> None:
    target = tmp_path / "target"
    certs = {c.read_bytes() for c, _ in pairs}
    keys = {k.read_bytes() for _, k in pairs}
    kills = leftovers = 0
    seen_keys: set[bytes] = set()
    started = time.monotonic()
    while kills < FILE_KILLS and time.monotonic() < started + FILE_BUDGET_SECONDS:
        file_killer.round()
        kills += 1
        key, cert = (target / "ca.key").read_bytes(), (target / "ca.pem").read_bytes()
        assert key in keys, f"kill {kills}: ca.key is neither the old nor the new key"
        assert cert in certs, f"kill {kills}: ca.pem is neither the old nor the new certificate"
        decrypt_private_key(key, None)
        x509.load_pem_x509_certificate(cert)
        assert stat.S_IMODE((target / "ca.key").stat().st_mode) == 0o600
        seen_keys.add(key)
        leftovers += clean_stale_temp_files(target)
        assert sorted(os.listdir(target)) == ["ca.key", "ca.pem"]
    print(f"file kill loop: {kills} kills in {time.monotonic() - started:.1f} s, {leftovers} "
          f"temp files left by kills mid-write, {len(seen_keys)} distinct keys seen")
    assert kills >= MIN_KILLS
    assert leftovers > 0  # some kills really landed in the middle of a write
    assert len(seen_keys) == 2  # and the writers really did replace the files between kills


def _loaded_pairs(pairs: list[tuple[Path, Path]]) -> list[CertificateAuthority]:
    return [
        CertificateAuthority(x509.load_pem_x509_certificate(cert.read_bytes()),
                             decrypt_private_key(key.read_bytes(), None))
        for cert, key in pairs
    ]


def _archived_pairs(home: CAHome) -> int:
    count = 0
    for folder in sorted(home.archive_dir.iterdir()):
        cert = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
        key = decrypt_private_key((folder / "ca.key").read_bytes(), None)
        CertificateAuthority(cert, key)  # raises if the pair does not match
        count += 1
    return count


def test_sigkill_during_ca_replacement(tmp_path: Path, pairs: list[tuple[Path, Path]]) -> None:
    cas = _loaded_pairs(pairs)
    fingerprints = {ca.fingerprint_sha256 for ca in cas}
    home = CAHome(tmp_path / "home")
    home.save_new(cas[0], None)
    kills = recovered = 0
    started = time.monotonic()
    with _killer("home", home.root, pairs, SEED + 1, HOME_MAX_DELAY_SECONDS) as killer:
        while kills < HOME_KILLS and time.monotonic() < started + HOME_BUDGET_SECONDS:
            killer.round()
            kills += 1
            recovered += not home.ca_dir.exists()
            loaded = CAHome(home.root).load(None)  # finishes an interrupted install if needed
            assert loaded.fingerprint_sha256 in fingerprints, f"kill {kills}: unknown CA"
            leftovers = [p.name for p in home.root.iterdir() if p.name.startswith(TEMP_PREFIX)]
            assert leftovers == [], f"kill {kills}: {leftovers} survived the recovery"
    archived = _archived_pairs(home)
    print(f"home kill loop: {kills} kills in {time.monotonic() - started:.1f} s, {recovered} "
          f"interrupted installs finished, {archived} archived pairs, all complete")
    assert kills >= MIN_KILLS
    assert recovered > 0  # some kills struck between archiving the old pair and installing
    assert archived >= 10  # and writers got through whole replacements between kills
