"""`trustanchor acme setup|status` and the intermediate they issue, without running Caddy."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from certhelpers import pathlen0_root, pkilint_jobs, run_pkilint
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from privatefiles import assert_private_file

from trustanchor.core.acme.caddy import AcmeSite, caddyfile, parse_version
from trustanchor.core.acme.clients import clients_markdown
from trustanchor.core.acme.status import read_status
from trustanchor.core.cli.main import main
from trustanchor.core.errors import CertificateRuleError, InvalidNameError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.intermediate import (
    PATHLEN_ZERO,
    ensure_names_allowed,
    issue_intermediate,
)
from trustanchor.core.pki.rules import check, has_errors

PASSPHRASE = "correct horse battery"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRUSTANCHOR_HOME", str(tmp_path / "ca"))
    monkeypatch.setenv("TRUSTANCHOR_PASSPHRASE", PASSPHRASE)
    return tmp_path


def _setup(out: Path, *extra: str) -> int:
    return main(["acme", "setup", "--out", str(out), "--names", "acme.home.arpa",
                 "--caddy-version", "2.8.4", *extra])


def test_new_root_has_room_for_one_intermediate_which_signs_leaves_only() -> None:
    ca = CertificateAuthority.create("Lab CA", permitted=["home.arpa", "192.168.0.0/16"])
    assert ca.certificate.extensions.get_extension_for_class(
        x509.BasicConstraints).value.path_length == 1
    inter = issue_intermediate(ca)
    ext = inter.certificate.extensions
    bc = ext.get_extension_for_class(x509.BasicConstraints)
    assert bc.critical and bc.value == x509.BasicConstraints(ca=True, path_length=0)
    ku = ext.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.key_cert_sign and ku.value.crl_sign
    assert not ku.value.digital_signature
    nc = ext.get_extension_for_class(x509.NameConstraints)
    assert nc.critical and nc.value == ca.certificate.extensions.get_extension_for_class(
        x509.NameConstraints).value
    ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ext.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier == \
        ski.digest
    assert inter.name == "Lab CA ACME"
    findings = check(inter.certificate, ca.certificate)
    assert not has_errors(findings) and findings == []
    inter.certificate.verify_directly_issued_by(ca.certificate)


def test_intermediate_passes_pkilint(tmp_path: Path) -> None:
    ca = CertificateAuthority.create("Lab CA", permitted=["home.arpa"])
    inter = issue_intermediate(ca)
    leaf_like = inter.certificate  # pkilint's chain lint: root signs intermediate
    results = run_pkilint(pkilint_jobs(tmp_path, "acme", ca.certificate, leaf_like))
    assert results == {"acme/root": "", "acme/leaf": "", "acme/chain": ""}


def test_intermediate_never_outlives_the_root() -> None:
    ca = CertificateAuthority.create("Short CA", years=1)
    inter = issue_intermediate(ca, days=1825)
    assert inter.not_after == ca.not_after
    late = ca.not_after - dt.timedelta(days=3)
    with pytest.raises(CertificateRuleError, match="too soon to delegate"):
        issue_intermediate(ca, clock=lambda: late)


def test_a_name_outside_the_roots_constraints_is_refused() -> None:
    ca = CertificateAuthority.create("Lab CA", permitted=["home.arpa"])
    ensure_names_allowed(ca.certificate, ("acme.home.arpa",))
    with pytest.raises(InvalidNameError, match="outside what this CA may sign"):
        ensure_names_allowed(ca.certificate, ("acme.example.com",))


def _pathlen0_root(folder: Path) -> tuple[Path, Path]:
    cert, key = pathlen0_root()
    cert_path, key_path = folder / "old.pem", folder / "old.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_the_rules_accept_a_root_with_pathlen_0_or_1(tmp_path: Path) -> None:
    old = x509.load_pem_x509_certificate(_pathlen0_root(tmp_path)[0].read_bytes())
    new = CertificateAuthority.create("Lab CA").certificate
    assert check(old) == [] and check(new) == []


def test_a_pathlen_0_root_is_refused_in_one_sentence_and_left_alone(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cert_path, key_path = _pathlen0_root(env)
    assert main(["ca", "import", str(cert_path), str(key_path)]) == 0
    home = env / "ca" / "ca"
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    capsys.readouterr()
    assert _setup(env / "acme") == 1
    err = capsys.readouterr().err
    assert err == f"trustanchor: {PATHLEN_ZERO}\n"
    assert "path length 0" in err and "trustanchor ca create --replace" in err
    assert {p.name: p.read_bytes() for p in home.iterdir()} == before
    assert not (env / "acme").exists()


def test_setup_writes_the_folder_without_the_root_key(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ca", "create", "--name", "Lab CA"]) == 0
    out = env / "acme"
    assert _setup(out) == 0
    names = {p.name for p in out.iterdir()}
    assert names == {"root.crt", "intermediate.crt", "intermediate.key", "Caddyfile",
                     "run-caddy.sh", "clients.md", "acme.json"}
    assert_private_file(out / "intermediate.key")
    root_key = serialization.load_pem_private_key(
        (env / "ca" / "ca" / "ca.key").read_bytes(), PASSPHRASE.encode())
    root_der = root_key.private_bytes(serialization.Encoding.DER,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
    inter_key = serialization.load_pem_private_key((out / "intermediate.key").read_bytes(), None)
    assert inter_key.public_key() != root_key.public_key()
    for path in out.iterdir():
        data = path.read_bytes()
        assert root_der not in data and b"ENCRYPTED PRIVATE KEY" not in data
    clients = (out / "clients.md").read_text()
    url = "https://acme.home.arpa:9443/acme/trustanchor/directory"
    for needle in (url, "REQUESTS_CA_BUNDLE", "--ca-bundle", "acme_ca_root", "ca_root",
                   "LEGO_CA_CERTIFICATES", "Nginx Proxy Manager", "acme_root_ca_cert"):
        assert needle in clients
    assert "Issued the intermediate" in capsys.readouterr().out


def test_setup_never_overwrites_an_earlier_setup_unless_forced(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ca", "create", "--name", "Lab CA"]) == 0
    out = env / "acme"
    assert _setup(out) == 0
    key = (out / "intermediate.key").read_bytes()
    capsys.readouterr()
    assert _setup(out) == 1
    assert "already holds an ACME setup" in capsys.readouterr().err
    assert (out / "intermediate.key").read_bytes() == key
    assert _setup(out, "--force") == 0
    assert (out / "intermediate.key").read_bytes() != key


def _adapt(text: str, folder: Path) -> subprocess.CompletedProcess[str]:
    path = folder / "Caddyfile"
    path.write_text(text)
    return subprocess.run(["caddy", "adapt", "--adapter", "caddyfile", "--config", str(path)],
                          capture_output=True, text=True, timeout=30, check=False)


@pytest.mark.skipif(shutil.which("caddy") is None, reason="needs caddy")
def test_caddyfile_forms_for_old_and_new_caddy_adapt(tmp_path: Path) -> None:
    old = AcmeSite(tmp_path, ("acme.home.arpa",), caddy_version=(2, 6, 2))
    new = AcmeSite(tmp_path, ("acme.home.arpa", "192.168.1.2"), leaf_days=30,
                   caddy_version=(2, 8, 4))
    old_text, new_text = caddyfile(old, "Lab CA"), caddyfile(new, "Lab CA")
    # Caddy before 2.8 must be given a root key: the intermediate's, never the root's.
    assert old_text.count("intermediate.key") == 2 and "lifetime" not in old_text
    assert new_text.count("intermediate.key") == 1 and "lifetime 720h" in new_text
    assert "certificatesDuration: 720" in clients_markdown(new, "Lab CA")
    done = _adapt(old_text, tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"install_trust":false' in done.stdout and '"admin":{"disabled":true}' in done.stdout
    assert parse_version("v2.7.6 h1:abc") == (2, 7, 6)
    assert parse_version("2.6.2") == (2, 6, 2)


def test_status_reports_a_silent_server_and_an_expiring_intermediate(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ca", "create", "--name", "Lab CA"]) == 0
    out = env / "acme"
    assert main(["acme", "setup", "--out", str(out), "--names", "127.0.0.1", "--port", "1",
                 "--lifetime", "20"]) == 0
    capsys.readouterr()
    assert main(["acme", "status", "--out", str(out)]) == 1
    text = capsys.readouterr().out
    assert "ACME server: down:" in text and "does not answer" in text
    assert "WARNING: expires in 19 days" in text
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=25)
    assert read_status(out, clock=lambda: later, timeout=1).days_left < 0


def test_status_without_a_setup_is_one_sentence(env: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["acme", "status", "--out", str(env)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds no ACME setup" in err
