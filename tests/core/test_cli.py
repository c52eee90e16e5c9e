"""The command line, end to end in-process: success paths and every failure path.

A failure must exit non-zero with exactly one line on stderr, never a traceback, and must leave
the user's files (above all the CA key) untouched.
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from privatefiles import assert_private_file

from trustanchor.core.cli.main import main

PASSPHRASE = "correct horse battery"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_failure(code: int, err: str, *needles: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("trustanchor: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture
def ca_home(capsys: pytest.CaptureFixture[str], home: Path, passfile: Path) -> Path:
    code, _, err = run(capsys, "--home", str(home), "ca", "create", "--name", "Test Home CA",
                         "--passphrase-file", str(passfile))
    assert code == 0, err
    return home


def test_create_show_and_json(capsys: pytest.CaptureFixture[str], ca_home: Path) -> None:
    assert (ca_home / "ca" / "ca.pem").exists()
    assert_private_file(ca_home / "ca" / "ca.key")
    code, out, _ = run(capsys, "--home", str(ca_home), "ca", "show")
    assert code == 0
    assert "Test Home CA" in out and "ECDSA P-256" in out and "passphrase-protected" in out
    code, out, _ = run(capsys, "--home", str(ca_home), "ca", "show", "--json")
    data = json.loads(out)
    assert data["name"] == "Test Home CA"
    assert data["key_encrypted"] is True
    assert len(data["fingerprint_sha256"].split(":")) == 32


def test_create_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                     passfile: Path) -> None:
    before = (ca_home / "ca" / "ca.key").read_bytes(), (ca_home / "ca" / "ca.pem").read_bytes()
    code, _, err = run(capsys, "--home", str(ca_home), "ca", "create", "--name", "Other",
                       "--passphrase-file", str(passfile))
    assert_one_line_failure(code, err, "already exists", "--replace")
    after = (ca_home / "ca" / "ca.key").read_bytes(), (ca_home / "ca" / "ca.pem").read_bytes()
    assert before == after


def test_replace_archives_the_old_ca(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                     passfile: Path) -> None:
    old_key = (ca_home / "ca" / "ca.key").read_bytes()
    code, out, err = run(capsys, "--home", str(ca_home), "ca", "create", "--name", "New CA",
                         "--no-passphrase", "--replace")
    assert code == 0, err
    assert "archived" in out
    archived = [p.read_bytes() for p in (ca_home / "archive").rglob("ca.key")]
    assert old_key in archived


def test_issue_writes_files_and_they_pass_check(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                                tmp_path: Path, passfile: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "--home", str(ca_home), "issue", "nas.local", "192.168.1.20",
                         "*.lab.home.arpa", "--out", str(out_dir), "--p12",
                         "--passphrase-file", str(passfile))
    assert code == 0, err
    assert "PKCS#12 password:" in out
    password = out.split("PKCS#12 password: ")[1].split()[0].encode()
    # The one generator (core/flow/operations.py): 16 characters, no look-alikes.
    assert re.fullmatch(rb"[a-kmnp-zA-HJ-NP-Z2-9]{16}", password)
    leaf = x509.load_pem_x509_certificate((out_dir / "nas.local.crt").read_bytes())
    assert_private_file(out_dir / "nas.local.key")
    chain = (out_dir / "nas.local.fullchain.pem").read_bytes()
    assert chain.count(b"BEGIN CERTIFICATE") == 2
    p12 = pkcs12.load_pkcs12((out_dir / "nas.local.p12").read_bytes(), password)
    assert p12.cert is not None and p12.cert.certificate == leaf
    code, out, err = run(capsys, "check", str(out_dir / "nas.local.crt"),
                         "--ca", str(ca_home / "ca" / "ca.pem"))
    assert code == 0, out + err
    code, out, _ = run(capsys, "--home", str(ca_home), "ca", "show")
    assert "nas.local" in out  # the record of issued certificates


def test_issue_with_passphrase_from_environment(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTANCHOR_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "--home", str(ca_home), "issue", "env.local", "--out", str(tmp_path))
    assert code == 0, err


def test_exports(capsys: pytest.CaptureFixture[str], ca_home: Path, tmp_path: Path,
                 passfile: Path) -> None:
    ca_pem = (ca_home / "ca" / "ca.pem").read_bytes()
    ca_cert = x509.load_pem_x509_certificate(ca_pem)
    for fmt in ("pem", "der", "mobileconfig", "p12"):
        target = tmp_path / f"export.{fmt}"
        code, out, err = run(capsys, "--home", str(ca_home), "ca", "export", "--format", fmt,
                             "--out", str(target), "--passphrase-file", str(passfile))
        assert code == 0, err
    # A .p12 gets a generated password, printed once, never the CA passphrase.
    password = out.split("PKCS#12 password: ")[1].split()[0].encode()
    assert re.fullmatch(rb"[a-kmnp-zA-HJ-NP-Z2-9]{16}", password)
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12((tmp_path / "export.p12").read_bytes(), PASSPHRASE.encode())
    assert (tmp_path / "export.pem").read_bytes() == ca_pem
    assert x509.load_der_x509_certificate((tmp_path / "export.der").read_bytes()) == ca_cert
    profile = plistlib.loads((tmp_path / "export.mobileconfig").read_bytes())
    assert profile["PayloadType"] == "Configuration"
    p12 = pkcs12.load_pkcs12((tmp_path / "export.p12").read_bytes(), password)
    assert p12.key is not None and p12.cert is not None and p12.cert.certificate == ca_cert
    assert_private_file(tmp_path / "export.p12")


def test_import_mkcert_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              home: Path) -> None:
    import os
    import shutil

    if shutil.which("mkcert") is None:
        pytest.skip("mkcert is not installed (scripts/system-packages.sh installs it)")
    caroot = tmp_path / "caroot"
    subprocess.run(["mkcert", "-CAROOT"], env={**os.environ, "CAROOT": str(caroot)},
                   check=True, capture_output=True)
    subprocess.run(["mkcert", "-cert-file", str(tmp_path / "x.pem"), "-key-file",
                    str(tmp_path / "x-key.pem"), "x.local"],
                   env={**os.environ, "CAROOT": str(caroot)}, check=True, capture_output=True)
    code, out, err = run(capsys, "--home", str(home), "ca", "import", str(caroot),
                         "--no-passphrase")
    assert code == 0, err
    assert "mkcert" in out


# --- failure paths: one line, non-zero, nothing lost -------------------------------------------

def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["ca"], ["--bogus"], ["issue"], ["ca", "create"], ["ca", "export", "--format",
                                                                   "zip", "--out", "x"]):
        code, _, err = run(capsys, *args)
        assert code == 2
        assert_one_line_failure(code, err, "--help")


def test_no_ca_yet(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path) -> None:
    for args in (["ca", "show"], ["issue", "a.local", "--out", str(tmp_path)],
                 ["ca", "export", "--format", "pem", "--out", str(tmp_path / "x.pem")]):
        code, _, err = run(capsys, "--home", str(home), *args)
        assert_one_line_failure(code, err, "ca create")


def test_create_needs_a_passphrase_choice(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, _, err = run(capsys, "--home", str(home), "ca", "create", "--name", "X")
    assert_one_line_failure(code, err, "--passphrase-file", "--no-passphrase")
    assert not (home / "ca" / "ca.key").exists()


@pytest.mark.parametrize(("extra", "needle"), [
    (["--years", "0"], "--years"),
    (["--permit", "https://nas.local/"], "nas.local"),
    (["--passphrase-file", "/nonexistent/pass"], "passphrase file"),
])
def test_create_bad_input(capsys: pytest.CaptureFixture[str], home: Path, extra: list[str],
                          needle: str) -> None:
    args = ["--home", str(home), "ca", "create", "--name", "X", *extra]
    if "--passphrase-file" not in extra:
        args.append("--no-passphrase")
    code, _, err = run(capsys, *args)
    assert_one_line_failure(code, err, needle)


def test_short_passphrase(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path) -> None:
    short = tmp_path / "short"
    short.write_text("abc\n")
    code, _, err = run(capsys, "--home", str(home), "ca", "create", "--name", "X",
                       "--passphrase-file", str(short))
    assert_one_line_failure(code, err, "too short")


def test_wrong_passphrase(capsys: pytest.CaptureFixture[str], ca_home: Path,
                          tmp_path: Path) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n")
    before = (ca_home / "ca" / "ca.key").read_bytes()
    code, _, err = run(capsys, "--home", str(ca_home), "issue", "a.local", "--out",
                         str(tmp_path), "--passphrase-file", str(wrong))
    assert_one_line_failure(code, err, "passphrase")
    assert "create" not in err  # never an offer to make a new CA
    assert (ca_home / "ca" / "ca.key").read_bytes() == before
    code, _, err = run(capsys, "--home", str(ca_home), "issue", "a.local", "--out", str(tmp_path))
    assert_one_line_failure(code, err, "--passphrase-file")


@pytest.mark.parametrize(("names", "needle"), [
    (["https://nas.local/"], "nas.local"),
    (["nas.local:8443"], "port"),
    (["10.0.0.0/8"], "range"),
    (["a.local", "A.local"], "same name"),
    (["bad name"], "space"),
])
def test_issue_bad_names(capsys: pytest.CaptureFixture[str], ca_home: Path, tmp_path: Path,
                         passfile: Path, names: list[str], needle: str) -> None:
    code, _, err = run(capsys, "--home", str(ca_home), "issue", *names, "--out", str(tmp_path),
                       "--passphrase-file", str(passfile))
    assert_one_line_failure(code, err, needle)
    assert not list(tmp_path.glob("*.crt"))


def test_issue_lifetime_and_folder(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                   tmp_path: Path, passfile: Path) -> None:
    code, _, err = run(capsys, "--home", str(ca_home), "issue", "a.local", "--days", "826",
                       "--out", str(tmp_path), "--passphrase-file", str(passfile))
    assert_one_line_failure(code, err, "825")
    missing = tmp_path / "missing" / "certs"
    code, out, err = run(capsys, "--home", str(ca_home), "issue", "a.local",
                         "--out", str(missing), "--passphrase-file", str(passfile))
    assert code == 0, err
    assert (missing / "a.local.key").is_file() and f"  {missing / 'a.local.crt'}" in out


def test_issue_never_overwrites_a_key(capsys: pytest.CaptureFixture[str], ca_home: Path,
                                      tmp_path: Path, passfile: Path) -> None:
    args = ("--home", str(ca_home), "issue", "same.local", "--out", str(tmp_path),
            "--passphrase-file", str(passfile))
    assert run(capsys, *args)[0] == 0
    key = (tmp_path / "same.local.key").read_bytes()
    code, _, err = run(capsys, *args)
    assert_one_line_failure(code, err, "already exists")
    assert (tmp_path / "same.local.key").read_bytes() == key


def test_check_failures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.crt"
    garbage.write_bytes(b"\x00not a certificate")
    code, _, err = run(capsys, "check", str(garbage))
    assert_one_line_failure(code, err, "garbage.crt")
    code, _, err = run(capsys, "check", str(tmp_path / "missing.crt"))
    assert_one_line_failure(code, err, "missing.crt")


def test_check_cn_only_certificate_fails(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    """A leaf made by the openssl command line with its name only in the Common Name."""
    root_key, root = tmp_path / "root.key", tmp_path / "root.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(root_key), "-out", str(root), "-subj", "/CN=Other Root", "-days", "300"],
                   check=True, capture_output=True)
    leaf = tmp_path / "leaf.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(tmp_path / "leaf.key"), "-out", str(leaf), "-subj", "/CN=nas.local",
                    "-days", "300", "-CA", str(root), "-CAkey", str(root_key),
                    "-addext", "extendedKeyUsage=serverAuth",
                    "-addext", "basicConstraints=critical,CA:FALSE"],
                   check=True, capture_output=True)
    code, out, _ = run(capsys, "check", str(leaf), "--ca", str(root))
    assert code == 1
    assert "leaf.name-only-in-cn" in out
    code, out, _ = run(capsys, "check", str(leaf), "--ca", str(root), "--json")
    assert code == 1
    assert "leaf.name-only-in-cn" in {f["code"] for f in json.loads(out)}


def test_export_failures(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path) -> None:
    assert run(capsys, "--home", str(home), "ca", "create", "--name", "Plain",
               "--no-passphrase")[0] == 0
    existing = tmp_path / "exists.pem"
    existing.write_text("keep me")
    code, _, err = run(capsys, "--home", str(home), "ca", "export", "--format", "pem", "--out",
                       str(existing))
    assert_one_line_failure(code, err, "--force")
    assert existing.read_text() == "keep me"
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run(capsys, "--home", str(home), "ca", "export", "--format", "p12", "--out",
                       str(tmp_path / "ca.p12"), "--export-passphrase-file", str(short))
    assert_one_line_failure(code, err, "too short")
    assert not (tmp_path / "ca.p12").exists()


def test_import_failures(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "junk.pem"
    garbage.write_bytes(b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n")
    code, _, err = run(capsys, "--home", str(home), "ca", "import", str(garbage),
                       "--no-passphrase")
    assert_one_line_failure(code, err, "junk.pem")
    code, _, err = run(capsys, "--home", str(home), "ca", "import", str(tmp_path / "none.pem"),
                       "--no-passphrase")
    assert_one_line_failure(code, err)


def test_real_process_failure_has_no_traceback(home: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "trustanchor.gui", "--home", str(home),
                             "ca", "show"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_name_the_output_encoding_lacks_prints_as_question_marks(tmp_path: Path) -> None:
    """Windows writes redirected output in its ANSI code page (cp1252 in Western Europe), which
    has no Cyrillic: the command must finish and print "?" rather than end in a traceback."""
    env = {k: v for k, v in os.environ.items() if k != "TRUSTANCHOR_PASSPHRASE"}
    env.update(PYTHONIOENCODING="cp1252", PYTHONUTF8="0")
    home = ["--home", str(tmp_path / "home")]
    outputs = []
    for argv in (["ca", "create", "--name", "Домашний CA", "--no-passphrase"], ["ca", "show"]):
        result = subprocess.run([sys.executable, "-m", "trustanchor.gui", *home, *argv],
                                capture_output=True, timeout=120, env=env,
                                stdin=subprocess.DEVNULL)
        err = result.stderr.decode("cp1252")
        assert result.returncode == 0, err
        assert "Traceback" not in err
        outputs.append(result.stdout.decode("cp1252"))
    assert "???????? CA" in outputs[1]
