"""Real TLS handshakes over loopback with Python's ssl, checking names the way an iPhone does.

The client never falls back to the Common Name (hostname_checks_common_name = False): iOS
ignores it (Apple support 103769), while OpenSSL-based clients would still accept it.
"""

from __future__ import annotations

import datetime as dt
import ssl
from pathlib import Path

import pytest
from certhelpers import (
    cached_ca,
    hand_made_leaf,
    handshake,
    ipv6_loopback_available,
    tls_server,
)
from cryptography import x509

from trustanchor.core.defaults import KeyType
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.leaf import ServerCertificate

NAMES = ("nas.local", "*.lab.home.arpa", "bücher.de", "127.0.0.1", "::1")
# What a client asks for: a concrete host under the wildcard, the A-label of the IDN.
CLIENT_NAMES = ("nas.local", "photos.lab.home.arpa", "xn--bcher-kva.de", "127.0.0.1", "::1")


@pytest.mark.parametrize("key_type", [KeyType.EC_P256, KeyType.EC_P384, KeyType.RSA_2048])
def test_leaf_works_for_each_of_its_names(tmp_path: Path, key_type: KeyType) -> None:
    ca = cached_ca(key_type)
    server = ca.issue_server_cert(*NAMES)
    with tls_server(tmp_path, server) as port:
        for name in CLIENT_NAMES:
            assert handshake(port, name, ca.certificate) == b"ok", name


@pytest.mark.skipif(not ipv6_loopback_available(), reason="no IPv6 loopback (::1) here")
def test_leaf_works_over_ipv6_loopback(tmp_path: Path) -> None:
    ca = cached_ca()
    server = ca.issue_server_cert("::1", "nas.local")
    with tls_server(tmp_path, server, host="::1") as port:
        assert handshake(port, "::1", ca.certificate, host="::1") == b"ok"
        assert handshake(port, "nas.local", ca.certificate, host="::1") == b"ok"
        assert "mismatch" in _refusal(port, "::2", ca.certificate, host="::1")


def _refusal(port: int, name: str, ca: x509.Certificate, host: str = "127.0.0.1") -> str:
    """The client's reason for refusing the server (the test fails if it does not refuse)."""
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        handshake(port, name, ca, host)
    return str(caught.value.verify_message)


def test_wrong_name_fails(tmp_path: Path) -> None:
    ca = cached_ca()
    server = ca.issue_server_cert(*NAMES)
    with tls_server(tmp_path, server) as port:
        for wrong in ("router.local", "lab.home.arpa", "a.b.lab.home.arpa", "127.0.0.2"):
            assert "mismatch" in _refusal(port, wrong, ca.certificate), wrong
        assert handshake(port, "nas.local", ca.certificate) == b"ok"  # server still fine


def test_another_ca_is_not_trusted(tmp_path: Path) -> None:
    ca, stranger = cached_ca(), cached_ca(name="Some Other CA")
    server = ca.issue_server_cert("nas.local")
    with tls_server(tmp_path, server) as port:
        # The server sends leaf + its CA; the client trusts neither that CA nor the chain.
        reason = _refusal(port, "nas.local", stranger.certificate)
        assert reason == "self-signed certificate in certificate chain"
        assert handshake(port, "nas.local", ca.certificate) == b"ok"


def test_expired_leaf_fails(tmp_path: Path) -> None:
    def ten_days_ago() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=10)

    ca = CertificateAuthority.create("Older CA", clock=ten_days_ago)
    expired = ca.issue_server_cert("nas.local", days=2, clock=ten_days_ago)
    assert expired.not_after < dt.datetime.now(dt.UTC)
    with tls_server(tmp_path, expired) as port:
        assert "expired" in _refusal(port, "nas.local", ca.certificate)


def test_expired_ca_fails(tmp_path: Path) -> None:
    def eleven_years_ago() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=11 * 366)

    old = CertificateAuthority.create("Old CA", clock=eleven_years_ago)
    server = old.issue_server_cert("nas.local", days=30, clock=eleven_years_ago)
    assert old.not_after < dt.datetime.now(dt.UTC)
    with tls_server(tmp_path, server) as port:
        assert "expired" in _refusal(port, "nas.local", old.certificate)


def test_name_only_in_the_common_name_fails_like_on_an_iphone(tmp_path: Path) -> None:
    ca = cached_ca()
    cn_only, key = hand_made_leaf(ca, san=None, common_name="nas.local")
    server = ServerCertificate.from_parts(cn_only, key, ca.certificate)
    with tls_server(tmp_path, server) as port:
        assert "mismatch" in _refusal(port, "nas.local", ca.certificate)
