"""Name constraints: a CA limited to home.arpa + 192.168.0.0/16 cannot vouch for anything else.

Out-of-bounds leaves are built by hand with cryptography (issue_server_cert refuses them) to show
that real verifiers (cryptography's, OpenSSL's command line and Python's ssl) reject them.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from pathlib import Path

import pytest
from certhelpers import (
    OPENSSL,
    cached_ca,
    cryptography_verify,
    hand_made_leaf,
    handshake,
    openssl_name_args,
    openssl_verify,
    pkilint_jobs,
    run_pkilint,
    tls_server,
)
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import VerificationError

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.pki.ca import CertificateAuthority, constraint_warnings
from trustanchor.core.pki.leaf import ServerCertificate

PERMITTED = ("home.arpa", "192.168.0.0/16")
INSIDE = ("nas.home.arpa", "*.lab.home.arpa", "home.arpa", "192.168.1.20")
OUTSIDE_DNS = "nas.example.com"
OUTSIDE_IP = "8.8.8.8"
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed")


@pytest.fixture(scope="module")
def constrained() -> CertificateAuthority:
    return cached_ca(KeyType.EC_P256, PERMITTED)


def _dns(name: str) -> x509.GeneralName:
    return x509.DNSName(name)


def _ip(address: str) -> x509.GeneralName:
    return x509.IPAddress(ipaddress.ip_address(address))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_names_inside_are_issued_and_verify(constrained: CertificateAuthority) -> None:
    leaf = constrained.issue_server_cert(*INSIDE)
    for name in INSIDE:
        cryptography_verify(constrained.certificate, leaf.certificate, name, at=_now())


@pytest.mark.parametrize("outside", [OUTSIDE_DNS, OUTSIDE_IP, "fd00::1", "home.arpa.evil.com"])
def test_issue_refuses_names_outside(constrained: CertificateAuthority, outside: str) -> None:
    with pytest.raises(InvalidNameError, match="outside what this CA may sign") as caught:
        constrained.issue_server_cert("nas.home.arpa", outside)
    assert "home.arpa, 192.168.0.0/16" in str(caught.value)


@pytest.mark.parametrize(
    ("entry", "name"), [(_dns(OUTSIDE_DNS), OUTSIDE_DNS), (_ip(OUTSIDE_IP), OUTSIDE_IP)]
)
def test_cryptography_rejects_an_out_of_bounds_leaf(
    constrained: CertificateAuthority, entry: x509.GeneralName, name: str
) -> None:
    leaf, _ = hand_made_leaf(constrained, san=[entry])
    with pytest.raises(VerificationError):
        cryptography_verify(constrained.certificate, leaf, name, at=_now())
    # The same leaf under an unconstrained CA of the same shape verifies: the constraint decides.
    free = cached_ca()
    free_leaf, _ = hand_made_leaf(free, san=[entry])
    cryptography_verify(free.certificate, free_leaf, name, at=_now())


@needs_openssl
@pytest.mark.parametrize(
    ("entry", "name"), [(_dns(OUTSIDE_DNS), OUTSIDE_DNS), (_ip(OUTSIDE_IP), OUTSIDE_IP)]
)
def test_openssl_rejects_an_out_of_bounds_leaf(
    tmp_path: Path, constrained: CertificateAuthority, entry: x509.GeneralName, name: str
) -> None:
    leaf, _ = hand_made_leaf(constrained, san=[entry])
    for extra in ([], openssl_name_args(name)):
        result = openssl_verify(tmp_path, constrained.certificate, leaf, *extra)
        assert result.returncode != 0
        assert "permitted subtree violation" in result.stdout + result.stderr


@needs_openssl
def test_openssl_accepts_the_names_inside(
    tmp_path: Path, constrained: CertificateAuthority
) -> None:
    leaf = constrained.issue_server_cert(*INSIDE).certificate
    for name in INSIDE:
        result = openssl_verify(tmp_path, constrained.certificate, leaf, *openssl_name_args(name))
        assert result.returncode == 0, (name, result.stdout, result.stderr)


@needs_openssl
def test_an_ip_only_leaf_verifies_under_dns_constraints(
    tmp_path: Path, constrained: CertificateAuthority
) -> None:
    """An IP address in the Common Name would be checked against the DNS subtrees by OpenSSL."""
    leaf = constrained.issue_server_cert("192.168.1.20").certificate
    assert not leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    result = openssl_verify(tmp_path, constrained.certificate, leaf,
                            *openssl_name_args("192.168.1.20"))
    assert result.returncode == 0, (result.stdout, result.stderr)


def test_tls_client_rejects_an_out_of_bounds_leaf(
    tmp_path: Path, constrained: CertificateAuthority
) -> None:
    leaf, key = hand_made_leaf(constrained, san=[_dns(OUTSIDE_DNS)])
    server = ServerCertificate.from_parts(leaf, key, constrained.certificate)
    refused = pytest.raises(ssl.SSLCertVerificationError)
    with tls_server(tmp_path, server) as port, refused as caught:
        handshake(port, OUTSIDE_DNS, constrained.certificate)
    assert caught.value.verify_message == "permitted subtree violation"


def test_dns_only_constraints_leave_ip_addresses_open() -> None:
    """Why constraint_warnings exists: without an IP range, any IP leaf still verifies."""
    dns_only = cached_ca(KeyType.EC_P256, ("home.arpa",))
    assert constraint_warnings(["home.arpa"])[0].startswith("IP addresses stay unrestricted")
    leaf = dns_only.issue_server_cert(OUTSIDE_IP)  # allowed: no iPAddress subtree at all
    cryptography_verify(dns_only.certificate, leaf.certificate, OUTSIDE_IP, at=_now())
    with pytest.raises(InvalidNameError):
        dns_only.issue_server_cert(OUTSIDE_DNS)


def test_excluded_subtrees_of_an_imported_ca_are_respected() -> None:
    """A CA made elsewhere may exclude names; issuing honours that as verifiers would."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Imported CA")])
    now = _now() - dt.timedelta(minutes=5)
    constraints = x509.NameConstraints(
        permitted_subtrees=[_dns("home.arpa")],
        excluded_subtrees=[
            _dns("secret.home.arpa"),
            x509.IPAddress(ipaddress.ip_network("10.9.0.0/16")),
        ],
    )
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(constraints, critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    ca = CertificateAuthority(cert, key)
    assert ca.permitted_names == ("home.arpa",)
    leaf = ca.issue_server_cert("nas.home.arpa", "10.8.0.1")
    cryptography_verify(ca.certificate, leaf.certificate, "nas.home.arpa", at=_now())
    for refused in ("x.secret.home.arpa", "secret.home.arpa", "10.9.3.4"):
        with pytest.raises(InvalidNameError, match="outside"):
            ca.issue_server_cert(refused)


def test_ipv6_is_outside_an_ipv4_only_range(constrained: CertificateAuthority) -> None:
    """iPAddress is one name type: permitting only IPv4 ranges shuts out every IPv6 address."""
    with pytest.raises(InvalidNameError):
        constrained.issue_server_cert("::1")
    leaf, _ = hand_made_leaf(constrained, san=[_ip("::1")])
    with pytest.raises(VerificationError):
        cryptography_verify(constrained.certificate, leaf, "::1", at=_now())


def test_pkilint_with_constraints(tmp_path: Path, constrained: CertificateAuthority) -> None:
    leaf = constrained.issue_server_cert("nas.home.arpa", "192.168.1.20").certificate
    jobs = pkilint_jobs(tmp_path, "home", constrained.certificate, leaf)
    # The one known exception: pkilint calls a single-label subtree such as `lan` invalid
    # syntax, although every verifier accepts it (docs/engineering.md, "Validators").
    single = cached_ca(KeyType.EC_P256, ("lan", "192.168.0.0/16"))
    lan_leaf = single.issue_server_cert("nas.lan").certificate
    jobs += pkilint_jobs(tmp_path, "lan", single.certificate, lan_leaf)
    results = run_pkilint(jobs)
    assert {label: text for label, text in results.items() if label != "lan/root"} == {
        "home/root": "", "home/leaf": "", "home/chain": "", "lan/leaf": "", "lan/chain": ""
    }  # fmt: skip
    findings = [line.strip() for line in results["lan/root"].splitlines() if "):" in line]
    assert findings == [
        'pkix.invalid_domain_name_syntax (ERROR): Invalid domain name syntax: "lan"'
    ]
    cryptography_verify(single.certificate, lan_leaf, "nas.lan", at=_now())
