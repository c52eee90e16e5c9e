"""Issuing against a hostile home and odd names: a damaged record, names as long as DNS allows,
a failing write, a read-only home, IPv4-mapped addresses. Issue is all or nothing."""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from certhelpers import openssl_verify
from cryptography import x509
from hostilehelpers import cli

from trustanchor.core.pki.names import parse_name
from trustanchor.core.pki.reader import san_names


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    result = cli("--home", str(home), "ca", "create", "--name", "Issue CA", "--no-passphrase")
    assert result.returncode == 0, result.stderr
    return home


def _listing(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir()) if folder.exists() else []


def _recorded(home: Path) -> list[dict[str, object]]:
    return list(json.loads((home / "issued.json").read_text())["issued"])


# -- item 6: a damaged record ------------------------------------------------------------------


def test_a_deeply_nested_record_is_set_aside_not_a_crash(tmp_path: Path, home: Path) -> None:
    (home / "issued.json").write_text("[" * 200_000 + "]" * 200_000)
    shown = cli("--home", str(home), "ca", "show")
    assert shown.returncode == 0 and b"Traceback" not in shown.stderr, shown.stderr
    assert b"damaged" in shown.stderr
    out = tmp_path / "out"
    issued = cli("--home", str(home), "issue", "nas.local", "--out", str(out))
    assert issued.returncode == 0, issued.stderr
    assert b"Traceback" not in issued.stderr
    assert [entry["names"] for entry in _recorded(home)] == [["nas.local"]]
    damaged = [p.name for p in home.iterdir() if p.name.startswith("issued.json.damaged-")]
    assert len(damaged) == 1
    assert (home / damaged[0]).read_text().startswith("[[[")  # kept for the person


def test_a_record_of_the_wrong_shape_is_set_aside(tmp_path: Path, home: Path) -> None:
    (home / "issued.json").write_text('{"version": 1, "issued": [1, "two", [3]]}')
    issued = cli("--home", str(home), "issue", "nas.local", "--out", str(tmp_path / "o"))
    assert issued.returncode == 0, issued.stderr
    assert b"set aside" in issued.stderr
    assert len(_recorded(home)) == 1


# -- item 7: long names and all-or-nothing -----------------------------------------------------


def _longest_name() -> str:
    labels = ["a" * 63, "b" * 63, "c" * 63, "d" * 57, "lan"]  # 253 characters
    name = ".".join(labels)
    assert len(name) == 253
    return name


def test_the_longest_valid_name_is_issued_and_recorded(tmp_path: Path, home: Path) -> None:
    name = _longest_name()
    out = tmp_path / "out"
    first = cli("--home", str(home), "issue", name, "--out", str(out), "--p12")
    assert first.returncode == 0, first.stderr
    files = _listing(out)
    assert len(files) == 4 and all(len(f.encode()) <= 255 - 34 for f in files), files
    recorded = _recorded(home)
    assert recorded[0]["names"] == [name] and Path(str(recorded[0]["path"])).exists()
    leaf = x509.load_pem_x509_certificate((out / files[0]).read_bytes())
    assert [n.value for n in san_names(leaf)] == [name]
    again = cli("--home", str(home), "issue", name, "--out", str(out))
    assert again.returncode != 0 and b"already exists" in again.stderr


def test_long_stems_stay_distinct_and_short_enough() -> None:
    from trustanchor.core.store.outputs import MAX_STEM_BYTES, bounded_stem

    base = _longest_name()
    other = base[:-5] + "x.lan"
    stems = {bounded_stem(parse_name(n).value) for n in (base, other)}
    assert len(stems) == 2
    assert all(len(s.encode()) <= MAX_STEM_BYTES for s in stems)
    assert bounded_stem("nas.local") == "nas.local"


def test_a_failing_write_leaves_no_file_and_no_record(tmp_path: Path, home: Path) -> None:
    """The .p12 is the largest file: with writes over 1,350 bytes failing (EFBIG), the
    certificate and key must not stay behind, nor a temp file; a retry then works."""
    out = tmp_path / "out"
    out.mkdir()
    failed = cli("--home", str(home), "issue", "nas.local", "--out", str(out), "--p12",
                 max_file_bytes=1350)
    assert failed.returncode != 0, failed.stdout
    assert b"Traceback" not in failed.stderr
    assert _listing(out) == []
    assert not (home / "issued.json").exists()
    retry = cli("--home", str(home), "issue", "nas.local", "--out", str(out), "--p12")
    assert retry.returncode == 0, retry.stderr
    assert len(_listing(out)) == 4


# -- item 8: IPv4-mapped IPv6 ------------------------------------------------------------------


def test_ipv4_mapped_addresses_become_ipv4(tmp_path: Path, home: Path) -> None:
    assert parse_name("::ffff:192.168.1.1").value == "192.168.1.1"
    out = tmp_path / "out"
    issued = cli("--home", str(home), "issue", "::ffff:192.168.1.1", "--out", str(out))
    assert issued.returncode == 0, issued.stderr
    leaf = x509.load_pem_x509_certificate((out / "192.168.1.1.crt").read_bytes())
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("192.168.1.1")]
    ca = x509.load_pem_x509_certificate((home / "ca" / "ca.pem").read_bytes())
    verified = openssl_verify(tmp_path, ca, leaf, "-verify_ip", "192.168.1.1")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    both = cli("--home", str(home), "issue", "192.168.1.1", "::ffff:192.168.1.1", "--out",
               str(tmp_path / "dup"))
    assert both.returncode != 0 and b"same name" in both.stderr


# -- item 9: a read-only home ------------------------------------------------------------------


def _read_only_issue(home: Path, out: Path) -> subprocess.CompletedProcess[bytes]:
    args = [sys.executable, "-m", "trustanchor.core.cli.main", "--home", str(home), "issue",
            "nas.local", "--out", str(out)]
    if os.geteuid() != 0:
        home.chmod(0o500)
        try:
            return subprocess.run(args, capture_output=True, timeout=60)
        finally:
            home.chmod(0o700)
    # root ignores modes: in a private mount namespace, the home becomes a read-only bind
    # mount while its lock file stays writable, as with `chmod 500 home` for anyone else.
    unshare = shutil.which("unshare")
    assert unshare is not None
    lock = home.parent / "writable.lock"
    lock.write_bytes(b"")
    script = ('mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && '
              'mount --bind "$2" "$1/.trustanchor.lock" && shift 2 && exec "$@"')
    return subprocess.run([unshare, "-m", "sh", "-c", script, "sh", str(home), str(lock),
                           *args], capture_output=True, timeout=60)


def test_a_read_only_home_fails_before_any_file_is_written(tmp_path: Path, home: Path) -> None:
    out = tmp_path / "out"
    result = _read_only_issue(home, out)
    assert result.returncode != 0, result.stdout
    err = result.stderr.decode()
    assert "Traceback" not in err and ".trustanchor-tmp-" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert _listing(out) == []
