"""What the command line prints and replaces: --force, the created folder, check's verdict,
the Bonjour line, and failures through the installed `trustanchor` program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trustanchor.core.cli.main import main
from trustanchor.core.cli.publish import bonjour_words
from trustanchor.core.publish.bonjour import BonjourStatus


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> str:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("trustanchor: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture
def home(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    home = tmp_path / "home"
    code, _, err = run(capsys, "--home", str(home), "ca", "create", "--name", "Out CA",
                       "--no-passphrase")
    assert code == 0, err
    return home


# --- --force: one way to replace outputs, offered where it is needed ------------------------------

def test_issue_force_replaces_and_the_refusal_offers_it(capsys: pytest.CaptureFixture[str],
                                                        home: Path, tmp_path: Path) -> None:
    out = tmp_path / "certs"
    args = ("--home", str(home), "issue", "nas.local", "--out", str(out))
    assert run(capsys, *args)[0] == 0
    key = (out / "nas.local.key").read_bytes()
    code, _, err = run(capsys, *args)
    line = one_line(code, err)
    assert line.endswith("already exists; add --force to replace it")
    assert (out / "nas.local.key").read_bytes() == key
    code, stdout, err = run(capsys, *args, "--force")
    assert code == 0, err
    assert (out / "nas.local.key").read_bytes() != key
    assert "Created the folder" not in stdout


def test_export_refusal_offers_force(capsys: pytest.CaptureFixture[str], home: Path,
                                     tmp_path: Path) -> None:
    target = tmp_path / "ca.der"
    target.write_bytes(b"old")
    args = ("--home", str(home), "ca", "export", "--format", "der", "--out", str(target))
    assert one_line(*run(capsys, *args)[::2]).endswith("already exists; add --force to replace it")
    assert target.read_bytes() == b"old"
    assert run(capsys, *args, "--force")[0] == 0
    assert target.read_bytes() != b"old"


def test_force_never_replaces_the_ca(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    ca_dir = home / "ca"
    before = {p.name: p.read_bytes() for p in ca_dir.iterdir()}
    code, _, err = run(capsys, "--home", str(home), "issue", "ca", "--out", str(ca_dir),
                       "--force")
    assert "--replace" in one_line(code, err)
    code, _, err = run(capsys, "--home", str(home), "ca", "export", "--format", "der",
                       "--out", str(ca_dir / "ca.pem"), "--force")
    assert "never replaces the CA's files" in one_line(code, err)
    link = home.parent / "link"
    link.symlink_to(ca_dir)  # a way round through a symlink is refused too
    code, _, err = run(capsys, "--home", str(home), "ca", "export", "--format", "der",
                       "--out", str(link / "ca.key"), "--force")
    assert "CA home" in one_line(code, err)
    assert {p.name: p.read_bytes() for p in ca_dir.iterdir()} == before


def test_force_replaces_only_regular_files(capsys: pytest.CaptureFixture[str], home: Path,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "taken.pem"
    folder.mkdir()
    code, _, err = run(capsys, "--home", str(home), "ca", "export", "--format", "pem",
                       "--out", str(folder), "--force")
    assert "not a regular file" in one_line(code, err)
    assert folder.is_dir()


def test_issue_says_it_created_the_folder(capsys: pytest.CaptureFixture[str], home: Path,
                                          tmp_path: Path) -> None:
    folder = tmp_path / "new" / "certs"
    code, out, err = run(capsys, "--home", str(home), "issue", "a.local", "--out", str(folder))
    assert code == 0, err
    assert f"Created the folder {folder}" in out
    assert folder.stat().st_mode & 0o777 == 0o700


# --- check: one verdict that says what the certificate is -----------------------------------------

def test_check_on_the_root_says_what_ios_does_with_it(capsys: pytest.CaptureFixture[str],
                                                      home: Path) -> None:
    code, out, _ = run(capsys, "check", str(home / "ca" / "ca.pem"))
    assert code == 0
    assert out.count("Result:") == 1
    assert "a root CA that passes Apple's rules" in out
    assert "Certificate Trust Settings" in out
    assert "an iPhone will accept it" not in out


def test_check_on_a_server_certificate(capsys: pytest.CaptureFixture[str], home: Path,
                                       tmp_path: Path) -> None:
    assert run(capsys, "--home", str(home), "issue", "nas.local", "10.0.0.2", "--out",
               str(tmp_path))[0] == 0
    code, out, _ = run(capsys, "check", str(tmp_path / "nas.local.crt"),
                       "--ca", str(home / "ca" / "ca.pem"))
    assert code == 0
    assert out.count("Result:") == 1
    assert "a server certificate that passes Apple's rules" in out
    assert "nas.local, 10.0.0.2" in out


def test_check_refusal_is_said_once_and_names_the_role(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    """A self-signed certificate that is not a CA, checked as a root: what it lacks, once."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert = tmp_path / "notca.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-noenc", "-keyout", str(tmp_path / "k.pem"),
                    "-out", str(cert), "-subj", "/CN=Not A CA", "-days", "300",
                    "-addext", "basicConstraints=critical,CA:FALSE"],
                   check=True, capture_output=True)
    code, out, _ = run(capsys, "check", str(cert))
    assert code == 1
    verdicts = [line for line in out.splitlines() if "refuse" in line or "reject" in line]
    assert len(verdicts) == 1, out
    assert "as a root CA" in verdicts[0]
    assert "root.not-ca" in out


# --- publish's Bonjour line ---------------------------------------------------------------------

@pytest.mark.parametrize(("status", "words"), [
    (BonjourStatus("off", message="Bonjour is off (--no-mdns)."), "off"),
    (BonjourStatus("stopped", message="Bonjour is off."), "off"),
    (BonjourStatus("registering", "Home CA", 'Announcing "Home CA"…'), 'announcing as "Home CA"'),
    (BonjourStatus("registered", "Home CA (2)", "Visible"), 'visible as "Home CA (2)"'),
    (BonjourStatus("failed", None, "Bonjour could not start; use the QR code."),
     "could not start; use the QR code."),
])
def test_bonjour_words(status: BonjourStatus, words: str) -> None:
    assert bonjour_words(status) == words


# --- failures through the installed program -------------------------------------------------------

def _program() -> list[str]:
    exe = Path(sys.executable).with_name("trustanchor")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "trustanchor.gui"]


@pytest.mark.parametrize(("argv", "status", "needle"), [
    (["ca", "create", "--name", "X", "--bogus"], 2, "see `trustanchor ca create --help`"),
    (["ca", "create", "--name", "X", "--no-passphrase", "--passphrase-file", "p"], 2,
     "not allowed with"),
    (["ca", "show", "--home", "OTHER"], 2, "--home is given twice"),
    (["issue", "bad name"], 1, "space"),
    (["issue", "a.local", "--days", "9999"], 1, "825"),
    (["ca", "export", "--format", "pem", "--out", "EXISTING"], 1, "add --force"),
    (["check", "EXISTING"], 1, "EXISTING"),
    (["ca", "import", "MISSING", "--no-passphrase", "--replace"], 1, "MISSING"),
])
def test_failures_through_the_installed_program(home: Path, tmp_path: Path, argv: list[str],
                                                status: int, needle: str) -> None:
    existing = tmp_path / "existing.txt"
    existing.write_text("not a certificate")
    names = {"EXISTING": str(existing), "MISSING": str(tmp_path / "missing.p12"),
             "OTHER": str(tmp_path / "other")}
    argv = [names.get(a, a) for a in argv]
    needle = names.get(needle, needle)
    env = {k: v for k, v in os.environ.items() if k != "TRUSTANCHOR_PASSPHRASE"}
    result = subprocess.run([*_program(), "--home", str(home), *argv], capture_output=True,
                            text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == status, result.stderr
    line = one_line(result.returncode, result.stderr)
    assert needle in line, line
