"""A .p12 file must not be a cheap test of a password: its MAC costs as much as its key's
encryption, and a CA export never reuses the CA passphrase. Checked with real readers:
cryptography, `openssl pkcs12` (3.0) and Java's keytool."""

from __future__ import annotations

import hashlib
import hmac
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from certhelpers import cached_ca, pkcs12_info
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from trustanchor.core.cli.main import main
from trustanchor.core.defaults import MIN_PASSPHRASE_LENGTH
from trustanchor.core.errors import PassphraseError
from trustanchor.core.pki import pkcs12mac
from trustanchor.core.pki.keystore import DerReader
from trustanchor.core.pki.leaf import PKCS12_KDF_ROUNDS, PKCS12_MAC_ITERATIONS

PASSPHRASE = "correct horse battery"
KEYTOOL = shutil.which("keytool")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ca_home(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path]:
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    home = tmp_path / "home"
    code, _, err = _run(capsys, "--home", str(home), "ca", "create", "--name", "Secret CA",
                        "--passphrase-file", str(passfile))
    assert code == 0, err
    return home, passfile


def test_the_kdf_reproduces_the_mac_cryptography_writes() -> None:
    """Our RFC 7292 appendix B derivation, checked against an independent implementation:
    the MAC cryptography (OpenSSL) wrote at 2,048 iterations is recomputed bit for bit."""
    ca = cached_ca()
    password = b"p\xc3\xa4ssw\xc3\xb6rd-\xf0\x9f\x94\x91"  # non-ASCII, and beyond the BMP
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(1000).hmac_hash(hashes.SHA256()).build(password))
    pfx = pkcs12.serialize_key_and_certificates(b"x", ca.private_key, ca.certificate, None,
                                                encryption)
    _, body = DerReader(pfx).element()
    items = DerReader(body).children()
    digest_info, salt, iterations = DerReader(items[2][1]).children()
    expected_mac = DerReader(digest_info[1]).children()[1][1]
    authsafe = _authsafe(pfx)
    key = pkcs12mac.pkcs12_kdf_sha256(password, salt[1], int.from_bytes(iterations[1], "big"), 3)
    assert hmac.new(key, authsafe, hashlib.sha256).digest() == expected_mac


def _authsafe(pfx: bytes) -> bytes:
    _, body = DerReader(pfx).element()
    content_info = DerReader(body).children()[1][1]
    explicit = DerReader(content_info).children()[1][1]
    return DerReader(explicit).children()[0][1]


def test_ca_p12_mac_costs_as_much_as_the_key(tmp_path: Path) -> None:
    ca = cached_ca()
    data = ca.export_pkcs12(b"long enough password")
    assert pkcs12mac.mac_iterations(data) == PKCS12_MAC_ITERATIONS == 2 * PKCS12_KDF_ROUNDS
    path = tmp_path / "ca.p12"
    path.write_bytes(data)
    info = pkcs12_info(path, "long enough password")
    assert f"MAC: sha256, Iteration {PKCS12_MAC_ITERATIONS}" in info
    assert f"Iteration {PKCS12_KDF_ROUNDS}, PRF hmacWithSHA256" in info
    assert "Iteration 2048" not in info
    loaded = pkcs12.load_pkcs12(data, b"long enough password")
    assert loaded.cert is not None and loaded.cert.certificate == ca.certificate
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, b"long enough passworc")


def test_openssl_rejects_the_wrong_password_at_the_mac(tmp_path: Path) -> None:
    path = tmp_path / "ca.p12"
    path.write_bytes(cached_ca().export_pkcs12(b"long enough password"))
    result = subprocess.run(["openssl", "pkcs12", "-info", "-noout", "-in", str(path),
                             "-passin", "pass:wrong password!"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Mac verify error" in result.stderr


@pytest.mark.skipif(KEYTOOL is None, reason="keytool comes with a JDK (default-jre-headless)")
def test_java_keytool_reads_the_strengthened_file(tmp_path: Path) -> None:
    path = tmp_path / "ca.p12"
    path.write_bytes(cached_ca().export_pkcs12(b"long enough password"))
    listing = subprocess.run([str(KEYTOOL), "-list", "-storetype", "PKCS12", "-keystore",
                              str(path), "-storepass", "long enough password"],
                             capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    assert "PrivateKeyEntry" in listing.stdout
    wrong = subprocess.run([str(KEYTOOL), "-list", "-storetype", "PKCS12", "-keystore",
                            str(path), "-storepass", "not the password"],
                           capture_output=True, text=True, timeout=120)
    assert wrong.returncode != 0


def test_short_p12_passwords_are_refused() -> None:
    with pytest.raises(PassphraseError, match="too short"):
        cached_ca().export_pkcs12(b"x" * (MIN_PASSPHRASE_LENGTH - 1))


def test_ca_export_never_reuses_the_ca_passphrase(capsys: pytest.CaptureFixture[str],
                                                  ca_home: tuple[Path, Path],
                                                  tmp_path: Path) -> None:
    home, passfile = ca_home
    out_file = tmp_path / "ca.p12"
    code, out, err = _run(capsys, "--home", str(home), "ca", "export", "--format", "p12",
                          "--out", str(out_file), "--passphrase-file", str(passfile))
    assert code == 0, err
    match = re.search(r"PKCS#12 password: (\S+)", out)
    assert match is not None, out
    generated = match.group(1)
    assert generated != PASSPHRASE and len(generated) >= 16
    data = out_file.read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, PASSPHRASE.encode())
    assert pkcs12.load_pkcs12(data, generated.encode()).key is not None
    assert pkcs12mac.mac_iterations(data) == PKCS12_MAC_ITERATIONS


def test_chosen_short_passwords_are_refused_before_writing(
        capsys: pytest.CaptureFixture[str], ca_home: tuple[Path, Path], tmp_path: Path) -> None:
    home, passfile = ca_home
    short = tmp_path / "short.txt"
    short.write_text("1234567\n")
    code, _, err = _run(capsys, "--home", str(home), "ca", "export", "--format", "p12", "--out",
                        str(tmp_path / "ca.p12"), "--passphrase-file", str(passfile),
                        "--export-passphrase-file", str(short))
    assert code != 0 and "too short" in err and "Traceback" not in err
    assert not (tmp_path / "ca.p12").exists()
    out_dir = tmp_path / "issued"
    code, _, err = _run(capsys, "--home", str(home), "issue", "nas.local", "--out", str(out_dir),
                        "--p12", "--p12-passphrase-file", str(short),
                        "--passphrase-file", str(passfile))
    assert code != 0 and "too short" in err
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_issued_p12_mac_is_strong_too(capsys: pytest.CaptureFixture[str],
                                      ca_home: tuple[Path, Path], tmp_path: Path) -> None:
    home, passfile = ca_home
    out_dir = tmp_path / "out"
    code, out, err = _run(capsys, "--home", str(home), "issue", "nas.local", "--out",
                          str(out_dir), "--p12", "--passphrase-file", str(passfile))
    assert code == 0, err
    password = out.split("PKCS#12 password: ")[1].split()[0]
    info = pkcs12_info(out_dir / "nas.local.p12", password)
    assert f"MAC: sha256, Iteration {PKCS12_MAC_ITERATIONS}" in info
