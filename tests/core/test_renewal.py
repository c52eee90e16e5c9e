"""Renewing server certificates: what is due, archiving the old files, `trustanchor renew`."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from cryptography import x509

from trustanchor.core.cli.main import main
from trustanchor.core.errors import OutputFileError
from trustanchor.core.flow import operations
from trustanchor.core.flow.renewal import (
    current_certificates,
    is_due,
    recorded_certificates,
    renew,
    select,
)
from trustanchor.core.flow.state import RecordedCert
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import CAHome
from trustanchor.core.store.issued import IssuedRecord

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


@pytest.fixture
def home(tmp_path: Path) -> CAHome:
    home = CAHome(tmp_path / "home")
    home.save_new(CertificateAuthority.create("Renew Test CA"), None)
    return home


def issue(home: CAHome, folder: Path, *names: str, days: int) -> Path:
    ca = home.load(None)
    return operations.issue_certificate(home, ca, names, folder, days=days).files[0]


def serial_of(path: Path) -> int:
    return x509.load_pem_x509_certificate(path.read_bytes()).serial_number


def test_the_newest_record_per_file_is_the_current_certificate() -> None:
    old = IssuedRecord(("nas.local",), "01", NOW, "/srv/nas.local.crt")
    new = IssuedRecord(("nas.local",), "02", NOW + dt.timedelta(days=397), "/srv/nas.local.crt")
    other = IssuedRecord(("pi.local",), "03", NOW, "/srv/pi.local.crt")
    assert current_certificates([old, other, new]) == (
        RecordedCert(("pi.local",), NOW, "/srv/pi.local.crt"),
        RecordedCert(("nas.local",), NOW + dt.timedelta(days=397), "/srv/nas.local.crt"))


def test_due_means_within_the_window_or_expired() -> None:
    soon = RecordedCert(("a.local",), NOW + dt.timedelta(days=29), "/a.crt")
    later = RecordedCert(("b.local",), NOW + dt.timedelta(days=31), "/b.crt")
    gone = RecordedCert(("c.local",), NOW - dt.timedelta(days=1), "/c.crt")
    assert is_due(soon, now=NOW) and is_due(gone, now=NOW) and not is_due(later, now=NOW)
    assert select([soon, later, gone], now=NOW) == [soon, gone]
    assert select([soon, later, gone], ["B.LOCAL"], now=NOW) == []
    assert select([soon, later, gone], ["b.local"], force=True, now=NOW) == [later]
    assert select([soon, later], within_days=40, now=NOW) == [soon, later]


def test_renew_archives_the_old_files_and_writes_new_ones(home: CAHome, tmp_path: Path) -> None:
    folder = tmp_path / "srv"
    crt = issue(home, folder, "nas.local", "192.168.1.20", days=10)
    old_serial, old_key = serial_of(crt), crt.with_suffix(".key").read_bytes()
    (cert,) = recorded_certificates(home)
    done = renew(home, home.load(None), cert)
    assert done.archived is not None and done.archived.parent == folder / "archive"
    assert sorted(p.name for p in done.archived.iterdir()) == [
        "nas.local.crt", "nas.local.fullchain.pem", "nas.local.key"]
    assert serial_of(done.archived / "nas.local.crt") == old_serial
    assert (done.archived / "nas.local.key").read_bytes() == old_key
    assert os.stat(done.archived).st_mode & 0o777 == 0o700
    assert serial_of(crt) != old_serial and crt.with_suffix(".key").read_bytes() != old_key
    new = x509.load_pem_x509_certificate(crt.read_bytes())
    assert new.not_valid_after_utc - new.not_valid_before_utc > dt.timedelta(days=390)
    (current,) = recorded_certificates(home)
    assert current.names == ("nas.local", "192.168.1.20") and current.path == str(crt)
    assert len(json.loads(home.issued_path.read_text())["issued"]) == 2


def test_a_failed_renewal_puts_the_old_files_back(home: CAHome, tmp_path: Path) -> None:
    folder = tmp_path / "srv"
    crt = issue(home, folder, "nas.local", days=10)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    broken = RecordedCert(("not a name!",), NOW, str(crt))
    with pytest.raises(Exception, match="name"):
        renew(home, home.load(None), broken)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    with pytest.raises(OutputFileError, match="where its files are"):
        renew(home, home.load(None), RecordedCert(("nas.local",), NOW, None))


def test_cli_renews_what_is_due_and_says_when_nothing_is(
        home: CAHome, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    due = issue(home, tmp_path / "a", "nas.local", days=10)
    fresh = issue(home, tmp_path / "b", "pi.local", days=200)
    due_serial, fresh_serial = serial_of(due), serial_of(fresh)
    args = ["--home", str(home.root), "renew"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Renewed nas.local: ") and "archive" in lines[0]
    assert serial_of(due) != due_serial and serial_of(fresh) == fresh_serial
    assert main(args) == 0
    assert "Nothing to renew" in capsys.readouterr().out
    assert main([*args, "--within", "300", "pi.local"]) == 0
    assert capsys.readouterr().out.startswith("Renewed pi.local")
    assert serial_of(fresh) != fresh_serial
    assert main([*args, "--force", "nas.local"]) == 0
    assert capsys.readouterr().out.count("Renewed") == 1
    assert len(list((tmp_path / "a" / "archive").iterdir())) == 2


def test_cli_with_nothing_on_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(tmp_path / "empty"), "renew"]) == 0
    assert "no certificate is on record" in capsys.readouterr().out
