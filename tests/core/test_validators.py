"""Independent validators judge what we make: `openssl verify -x509_strict` and pkilint."""

from __future__ import annotations

from pathlib import Path

import pytest
from certhelpers import (
    OPENSSL,
    cached_ca,
    openssl_name_args,
    openssl_verify,
    run_pkilint,
)

from trustanchor.core.ca import KeyType

pytestmark = pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed")

NAMES = ("nas.local", "*.lab.home.arpa", "bücher.de", "192.168.1.20", "fd00::20")
VALUES = ("nas.local", "*.lab.home.arpa", "xn--bcher-kva.de", "192.168.1.20", "fd00::20")


@pytest.mark.parametrize("key_type", list(KeyType))
def test_openssl_strict_verify_for_every_name(tmp_path: Path, key_type: KeyType) -> None:
    ca = cached_ca(key_type)
    leaf = ca.issue_server_cert(*NAMES).certificate
    plain = openssl_verify(tmp_path, ca.certificate, leaf)
    assert plain.returncode == 0 and plain.stdout.strip().endswith(": OK"), plain.stderr
    for value in VALUES:
        result = openssl_verify(tmp_path, ca.certificate, leaf, *openssl_name_args(value))
        assert result.returncode == 0, (value, result.stdout, result.stderr)


def test_openssl_refuses_wrong_names_and_strangers(tmp_path: Path) -> None:
    ca = cached_ca()
    leaf = ca.issue_server_cert(*NAMES).certificate
    for wrong in ("router.local", "lab.home.arpa", "192.168.1.21", "fd00::21"):
        result = openssl_verify(tmp_path, ca.certificate, leaf, *openssl_name_args(wrong))
        assert result.returncode != 0, wrong
        assert "mismatch" in result.stdout + result.stderr, wrong
    stranger = cached_ca(name="Some Other CA")
    result = openssl_verify(tmp_path, stranger.certificate, leaf)
    assert result.returncode != 0
    assert "unable to get local issuer certificate" in result.stdout + result.stderr


# pkilint's PKIX profile knows only RFC 5280's host-name syntax: it reports a wildcard
# (defined by RFC 6125 section 6.4.3, not RFC 5280) and a single-label name such as `localhost`
# as pkix.invalid_domain_name_syntax, although browsers and iOS accept both under a private
# root. The clean run therefore uses multi-label names; the wildcard case is pinned below.
LINT_NAMES = ("nas.local", "lab.home.arpa", "bücher.de", "192.168.1.20", "fd00::20")
CLEAN = {"root": "", "leaf": "", "chain": ""}


@pytest.mark.parametrize("key_type", list(KeyType))
def test_pkilint_finds_nothing(tmp_path: Path, key_type: KeyType) -> None:
    """lint_pkix_cert at WARNING on root and leaf, and the signer/signee chain linter: clean."""
    ca = cached_ca(key_type)
    leaf = ca.issue_server_cert(*LINT_NAMES).certificate
    assert run_pkilint(tmp_path, ca.certificate, leaf) == CLEAN


def test_pkilint_reports_only_the_wildcard_syntax(tmp_path: Path) -> None:
    ca = cached_ca()
    leaf = ca.issue_server_cert("*.lab.home.arpa", "nas.local").certificate
    results = run_pkilint(tmp_path, ca.certificate, leaf)
    assert results["root"] == "" and results["chain"] == ""
    findings = [line for line in results["leaf"].splitlines() if "(" in line and "):" in line]
    assert findings == [
        '    pkix.invalid_domain_name_syntax (ERROR): Invalid domain name syntax: "*.lab.home.arpa"'
    ]


def test_pkilint_on_a_leaf_with_an_empty_subject(tmp_path: Path) -> None:
    """A name longer than a CN can hold (64): empty subject, critical SAN (RFC 5280 4.2.1.6)."""
    ca = cached_ca()
    leaf = ca.issue_server_cert("a" * 60 + ".home.arpa").certificate
    assert list(leaf.subject) == []
    assert run_pkilint(tmp_path, ca.certificate, leaf, runs=("leaf", "chain")) == {
        "leaf": "",
        "chain": "",
    }
