"""Independent validators judge what we make: `openssl verify -x509_strict` and pkilint."""

from __future__ import annotations

from pathlib import Path

import pytest
from certhelpers import (
    OPENSSL,
    cached_ca,
    openssl_name_args,
    openssl_verify,
    pkilint_jobs,
    run_pkilint,
)

from trustanchor.core.defaults import KeyType

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
# root. The clean runs therefore use multi-label names; the wildcard case is pinned below.
LINT_NAMES = ("nas.local", "lab.home.arpa", "bücher.de", "192.168.1.20", "fd00::20")
LONG_NAME = "a" * 60 + ".home.arpa"  # longer than a Common Name can be (64)


@pytest.fixture(scope="module")
def pkilint_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every pkilint run of this module, in one child process (see certhelpers.run_pkilint)."""
    tmp = tmp_path_factory.mktemp("pkilint")
    jobs = []
    for key_type in KeyType:
        ca = cached_ca(key_type)
        leaf = ca.issue_server_cert(*LINT_NAMES).certificate
        jobs += pkilint_jobs(tmp, key_type.value, ca.certificate, leaf)
    ca = cached_ca()
    wildcard = ca.issue_server_cert("*.lab.home.arpa", "nas.local").certificate
    jobs += pkilint_jobs(tmp, "wildcard", ca.certificate, wildcard)
    no_cn = ca.issue_server_cert(LONG_NAME).certificate
    assert list(no_cn.subject) == []  # empty subject, so the SAN is critical
    jobs += pkilint_jobs(tmp, "no-cn", ca.certificate, no_cn)
    return run_pkilint(jobs)


@pytest.mark.parametrize("key_type", list(KeyType))
def test_pkilint_finds_nothing(pkilint_results: dict[str, str], key_type: KeyType) -> None:
    """lint_pkix_cert -s WARNING on root and leaf, and the signer/signee chain linter: clean."""
    for run in ("root", "leaf", "chain"):
        assert pkilint_results[f"{key_type.value}/{run}"] == "", run


def test_pkilint_on_a_leaf_with_an_empty_subject(pkilint_results: dict[str, str]) -> None:
    """RFC 5280 4.2.1.6: with an empty subject the SAN must be critical; pkilint checks it."""
    assert pkilint_results["no-cn/leaf"] == ""
    assert pkilint_results["no-cn/chain"] == ""


def test_pkilint_reports_only_the_wildcard_syntax(pkilint_results: dict[str, str]) -> None:
    assert pkilint_results["wildcard/root"] == "" and pkilint_results["wildcard/chain"] == ""
    leaf = pkilint_results["wildcard/leaf"]
    findings = [line.strip() for line in leaf.splitlines() if "):" in line]
    assert findings == [
        'pkix.invalid_domain_name_syntax (ERROR): Invalid domain name syntax: "*.lab.home.arpa"'
    ]
