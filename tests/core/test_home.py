"""The CA home: layout, modes, never overwriting, archiving, the cross-process lock, recovery."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import platformdirs
import pytest

from trustanchor.core.errors import CAExistsError, CAHomeError, NoCAError, PassphraseError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.files import TEMP_PREFIX
from trustanchor.core.store.home import CAHome, default_home

PASSPHRASE = b"a long enough passphrase"
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes: Windows uses folder ACLs")


@pytest.fixture
def home(tmp_path: Path) -> CAHome:
    return CAHome(tmp_path / "home")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# -- where the home is -------------------------------------------------------------------------


def test_default_home_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRUSTANCHOR_HOME", str(tmp_path / "from-env"))
    assert default_home(tmp_path / "explicit") == tmp_path / "explicit"
    assert default_home(str(tmp_path / "text")) == tmp_path / "text"
    assert default_home() == tmp_path / "from-env"
    with pytest.raises(CAHomeError, match="--home is empty"):
        default_home("  ")  # an unset shell variable, not a wish for the default
    monkeypatch.setenv("TRUSTANCHOR_HOME", "~/ta-home")
    assert default_home() == Path.home() / "ta-home"
    monkeypatch.delenv("TRUSTANCHOR_HOME")
    expected = Path(platformdirs.user_data_dir("TrustAnchor", appauthor=False))
    assert default_home() == expected
    assert expected.name == "TrustAnchor"


def test_layout_paths(home: CAHome) -> None:
    assert home.ca_cert_path == home.root / "ca" / "ca.pem"
    assert home.ca_key_path == home.root / "ca" / "ca.key"
    assert home.issued_path == home.root / "issued.json"


# -- saving and loading ------------------------------------------------------------------------


def test_encrypted_round_trip(home: CAHome, ca: CertificateAuthority) -> None:
    assert not home.has_ca()
    home.save_new(ca, PASSPHRASE)
    assert home.has_ca()
    assert home.key_is_encrypted()
    key_text = home.ca_key_path.read_bytes()
    assert key_text.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert home.load_certificate() == ca.certificate
    loaded = home.load(PASSPHRASE)
    assert loaded.fingerprint_sha256 == ca.fingerprint_sha256
    assert loaded.private_key.private_numbers() == ca.private_key.private_numbers()  # type: ignore[comparison-overlap]


def test_plain_round_trip(home: CAHome, ca: CertificateAuthority) -> None:
    home.save_new(ca, None)
    assert not home.key_is_encrypted()
    assert home.ca_key_path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert home.load(None).certificate == ca.certificate
    assert home.load(b"ignored for a plain key").certificate == ca.certificate


@posix_only
def test_modes(home: CAHome, ca: CertificateAuthority) -> None:
    home.save_new(ca, None)
    assert _mode(home.root) == 0o700
    assert _mode(home.ca_dir) == 0o700
    assert _mode(home.ca_key_path) == 0o600
    assert _mode(home.ca_cert_path) & 0o022 == 0


def test_wrong_and_missing_passphrase(home: CAHome, ca: CertificateAuthority) -> None:
    home.save_new(ca, PASSPHRASE)
    with pytest.raises(PassphraseError, match="does not unlock"):
        home.load(b"wrong passphrase")
    with pytest.raises(PassphraseError, match="--passphrase-file"):
        home.load(None)


def test_empty_passphrase_is_refused(home: CAHome, ca: CertificateAuthority) -> None:
    with pytest.raises(PassphraseError):
        home.save_new(ca, b"")
    assert not home.has_ca()


def test_no_ca_yet(home: CAHome) -> None:
    with pytest.raises(NoCAError, match="ca create"):
        home.load_certificate()
    with pytest.raises(NoCAError):
        home.load(None)
    with pytest.raises(NoCAError):
        home.key_is_encrypted()
    assert home.issued() == []


# -- never overwrite, archive on replace --------------------------------------------------------


def test_save_new_never_overwrites(
    home: CAHome, ca: CertificateAuthority, other_ca: CertificateAuthority
) -> None:
    home.save_new(ca, None)
    before = _snapshot(home.ca_dir)
    with pytest.raises(CAExistsError) as caught:
        home.save_new(other_ca, None)
    assert str(home.ca_dir) in str(caught.value)
    assert _snapshot(home.ca_dir) == before


def test_a_lone_key_counts_as_a_ca(home: CAHome, other_ca: CertificateAuthority) -> None:
    home.ca_dir.mkdir(parents=True)
    home.ca_key_path.write_bytes(b"precious key material")
    assert home.has_ca()
    with pytest.raises(CAExistsError):
        home.save_new(other_ca, None)
    assert home.ca_key_path.read_bytes() == b"precious key material"
    with pytest.raises(CAHomeError, match="incomplete"):
        home.load(None)


def test_replace_archives_the_old_pair_and_its_record(
    home: CAHome, ca: CertificateAuthority, other_ca: CertificateAuthority
) -> None:
    home.save_new(ca, None)
    home.record_issued(ca.issue_server_cert("nas.local"), Path("nas.local.crt"))
    old = _snapshot(home.ca_dir)
    archived = home.replace(other_ca, None)
    assert archived.parent == home.root / "archive"
    moved = _snapshot(archived)
    assert {name: data for name, data in moved.items() if name != "issued.json"} == old
    assert json.loads((archived / "issued.json").read_bytes())["issued"][0]["names"] == [
        "nas.local"
    ]
    assert home.issued() == []
    assert home.load(None).certificate == other_ca.certificate
    again = home.replace(ca, None)  # within the same second: a distinct folder
    assert again != archived and again.parent == archived.parent
    assert home.load(None).certificate == ca.certificate
    assert (archived / "ca.pem").read_bytes() == old["ca.pem"]


def test_replace_needs_a_ca(home: CAHome, ca: CertificateAuthority) -> None:
    with pytest.raises(NoCAError):
        home.replace(ca, None)


# -- damage -----------------------------------------------------------------------------------


def test_damaged_files_give_clear_errors(
    home: CAHome, ca: CertificateAuthority, other_ca: CertificateAuthority
) -> None:
    home.save_new(ca, None)
    good_key = home.ca_key_path.read_bytes()
    home.ca_key_path.write_bytes(good_key[:60])
    with pytest.raises(CAHomeError, match="damaged"):
        home.load(None)
    home.ca_key_path.write_bytes(other_ca.export_key_pem(None))
    with pytest.raises(CAHomeError, match="does not belong"):
        home.load(None)
    home.ca_key_path.write_bytes(good_key)
    home.ca_cert_path.write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(CAHomeError, match="damaged"):
        home.load_certificate()


# -- the record of issued certificates -----------------------------------------------------------


def test_issued_record(home: CAHome, ca: CertificateAuthority) -> None:
    home.save_new(ca, None)
    first = ca.issue_server_cert("nas.local", "192.168.1.20")
    second = ca.issue_server_cert("printer.home.arpa")
    home.record_issued(first, home.root / "nas.local.crt")
    home.record_issued(second)
    records = home.issued()
    assert [r.names for r in records] == [("nas.local", "192.168.1.20"), ("printer.home.arpa",)]
    assert records[0].serial == f"{first.certificate.serial_number:X}"
    assert records[0].not_after == first.not_after
    assert records[0].not_after.tzinfo is not None
    assert records[0].path == str(home.root / "nas.local.crt")
    assert records[1].path is None


def test_damaged_record_is_kept_aside(home: CAHome, ca: CertificateAuthority) -> None:
    home.save_new(ca, None)
    home.issued_path.write_bytes(b"{not json")
    assert home.issued() == []
    home.record_issued(ca.issue_server_cert("nas.local"))
    assert [r.names for r in home.issued()] == [("nas.local",)]
    kept = list(home.root.glob("issued.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"{not json"


# -- recovery after a crash ---------------------------------------------------------------------


def _stage_by_hand(home: CAHome, source: CAHome, name: str) -> Path:
    staged = home.root / f"{TEMP_PREFIX}ca.{name}"
    staged.mkdir(parents=True)
    (staged / "ca.key").write_bytes(source.ca_key_path.read_bytes())
    (staged / "ca.pem").write_bytes(source.ca_cert_path.read_bytes())
    return staged


def test_finishes_an_install_interrupted_after_archiving(
    tmp_path: Path, ca: CertificateAuthority
) -> None:
    source = CAHome(tmp_path / "source")
    source.save_new(ca, None)
    home = CAHome(tmp_path / "home")
    staged = _stage_by_hand(home, source, "abc")
    assert home.has_ca()  # a complete staged pair is a CA: never offered as "create a new one"
    assert home.load_certificate() == ca.certificate
    assert not staged.exists()
    assert home.load(None).certificate == ca.certificate


def test_drops_stale_staging_and_temp_files(
    tmp_path: Path, ca: CertificateAuthority, other_ca: CertificateAuthority
) -> None:
    source = CAHome(tmp_path / "source")
    source.save_new(other_ca, None)
    home = CAHome(tmp_path / "home")
    home.save_new(ca, None)
    staged = _stage_by_hand(home, source, "old")
    half = home.root / f"{TEMP_PREFIX}ca.half"
    half.mkdir()
    (half / "ca.key").write_bytes(b"half")
    (home.root / f"{TEMP_PREFIX}issued.json.x").write_bytes(b"[")
    (home.ca_dir / f"{TEMP_PREFIX}ca.key.y").write_bytes(b"")
    with home.lock():
        pass
    assert not staged.exists() and not half.exists()
    assert sorted(p.name for p in home.root.iterdir()) == [".trustanchor.lock", "ca"]
    assert sorted(p.name for p in home.ca_dir.iterdir()) == ["ca.key", "ca.pem"]
    assert home.load(None).certificate == ca.certificate


# -- the cross-process lock ---------------------------------------------------------------------

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from trustanchor.core.store.home import CAHome

    with CAHome(Path(sys.argv[1])).lock():
        print("locked", flush=True)
        sys.stdin.read()
    """
)


def _spawn_holder(root: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_lock_held_by_another_process(home: CAHome, ca: CertificateAuthority) -> None:
    with _spawn_holder(home.root) as holder:
        try:
            home.lock_timeout = 0.5
            started = time.monotonic()
            with pytest.raises(CAHomeError, match="in use by another TrustAnchor program"):
                home.save_new(ca, None)
            waited = time.monotonic() - started
            assert 0.4 < waited < 5
            assert not home.has_ca()
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(timeout=30)
    home.save_new(ca, None)  # released: now it works
    assert home.load_certificate() == ca.certificate


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_is_released(home: CAHome, ca: CertificateAuthority) -> None:
    with _spawn_holder(home.root) as holder:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    home.lock_timeout = 2.0
    home.save_new(ca, None)
    assert home.has_ca()


def test_lock_is_reentrant_across_home_objects(home: CAHome, ca: CertificateAuthority) -> None:
    with home.lock(), CAHome(home.root).lock():
        home.save_new(ca, None)  # the command line's pattern: check, then save, one lock
    assert home.has_ca()


_RACER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.errors import CAExistsError
    from trustanchor.core.store.home import CAHome

    ca = CertificateAuthority.create(sys.argv[2])
    home = CAHome(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        home.save_new(ca, None)
    except CAExistsError:
        print("exists", flush=True)
    else:
        print("saved " + ca.fingerprint_sha256, flush=True)
    """
)


def test_two_programs_creating_at_once(home: CAHome) -> None:
    """Started together, exactly one saves; the other is refused; the winner's pair is on disk."""
    racers = [
        subprocess.Popen([sys.executable, "-c", _RACER, str(home.root), f"Racer {i}"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for i in range(2)
    ]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    outputs = []
    for racer in racers:
        with racer:
            outputs.append(racer.communicate(timeout=60)[0].strip())
    assert all(racer.returncode == 0 for racer in racers)
    winners = [out for out in outputs if out.startswith("saved ")]
    assert len(winners) == 1 and outputs.count("exists") == 1, outputs
    assert home.load(None).fingerprint_sha256 == winners[0].removeprefix("saved ")
