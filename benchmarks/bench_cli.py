"""Creating a CA plus one server certificate: the trustanchor command line vs openssl and mkcert.

Same key types on every side: ECDSA P-256 for both, and an RSA-3072 CA with an RSA-2048 leaf.
mkcert always makes an RSA-3072 CA, so it only appears in the RSA scenario. Keys are stored
without a passphrase on every side (mkcert has none), so the comparison is like for like.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 7
FLOOR_RUNS = 15
# The least any Python command line that signs a certificate pays: the interpreter, argparse and
# cryptography's X.509 module. `issue` is measured against it, runs interleaved so that load from
# elsewhere on the machine hits both alike.
FLOOR_COMMAND = (sys.executable, "-c", "import argparse, cryptography.x509")
# What any program that also reads or writes a private key through cryptography's public API
# loads on top (the serialization package, SSH support included, and json for its records):
# the part of `issue` no code of ours can avoid (docs/engineering.md, "The command line's
# start-up").
KEY_FLOOR_COMMAND = (sys.executable, "-c", "import argparse, cryptography.x509, json, "
                     "cryptography.hazmat.primitives.serialization")
LEAF = "bench.local"
Scenario = tuple[str, str, str]  # (label, trustanchor CA key, trustanchor leaf key)
SCENARIOS: tuple[Scenario, ...] = (
    ("ECDSA P-256", "ec-p256", "ec-p256"),
    ("RSA 3072 CA + RSA 2048 leaf", "rsa-3072", "rsa-2048"),
)
OPENSSL_KEYS = {
    "ec-p256": ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"],
    "rsa-3072": ["-newkey", "rsa:3072"],
    "rsa-2048": ["-newkey", "rsa:2048"],
}


def _trustanchor() -> list[str]:
    exe = Path(sys.executable).with_name("trustanchor")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "trustanchor.gui"]


def _environment() -> dict[str, str]:
    """This environment, but with bytecode caching on, as an installed app has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=env or _environment(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def trustanchor_once(work: Path, ca_key: str, leaf_key: str) -> None:
    base = [*_trustanchor(), "--home", str(work / "home")]
    _run([*base, "ca", "create", "--name", "Bench CA", "--key", ca_key, "--no-passphrase"], work)
    _run([*base, "issue", LEAF, "--key", leaf_key, "--out", str(work)], work)


def openssl_once(work: Path, ca_key: str, leaf_key: str) -> None:
    _run(["openssl", "req", "-x509", *OPENSSL_KEYS[ca_key], "-nodes", "-keyout", "ca.key",
          "-out", "ca.pem", "-subj", "/CN=Bench CA", "-days", "3650",
          "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
          "-addext", "keyUsage=critical,keyCertSign,cRLSign"], work)
    _run(["openssl", "req", "-x509", *OPENSSL_KEYS[leaf_key], "-nodes", "-keyout", "leaf.key",
          "-out", "leaf.pem", "-subj", f"/CN={LEAF}", "-days", "397",
          "-CA", "ca.pem", "-CAkey", "ca.key",
          "-addext", f"subjectAltName=DNS:{LEAF}", "-addext", "extendedKeyUsage=serverAuth",
          "-addext", "basicConstraints=critical,CA:FALSE",
          "-addext", "keyUsage=critical,digitalSignature"], work)


def mkcert_once(work: Path, ca_key: str, leaf_key: str) -> None:
    env = {**_environment(), "CAROOT": str(work / "caroot")}
    _run(["mkcert", "-cert-file", "leaf.pem", "-key-file", "leaf.key", LEAF], work, env)


def _median_seconds(fn: Callable[[Path, str, str], None], ca_key: str, leaf_key: str) -> float:
    times = []
    for attempt in range(RUNS + 1):
        with tempfile.TemporaryDirectory(prefix="ta-bench-") as tmp:
            start = time.perf_counter()
            fn(Path(tmp), ca_key, leaf_key)
            if attempt:  # the first run only warms caches (bytecode, page cache)
                times.append(time.perf_counter() - start)
    return statistics.median(times)


def _timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    _run(cmd, cwd)
    return time.perf_counter() - start


def floor_ratio() -> dict[str, float]:
    """Median seconds of `python -c "import argparse, cryptography.x509"` (the floor) and of
    `trustanchor issue` for one ECDSA name into a fresh folder, and their ratio."""
    floor, key_floor, issue = [], [], []
    with tempfile.TemporaryDirectory(prefix="ta-bench-") as tmp:
        work = Path(tmp)
        base = [*_trustanchor(), "--home", str(work / "home")]
        _run([*base, "ca", "create", "--name", "Bench CA", "--no-passphrase"], work)
        for attempt in range(FLOOR_RUNS + 1):
            floor_s = _timed(list(FLOOR_COMMAND), work)
            key_floor_s = _timed(list(KEY_FLOOR_COMMAND), work)
            issue_s = _timed([*base, "issue", f"n{attempt}.{LEAF}", "--out",
                              str(work / f"out{attempt}")], work)
            if attempt:  # the first round only warms caches
                floor.append(floor_s)
                key_floor.append(key_floor_s)
                issue.append(issue_s)
    row = {"floor": statistics.median(floor), "key_floor": statistics.median(key_floor),
           "issue": statistics.median(issue)}
    row["ratio_issue_vs_floor"] = row["issue"] / row["floor"]
    row["ratio_key_floor_vs_floor"] = row["key_floor"] / row["floor"]
    return row


def run() -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    row = floor_ratio()
    print(f"median of {FLOOR_RUNS} runs, one ECDSA server certificate against the import floor")
    print(f"{'floor':30} {row['floor']:12.3f}  python -c \"import argparse, cryptography.x509\"")
    print(f"{'floor + key export':30} {row['key_floor']:12.3f}  "
          f"{row['ratio_key_floor_vs_floor']:.2f}x the floor (+ serialization, json)")
    print(f"{'issue':30} {row['issue']:12.3f}  {row['ratio_issue_vs_floor']:.2f}x the floor")
    results["floor"] = row

    have_mkcert = shutil.which("mkcert") is not None
    print(f"median of {RUNS} runs, wall-clock seconds for CA + one server certificate")
    print(f"{'scenario':30} {'trustanchor':>12} {'openssl':>9} {'mkcert':>8} "
          f"{'ta/openssl':>11} {'ta/mkcert':>10}")
    for label, ca_key, leaf_key in SCENARIOS:
        row = {
            "trustanchor": _median_seconds(trustanchor_once, ca_key, leaf_key),
            "openssl": _median_seconds(openssl_once, ca_key, leaf_key),
        }
        if have_mkcert and ca_key == "rsa-3072":
            row["mkcert"] = _median_seconds(mkcert_once, ca_key, leaf_key)
        row["ratio_vs_openssl"] = row["trustanchor"] / row["openssl"]
        if "mkcert" in row:
            row["ratio_vs_mkcert"] = row["trustanchor"] / row["mkcert"]
        mk = f"{row['mkcert']:8.3f}" if "mkcert" in row else f"{'n/a':>8}"
        ratio_mk = f"{row['ratio_vs_mkcert']:10.2f}" if "mkcert" in row else f"{'n/a':>10}"
        print(f"{label:30} {row['trustanchor']:12.3f} {row['openssl']:9.3f} {mk} "
              f"{row['ratio_vs_openssl']:11.2f} {ratio_mk}")
        results[label] = row
    if not have_mkcert:
        print("mkcert is not installed (Debian: apt-get install mkcert); its column is empty")
    return results


if __name__ == "__main__":
    run()
